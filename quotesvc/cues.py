"""Cue words: the verbs (and "according to") that introduce reported speech.

Matching is on the lemma (lowercased) against the lexicons, never on inflected forms. Cue words
inside a direct quotation are not cues of the article: they belong to the quoted speaker.
"""

from __future__ import annotations

from enum import Enum

from quotesvc.document import Sentence, Word
from quotesvc.lexicons import Lexicons
from quotesvc.quotemarks import OPENING_MARKS
from quotesvc.results import QuoteCategory, Scope
from quotesvc.ud import NOMINAL_DEPENDENT_DEPRELS, VERBAL_DEPRELS, VERBAL_UPOS, has_to_marker


class CueKind(Enum):
    """What a cue word introduces."""

    SPEECH = "speech"  # said, told, announced
    COGNITION = "cognition"  # believes, thinks, fears
    FRAGMENT = "fragment"  # called X "a threat": frames a quoted phrase
    RELAY = "relay"  # quoted X as saying: a medium relays a speaker
    ACCORDING = "according"  # according to X
    SPEECH_ACT = "speech_act"  # accused, urged, praised: scope "attributions" only
    EVIDENCE = "evidence"  # a poll showed, it seems: scope "attributions" only
    STANCE = "stance"  # wants to, supports, plans to: scope "attributions" only


_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"))


MIN_GUESSED_STEM = 3  # "seed" is no form of "see"


def _lemma_guess(word: Word, known: frozenset[str]) -> str:
    """The lemma, or for a lemma outside KNOWN, a known lemma that a regular inflection ending of
    the form leads to: the lemmatizer leaves some forms as they are ("tweeted") and clips others
    ("conceded" -> "conced", "favored" -> "favore", "vowing" -> "vowe")."""
    lemma = word.lemma_lower
    if lemma in known:
        return lemma
    form = word.lower
    for suffix, repl in _SUFFIXES:
        stem = form[: -len(suffix)]
        if form.endswith(suffix) and len(stem) >= MIN_GUESSED_STEM and stem + repl in known:
            return stem + repl
    return lemma


def cue_kind(word: Word, lex: Lexicons, scope: Scope = Scope.STATEMENTS) -> CueKind | None:
    """The kind of cue WORD is, or None. With scope "attributions", speech-act and evidence verbs
    that introduce no statement are cues too."""
    known = lex.attribution_cue_lemmas if scope is Scope.ATTRIBUTIONS else lex.cue_lemmas
    lemma = _lemma_guess(word, known)
    if word.text[:1].isupper() and word.id > 1 and not _title_cased(word.sent):
        return None  # "Comments submitted ...", "Report": a capitalised word inside a sentence is a noun or name
    if word.upos not in VERBAL_UPOS and not _gerund_before_quote(word, lemma):
        if (word.deprel or "") not in VERBAL_DEPRELS:
            return None
        if word.parsed and any(
            c.deprel in NOMINAL_DEPENDENT_DEPRELS or c.rel in NOMINAL_DEPENDENT_DEPRELS for c in word.children
        ):
            return None  # "scored one or two points": a determiner or number marks a noun
    if lemma in known and _idiomatic(word):
        return None
    if lemma in lex.reporting_verbs or _phrasal_speech_verb(word, lex):
        return CueKind.SPEECH
    if lemma in lex.quote_relay_verbs:
        return CueKind.RELAY
    if lemma in lex.fragment_cues:
        return CueKind.FRAGMENT
    if lemma in lex.cognition_verbs:
        return CueKind.COGNITION
    if scope is Scope.ATTRIBUTIONS:
        if lemma in lex.speech_act_verbs:
            return CueKind.SPEECH_ACT
        if lemma in lex.evidence_verbs:
            return CueKind.EVIDENCE
        if lemma in lex.stance_verbs:
            return CueKind.STANCE
        if word.upos == "VERB" and word.parsed and in_its_frame(word, lex):
            return CueKind.SPEECH_ACT  # "cast [her rival as weak]", "pushed [for a ban]", not "cast a vote"
    return None


def in_its_frame(word: Word, lex: Lexicons) -> bool:
    """WORD, a verb of framed_verbs.txt, with the phrase that makes it a speech act: an object and
    an "as" phrase ("cast [her rival as weak]"), or a phrase with its preposition ("pushed [for a
    ban]", "took aim [at the bill]")."""
    lemma = _lemma_guess(word, lex.framed_verb_lemmas)
    if lemma not in lex.framed_verb_lemmas:
        return False
    if f"{lemma} as" in lex.framed_verbs and takes_as_frame(word):
        return True
    return frame_phrase(word, lex) is not None


def frame_phrase(word: Word, lex: Lexicons) -> Word | None:
    """The phrase after WORD that its entry in framed_verbs.txt names, what the act is about:
    "pushed [for a ban]" (no object: "pushed the cart [for an hour]" is no such act), "took aim
    [at the bill]" (the entry's object), "came out [against the tax]" (its particle). None when
    there is none (an "as" frame has its object with it: ``takes_as_frame``)."""
    lemma = _lemma_guess(word, lex.framed_verb_lemmas)
    objects = [c for c in word.children if c.rel == "obj"]
    middles = {c.lower for c in word.children if c.deprel == "compound:prt"} | {o.lemma_lower for o in objects}
    for c in word.children:
        if c.id < word.id or c.rel != "obl":
            continue
        for g in c.children:
            if g.rel != "case" or g.lower == "as":
                continue
            if (not objects and f"{lemma} {g.lower}" in lex.framed_verbs) or any(
                f"{lemma} {m} {g.lower}" in lex.framed_verbs for m in middles
            ):
                return c
    return None


def takes_as_frame(word: Word) -> bool:
    """WORD has an object and an "as" phrase that says what the object is taken for: "see him
    as a threat", "views the vote as a test", "cast her rival as weak"."""
    after = [c for c in word.children if c.id > word.id]
    return any(c.rel == "obj" for c in after) and any(
        c.rel in ("obl", "advcl", "xcomp") and any(g.lower == "as" and g.rel in ("case", "mark") for g in c.children)
        for c in after
    )


#: Adjectives and determiners that may stand between a phrasal verb and its object noun.
MAX_PHRASAL_GAP = 2


def _phrasal_speech_verb(word: Word, lex: Lexicons) -> bool:
    """ "shot back", "fired back", "as Amar put it", "expressed [similar] doubts": a verb that
    speaks only with the word after it (an object noun past its adjectives)."""
    return phrasal_object(word, lex) is not None


def phrasal_object(word: Word, lex: Lexicons) -> Word | None:
    """The particle or object noun that makes WORD a phrasal speech verb, or None."""
    verb = _lemma_guess(word, lex.phrasal_verb_lemmas)
    if word.upos != "VERB" or verb not in lex.phrasal_verb_lemmas:
        return None
    words = word.sent.words
    for c in word.children:
        if c.rel not in ("compound", "advmod", "obl", "obj", "iobj") or c.id <= word.id:
            continue
        between = words[word.id : c.id - 1]
        if c.id != word.id + 1 and not (
            c.rel in ("obj", "iobj")
            and len(between) <= MAX_PHRASAL_GAP
            and all(w.upos in ("ADJ", "DET") for w in between)
        ):
            continue
        if f"{verb} {c.lower}" in lex.phrasal_reporting_verbs:
            return c
    return None


def cue_lemma(word: Word, lex: Lexicons) -> str:
    """The lemma a cue is reported with: the lexicon's, when the lemmatizer clipped it ("echoed"
    -> "echo", not "echoe")."""
    return _lemma_guess(word, lex.attribution_cue_lemmas)


#: Verbs of saying whose passive with an infinitive is hearsay, cited to no one: "[he] is said
#: [to be furious]", "[Obama] is reported [to have called them free riders]". Evidence, as
#: "reportedly" is.
HEARSAY_PASSIVE_LEMMAS = frozenset({"say", "report", "rumor", "rumour", "allege"})


def passive_with_infinitive(word: Word) -> bool:
    """ "[he] is said [to be furious]": a passive subject and a "to" infinitive after WORD."""
    return any(c.deprel == "nsubj:pass" for c in word.children) and any(
        c.rel == "xcomp" and c.id > word.id and has_to_marker(c) for c in word.children
    )


def cue_category(word: Word, lex: Lexicons) -> QuoteCategory:
    """The category a cue gives its quote: the first of the speech-act, evidence and cognition
    lexicons that holds its lemma, else a statement ("said", "according to", a colon)."""
    lemma = _lemma_guess(word, lex.attribution_cue_lemmas)
    if word.upos == "NOUN" and word.lemma_lower in lex.noun_cue_lemmas:
        if word.lemma_lower in lex.cognition_nouns:
            return QuoteCategory.COGNITION  # "the idea that …", "her plan to …"
        if word.lemma_lower in lex.speech_act_nouns:
            return QuoteCategory.SPEECH_ACT  # "the accusation that …", "her call to …"
        return QuoteCategory.STATEMENT  # "his claim that …" ("a promise to …": see category_of)
    if word.lower in lex.hearsay_adverbs:
        return QuoteCategory.EVIDENCE  # "reportedly": what reports say
    if _phrasal_speech_verb(word, lex):
        return QuoteCategory.STATEMENT  # "expressed concern that …", not a speech act of expressing
    if word.lemma_lower in HEARSAY_PASSIVE_LEMMAS and word.parsed and passive_with_infinitive(word):
        return QuoteCategory.EVIDENCE
    if lemma in lex.speech_act_verbs or _lemma_guess(word, lex.framed_verb_lemmas) in lex.framed_verb_lemmas:
        return QuoteCategory.SPEECH_ACT
    if lemma in lex.evidence_verbs:
        return QuoteCategory.EVIDENCE
    if lemma in lex.cognition_verbs or lemma in lex.stance_verbs:
        return QuoteCategory.COGNITION
    return QuoteCategory.STATEMENT


#: A headline in title case ("Former Pollster Says Clinton Is In Trouble") has most of its words
#: capitalised; there a capitalised verb is still a verb.
MIN_TITLE_CASE_SHARE = 0.75
MIN_TITLE_CASE_WORDS = 4


def _title_cased(sentence: Sentence) -> bool:
    words = [w.text for w in sentence.words if w.text[:1].isalpha()]
    if len(words) < MIN_TITLE_CASE_WORDS:
        return False
    return sum(1 for w in words if w[:1].isupper()) / len(words) >= MIN_TITLE_CASE_SHARE


#: How many words a name may take between a sentence-opening verb and its colon ("Continued
#: Gov. John Kasich: …").
MAX_INVERTED_NAME_WORDS = 4


def _idiomatic(word: Word) -> bool:
    """Uses of a cue verb that report nothing: "That said, ..." (a concessive), "All told, ..." (in
    all), "let's see", "let me see", and an imperative without a subject ("For more information,
    see ...")."""
    words = word.sent.words
    prev = words[word.id - 2] if word.id > 1 else None
    nxt = words[word.id] if word.id < len(words) else None
    if (
        prev is not None
        and (prev.lower in ("that", "this") or (prev.lower == "all" and word.lower == "told"))
        and nxt is not None
        and nxt.text == ","
        and (prev.id == 1 or words[prev.id - 2].upos in ("PUNCT", "CCONJ"))
    ):
        return True
    if (
        word.lemma_lower == "see"
        and prev is not None
        and prev.lower in ("'s", "\u2019s", "me", "us")
        and word.id > 2
        and words[word.id - 3].lemma_lower == "let"
    ):
        return True
    if (
        word.parsed
        and word.deprel == "root"
        and word.xpos == "VB"
        and not any(c.rel in ("nsubj", "aux", "csubj", "expl") for c in word.children)
    ):
        return True
    if (
        word.parsed
        and word.xpos == "VBN"
        and any(c.rel == "advmod" and c.lower in ("so", "too") for c in word.children)
    ):
        return True  # "an attack so politically charged that …": a participle of degree describes a thing
    if (
        word.lemma_lower == "tell"
        and word.parsed
        and any(c.rel == "nsubj" and c.lower == "time" for c in word.children)
    ):
        return True  # "only time will tell if …"
    # "continued his push on Twitter", "continue to rebuff any nominee": going on with an act, not
    # speaking ("…,” he continued, "the message continues, “…”" take no object, and "Continued
    # Stone: “…”" sets its speaker after it, taken for the object)
    return (
        word.lemma_lower == "continue"
        and word.parsed
        and any(
            c.rel in ("obj", "xcomp")
            # "would continue “to break barriers”" with the infinitive taken for an adverbial
            or (c.rel == "advcl" and c.id > word.id and has_to_marker(c))
            for c in word.children
        )
        and not _inverted_before_colon(word)
    )


def _inverted_before_colon(word: Word) -> bool:
    """A sentence-opening verb whose subject follows it up to a colon: "Continued Stone: …"."""
    words = word.sent.words
    if word.id != 1:
        return False
    colon = next((w for w in words if w.text == ":"), None)
    return (
        colon is not None
        and 2 < colon.id <= 2 + MAX_INVERTED_NAME_WORDS
        and all(w.upos == "PROPN" or w.text == "." for w in words[1 : colon.id - 1])
    )


def _gerund_before_quote(word: Word, lemma: str) -> bool:
    """ "one poster writing "How can ...", "a message stating, "The word ...": an -ing form the
    tagger took for a noun is the verb when a quotation opens right after it."""
    if not word.lower.endswith("ing") or lemma == word.lower:
        return False
    if word.parsed and any(c.rel in ("det", "amod") or c.deprel == "nmod:poss" for c in word.children):
        return False  # "before [a 2014 Senate Benghazi] hearing, “…”": a noun with its determiner
    nxt = word.sent.words[word.id : word.id + 2]
    if nxt and nxt[0].text in (",", ":"):
        nxt = nxt[1:]
    return bool(nxt) and nxt[0].text in OPENING_MARKS


def is_according(word: Word) -> bool:
    """``according`` of "according to X"."""
    if word.lower != "according":
        return False
    nxt = word.sent.words[word.id] if word.id < len(word.sent.words) else None
    return nxt is not None and nxt.lower == "to"


def sentence_has_cue(sentence: Sentence, lex: Lexicons, scope: Scope = Scope.STATEMENTS) -> bool:
    """Cheap test on lemmas, before parsing: could this sentence report speech (or, with scope
    "attributions", any attribution)?"""
    # one pass over the words for verbs and nouns alike ("said", "Trump's claim that …")
    cues = lex.attribution_parse_lemmas if scope is Scope.ATTRIBUTIONS else lex.statement_parse_lemmas
    words = sentence.words
    if any(_lemma_guess(w, cues) in cues or w.lower == "according" for w in words):
        return True
    if scope is Scope.ATTRIBUTIONS and any(_may_open_frame(words, i, lex) for i in range(len(words))):
        return True  # "cast [her rival as weak]": a verb, not "the cast", "the bill"
    # "expressed [similar] concern that …": a phrasal speech verb, its word at most two words on
    verbs = lex.phrasal_verb_lemmas
    for i, w in enumerate(words):
        verb = _lemma_guess(w, verbs)
        if verb in verbs and any(
            f"{verb} {x.lower}" in lex.phrasal_reporting_verbs for x in words[i + 1 : i + 2 + MAX_PHRASAL_GAP]
        ):
            return True
    return False


def _may_open_frame(words: list[Word], i: int, lex: Lexicons) -> bool:
    """Whether WORDS[I], tagged a verb, can be a verb of framed_verbs.txt in its frame: one whose
    entry is the verb and a preposition, or whose entry's object or particle follows it closely
    ("took [aim] at", "came [out] against"; most of "take" and "come" is no such act)."""
    w = words[i]
    if w.upos != "VERB":
        return False
    lemma = _lemma_guess(w, lex.framed_verb_lemmas)
    entries = lex.framed_verbs_by_lemma.get(lemma)
    if not entries:
        return False
    after = words[i + 1 : i + 2 + MAX_PHRASAL_GAP]
    near = {x.lower for x in after} | {x.lemma_lower for x in after}
    return any(len(e) == 2 or e[1] in near for e in entries)
