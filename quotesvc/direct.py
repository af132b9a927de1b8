"""Direct quotes: quotation marks with a cue beside them, split quotes, fragments.

After textacy's ``direct_quotations`` and CoreNLP's QuoteAttributionAnnotator: the cue is the
nearest cue word *after* the closing mark in the same sentence ("…,” Kerry said), else the nearest
*before* the opening mark ("Kerry said: “…”"). “A,” X said, “B.” is one quote of two pieces. A
quoted phrase inside a sentence is a fragment: framed by a cue such as *call* ("called ISIS “a
threat …”") it is a mixed quote of the fragment; inside reported speech it makes that speech mixed
(``linking``); otherwise it is a scare quote or a title, not a quotation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from quotesvc import confidence
from quotesvc.candidates import ArticleIndex, Candidate, Method, content_span, n_words
from quotesvc.cues import CueKind, cue_kind, is_according
from quotesvc.document import ParsedText, Word
from quotesvc.lexicons import Lexicons
from quotesvc.quotemarks import (
    CLOSING_MARKS_KEPT,
    DASHES,
    ELLIPSIS,
    EM_DASH,
    EN_DASH,
    QUOTE_CHARS,
    RIGHT_DOUBLE,
    QuoteSpan,
)
from quotesvc.results import QuoteType
from quotesvc.speakers import (
    Attribution,
    AttributionMethod,
    attribution_ids,
    described_noun,
    find_attribution,
    nominal_before_cue,
)
from quotesvc.ud import (
    CAUSAL_MARKS,
    NOMINAL_UPOS,
    PRONOMINAL_DETERMINERS,
    RELATIVE_SUBJECTS,
    SENTENCE_END,
    SUBJECT_RELS,
    SUBORDINATING_ADVERBS,
    VERBAL_UPOS,
    ends_sentence,
    first_word,
    is_finite,
)

#: Content ending so leaves room for an attribution after the closing mark.
_WORD = re.compile(r"\w+")
_CONTINUES_AFTER = "," + EM_DASH + EN_DASH + "-:" + ELLIPSIS + "?!"
MAX_TRAILING_WORDS = 30  # "…,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.
MAX_LEADING_WORDS = 25
MIN_FREE_QUOTE_WORDS = 4  # an unattributed quote shorter than this is a scare quote
#: A title in quote marks ("Gone with the Wind") has at most this many words, this share capitalised.
MAX_TITLE_WORDS = 12
MIN_TITLE_CAPS = 0.6
#: Quoted words that read as sentences even without closing punctuation.
LONG_QUOTE_WORDS = 12
#: How far up the parse a fragment's framing verb may be.
MAX_FRAGMENT_CLIMB = 3
#: How far after the cue an inverted subject ("said Aiko Tanaka") may run.
MAX_INVERTED_SUBJECT_WORDS = 4
#: "said one unaligned Florida Republican strategist": a description after the cue, at most so long,
#: of these word classes (a participle used as an adjective, "unaligned", comes tagged as a verb).
MAX_INVERTED_DESCRIPTION_WORDS = 8
DESCRIPTION_UPOS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "VERB"})
#: Closing quote marks, passed over to find the comma before a trailing attribution (',” she said').
CLOSING_MARKS = "".join(CLOSING_MARKS_KEPT) + "'"
#: The cue's dependents that belong to a trailing attribution: "he said [in an interview] [Tuesday]".
FRAME_RELS_OF_CUE = frozenset({"obl", "advmod", "obj", "iobj", "nsubj", "aux", "punct", "compound", "nmod"})
#: Unquoted words after a trailing attribution that go on with the quote have at least this many words.
MIN_CONTINUATION_WORDS = 2
#: First words of unquoted words that go on with the quote after its attribution ("…,” she said,
#: [only with extremists]"; "[that both men …]"; "[rather than …]"); a finite verb also does
#: ("“Only you,” she said, [would use …]"). Anything else there is the writer's: an apposition, a
#: participle, a circumstance ("her voice drowned out by boos", "without naming anyone").
CONTINUATION_OPENERS = frozenset({"that", "only", "rather", "but"})


def _cue_candidates(words: list[Word], index: ArticleIndex, lex: Lexicons, *, kinds: tuple[CueKind, ...]) -> list[Word]:
    return [w for w in words if not index.in_quote(w) and cue_kind(w, lex) in kinds]


_DIRECT_KINDS = (CueKind.SPEECH, CueKind.RELAY, CueKind.COGNITION, CueKind.FRAGMENT)


def trailing_region(q: QuoteSpan, index: ArticleIndex, next_open: int, para_end: int) -> list[Word]:
    """Words after the closing mark up to the sentence's end, the next quote or the paragraph's end."""
    if q.close_mark is None:
        return []
    region = []
    for w in index.words_between(q.close_mark + 1, min(next_open, para_end)):
        if w.start <= q.close_mark:
            continue
        if ends_sentence(w):
            break
        region.append(w)
    return region


def leading_region(q: QuoteSpan, index: ArticleIndex, prev_close: int, text: str) -> list[Word]:
    """Words before the opening mark back to the previous sentence end, quote or paragraph start.

    Read on the surface rather than from Stanza's sentence: its tokenizer sometimes starts a new
    sentence at an opening mark ("... called ISIS “a threat …”").
    """
    para_start = text.rfind("\n", 0, q.open_mark) + 1
    before = text[para_start : q.open_mark].rstrip()
    if not before:
        # "He said:\n\n“…”": the cue ends the previous paragraph with a colon.
        head = text[: q.open_mark].rstrip()
        if not head.endswith(":"):
            return []
        para_start = text.rfind("\n", 0, len(head) - 1) + 1
        before = head[para_start:]
    words = index.words_between(max(para_start, prev_close + 1), para_start + len(before))
    region: list[Word] = []
    for w in reversed(words):
        if ends_sentence(w) and region:
            break
        if ends_sentence(w):
            return []  # the quote opens a new sentence
        region.append(w)
    region.reverse()
    return region[-MAX_LEADING_WORDS:]


#: "Iowa State University's Dianne Bystrom agreed.": a sentence that announces the next quotation
#: has at most this many words.
MAX_ANNOUNCING_WORDS = 25


def _according_source(leading: list[Word]) -> tuple[Word, Word] | None:
    """("according", the source's head) when the words before a quotation are "According to X,"
    or "…: according to X:": the noun run after "to", up to the comma or colon before the mark."""
    if len(leading) < 4 or leading[-1].text not in (",", ":"):
        return None
    according = next((w for w in reversed(leading) if is_according(w)), None)
    if according is None or leading.index(according) + 1 >= len(leading) - 1:
        return None
    phrase = leading[leading.index(according) + 2 : -1]
    if any(w.upos in ("PUNCT", "VERB", "AUX") and w.text not in ("'s", "’s") for w in phrase):
        return None  # the source runs to the mark: "According to X, who …, “…”" is no such frame
    nouns = [w for w in phrase if w.upos in NOMINAL_UPOS]
    return (according, nouns[-1]) if nouns else None


def _trailing_according_source(trailing: list[Word]) -> tuple[Word, Word] | None:
    """("according", the source's head) when the words after a quotation are "according to X":
    '“…,” according to Judicial Watch.' The source is the noun phrase after "to", up to a
    preposition, a verb or a punctuation mark ("according to a court document [filed by …]")."""
    words = trailing[1:] if trailing and trailing[0].text == "," else trailing
    if len(words) < 3 or not is_according(words[0]) or words[1].lower != "to":
        return None
    phrase: list[Word] = []
    for w in words[2:]:
        if w.upos in ("PUNCT", "VERB", "AUX", "ADP", "SCONJ", "CCONJ") and w.text not in ("'s", "’s"):
            break
        phrase.append(w)
    nouns = [w for w in phrase if w.upos in NOMINAL_UPOS]
    return (words[0], nouns[-1]) if nouns else None


def _announcing_sentence(q: QuoteSpan, index: ArticleIndex, lex: Lexicons, prev_close: int, text: str) -> Word | None:
    """The cue of a short sentence right before the quotation, in its paragraph, that says who
    speaks and reports nothing itself ("Bystrom agreed.", "Lee disagreed.", "The mayor explained.")."""
    para_start = text.rfind("\n", 0, q.open_mark) + 1
    before = text[para_start : q.open_mark].rstrip()
    if not before.endswith("."):
        return None
    start = max(para_start, prev_close + 1)
    words = index.words_between(start, para_start + len(before))
    if not words:
        return None
    sent = words[-1].sent
    if not sent.parsed or sent.words[0].start < start or len(sent.words) > MAX_ANNOUNCING_WORDS:
        return None
    root = next((w for w in sent.words if w.head == 0), None)
    if root is None or cue_kind(root, lex) is not CueKind.SPEECH:
        return None
    if any(c.rel in ("ccomp", "obj", "xcomp", "parataxis") for c in root.children):
        return None
    subj = next((c for c in root.children if c.rel == "nsubj" and c.upos in NOMINAL_UPOS), None)
    return root if subj is not None and subj.lower not in ("it", "this", "that") else None


#: Words that stand for people after an inverted cue ("…,” tweeted [another].").
_PRONOMINAL_SPEAKERS = PRONOMINAL_DETERMINERS | {"one"}


def _outside_brackets(words: list[Word]) -> list[Word]:
    """WORDS without those inside round brackets ("Sen. Chuck Schumer [(D-N.Y.)] said")."""
    out, depth = [], 0
    for w in words:
        if w.text == "(":
            depth += 1
        elif w.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(w)
    return out


def _surface_subject(region: list[Word], cue: Word, time_words: frozenset[str], *, after_quote: bool) -> Word | None:
    """When the parse gives no subject: the nominal next to the cue ("…,” Kerry said / said Kerry).
    A time word never speaks ("marched … on Monday, chanting “…”")."""
    if cue not in region:
        return None  # a colon frame's verb can stand before the words read around the quote
    i = region.index(cue)
    if after_quote and i == 1 and region[0].text[:1].isupper() and region[0].upos not in ("PUNCT", "PRON"):
        return region[0]  # '“…,” Quick said': a capitalised word between the quote and its cue names the speaker
    before = [w for w in _outside_brackets(region[:i]) if w.upos in NOMINAL_UPOS and w.lemma_lower not in time_words]
    after = []
    following = region[i + 1 :]
    if after_quote:
        # "said [former] Gov. Bill Richardson": lowercase modifiers before a capitalised name
        modifiers = list(itertools.takewhile(lambda w: w.upos == "ADJ" and w.text.islower(), following))
        if len(modifiers) < len(following) and following[len(modifiers)].text[:1].isupper():
            following = following[len(modifiers) :]
    for w in following[:MAX_INVERTED_SUBJECT_WORDS]:
        # "said Aiko Tanaka": a capitalised run is a name even where the tagger slipped; "said
        # Tuesday" names a day, not a speaker.
        if w.lemma_lower in time_words:
            break
        if w.upos in NOMINAL_UPOS or (w.text[:1].isupper() and w.upos != "PUNCT"):
            after.append(w)
        else:
            break
    if not after_quote and before and region[i - 1] is before[-1]:
        # 'Jacobs called Merkel “The Chancellor …”': the name before the cue, not its object; the
        # noun a relative clause describes when the name closes that clause ('an official [who
        # spoke anonymously to discuss internal strategy] said')
        return described_noun(before[-1], cue) or before[-1]
    if after and all(w.text[:1].isupper() for w in after):
        return after[-1]
    rest = region[i + 1 :]
    if (
        after_quote
        and rest
        and rest[0].lower in _PRONOMINAL_SPEAKERS
        and (len(rest) == 1 or rest[1].text in SENTENCE_END)
    ):
        return rest[0]  # '“…,” tweeted another.', '“…,” read one.'
    described = _inverted_description(region[i + 1 :]) if after_quote else None
    if described is not None:
        return described
    if after_quote and before:
        return before[-1]
    names = list(
        itertools.takewhile(lambda w: w.upos == "PROPN", itertools.dropwhile(lambda w: w.upos != "PROPN", after))
    )
    if after_quote and names:
        return names[-1]  # "…,” explained Democratic strategist [Simon Rosenberg], taken for an object
    if after and after[0].upos in ("PROPN", "PRON", "NOUN"):
        return after[-1] if all(w.upos == "PROPN" for w in after) else after[0]
    if not after_quote and i > 0 and region[i - 1].text == ",":
        # "Col. Steven Warren, a military spokesman in Baghdad, said, “…”": the name before the
        # apposition, not the last noun inside it
        named = nominal_before_cue(cue, time_words)
        while named is not None and named.rel == "flat" and named.head_word is not None:
            named = named.head_word  # the whole name, not its last word
        if named is not None and named in region:
            return named
    return before[-1] if before else None


def _colon_frame(leading: list[Word], index: ArticleIndex) -> Word | None:
    """Sunak defended the record: “…” - the main verb of the clause a colon closes, when it has
    a subject: journalists introduce quotes this way without a speech verb."""
    sent = leading[-1].sent
    if not sent.parsed:
        return None
    colon = leading[-1]
    before = [w for w in sent.words if w.end <= colon.start]
    roots = [w for w in before if w.head == 0]
    if not roots:
        # the quotation in the same sentence took the root ("Trump issued the following
        # statement: “Our prayers …”" parsed with "issued" under "are"): the frame is the verb
        # of the words before the colon that heads them
        roots = [w for w in before if w.upos in VERBAL_UPOS and (w.head or 0) > colon.id]
    copular = bool(roots) and any(c.rel == "cop" for c in roots[0].children)
    if not roots or (roots[0].upos not in VERBAL_UPOS and not copular):
        return None  # a copular frame counts: "the board was conclusive in its findings: “…”"
    verb = roots[0]
    if any(c.rel == "nsubj" and not index.in_quote(c) for c in verb.children):
        return verb
    # "…, Republican nominee Donald Trump issued the following statement:" with the name hung
    # elsewhere: a name right before the verb is its subject on the surface
    previous = sent.words[verb.id - 2] if verb.id > 1 else None
    return verb if previous is not None and previous.upos in ("PROPN", "PRON") else None


#: Words of a turn label before its colon at most ("Former secretary of state Hillary Rodham Clinton:").
MAX_TURN_LABEL_WORDS = 10


def _turn_label(leading: list[Word]) -> Word | None:
    """Michael P. McDonald: “At long last …” - a line that is only a name (with its titles) and a
    colon, as transcripts and round-ups label who speaks, or a round-up item's heading, a dash and
    names alone before the colon: the name's last word, or None."""
    label = leading[:-1]
    dash = next((i for i in range(len(label) - 1, -1, -1) if label[i].text in DASHES), None)
    if dash is not None and dash + 1 < len(label):
        # "IOWA POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen:": a round-up's
        # heading, a dash, then names alone
        label = label[dash + 1 :]
        if not all(w.upos == "PROPN" or (w.lower == "and" and 0 < i < len(label) - 1) for i, w in enumerate(label)):
            return None
    elif not label or label[0].id != 1:
        return None  # the label opens its sentence
    if not label or len(label) > MAX_TURN_LABEL_WORDS or label[-1].upos != "PROPN":
        return None
    if label[-1].id != leading[-1].id - 1:
        return None  # the colon closes it
    if any(w.upos in VERBAL_UPOS or w.upos in ("PRON", "NUM") for w in label):
        return None  # "The paper reports:", "Election results for 2016:" are no names
    return label[-1]


#: How far after the closing mark a frame verb may stand ("…,” the former senator joked).
MAX_FRAME_VERB_WORDS = 5
_FRAME_SUBJECT_UPOS = frozenset({"PRON", "PROPN", "NOUN"})
#: Words that may stand between the closing mark and the frame verb: its subject and modifiers.
_FRAME_LEAD_UPOS = _FRAME_SUBJECT_UPOS | {"AUX", "DET", "ADJ", "ADV", "PUNCT"}


def _frame_verb(trailing: list[Word], index: ArticleIndex) -> Word | None:
    """“…,” he joked / she elaborated / Hannity pressed: right after a quotation, a verb whose
    subject stands next to it frames the quotation as speech, whatever the verb (journalists vary
    it: joked, laughed, elaborated). The frame is subject and verb alone: a verb with an object or
    a clause of its own says something else ("…,” which won the award", "…,” she wrote a book")."""
    inverted = _inverted_frame_verb(trailing, index)
    if inverted is not None:
        return inverted
    for w in trailing[:MAX_FRAME_VERB_WORDS]:
        if w.upos in _FRAME_LEAD_UPOS:
            continue
        if w.upos != "VERB" or index.in_quote(w):
            return None
        if not w.parsed:
            return w if _bare_frame(trailing, w) else None
        subject = next((c for c in w.children if c.rel == "nsubj"), None)
        if (
            subject is None
            or subject not in trailing
            or subject.upos not in _FRAME_SUBJECT_UPOS
            or subject.lower in RELATIVE_SUBJECTS
            # the quotation itself hung on the verb as its complement is no argument of its own
            or any(c.rel in ("obj", "ccomp", "xcomp", "csubj") and not index.in_quote(c) for c in w.children)
        ):
            return None
        return w
    return None


def _inverted_frame_verb(trailing: list[Word], index: ArticleIndex) -> Word | None:
    """“…!” beamed Donald Hartley / “…?” reacted Trump: right after the quotation, a past or present
    verb and then a name (or "the" and a noun), which the parser often makes its object. The verb
    frames the quotation as its speaker's when it has no other object or clause."""
    if len(trailing) < 2:
        return None
    verb, name = trailing[0], trailing[1]
    if verb.upos != "VERB" or verb.xpos not in ("VBD", "VBZ") or not verb.parsed or index.in_quote(verb):
        return None
    if not (name.upos == "PROPN" or (name.lower == "the" and len(trailing) > 2 and trailing[2].upos == "NOUN")):
        return None
    head = name if name.upos == "PROPN" else trailing[2]
    while head.rel in ("flat", "compound") and head.head_word is not None and head.head_word in trailing:
        head = head.head_word
    if head.head_word is not verb or head.rel not in ("nsubj", "obj"):
        return None
    if any(
        c is not head and c.rel in ("obj", "ccomp", "xcomp", "csubj", "nsubj") and not index.in_quote(c)
        for c in verb.children
    ):
        return None
    return verb


#: The most words of a sentence that is nothing but an attribution ("Former Gov. Jeb Bush said.").
MAX_BARE_ATTRIBUTION_WORDS = 6


def _bare_attribution_sentence(trailing: list[Word], lex: Lexicons) -> bool:
    """'“… that are missing.” Trump said.': after a quotation closed by a full stop, a sentence of
    only a name or pronoun and a speech verb attributes it (writers slip the comma)."""
    if not 2 <= len(trailing) <= MAX_BARE_ATTRIBUTION_WORDS:
        return False
    last = trailing[-1]
    nxt = last.sent.words[last.id] if last.id < len(last.sent.words) else None
    if nxt is None or nxt.text not in SENTENCE_END or cue_kind(last, lex) is not CueKind.SPEECH:
        return False
    return trailing[-2].upos in ("PROPN", "PRON") and all(
        w.upos in ("PROPN", "PRON", "DET", "ADJ", "NOUN") for w in trailing[:-1]
    )


def _cue_tagged_a_noun(trailing: list[Word], lex: Lexicons) -> Word | None:
    """'“…” Viguerie notes.', '“…,” the Saudis [state] in the white paper.': a reporting verb's
    form ("note", "notes") tagged a noun, the first noun after the noun phrase that opens the words
    after the quotation (a name or a description), ending the sentence or going on with a
    preposition."""
    for i, w in enumerate(trailing):
        if w.upos != "NOUN":
            continue
        verb_form = w.lower in lex.cue_lemmas or (w.lower.endswith("s") and w.lower[:-1] in lex.cue_lemmas)
        lead, after = trailing[:i], trailing[i + 1 : i + 2]
        if (
            verb_form
            and lead
            and lead[-1].upos in ("NOUN", "PROPN")
            and all(x.upos in ("DET", "PROPN", "NOUN", "ADJ") for x in lead)
            and (not after or after[0].upos == "ADP" or after[0].text in SENTENCE_END)
        ):
            return w
        break  # only the noun phrase's own head can be the verb
    return None


def _bare_frame(trailing: list[Word], verb: Word) -> bool:
    """'“…?” Hannity pressed.' in a sentence of its own that was tagged but not parsed (it holds
    neither a quote nor a cue): a name or pronoun, the finite verb, and nothing after it."""
    lead = trailing[: trailing.index(verb)]
    return (
        verb.xpos in ("VBD", "VBZ")
        and verb is trailing[-1]
        and bool(lead)
        and lead[-1].upos in _FRAME_SUBJECT_UPOS
        and all(w.upos in ("PROPN", "PRON", "NOUN", "DET", "ADJ", "NUM", "ADV") for w in lead)
    )


def _dash_byline(trailing: list[Word]) -> Word | None:
    """“…” - Matthew Ingram, or a sign-off “…” — Jane Doe, a spokeswoman: a dash and a name right
    after the closing mark, nothing else but an apposition set off by a comma after the name."""
    if len(trailing) < 2 or trailing[0].text not in DASHES:
        return None
    run = []
    for w in trailing[1:]:
        if w.upos != "PROPN":
            break
        run.append(w)
    rest = trailing[1 + len(run) :]
    return run[-1] if run and (not rest or rest[0].text == ",") else None


#: A sign-off paragraph ("— Jane Doe, a spokeswoman") has at most this many words.
MAX_SIGN_OFF_WORDS = 12


def _sign_off(q: QuoteSpan, article: _Article) -> Word | None:
    """A quotation that ends its paragraph, signed in the next: a paragraph that is only a dash
    and a name (with an apposition), as letters, statements and round-ups sign what they quote."""
    para = q.pieces[-1].paragraph
    if q.close_mark is None or para + 1 >= len(article.paragraph_ends):
        return None
    text = article.text
    if text[q.close_mark + 1 : article.paragraph_ends[para]].strip(" .\t"):
        return None  # something follows the quotation in its paragraph
    start = article.paragraph_ends[para]
    words = article.index.words_between(start, article.paragraph_ends[para + 1])
    words = [w for w in words if w.text not in SENTENCE_END]
    if not words or len(words) > MAX_SIGN_OFF_WORDS or article.index.in_quote(words[0]):
        return None
    return _dash_byline(words)


def _inverted_description(words: list[Word]) -> Word | None:
    """ "…,” said [the 46-year-old]", "said [one unaligned Florida Republican strategist]": a
    description after the cue that opens with a determiner or a number; its last word heads it.
    The parser often makes such a phrase anything but the subject."""
    if not words or words[0].upos not in ("DET", "NUM"):
        return None
    run: list[Word] = []
    for w in words[:MAX_INVERTED_DESCRIPTION_WORDS]:
        if w.upos in DESCRIPTION_UPOS or (w.text in ("-", "\u2011") and run):
            run.append(w)
        else:
            break
    while run and run[-1].upos == "VERB" and run[-1].xpos in ("VBN", "VBG"):
        run.pop()  # "said one Republican [involved in the planning]": the participle's phrase follows
    heads = [w for w in run if w.upos in ("NOUN", "PROPN", "ADJ")]
    return heads[-1] if heads and run[-1] is heads[-1] else None


def _leading_name(region: list[Word], cue: Word) -> Word | None:
    """“…,” Khaled Al-Maeena, editor at the Saudi Gazette, said: the proper-name run that opens
    the attribution, when a comma follows it before the cue (an apposition in between)."""
    run: list[Word] = []
    for w in region:
        if w.upos == "PROPN" or (w.text[:1].isupper() and w.upos != "PUNCT") or (run and w.text == "-"):
            run.append(w)
            continue
        if run and w.upos == "NOUN":
            run.append(w)  # "Texas delegate Bill Eastland": a title between the parts of a name
            continue
        break
    while run and run[-1].upos == "NOUN" and not run[-1].text[:1].isupper():
        run.pop()
    if not run or run[-1].id + 1 > cue.id:
        return None
    nxt = cue.sent.words[run[-1].id] if run[-1].id < len(cue.sent.words) else None
    if nxt is None or nxt.text != "," or nxt.id >= cue.id:
        return None
    ids = {w.id for w in run}
    # The run's own head ("Khaled" of "Khaled Al-Maeena"), so the mention covers the whole name.
    return next((w for w in run if w.parsed and w.head not in ids and w.upos == "PROPN"), run[-1])


def _inside_aside_after(word: Word, name: Word, cue: Word) -> bool:
    """Whether WORD stands in the aside that commas set off right after the name run headed by
    NAME, before CUE: "Silverman, [herself a … supporter], incurred …"."""
    words = cue.sent.words
    if word.sent is not cue.sent or name.sent is not cue.sent or not name.id < word.id < cue.id:
        return False
    between = words[name.id : word.id - 1]
    opening = [w for w in between if w.text == ","]
    if len(opening) != 1 or any(w.upos == "PROPN" and w.head != name.id for w in between[: between.index(opening[0])]):
        return False
    return any(w.text == "," for w in words[word.id : cue.id - 1])


def _attribute_with_cue(
    cand: Candidate,
    cue: Word,
    region: list[Word],
    lex: Lexicons,
    index: ArticleIndex,
    *,
    after_quote: bool,
    object_is_content: bool = False,
) -> None:
    cand.cue = cue
    attr = (
        find_attribution(cue, lex, index.in_quote, object_is_content=object_is_content)
        if cue.parsed
        else Attribution(None, None, None, AttributionMethod.UNPARSED)
    )
    before = cue.sent.words[cue.id - 2] if cue.id > 1 else None
    if cue.upos not in VERBAL_UPOS and cue.lower.endswith("ing") and before is not None and before.upos in NOMINAL_UPOS:
        # "a message stating, “…”" with "stating" tagged a noun: whatever the parse made of it,
        # the -ing form modifies the noun before it, which is the one speaking.
        attr = Attribution(before, attr.source, attr.addressee, AttributionMethod.GERUND_NOUN)
    if attr.speaker is not None and index.in_quote(attr.speaker):
        attr = Attribution(None, attr.source, attr.addressee, AttributionMethod.SUBJECT_IN_QUOTE)
    lead = _leading_name(region, cue)
    if after_quote:
        # The parse's subject comes after the name, or before the quotation itself ('The new plans
        # “will not solve …,” [Anne Richards], assistant secretary …, said' with "said" coordinated
        # with "solve"): the name that opens the attribution speaks.
        if lead is not None and (
            attr.speaker is None
            or (lead.id != attr.speaker.id and (attr.speaker.id > lead.id or attr.speaker.end <= region[0].start))
        ):
            attr = Attribution(lead, attr.source, attr.addressee, AttributionMethod.LEADING_NAME)
    elif lead is not None and (
        # 'Silverman, [herself a Sanders supporter], incurred … upon saying, “…”' with the
        # description taken for the subject: the name it describes speaks
        (attr.speaker is not None and attr.speaker.upos == "NOUN" and _inside_aside_after(attr.speaker, lead, cue))
        # 'Dick Dever, who was listed on the Cruz slate, told POLITICO, “…”' with the name taken
        # into the quotation's clause: the name that opens the frame, set off by a comma
        or (attr.speaker is None and attr.how is not AttributionMethod.PASSIVE and not index.in_quote(lead))
    ):
        attr = Attribution(lead, attr.source, attr.addressee, AttributionMethod.LEADING_NAME)
    if attr.speaker is None and not after_quote:
        shared = _speaker_of_earlier_cue(cue, lex)
        if shared is not None:
            attr = Attribution(shared, attr.source, attr.addressee, AttributionMethod.INHERITED)
    cand.attribution = attr
    if attr.speaker is None:
        cand.speaker_fallback = _surface_subject(region, cue, lex.time_words, after_quote=after_quote)


def _speaker_of_earlier_cue(cue: Word, lex: Lexicons) -> Word | None:
    """ "Suu Kyi, 70, said it was too early to congratulate winners but [added], “…”" with "added"
    hung inside the first report and "said" given no subject: a cue joined by "and"/"but" speaks
    with the speech cue before it in its sentence, whose speaker is the name right before that cue
    (past an apposition) when the parse gave it none."""
    words = cue.sent.words
    if cue.rel != "conj" or cue.id < 2 or words[cue.id - 2].lower not in ("and", "but"):
        return None
    earlier = next((w for w in reversed(words[: cue.id - 2]) if cue_kind(w, lex) is CueKind.SPEECH), None)
    if earlier is None:
        return None
    found = find_attribution(earlier, lex)
    if found.speaker is not None:
        return found.speaker
    nearest = nominal_before_cue(earlier, lex.time_words)
    return nearest if nearest is not None and nearest.upos != "PRON" else None


def _widen_to_unquoted_words(
    cand: Candidate,
    q: QuoteSpan,
    cue: Word,
    trailing: list[Word],
    index: ArticleIndex,
    prev_close: int,
    text: str,
    *,
    fragment: bool,
) -> None:
    """A sentence that quotes only part of what the trailing attribution reports: the statement is
    the whole sentence before the attribution, one mixed quote ('[The vote signals “the beginning
    of the end” for the union], said Geert Wilders'; '[“These groups set the table,” in contrast
    to earlier years], says Lee'). Only the unquoted words before the attribution's first word
    count, so a plain '“…,” he said' is left as it is."""
    attr = cand.attribution
    if not cue.parsed or attr is None or attr.speaker is None or not q.closed or q.close_mark is None:
        return
    sent = cue.sent
    # (not the comma before the name, which a parser may hang on it)
    first_of_attribution = min(cue.id, next(w.id for w in sent.subtree(attr.speaker) if w.upos != "PUNCT"))
    # "…, [Republican candidate] Ben Carson said": a description before the name, after the comma,
    # opens the attribution too
    i = first_of_attribution - 1
    while i > 0 and sent.words[i - 1].upos in ("DET", "ADJ", "NOUN", "PROPN"):
        i -= 1
    if i < first_of_attribution - 1 and i > 0 and sent.words[i - 1].text == ",":
        first_of_attribution = i + 1
    opening_word = sent.words[first_of_attribution - 1]
    if not text[: opening_word.start].rstrip().rstrip(CLOSING_MARKS).endswith(","):
        return  # '“…,” Ms. Lee said', '“…,” State spokesman John Kirby said': a title is the speaker's
    middle = [w for w in trailing if w.id < first_of_attribution and w.upos != "PUNCT" and w.sent is sent]
    leading = leading_region(q, index, prev_close, text) if fragment else []
    if (fragment and not leading) or not (middle or leading):
        return
    start = leading[0].start if leading else cand.spans[0][0]
    end = middle[-1].end if middle else _with_closing_mark(q, cand.spans[-1][1])
    cand.spans = [(start, end)]
    cand.type = QuoteType.MIXED


def _continuation_after_attribution(
    trailing: list[Word], cue: Word, attr: Attribution | None, lex: Lexicons
) -> tuple[int, int] | None:
    """The speaker's own words that end the sentence after a trailing attribution, unquoted:
    '“…,” he said, [rather than from deductions].' The attribution (the cue, the speaker with
    any apposition, the cue's circumstances) must be all that stands between the closing mark and
    a comma, and the sentence must end with these words. A participle ("…, adding …"), a relative
    or subordinate clause, or another cue is the writer's."""
    if not cue.parsed or attr is None or attr.speaker is None or cue not in trailing:
        return None
    sent = cue.sent
    last = trailing[-1]
    if last.id >= len(sent.words) or sent.words[last.id].text not in SENTENCE_END:
        return None  # the region ends at the next quotation or the paragraph, not the sentence
    speaker = {x.id for x in sent.subtree(attr.speaker)}
    attribution = {cue.id} | speaker
    for c in cue.children:
        if c.rel in FRAME_RELS_OF_CUE:
            attribution |= {x.id for x in sent.subtree(c)}
    after = max(cue.id, attr.speaker.id)
    comma = next((i for i, w in enumerate(trailing) if w.text == "," and w.id > after and w.id not in speaker), None)
    if comma is None or any(w.id not in attribution and w.upos != "PUNCT" for w in trailing[:comma]):
        return None
    rest = trailing[comma + 1 :]
    words = [w for w in rest if w.upos != "PUNCT"]
    if len(words) < MIN_CONTINUATION_WORDS or any(w.id in speaker for w in rest):
        return None
    first = words[0]
    # A past-tense form there is as often a participle ("…, said X, [angered that …]", "[taped Saturday]").
    finite = first.upos in ("VERB", "AUX") and is_finite(first) and first.xpos != "VBD"
    if not (first.lower in CONTINUATION_OPENERS or finite):
        return None
    if any(cue_kind(w, lex) is not None for w in words):
        return None
    return rest[0].start, rest[-1].end


def _reports_a_clause_of_its_own(cue: Word) -> bool:
    """Whether CUE has a clausal complement after it ("told POLITICO that …")."""
    return any(
        c.id > cue.id and (c.rel == "ccomp" or any(g.rel == "mark" and g.lower == "that" for g in c.children))
        for c in cue.children
    )


def _reports_a_clause_of_its_own_after_it(cue: Word, index: ArticleIndex) -> bool:
    """Whether CUE, with its subject before it, has an unquoted clause with a subject of its own
    after it: '“…,” [he claimed] [they had never met]' (not '“…,” said Carole Taylor, …')."""
    if not any(c.rel in SUBJECT_RELS and c.id < cue.id and not index.in_quote(c) for c in cue.children):
        return False
    return any(
        c.id > cue.id
        and c.rel == "ccomp"
        and not index.in_quote(c)
        and any(g.rel in SUBJECT_RELS and g.id > cue.id for g in c.children)
        for c in cue.children
    )


def _with_closing_mark(q: QuoteSpan, end: int) -> int:
    """END moved past the quotation's closing mark when END is where its content ends: a mixed
    quote that runs from unquoted words into the quotation keeps both of its marks."""
    return q.close_mark + 1 if q.close_mark is not None and end == q.end else end


#: Connectives that open the speaker's words before an attribution: "[But], he added, “…”",
#: "[Of course], Clinton said, “…”" (a time or place there is the writer's circumstance).
_OPENING_CONNECTIVES = frozenset(
    {"but", "instead", "still", "yet", "and", "so", "rather", "otherwise", "of course", "in other words", "in fact"}
)
#: Subordinators of a condition, cause or concession: such a clause before the attribution is
#: the speaker's ("[If Clinton is elected], he said, “…”"); one of time is the writer's ("[As Trump
#: attacked Clinton], the crowd chanted, “…”").
_OPENING_SUBORDINATORS = frozenset({"if", "unless", "because", "although", "though"})


def _opening_before_attribution(
    leading: list[Word], cue: Word, attribution: Attribution | None
) -> tuple[int, int] | None:
    """The span of the words that open the sentence before an attribution set off by commas ahead
    of a quotation, when they begin what is attributed: a connective ("[But], he added, “…”"), a
    clause of condition, cause or concession ("[If Clinton is elected], he said, “…”") or a main
    clause with a subject of its own ("[The streets were deserted], he added, “…”"). Not a
    circumstance of the speaking ("In a statement, Lee said", "On Monday, …", "As the crowd
    cheered, …"). None otherwise."""
    speaker = attribution.speaker if attribution is not None else None
    if speaker is None or len(leading) < 3 or leading[-1].text != "," or leading[0].id != 1:
        return None
    own = attribution_ids(cue, speaker)
    first = min(own)
    opening = [w for w in leading if w.id < first]
    if len(opening) < 2 or opening[-1].text != "," or any(w.id not in own for w in leading if first <= w.id <= cue.id):
        return None
    opening = opening[:-1]
    if any(w.upos == "PUNCT" for w in opening):
        return None
    if opening[0].xpos in ("VBG", "VBN") or opening[0].lemma_lower == "ask":
        return None  # "Asked what he believed", "Reflecting on his career": the speaker's own doing
    phrase = " ".join(w.lower for w in opening)
    if phrase in _OPENING_CONNECTIVES:
        return opening[0].start, opening[-1].end  # "But" too, which a content span trims
    verbs = [
        w for w in opening if w.upos in VERBAL_UPOS and is_finite(w) and any(c.rel in SUBJECT_RELS for c in w.children)
    ]
    if not verbs:
        return None
    head = verbs[0]
    marker = next((c for c in head.children if c.rel == "mark" and c.id < head.id), None)
    if marker is None and opening[0].lower in _OPENING_SUBORDINATORS:
        marker = opening[0]
    if marker is not None and marker.lower not in _OPENING_SUBORDINATORS:
        return None
    if marker is None and (opening[0].upos in ("ADP", "SCONJ", "ADV") or head.rel in ("advcl", "acl")):
        return None  # "After Brown criticized him", "When he first described the wall"
    return content_span(opening)


def _that_after_cue(leading: list[Word], cue: Word, is_that: Callable[[Word], bool]) -> tuple[Word, list[Word]] | None:
    """The first "that" (by IS_THAT) after CUE among the words before a quotation, with the words
    after it; None when CUE is not among them or no such "that" follows it."""
    if cue not in leading:
        return None
    after = leading[leading.index(cue) + 1 :]
    that = next((w for w in after if is_that(w)), None)
    return (that, after[after.index(that) + 1 :]) if that is not None else None


def _that_opening_the_clause(leading: list[Word], cue: Word) -> Word | None:
    """The complementizer "that" after CUE among the words before a quotation, when the
    quotation goes on the clause it opens: no sentence end between."""
    found = _that_after_cue(leading, cue, lambda w: w.lower == "that" and (w.upos == "SCONJ" or w.rel == "mark"))
    if found is None or any(w.text in SENTENCE_END for w in found[1]):
        return None
    return found[0]


def _that_before_fragment(leading: list[Word], cue: Word) -> Word | None:
    """The "that" opening the clause a quoted fragment ends, when the words between the cue and
    the quotation are "that" and the start of a clause with no verb of its own but an auxiliary
    ("admitted to the paper [that he and the woman had] “been friends …”")."""
    found = _that_after_cue(leading, cue, lambda w: w.lower == "that" and w.upos == "SCONJ")
    if found is None:
        return None
    that, clause = found
    if not clause or any(w.upos == "VERB" or w.text in (",", ";", ":") for w in clause):
        return None
    return that


#: Words of an addressee right after a tell-verb ("told [The Washington Post] he was …").
_ADDRESSEE_UPOS = frozenset({"DET", "ADJ", "PROPN", "NOUN"})
#: Words that open the subject of a clause ("[he] was", "[the staffers'] actions were").
_SUBJECT_START_UPOS = frozenset({"PRON", "DET", "PROPN", "NOUN"})


def _clause_before_fragment(leading: list[Word], cue: Word, lex: Lexicons) -> Word | None:
    """The first word of the clause a quoted fragment goes on, when CUE (the last cue before the
    quotation) is followed by that clause's start, past an addressee for a tell-verb: "wrote in
    the Atlantic [that Lee exhibits] “…”", "told the Post [he was] “not quite there yet”". The
    words up to the quotation hold a finite verb and no punctuation or other cue."""
    if cue not in leading:
        return None
    after = leading[leading.index(cue) + 1 :]
    if cue.lemma_lower in lex.addressee_verbs:
        while after and after[0].upos in _ADDRESSEE_UPOS and after[0].lower != "that":
            after = after[1:]
    that = next((k for k, w in enumerate(after) if w.lower == "that"), None)
    if that is not None and all(w.upos in _ADDRESSEE_UPOS | {"ADP", "NUM"} for w in after[:that]):
        # "writes [in the Atlantic] that …": the circumstances before "that"
        start, clause = after[that], after[that + 1 :]
    elif after and after[0].upos in _SUBJECT_START_UPOS:
        start, clause = after[0], after
    else:
        return None
    if not clause or any(w.text in (",", ";", ":", "(") or w.text in SENTENCE_END for w in clause):
        return None
    if any(cue_kind(w, lex) is not None for w in clause) or not any(is_finite(w) for w in clause):
        return None
    return start


def _opens_a_that_clause(q: QuoteSpan, index: ArticleIndex, lex: Lexicons, prev_close: int, text: str) -> bool:
    """Whether the quotation comes right after "CUE … that" in its sentence."""
    leading = leading_region(q, index, prev_close, text)
    return (
        bool(leading)
        and leading[-1].lower == "that"
        and bool(_cue_candidates(leading[:-1], index, lex, kinds=_DIRECT_KINDS))
    )


#: Relative words that stand for the thing a labelling cue names.
_NAMED_RELATIVES = frozenset({"what", "which"})


def _relative_word_named(cue: Word) -> Word | None:
    """'under [what] Mr. Hedge called “the prior economy model”': the relative word that is the
    object of a cue labelling it with the quoted words; PolNeAR marks it as part of the content."""
    return next((c for c in cue.children if c.rel == "obj" and c.lower in _NAMED_RELATIVES and c.id < cue.id), None)


#: The most words a capitalised quotation with no verb, ending the sentence after a word of it,
#: may have to be a quoted phrase rather than a sentence.
MAX_VERBLESS_PHRASE_WORDS = 6


def _is_fragment(q: QuoteSpan, text: str, index: ArticleIndex) -> bool:
    """A quoted phrase inside a sentence rather than quoted sentences."""
    content = text[q.start : q.end]
    first = content.lstrip(ELLIPSIS + ". ")[:1]
    before = text[: q.open_mark].rstrip()[-1:]
    starts_lower = bool(first) and (first.islower() or first.isdigit())
    opens_sentence = before in ("", ".", "!", "?", ":", RIGHT_DOUBLE, '"', "'") or before == "\n"
    if opens_sentence:
        return False
    if before in (",", EM_DASH, EN_DASH) and not starts_lower:
        return False
    if starts_lower or content[-1:] not in ".!?,":
        return True
    # 'called the frontrunner “ISIS' best recruiter.”': a short phrase with no verb after a word
    # of the sentence, its period the sentence's
    # (not a name or title, which a fragment leaves out, nor a chant: “USA! USA!”)
    inside = index.words_between(q.start, q.end)
    return (
        before.isalnum()
        and content.rstrip()[-1:] == "."
        and 2 <= len([w for w in inside if w.upos != "PUNCT"]) <= MAX_VERBLESS_PHRASE_WORDS
        and not any(w.upos in ("VERB", "AUX") for w in inside)
        and "!" not in content
        and not _looks_like_title(content)
    )


def _spans_of(q: QuoteSpan) -> list[tuple[int, int]]:
    """A quotation's one span, from its first word to its last. Over several paragraphs only
    layout stands between its pieces (the break and the opening mark each paragraph repeats), so
    it is one piece, as annotators mark it; the pieces of a split quote are kept apart because an
    attribution stands between them."""
    return [(q.pieces[0].start, q.pieces[-1].end)]


def _looks_like_title(content: str) -> bool:
    """“Gone with the Wind”: most words capitalised and no clause punctuation inside."""
    words = _WORD.findall(content)
    if not words or len(words) > MAX_TITLE_WORDS or re.search(r"[.!?;]\s", content.rstrip(".,;:!? ") + " "):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= MIN_TITLE_CAPS


#: '“…,” by Post's Kathianne Boniello': a work's title with its author after it.
_CREDITED_WORK = re.compile(r",?\s+by\s+(?:the\s+)?[A-Z]")

#: "a book titled “The Tragedy of Lyndon Johnson,”": what follows names a work.
_NAMING_PARTICIPLES = frozenset({"titled", "entitled", "called", "named", "dubbed"})


def _names_a_work(q: QuoteSpan, index: ArticleIndex) -> bool:
    """The quotation stands where a name does: after a preposition, a possessive or a naming
    participle ("on “Meet the Press,”", "MSNBC's “Morning Joe”", "a book titled “…”")."""
    if q.close_mark is not None:
        # '“Daily Show” host Trevor Noah': a title that modifies the noun right after it
        after = index.words_between(q.close_mark + 1, q.close_mark + 40)
        if after and after[0].upos == "NOUN" and after[0].text[:1].islower() and after[0].start == q.close_mark + 2:
            return True
    before = index.words_between(max(0, q.open_mark - 40), q.open_mark)
    if not before or before[-1].end > q.open_mark:
        return False
    last = before[-1]
    if last.text == "," and len(before) > 1:
        last = before[-2]  # "Trump's reality show, “The Apprentice,”": the work in apposition
    if last.upos == "ADP" or last.lower in ("'s", "’s") or last.lower in _NAMING_PARTICIPLES:
        return True
    if last.lemma_lower == "tell":
        return True  # 'told “Fox and Friends,”': a programme as the addressee
    # "star of cult classic “Thelma and Louise,”", "the reality show “The Apprentice,”": a
    # title-cased quotation right after a common noun is the name of what the noun names; so it
    # is after the reality TV [show] tagged a verb: after a determiner or a noun it is a noun
    k = before.index(last)
    after_nominal = k > 0 and before[k - 1].upos in ("NOUN", "DET", "ADJ")
    return last.text[:1].islower() and (last.upos == "NOUN" or (last.upos == "VERB" and after_nominal))


def _looks_like_speech(content: str) -> bool:
    """An unattributed quotation is kept only if it reads as sentences: a headline, a title or a
    name in quote marks does not end like one."""
    if n_words(content) < MIN_FREE_QUOTE_WORDS:
        return False
    return (
        content.rstrip(RIGHT_DOUBLE + "\"'’) ")[-1:] in ".!?," + ELLIPSIS + "-" + EM_DASH + ":"
        or n_words(content) >= LONG_QUOTE_WORDS
    )


#: The most words between a quotation and the next one when only its attribution stands there.
MAX_ATTRIBUTION_BETWEEN_WORDS = 8
#: Where the cue of a longer attribution stands: '“…,” [said Rick Wilson], a strategist who …',
#: '“…,” [Rick Wilson said], adding …'.
MAX_CUE_OPENING_WORDS = 4


def _sentence_after_attribution(q: QuoteSpan, prev_close: int, article: _Article) -> bool:
    """'“It is a tough charge,” Pence said. “[But, come on.]”': a quoted sentence that follows
    the previous quotation's attribution in the same paragraph goes on with it, however short or
    name-like it is ("“Donald Trump.”")."""
    content = article.text[q.start : q.end].rstrip(CLOSING_MARKS + " ")
    return content[-1:] in ".!?" and _only_an_attribution_between(prev_close, q.open_mark, article)


def _only_an_attribution_between(prev_close: int, start: int, article: _Article) -> bool:
    """Whether only the previous quotation's attribution, one sentence of its paragraph, stands
    between its closing mark PREV_CLOSE and START: a few words with a speech cue, or a longer
    sentence that opens with its cue ('“…,” said Rick Wilson, a Florida-based Republican strategist
    who once worked for Bush.')."""
    if prev_close < 0:
        return False
    between = article.text[prev_close + 1 : start]
    if "\n" in between or not between.rstrip().endswith((".", "!")):
        return False
    words = [w for w in article.index.words_between(prev_close + 1, start) if w.upos != "PUNCT"]
    if not words or not any(cue_kind(w, article.lex) is CueKind.SPEECH for w in words):
        return False
    if len(words) <= MAX_ATTRIBUTION_BETWEEN_WORDS:
        return True
    opening = words[:MAX_CUE_OPENING_WORDS]
    return any(cue_kind(w, article.lex) is CueKind.SPEECH for w in opening) and not re.search(
        r"[.!?]\s", between.strip()
    )


#: The most unquoted words that may open a sentence going on in the last speaker's voice
#: ("[Instead,] “he just acts like a defeated man.”").
MAX_CONTINUATION_LEAD_WORDS = 3


def _continues_after_attribution(q: QuoteSpan, leading: list[Word], prev_close: int, article: _Article) -> bool:
    """Whether the quotation ends a sentence that only a few unquoted words open, right after the
    sentence of the previous quotation's attribution (see _sentence_after_attribution)."""
    text = article.text
    words = [w for w in leading if w.upos != "PUNCT"]
    if not words or len(words) > MAX_CONTINUATION_LEAD_WORDS or any(w.upos in VERBAL_UPOS for w in words):
        return False
    if text[q.start : q.end].rstrip(CLOSING_MARKS + " ")[-1:] not in ".!?":
        return False
    after = text[q.close_mark + 1 :].lstrip() if q.close_mark is not None else "x"
    if after[:1].isalnum():
        return False  # the sentence goes on after the quotation
    return _only_an_attribution_between(prev_close, leading[0].start, article)


def _fragment_cue(q: QuoteSpan, index: ArticleIndex, lex: Lexicons) -> Word | None:
    """The cue verb that governs a quoted fragment, climbing the parse from the fragment's head."""
    inside = [w for w in index.words_between(q.start, q.end)]
    if not inside or not inside[0].parsed:
        return None
    ids = {w.id for w in inside}
    sent = inside[0].sent
    heads = [w for w in inside if w.sent is sent and (w.head not in ids)]
    if not heads or heads[0].rel in ("nsubj", "csubj"):
        # A verb frames its object or complement; a quoted subject ("“a threat …” warning
        # against …", from a sentence split at the quote) is framed elsewhere.
        return None
    word = heads[0].head_word
    for _ in range(MAX_FRAGMENT_CLIMB):
        if word is None:
            return None
        if not index.in_quote(word) and cue_kind(word, lex) in (CueKind.SPEECH, CueKind.FRAGMENT, CueKind.RELAY):
            if word.id > heads[0].id and _reports_a_clause_of_its_own_after_it(word, index):
                # 'admitted that he had “been friends for some time,” [he claimed] they had never
                # met' with the fragment hung on the later cue: that cue reports its own clause
                return None
            return word
        if (
            word.upos == "VERB"
            and word.xpos in ("VBG", "VBN")
            and word.rel in ("advcl", "acl")
            and not any(c.rel in SUBJECT_RELS for c in word.children)
            and not index.in_quote(word)
        ):
            # 'Citing “obligations in Tennessee,” the spokeswoman told …': the quoted words are
            # another verb's argument, not what the cue above it reports
            return None
        word = word.head_word
    return None


def _subject_hung_on_cue(cue: Word, clause: Word) -> Word | None:
    """The subject of CLAUSE that the parser made CUE's object: "conceded [the current situation]
    is “deeply regrettable.”" - an object right before a clausal complement that has no subject."""
    if clause.rel != "ccomp" or any(c.rel in SUBJECT_RELS or c.rel == "expl" for c in clause.children):
        return None
    obj = next((c for c in cue.children if c.rel == "obj" and cue.id < c.id < clause.id), None)
    if obj is None or obj.upos not in ("NOUN", "PROPN", "PRON"):
        return None
    return obj if obj.sent.subtree(obj)[-1].id < clause.sent.subtree(clause)[0].id else None


#: The relations by which a speech verb takes what it reports ("vowed [to “take our fight” to
#: the states]", "explained [why the “solutions” failed]", "claimed [victory in the “bracket”]").
_REPORTED_CLAUSE_RELS = frozenset({"xcomp", "ccomp", "obj"})


def _framed_clause(q: QuoteSpan, cue: Word, index: ArticleIndex, lex: Lexicons) -> tuple[int, int] | None:
    """The whole reported clause around a quoted fragment that a speech verb frames: the
    paraphrase quotes a few words, and the quote is the clause ("vowed to “take our fight” to
    the 35 states"), not the words alone. None for a labelling cue ("called ISIS “a threat”",
    whose content is the label) or when the fragment is not inside the verb's complement."""
    if cue_kind(cue, lex) is not CueKind.SPEECH:
        return None
    inside = index.words_between(q.start, q.end)
    if not inside:
        return None
    word: Word | None = inside[0]
    while word is not None and word.head_word is not cue:
        word = word.head_word
    if word is None or word.id < cue.id:
        return _clause_before_closing_cue(q, cue, inside)
    opens_clause = word.rel == "parataxis" and word.id > cue.id and first_word(word) is inside[0]
    if word.rel in _REPORTED_CLAUSE_RELS or opens_clause:
        # 'acknowledged Monday night “it will be very hard for us to win” if he continues …' with
        # the clause a parataxis that the quotation opens.
        # A clause after the cue has no words before it ("Dog Andres, a spokesman, said, “…”
        # Obama “opted …”" parsed with "Dog" a subject of "opted")
        words = [w for w in word.sent.subtree(word) if w.id > cue.id]
        lost = _subject_hung_on_cue(cue, word)
        if lost is not None:
            words = sorted([*word.sent.subtree(lost), *words], key=lambda w: w.id)
    elif word.rel == "obl" and _topic_case(word) is not None:
        words = _topic_phrase(cue, word)
    else:
        return None
    span = content_span(words)
    if span is None or not (span[0] <= q.start < span[1]):
        return None
    if q.end > span[1]:
        if span[0] >= q.start or any(w.start >= span[1] and w.upos != "PUNCT" for w in inside):
            return None
        # 'said his campaign was “closing really strong.”': the quotation's own period, inside its
        # marks, ends the clause; the clause takes the quotation whole, its closing mark too
        return span[0], q.end if q.close_mark is None else q.close_mark + 1
    return span


#: How long the subject of a cue that closes a sentence after a comma may be ("…, [the former
#: Pennsylvania governor] said").
MAX_CLOSING_SUBJECT_WORDS = 6


def _clause_before_closing_cue(q: QuoteSpan, cue: Word, inside: list[Word]) -> tuple[int, int] | None:
    """'[The rejection of the treaty signals "the beginning of the end" for the EU], said Geert
    Wilders': a fragment inside the words that open the sentence, up to the comma before a cue
    that closes it, whatever the parse made of them (quote marks mislead parsers). None unless
    the cue follows that comma with its subject or is followed by it."""
    words = cue.sent.words
    comma = cue.id - 1  # '…, said Geert Wilders'
    subject = next((c for c in cue.children if c.rel == "nsubj" and c.id < cue.id), None)
    own = cue.sent.subtree(subject) if subject is not None else []
    if own and own[-1].id == cue.id - 1 and own[-1].upos != "PUNCT" and len(own) <= MAX_CLOSING_SUBJECT_WORDS:
        comma = own[0].id - 1  # '…, he said', '…, the mayor said'
    if comma < 2 or words[comma - 1].text != "," or inside[0].sent is not cue.sent or inside[-1].id >= comma:
        return None
    opening = words[: comma - 1]
    if any(w.text in (",", ";", ":") and w.id > inside[-1].id for w in opening):
        return None  # a comma between the fragment and the frame: an aside or a second clause
    if any(w.upos in VERBAL_UPOS and w.lemma_lower == cue.lemma_lower for w in opening):
        return None
    span = content_span(opening)
    if span is None or not span[0] <= q.start < span[1]:
        return None
    return span[0], max(span[1], _with_closing_mark(q, q.end))


#: The prepositions by which a speech verb takes the thing it speaks of ("warned [of] the “fevered
#: dreams” of …", "joked [about] her “interesting friendship”", "accused him [of] an “artful smear”").
_TOPIC_CASES = frozenset({"of", "about", "over", "against"})


def _topic_case(word: Word) -> Word | None:
    return next((c for c in word.children if c.rel == "case" and c.id < word.id and c.lower in _TOPIC_CASES), None)


def _topic_phrase(cue: Word, topic: Word) -> list[Word]:
    """The cue's objects and the topic phrase, without the preposition right after the cue: the
    annotators' quote is what is spoken of ('accused [him of an “artful smear”]', 'warned of [the
    “fevered dreams” of a brokered convention]')."""
    sent = cue.sent
    objects = [c for c in cue.children if c.rel in ("obj", "iobj") and cue.id < c.id < topic.id]
    words = sorted((w for c in [*objects, topic] for w in sent.subtree(c)), key=lambda w: w.id)
    if words and words[0].rel == "case" and words[0].id == cue.id + 1:
        words = words[1:]
    return words


#: The dependents of a labelling verb that hold what the label is said of and the label ("called
#: [the judge] [a “hater of Donald Trump”]", "called [for] [a “cultural war”]").
_LABEL_RELS = frozenset({"obj", "iobj", "xcomp", "obl", "ccomp", "advmod"})
#: Where the labelled phrase ends: another verb of the subject ("… “incredibly driven” [and]
#: asserted that …") or a clause set off by a comma ("…, accusing it of …").
_LABEL_STOP_RELS = frozenset({"conj", "cc", "parataxis"})
_LABEL_SET_OFF_RELS = frozenset({"advcl", "acl", "conj", "parataxis", "xcomp"})


def _after_comma(word: Word) -> bool:
    """Whether a comma sets off the phrase WORD heads from what comes before (closing quote
    marks aside: '“a threat,” warning against …')."""
    sent = word.sent
    first = sent.subtree(word)[0]
    before = [w for w in sent.words if w.id < first.id and w.text not in CLOSING_MARKS]
    return bool(before) and before[-1].text == ","


def _labelled_phrase(q: QuoteSpan, cue: Word, index: ArticleIndex, lex: Lexicons) -> tuple[int, int] | None:
    """For a labelling verb ("called", "described … as"), the phrase it labels and the quoted
    label together, which is what annotators mark as the quote: 'called [the judge a “hater of
    Donald Trump” who had “railroaded” him]'. None when the fragment is not among the words after
    the verb."""
    if cue_kind(cue, lex) is not CueKind.FRAGMENT and cue.lemma_lower not in lex.fragment_cues:
        return None  # "described" is a speech verb too
    sent = cue.sent
    after = [c for c in sent.children(cue.id) if c.id > cue.id]
    taken: list[Word] = []
    for child in after:
        if child.rel == "parataxis" and taken and _holds_start(sent.subtree(child), q):
            # 'called the use of orders “quite dangerous”' with the label a parataxis, also after
            # the comma that closes the object's apposition ('called the chief, Ann Lee, “driven”')
            held = {w.id for t in taken for w in sent.subtree(t)}
            comma = sent.words[sent.subtree(child)[0].id - 2]
            if not _after_comma(child) or (comma.text == "," and comma.head in held):
                taken.append(child)
            break
        if child.rel in _LABEL_STOP_RELS or (child.rel in _LABEL_SET_OFF_RELS and taken and _after_comma(child)):
            break
        if child.upos == "PUNCT":
            continue
        if not taken and child.rel not in _LABEL_RELS:
            return None
        taken.append(child)
    if not taken:
        return None
    words = [w for child in taken for w in sent.subtree(child)]
    words.sort(key=lambda w: w.id)
    if words[0].rel == "case" and words[0].upos == "ADP":
        words = words[1:]  # "called [for] a …", "called [on] the United States …": the verb's preposition
    span = content_span(words)
    if span is None or not (span[0] <= q.start and q.start < span[1]):
        return None
    # the phrase takes the quotation whole, its closing mark too: 'the plan as “a disaster.”'
    end = max(span[1], q.end if q.close_mark is None else q.close_mark + 1)
    text = index.parsed.text
    if q.close_mark is not None and end > q.close_mark + 1 and text[q.start : q.end].rstrip().endswith(","):
        # 'what they called “financial supermarkets,” all-in-one financial services shops': a
        # label closed by a comma ends the phrase; what follows is the writer's apposition
        end = q.close_mark + 1
    label_end = q.close_mark + 1 if q.close_mark is not None else q.end
    dash = next(
        (w for w in words if w.text in DASHES and label_end <= w.start < end and text[w.start - 1] == " "), None
    )
    if dash is not None:
        # 'what Sroka called [a “let a thousand flowers bloom” approach] - working with …': a
        # dash set off after the label ends the phrase too
        end = max(label_end, max(w.end for w in words if w.end <= dash.start))
    return span[0], end


def _clause_going_on_after(q: QuoteSpan, trailing: list[Word], last_char: str) -> int | None:
    """Where the sentence a quotation stops inside goes on after its closing mark: a quotation
    with no punctuation of its own to close it, followed by a preposition or subordinator ("…”
    from officials.", "…” for second place.", "…” until the caucuses."), up to the next comma or
    the sentence's end. None otherwise."""
    if q.close_mark is None or not trailing or last_char in ".,;:!?" or trailing[0].start > q.close_mark + 2:
        return None
    first = trailing[0]
    if first.upos not in ("ADP", "SCONJ") or not first.text[:1].islower():
        return None
    rest = list(itertools.takewhile(lambda w: w.text not in ",;:.!?" and w.text not in QUOTE_CHARS, trailing))
    return rest[-1].end if rest else None


#: Words that open an adverbial clause of time or cause after a quotation ("…,” when asked …").
_ADVERBIAL_OPENERS = SUBORDINATING_ADVERBS | CAUSAL_MARKS | {"after", "before", "while", "until"}


def _in_adverbial_clause(cue: Word, first: Word) -> bool:
    """Whether CUE heads an adverbial clause that FIRST, the word right after a quotation, opens:
    '“…,” [when] he was asked', '“…,” [after] Lee said'."""
    return (
        cue.rel == "advcl"
        and first.lower in _ADVERBIAL_OPENERS
        and first.head == cue.id
        and first.rel in ("mark", "advmod")
        and first.sent is cue.sent
    )


def _holds_start(words: list[Word], q: QuoteSpan) -> bool:
    """Whether WORDS (in text order) run over the first word of quotation Q."""
    return bool(words) and words[0].start <= q.start < words[-1].end


@dataclass(frozen=True)
class _Article:
    """What every quote of one article is read against."""

    text: str
    index: ArticleIndex
    lex: Lexicons
    paragraph_ends: list[int]


def find_direct(
    spans: list[QuoteSpan], parsed: ParsedText, index: ArticleIndex, lex: Lexicons, paragraph_ends: list[int]
) -> tuple[list[Candidate], list[QuoteSpan]]:
    """Direct quotes with their cues; also the fragments left for reported speech to absorb.
    Continuations are linked afterwards (``linking.link_continuations``)."""
    article = _Article(parsed.text, index, lex, paragraph_ends)
    out: list[Candidate] = []
    fragments: list[QuoteSpan] = []
    i = 0
    prev_close = -1
    while i < len(spans):
        cand, last = _read_quote(spans, i, prev_close, article)
        if cand is None:
            fragments.append(spans[i])
        else:
            cand.confidence = confidence.base(cand.how)
            out.append(cand)
        q = spans[last]
        prev_close = q.close_mark if q.close_mark is not None else q.end
        i = last + 1
    return out, fragments


def _read_quote(spans: list[QuoteSpan], i: int, prev_close: int, article: _Article) -> tuple[Candidate | None, int]:
    """The quote that opens at SPANS[I], with the index of its last span (I + 1 when a split quote
    took the next one); None for a fragment or title left for reported speech."""
    text, index, lex = article.text, article.index, article.lex
    q = spans[i]
    para = q.pieces[-1].paragraph
    para_end = article.paragraph_ends[para]
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    next_open = nxt.open_mark if nxt is not None and nxt.pieces[0].paragraph == para else para_end
    content = text[q.start : q.end]
    cand = Candidate(QuoteType.DIRECT, _spans_of(q), Method.DIRECT, warnings=list(q.warnings), quote_spans=[q])
    trailing = trailing_region(q, index, next_open, para_end)
    after_close = text[q.close_mark + 1 : q.close_mark + 2] if q.close_mark is not None else ""
    # '“I just say, ‘Thank you for voting,’” Bennett explained': a quotation inside the quote can
    # close with it; the comma before its mark is what leaves room for the attribution.
    last_char = content.rstrip().rstrip(CLOSING_MARKS + "\u2018").rstrip()[-1:]
    trailing_ok = bool(trailing) and (
        last_char in _CONTINUES_AFTER
        or after_close == ","
        or trailing[0].text[:1].islower()
        or _bare_attribution_sentence(trailing, lex)
    )
    if trailing_ok and _opens_a_that_clause(q, index, lex, prev_close, text):
        # 'Trump claimed that “Petraeus got in trouble for far less,” one prosecutor said …':
        # the quotation is the complement of the cue before it, not a trailing cue's
        trailing_ok = False
    title = _looks_like_title(content)
    if title and _names_a_work(q, index):
        return None, i  # 'in an interview with “Fox News Sunday.”': a programme, not a quotation
    if q.close_mark is not None and content.rstrip()[-1:] in ",." and _CREDITED_WORK.match(text, q.close_mark + 1):
        # '“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello': a headline and
        # its author (not 'a “witch hunt” by Democrats', a phrase with its agent)
        return None, i
    cue = None
    fragment = _is_fragment(q, text, index)
    if fragment and (n_words(content) < 2 or title):
        return None, i  # “dangerous”, “The Katherinator”: a scare-quoted word or a name
    # A quoted phrase inside a sentence: the verb that governs it speaks ("called ISIS “…”").
    fcue = _fragment_cue(q, index, lex) if fragment else None
    if fcue is not None:
        cand.type, cand.how = QuoteType.MIXED, Method.FRAGMENT
        clause = _framed_clause(q, fcue, index, lex) or _labelled_phrase(q, fcue, index, lex)
        if clause is not None:
            cand.spans = [clause]
        # 'cited the union's support for “civil rights”': the quoted words are what is cited
        # '“…,” added Zarate': the verb right after the quote is read as a trailing attribution
        opens = bool(trailing) and trailing[0] is fcue
        _attribute_with_cue(
            cand, fcue, trailing if opens else [fcue], lex, index, after_quote=opens, object_is_content=True
        )
        named = _relative_word_named(fcue)
        if named is not None and named.end < cand.spans[0][0]:
            cand.spans = [(named.start, named.end), *cand.spans]
        return cand, i
    if trailing_ok:
        cues = _cue_candidates(trailing[:MAX_TRAILING_WORDS], index, lex, kinds=_DIRECT_KINDS)
        if cues:
            cue = cues[0]
            _attribute_with_cue(cand, cue, trailing, lex, index, after_quote=True)
            named_first = (
                cand.attribution is not None
                and cand.attribution.speaker is not None
                and cand.attribution.speaker.upos == "PROPN"
                and cand.attribution.speaker is trailing[0]
            )
            if fragment and (
                cand.attribution is None
                or (cand.attribution.how is not AttributionMethod.SUBJECT and not named_first)
                or _reports_a_clause_of_its_own(cue)
            ):
                # “a threat …,” warning against …: a trailing verb without its own subject
                # does not attribute a fragment; the verb that frames it comes first. Nor does
                # one with a clause of its own ('Citing “obligations,” she told POLITICO [that
                # Gore plans …]').
                cue, cand.cue, cand.attribution, cand.speaker_fallback = None, None, None, None
            elif (
                _in_adverbial_clause(cue, trailing[0])
                or (trailing[0].upos == "CCONJ" and _reports_a_clause_of_its_own_after_it(cue, index))
            ) and _cue_candidates(leading_region(q, index, prev_close, text), index, lex, kinds=_DIRECT_KINDS):
                # 'said, “We will see,” [when asked whether he would run]' says when it was said;
                # 'saying, “We never said so,” [but he denied that …]' is a report of its own
                # joined after the quotation: either way the cue before the quotation attributes it
                cue, cand.cue, cand.attribution, cand.speaker_fallback = None, None, None, None
            elif (
                trailing[0].upos == "CCONJ"
                and cand.attribution is not None
                and cand.attribution.speaker is None
                and cand.speaker_fallback is None
            ):
                # 'emailed supporters saying: “The struggle continues” and vowing to compete': a
                # verb joined after the quotation goes on with the frame before it, which speaks
                cue, cand.cue, cand.attribution = None, None, None
            else:
                _widen_to_unquoted_words(cand, q, cue, trailing, index, prev_close, text, fragment=fragment)
        elif not fragment:
            cue = _frame_verb(trailing, index) or _cue_tagged_a_noun(trailing, lex)
            according_to = _trailing_according_source(trailing) if cue is None else None
            if cue is not None:
                _attribute_with_cue(cand, cue, trailing, lex, index, after_quote=True)
            elif according_to is not None:
                # '“The new files show …,” according to Judicial Watch.'
                cue = cand.cue = according_to[0]
                cand.attribution = Attribution(according_to[1], None, None, AttributionMethod.ACCORDING)
    if fragment and cue is None:
        leading = leading_region(q, index, prev_close, text)
        lcues = _cue_candidates(leading, index, lex, kinds=(CueKind.FRAGMENT, CueKind.SPEECH))
        if not lcues and _continues_after_attribution(q, leading, prev_close, article):
            # '“…,” Trump said. [Instead, “he just acts like a defeated man.”]': a sentence that
            # opens with a word or two and ends with the quotation goes on in the last voice
            cand.type, cand.how = QuoteType.MIXED, Method.UNATTRIBUTED
            cand.spans = [(leading[0].start, _with_closing_mark(q, cand.spans[-1][1]))]
            return cand, i
        if not lcues or n_words(content) < MIN_FREE_QUOTE_WORDS:
            return None, i
        cand.type, cand.how = QuoteType.MIXED, Method.FRAGMENT
        _attribute_with_cue(cand, lcues[-1], leading, lex, index, after_quote=False)
        that = _that_before_fragment(leading, lcues[-1])
        if that is not None and content.rstrip()[-1:] in ",.!?":
            # 'admitted to the newspaper [that he and the woman had “been friends …,”]'
            cand.spans = [(that.start, _with_closing_mark(q, cand.spans[-1][1]))]
        elif that is None:
            opening = _clause_before_fragment(leading, lcues[-1], lex)
            if opening is not None:
                # 'told the Post [he was “not quite there yet”]' when the parse gave the cue no clause
                cand.spans = [(opening.start, _with_closing_mark(q, cand.spans[-1][1]))]
            else:
                before = _opening_before_attribution(leading, lcues[-1], cand.attribution)
                if before is not None:
                    cand.spans = [before, *cand.spans]  # '[But], he said, “there was never …”'
        return cand, i
    if cue is None:
        leading = leading_region(q, index, prev_close, text)
        frame: Word | None = None  # a clause closed by a colon or a comma that frames the quotation
        cues = _cue_candidates(leading, index, lex, kinds=_DIRECT_KINDS)
        according_to = _according_source(leading)
        if cues:
            cue = cues[-1]
            _attribute_with_cue(cand, cue, leading, lex, index, after_quote=False)
            that = _that_opening_the_clause(leading, cue)
            if that is not None and len(cand.spans) == 1:
                # 'tweeted [that she was “Disgraceful!”]': the quotation ends the reported clause
                # the cue's "that" opens, one mixed quote over the whole of it
                cand.type, cand.spans = QuoteType.MIXED, [(that.start, _with_closing_mark(q, cand.spans[0][1]))]
            lead_in = _opening_before_attribution(leading, cue, cand.attribution) if that is None else None
            if lead_in is not None:
                # '[If Clinton is elected], he said, “…”', '[But], he added, “…”': the words before
                # the attribution begin what it attributes
                cand.type, cand.spans = QuoteType.MIXED, [lead_in, *cand.spans]
            rest_end = _clause_going_on_after(q, trailing, last_char)
            if rest_end is not None:
                # 'said, “I have not heard that particular concern” [from New York law enforcement
                # officials]': the sentence goes on past the closing mark, and the quote with it
                start = q.open_mark if cand.spans[-1][0] == q.start else cand.spans[-1][0]  # the marks in pairs
                cand.type, cand.spans = QuoteType.MIXED, [*cand.spans[:-1], (start, rest_end)]
        elif according_to is not None:
            # 'According to the Daily Caller, “Labott also coordinated …”'
            cue = according_to[0]
            cand.cue = cue
            cand.attribution = Attribution(according_to[1], None, None, AttributionMethod.ACCORDING)
        elif leading and leading[-1].text == ":":
            label = _turn_label(leading)
            frame = _colon_frame(leading, index) if label is None or label.id == 1 else None
            if frame is None and label is not None:
                cand.speaker_fallback, cand.how = label, Method.BYLINE
        elif (
            leading
            and leading[-1].text == ","
            and not trailing
            and content[:1].isupper()
            and content.rstrip().endswith((".", "!", "?"))  # a sentence, not a title
        ):
            # 'Trump issued a statement, “Last night, our nation was attacked …”': a whole
            # sentence quoted after a clause and a comma, ending the sentence, as after a colon
            frame = _colon_frame(leading, index)
            if frame is not None and not any(c.rel in ("obj", "obl") for c in frame.children):
                frame = None  # the frame names what it delivered: "issued a statement", "told the crowd"
        if frame is not None:
            cue = frame
            _attribute_with_cue(cand, cue, leading, lex, index, after_quote=False)
            cand.how = Method.COLON
    if cue is None and cand.how is not Method.BYLINE:
        byline = _dash_byline(trailing) if trailing else _sign_off(q, article)
        if byline is not None:
            cand.speaker_fallback, cand.how = byline, Method.BYLINE
    last = i
    # “A,” Kerry said, “B.”: B continues A when only the attribution and a comma stand between.
    if cue is not None and trailing_ok and nxt is not None and nxt.pieces[0].paragraph == para:
        between = text[q.close_mark + 1 : nxt.open_mark] if q.close_mark is not None else ""
        if between.rstrip().endswith((",", ":", EM_DASH)) and not re.search(r"[.!?;]\s", between):
            cand.spans.extend(_spans_of(nxt))
            cand.quote_spans.append(nxt)
            cand.how = Method.SPLIT
            last = i + 1
    if cue is not None and cand.how is Method.DIRECT and trailing_ok and not fragment:
        more = _continuation_after_attribution(trailing, cue, cand.attribution, lex)
        if more is not None:
            # '“I don't think we are at war with Islam,” she said, [only with violent extremists].'
            cand.spans.append(more)
            cand.type = QuoteType.MIXED
    if cue is None and cand.how is not Method.BYLINE:
        if (title or not _looks_like_speech(content)) and not _sentence_after_attribution(q, prev_close, article):
            return None, i
        announced = _announcing_sentence(q, index, lex, prev_close, text)
        if announced is not None:
            # "Bystrom agreed. “Mainstream Republicans are running out of time …”"
            _attribute_with_cue(cand, announced, announced.sent.words, lex, index, after_quote=False)
            return cand, last
        cand.how = Method.UNATTRIBUTED
    return cand, last
