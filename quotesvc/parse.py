"""Run Stanza over an article and return a ``ParsedText`` with article offsets.

The only module that calls Stanza. Two passes:

1. tokenize, mwt, pos and lemma over every paragraph (each paragraph is its own Stanza document,
   so a sentence never runs across a paragraph break whatever newline style the text uses); then
   sentences the tokenizer ended inside a token or a name are joined and tagged again;
2. depparse only on the sentences attribution needs (a quote mark, or a word whose lemma is a
   cue), batched across paragraphs and articles in one call. The parser is most of Stanza's time
   and about half of a news article's sentences need it (``python -m quotesvc_tools.bench`` shows the gain).

Stanza sees a copy of each paragraph in which curly quotes and apostrophes are replaced one
character for one (“ ” -> ", ’ -> '), as in its English training data; the replacement keeps
every offset, and word texts are read back from the caller's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from weakref import WeakKeyDictionary

from quotesvc.deadline import NONE as NO_DEADLINE
from quotesvc.deadline import Deadline
from quotesvc.document import ParsedText, Sentence, Word
from quotesvc.paragraphs import Paragraph, find_paragraphs

# One character for one, so offsets into the copy are offsets into the original.
_STANZA_FRIENDLY = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201f": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2039": "'",
        "\u203a": "'",
        "\u02bc": "'",
        "\u2015": "\u2014",  # a horizontal bar set as a dash: the tagger took it for a pronoun
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
    }
)

# A run of non-space characters longer than this (a pasted blob, not a word) is cut for Stanza
# every MAX_TOKEN_CHARS characters: its tokenizer builds a token character by character, which is
# quadratic in the token's length (20,000 characters took 6.6 s). Real words, URLs included, are shorter.
MAX_TOKEN_CHARS = 512
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def stanza_copy(text: str) -> str:
    """The copy of TEXT Stanza sees: curly marks made straight and over-long runs cut by a space,
    one character for one, so every offset into the copy is an offset into TEXT."""
    copy = text.translate(_STANZA_FRIENDLY)
    if _LONG_RUN.search(copy) is None:
        return copy
    chars = list(copy)
    for m in _LONG_RUN.finditer(copy):
        for i in range(m.start() + MAX_TOKEN_CHARS, m.end(), MAX_TOKEN_CHARS):
            chars[i] = " "
    return "".join(chars)


# Sentences longer than this are tagged but not parsed: the parser's biaffine scorer is
# quadratic in sentence length, and such "sentences" are tables or lists, not prose.
MAX_PARSE_WORDS = 200

# Words parsed per text at most. Prose has about 6 characters a word, so a text within the default
# character limit (100,000) has some 17,000 words and is never cut; a flood of tiny quoted
# sentences ('"a," he said.' repeated: 2 characters a word) is, and its parse time is bounded
# (100,000 such characters took 16-20 s over HTTP, most of it the parse of 7,000 sentences).
# The sentences past the budget are left unparsed and the result says how many.
MAX_PARSE_WORDS_PER_TEXT = 25_000

SentenceFilter = Callable[[Sentence], bool]


def _word_offsets(token, base: int, text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) for each word of a Stanza token, in article offsets."""
    start, end = base + token.start_char, base + token.end_char
    words = token.words
    if len(words) == 1:
        return [(start, end, text[start:end])]
    out, pos, surface = [], start, text[start:end].lower().replace("\u2019", "'")
    for w in words:
        i = surface.find(w.text.lower(), pos - start)
        if i < 0:
            return [(start, end, w.text) for w in words]
        out.append((start + i, start + i + len(w.text), text[start + i : start + i + len(w.text)]))
        pos = start + i + len(w.text)
    return out


def _to_sentences(stanza_doc, para: Paragraph, text: str, first_index: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    for s in stanza_doc.sentences:
        words = []
        for token in s.tokens:
            for w, (start, end, surface) in zip(token.words, _word_offsets(token, para.start, text), strict=True):
                words.append(
                    Word(
                        w.id,
                        surface,
                        w.lemma or surface,
                        w.upos or "X",
                        w.xpos or "_",
                        w.feats or "_",
                        None,
                        None,
                        start,
                        end,
                    )
                )
        if words:
            sentences.append(Sentence(first_index + len(sentences), para.index, words))
    return sentences


# Lemmas already predicted, per lemmatizer: Stanza's English lemmatizer looks at a word and its
# part of speech only (a dictionary first, a character seq2seq model for the rest), so the lemma
# of a (text, upos) pair is the same wherever it occurs. Names, numbers and rare words recur within
# an article and across a bulk run, and the seq2seq model was most of the lemmatizer's time.
# Bounded: the cache is emptied when it would pass LEMMA_CACHE_SIZE pairs (a few MB).
LEMMA_CACHE_SIZE = 100_000
_lemma_caches: WeakKeyDictionary = WeakKeyDictionary()


def _as_document(sentences: Sequence):
    """One Stanza document over SENTENCES (Stanza sentence objects): a processor run on it
    annotates them in place, as Stanza's own ``bulk_process`` does across documents."""
    import stanza

    doc = stanza.Document([])
    doc.sentences = list(sentences)
    doc.num_tokens = sum(len(s.tokens) for s in doc.sentences)
    doc.num_words = sum(len(s.words) for s in doc.sentences)
    return doc


def _lemma_form(text: str, upos: str | None) -> str:
    """The form to lemmatize: a capitalised verb ("Said Mayor Lee: …", "Clinton Says …") in its
    lower case, as the lemmatizer leaves capitalised words it takes for names unchanged."""
    if upos in ("VERB", "AUX") and text[:1].isupper() and text[1:].islower():
        return text.lower()
    return text


def lemmatize(nlp, sentences: Sequence) -> None:
    """Set the lemma of every word of SENTENCES (Stanza sentences, text and upos set), running
    Stanza's lemmatizer once per (text, upos) pair not seen before: the lemmas are Stanza's, the
    repeats are not recomputed."""
    import stanza

    processor = nlp.processors["lemma"]
    if processor.trainer.has_contextual_lemmatizers():  # some lemma depends on the sentence
        if sentences:
            processor.process(_as_document(sentences))
        return
    words = [w for s in sentences for w in s.words]
    keys = [(_lemma_form(w.text, w.upos), w.upos) for w in words]
    cache = _lemma_caches.setdefault(processor, {})
    missing = [k for k in dict.fromkeys(keys) if k not in cache]
    if len(cache) + len(missing) > LEMMA_CACHE_SIZE:
        cache.clear()
        missing = list(dict.fromkeys(keys))
    if missing:
        doc = processor.process(stanza.Document([[{"id": 1, "text": t, "upos": u}] for t, u in missing]))
        cache.update(zip(missing, (s.words[0].lemma for s in doc.sentences), strict=True))
    for w, key in zip(words, keys, strict=True):
        w.lemma = cache[key]


# Sentences longer than this are neither tagged nor lemmatized (their words get upos X and their
# own text as lemma). Such a "sentence" is a run of symbols or a table, not prose, and the tagger's
# time and memory grow with it: 40,000 quote marks in a row, one sentence to the tokenizer, took
# 4 s and 700 MB to tag. Sentences over MAX_PARSE_WORDS are not parsed either.
MAX_TAG_WORDS = 1_000


_APOSTROPHES = ("'", "\u2019")


def _false_split(token) -> bool:
    """A token the multi-word-token model split where no contraction is: "its" -> "it" + "s",
    "threats" -> "threat" + "s". A real one ("it's", "can't") has its apostrophe; "cannot",
    "gonna" are split in UD too and end otherwise."""
    words = token.words
    return (
        len(words) > 1
        and token.text.isalpha()
        and not any(a in token.text for a in _APOSTROPHES)
        and words[-1].text.lower() == "s"
        and "".join(w.text for w in words).lower() == token.text.lower()
    )


def rejoin_false_splits(sentence) -> bool:
    """Make each falsely split token of a Stanza SENTENCE (after mwt, before pos) one word again,
    renumbering the words as Stanza's own expansion does. Returns whether anything changed."""
    from stanza.models.common.doc import ID, TEXT
    from stanza.models.common.doc import Word as StanzaWord

    if not any(_false_split(t) for t in sentence.tokens):
        return False
    idx = 0
    for token in sentence.tokens:
        if _false_split(token):
            token.words = [StanzaWord(sentence, {ID: idx + 1, TEXT: token.text})]
        for w in token.words:
            idx += 1
            w.id = idx
        token.id = tuple(sorted({token.words[0].id, token.words[-1].id}))
    sentence.words = []
    for token in sentence.tokens:
        for w in token.words:
            w.sent, w.parent = sentence, token
            sentence.words.append(w)
        if len(token.words) == 1:
            token.words[0].start_char, token.words[0].end_char = token.start_char, token.end_char
    return True


def tag_texts(nlp, texts: Sequence[str], deadline: Deadline = NO_DEADLINE) -> list[ParsedText]:
    """Pass 1: tokenize, mwt, pos, lemma over every paragraph of every text (DEADLINE is checked
    before the tagging and before the sentence join)."""
    import stanza

    paras = [find_paragraphs(t) for t in texts]
    docs = [
        stanza.Document([], text=stanza_copy(t[p.start : p.end]))
        for t, ps in zip(texts, paras, strict=True)
        for p in ps
    ]
    processors = [p for p in ("tokenize", "mwt") if p in nlp.processors]
    deadline.check("tagging")
    # One call for both: Stanza's mwt expects the tokenizer's output of the same call.
    docs = nlp.bulk_process(docs, processors=processors) if docs else []
    for d in docs:
        for sentence in d.sentences:
            rejoin_false_splits(sentence)
    tagged = []
    for d in docs:
        for sentence in d.sentences:
            if len(sentence.words) <= MAX_TAG_WORDS:
                tagged.append(sentence)
            else:
                for w in sentence.words:
                    w.upos, w.lemma = "X", None  # the lemma becomes the word's own text
    if "pos" in nlp.processors and tagged:
        nlp.processors["pos"].process(_as_document(tagged))
    if "lemma" in nlp.processors:
        lemmatize(nlp, tagged)
    out, k = [], 0
    for text, ps in zip(texts, paras, strict=True):
        sentences: list[Sentence] = []
        for p in ps:
            sentences.extend(_to_sentences(docs[k], p, text, len(sentences)))
            k += 1
        out.append(ParsedText(text, sentences))
    deadline.check("the sentence join")
    merge_split_sentences(nlp, out)
    return out


def _split_inside(prev: Sentence, nxt: Sentence, text: str) -> bool:
    """Whether the tokenizer ended PREV where no sentence ends: inside a token ("Scientology." +
    "org site") or after a word with no punctuation at all ("Officials tell BBC" + "News every
    claim ..."). A mark glued to the next sentence ("Sunnis.“American") is a real boundary."""
    if prev.paragraph != nxt.paragraph or not prev.words or not nxt.words:
        return False
    gap = text[prev.end : nxt.start]
    first = text[nxt.start : nxt.start + 1]
    if gap == "" and text[prev.end - 1 : prev.end] == "." and (first.islower() or first.isdigit()):
        return True
    last = text[prev.end - 1 : prev.end]
    if gap.strip() != "" or "\n" in gap:
        return False  # a line break is a boundary even without punctuation (headlines, list items)
    if last == "." and first.isupper() and _ends_with_title(prev):
        return True  # "referred to Sen." + "Marco Rubio as ...": an abbreviated title ends no sentence
    if last == "." and first.isdigit() and _ends_with_abbreviation(prev, _NUMBERED_ABBREVIATIONS):
        return True  # "since Jan." + "7, 2012, when …", "ranked No." + "2": nor does a month or "No."
    if last in "'\u2019" and gap == " " and first.isalnum() and _ends_with_possessive(prev, text):
        return True  # "wrote to Sanders’" + "Senate office that …": a possessive ends no sentence
    if last.isalnum() and gap == " " and first == "(":
        return True  # "Sen. Dana Voss" + "(D-Ohio) said …": a bracket after a bare word opens no sentence
    if last == "," and gap == " " and first.isalnum():
        return True  # "Rep. Jim Jordan," + "R-Ohio, said …": a comma ends no sentence
    if last == ")" and gap == " " and first.isalnum() and (first.islower() or text[prev.end - 2] not in ".!?"):
        # "… Sen. Ted Cruz (R-Texas)" + "Wednesday, saying …", "Sen. Mitch McConnell (R-Ky.)" +
        # "said …": nor does a bracket's close, unless it held a sentence ("(Nobody came.) Then …")
        return True
    return last.isalnum() and first.isalnum()


def _end_after_number(sentence: Sentence) -> int:
    """How many of SENTENCE's words go with the sentence before it: all, unless it opens with the
    number an abbreviation asked for and a period that ends a sentence ("9" "." + "Bringing …"
    after "released Sept."): then the number and its period."""
    words = sentence.words
    if (
        len(words) > 2
        and words[0].upos == "NUM"
        and words[1].text == "."
        and words[0].end == words[1].start
        and words[2].text[:1].isupper()
    ):
        return 2
    return len(words)


def _ends_with_possessive(sentence: Sentence, text: str) -> bool:
    """Whether SENTENCE ends with the apostrophe of a plural or s-final possessive ("Sanders’",
    "Officers’") rather than a closing single quotation mark: an "s" right before it, and no
    opening single mark earlier in the sentence that it could close ("‘crazy’")."""
    body = text[sentence.start : sentence.end - 1]
    if body[-1:] not in ("s", "S"):
        return False
    return "\u2018" not in body and re.search(r"(^|\s)'\w", body) is None


#: Abbreviations a number follows: the months news style shortens before a day ("Jan. 7") and
#: "No." ("No. 2").
_NUMBERED_ABBREVIATIONS = frozenset({"jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", "no"})


def _ends_with_title(sentence: Sentence) -> bool:
    """Whether SENTENCE ends with an abbreviated title and its period ("Sen.", "Mrs."), the period
    a token of its own or not ("Sen ." with a space is no abbreviation)."""
    from quotesvc import lexicons

    return _ends_with_abbreviation(sentence, lexicons.load().abbreviated_titles)


def _ends_with_abbreviation(sentence: Sentence, abbreviations: frozenset[str]) -> bool:
    """Whether SENTENCE ends with one of ABBREVIATIONS (lower case, no period), capitalised, and its
    period, the period a token of its own or not."""
    words = sentence.words
    if words[-1].text != ".":
        stem = words[-1].text[:-1]
    elif len(words) > 1 and words[-2].end == words[-1].start:
        stem = words[-2].text
    else:
        return False
    return stem[:1].isupper() and stem.lower() in abbreviations


def merge_split_sentences(nlp, parsed: Sequence[ParsedText]) -> int:
    """Join sentences the tokenizer split in the middle, and tag the joined ones again (pos,
    lemma) so the tags see the whole sentence. Returns how many joins were made."""
    joined: list[Sentence] = []
    for p in parsed:
        merged: list[Sentence] = []
        made: set[int] = set()  # id() of the sentences built here, so a chain of joins counts once
        for s in p.sentences:
            if (
                merged
                and _split_inside(merged[-1], s, p.text)
                and len(merged[-1].words) + len(s.words) <= MAX_PARSE_WORDS
            ):
                prev = merged.pop()
                k = _end_after_number(s)
                words = prev.words + s.words[:k]
                for i, w in enumerate(words, 1):
                    w.id = i
                merged.append(Sentence(prev.index, prev.paragraph, words))
                made.add(id(merged[-1]))
                if k < len(s.words):
                    # "released Sept." + "9. Bringing the show back …": the date ends the sentence
                    rest = s.words[k:]
                    for i, w in enumerate(rest, 1):
                        w.id = i
                    merged.append(Sentence(s.index, s.paragraph, rest))
                    made.add(id(merged[-1]))
            else:
                merged.append(s)
        for i, s in enumerate(merged):
            s.index = i
        p.sentences[:] = merged
        joined.extend(s for s in merged if id(s) in made)
    if not joined or "pos" not in nlp.processors:
        return len(joined)
    import stanza

    doc = stanza.Document([[{"id": w.id, "text": w.text.translate(_STANZA_FRIENDLY)} for w in s.words] for s in joined])
    doc = nlp.processors["pos"].process(doc)
    if "lemma" in nlp.processors:
        lemmatize(nlp, doc.sentences)
    for s, ss in zip(joined, doc.sentences, strict=True):
        for w, sw in zip(s.words, ss.words, strict=True):
            w.upos, w.xpos, w.feats = sw.upos or "X", sw.xpos or "_", sw.feats or "_"
            w.lemma = sw.lemma or w.text
    return len(joined)


def parse_selected(
    nlp, parsed: Sequence[ParsedText], select: SentenceFilter | None = None, deadline: Deadline = NO_DEADLINE
) -> int:
    """Pass 2: dependency-parse the sentences SELECT picks (all when None). Returns how many."""
    import stanza

    deadline.check("the parse")

    chosen = []
    for p in parsed:
        budget = MAX_PARSE_WORDS_PER_TEXT
        for s in p.sentences:
            if len(s.words) > MAX_PARSE_WORDS or (select is not None and not select(s)):
                continue
            if len(s.words) > budget:
                p.unparsed += 1
                continue
            budget -= len(s.words)
            chosen.append(s)
    if not chosen:
        return 0
    sub = stanza.Document(
        [
            [
                {
                    "id": w.id,
                    "text": w.text.translate(_STANZA_FRIENDLY),
                    "lemma": w.lemma,
                    "upos": w.upos,
                    "xpos": w.xpos,
                    "feats": w.feats,
                }
                for w in s.words
            ]
            for s in chosen
        ]
    )
    sub = nlp.processors["depparse"].process(sub)
    for s, ss in zip(chosen, sub.sentences, strict=True):
        for w, sw in zip(s.words, ss.words, strict=True):
            w.head, w.deprel = sw.head, sw.deprel
        s.reset_parse()
    return len(chosen)


def parse_texts(nlp, texts: Sequence[str], select: SentenceFilter | None = None) -> list[ParsedText]:
    """Both passes over TEXTS, batched."""
    parsed = tag_texts(nlp, texts)
    parse_selected(nlp, parsed, select)
    return parsed
