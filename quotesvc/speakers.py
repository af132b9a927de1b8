"""From a cue word to the mentions around it: speaker, source (relaying medium), addressee.

Rules over the dependency parse (UD relations, as Stanza's English models produce):

* the speaker is the cue's nominal subject, in either order ("Kerry said", "said Kerry");
* passive: "X was quoted as saying" (subject of the passive relay verb), "... was said by X"
  (``obl:agent``);
* relay: "IRNA news agency quoted Khamenei as saying" -> speaker Khamenei (object of *quote*),
  source IRNA (its subject); "quoted by IRNA" -> source through ``obl:agent``;
* a cue with no subject of its own (``advcl``/``xcomp``/``conj``: "echoed Obama in saying",
  "..., warning against") takes the subject of the verb it hangs from, a few levels up at most;
* addressee: object of *tell*-type cues ("told reporters"), or "to X" ("said to reporters").

Notes: after textacy's ``direct_quotations`` (subject of the nearest cue) and Citron's
``source.py``; relay verbs after PARC 3.0's source/medium distinction (Pareti 2016).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from quotesvc.document import Word
from quotesvc.lexicons import Lexicons
from quotesvc.quotemarks import DASHES, QUOTE_CHARS
from quotesvc.ud import (
    CLIMB_RELS,
    FINITE_XPOS,
    MENTION_EXCLUDE_DEPRELS,
    MENTION_HEAD_UPOS,
    NOMINAL_UPOS,
    NOT_ADDRESSEE_UPOS,
    PERSONAL_SUBJECTS,
    PRONOMINAL_DETERMINERS,
    RELATIVE_SUBJECTS,
    SENTENCE_END,
    SUBJECT_RELS,
    VERBAL_UPOS,
    after_comma,
    first_word,
    inside_word,
)

MAXCLIMB_RELS = 3
#: The most words of a subject between a quotation and the verb that frames it.
MAX_FRAME_SUBJECT_WORDS = 8


class AttributionMethod(Enum):
    """How a cue's speaker was found."""

    SUBJECT = "subject"  # the cue's own subject
    INHERITED = "inherited"  # the subject of the verb the cue hangs from
    RELAY = "relay"  # "IRNA quoted Khamenei as saying"
    RELATIVE = "relative"  # "Devocht, who told him": the noun the pronoun stands for
    MODIFIED_NOUN = "modified-noun"  # "a statement saying ..."
    AGENT = "agent"  # "... was said by X"
    PASSIVE = "passive"  # a passive cue with no agent: nobody
    NONE = "none"  # the parse gives no speaker
    UNPARSED = "unparsed"  # the cue's sentence was not parsed
    GERUND_NOUN = "gerund-noun"  # "a message stating, “…”" with "stating" tagged a noun
    SUBJECT_IN_QUOTE = "subject-in-quote"  # the parse's subject is inside the quotation: nobody
    LEADING_NAME = "leading-name"  # "“…,” Khaled Al-Maeena, editor at …, said"
    ADJACENT = "adjacent"  # the nominal right before the cue
    POSSESSOR = "possessor"  # "Trump's claim that …": a speech noun's possessor
    QUOTATIVE = "quotative"  # "I was like, …"
    FEEL_LIKE = "feel-like"  # "I feel like …"
    ACCORDING = "according"  # "according to X"
    FOUND_IN = "found-in"  # "[Trump leads] in a new poll": the poll


@dataclass(frozen=True)
class Attribution:
    speaker: Word | None
    source: Word | None
    addressee: Word | None
    how: AttributionMethod
    #: The word the cue names its speaker by, when that is not the speaker's own mention: the
    #: relative pronoun of "Devocht, who told him" (the speaker is "Devocht").
    mention: Word | None = None


def _child(word: Word, *rels: str) -> Word | None:
    for c in word.children:
        if c.deprel in rels or c.rel in rels:
            return c
    return None


def agent_of(word: Word) -> Word | None:
    """``obl:agent``, or an ``obl`` introduced by "by"."""
    for c in word.children:
        if c.deprel == "obl:agent" or (c.rel == "obl" and any(g.lower == "by" and g.rel == "case" for g in c.children)):
            return c
    return None


def clause_subject_after_cue(cue: Word) -> Word | None:
    """ "Adel Nefzi said [he and many of those who worshiped …] are trying": a personal pronoun
    right after the cue that the parser made the cue's subject, though the reported clause goes on
    after it (no punctuation closes it, as in "“…,” said he, “…”"). It is the clause's subject."""
    words = cue.sent.words
    if cue.id >= len(words):
        return None
    pronoun = words[cue.id]
    if pronoun.lower not in PERSONAL_SUBJECTS or pronoun.head != cue.id or pronoun.rel != "nsubj":
        return None
    if any(c.rel in SUBJECT_RELS and c.id < cue.id for c in cue.children):
        return None
    end = cue.sent.subtree(pronoun)[-1].id
    if end >= len(words) or words[end].upos == "PUNCT":
        return None
    if not any(c.rel == "ccomp" and c.id > end for c in cue.children):
        return None
    return pronoun


def _subject(word: Word, skip: Callable[[Word], bool] | None = None) -> tuple[Word | None, bool]:
    """(subject, is_passive) of WORD; with several (a parser slip), the one nearest to WORD.
    SKIP drops candidates that cannot speak, e.g. words inside the quotation itself."""
    inverted = parenthetical_subject(word)
    if inverted is not None:
        return inverted, False
    lent = clause_subject_after_cue(word)
    subjects = [c for c in word.children if c.rel in SUBJECT_RELS and not (skip and skip(c)) and c is not lent]
    if word.xpos == "VBG" and word.rel in ("advcl", "xcomp", "conj"):
        # "…, adding that [the person] who “needs to …”" with the clause's subject hung on the
        # participle: a participle after its clause takes no subject after it
        subjects = [c for c in subjects if c.id < word.id]
    if not subjects:
        # "Some chanted “USA!”" parsed with "Some" a determiner of the verb: it is the subject
        # ("[most] said they were worried" with "most" an adverb right before the verb: the same)
        subjects = [
            c
            for c in word.children
            if c.lower in PRONOMINAL_DETERMINERS
            and ((c.rel == "det" and c.id < word.id) or (c.rel == "advmod" and c.id == word.id - 1))
        ]
    if not subjects:
        # "As Akhil Amar, professor of law at Yale, put it, “…”" parsed with "As" a preposition of
        # the name: the name is the subject of the "as" clause
        subjects = [
            c
            for c in word.children
            if c.rel == "obl"
            and c.id < word.id
            and c.upos in ("PROPN", "NOUN")
            and any(g.rel == "case" and g.lower == "as" and g.id == 1 for g in c.children)
            and not (skip and skip(c))
        ]
    if not subjects:
        subjects = [
            s
            for s in [_subject_of_modifier(word) or bare_relative_subject(word) or reduced_relative_subject(word)]
            if s is not None and not (skip and skip(s))
        ]
    comp = next((c for c in word.children if c.rel == "ccomp" and c.id > word.id), None) if len(subjects) > 1 else None
    if comp is not None and any(c.id < word.id for c in subjects):
        # "Memon said [the amount] had helped": a subject between the verb and its clausal
        # complement, with another before the verb, is the complement's subject hung too high.
        subjects = [c for c in subjects if not word.id < c.id < comp.id]
    elif len(subjects) > 1 and any(c.id < word.id for c in subjects):
        # "Fallon said [the Clintons] and the foundation had been careful": a second subject after
        # the verb that the clause goes on from is its clause's, hung on the verb with the clause
        # parsed as a conjunct (not "…, wrote [Jon Favreau].", which ends it)
        words = word.sent.words
        subjects = [
            c
            for c in subjects
            if c.id < word.id
            or (
                ((last := word.sent.subtree(c)[-1].id) >= len(words) or words[last].upos == "PUNCT")
                # "Rubio has said [that] mothers …": a subject after a "that" is the clause's
                and not any(w.lower == "that" for w in words[word.id : c.id - 1])
            )
        ]
    if not subjects:
        return None, False
    best = min(subjects, key=lambda c: abs(c.id - word.id))
    passive = (best.deprel or "").endswith(":pass") and not _active_form(word)
    return (_after_dateline(best) if _is_dateline(best) else best), passive


def _active_form(verb: Word) -> bool:
    """A verb with no passive auxiliary that is finite or follows "have" ("Kasich has called
    for …", "Will wrote") is active, though a parser gave it a passive subject."""
    if any(c.deprel == "aux:pass" for c in verb.children):
        return False
    if verb.xpos == "VBN" and _after_quotation(verb) and not any(c.rel in ("aux", "cop") for c in verb.children):
        # '“What if …?” the 43-year-old asked': a past tense tagged a participle; a passive after
        # a quotation has its auxiliary ("… was asked")
        return True
    return verb.xpos in FINITE_XPOS or any(c.rel == "aux" and c.lemma_lower == "have" for c in verb.children)


def _after_quotation(verb: Word) -> bool:
    """Whether VERB's subject opens right after a closing quotation mark, the verb after it: the
    frame of a quotation before it."""
    subj = max((c for c in verb.children if c.rel == "nsubj" and c.id < verb.id), key=lambda c: c.id, default=None)
    if subj is None:
        return False
    first = verb.sent.subtree(subj)[0]
    if first.upos == "PUNCT":
        first = next((w for w in verb.sent.subtree(subj) if w.upos != "PUNCT"), first)
    before = verb.sent.words[first.id - 2] if first.id > 1 else None
    return before is not None and before.text in QUOTE_CHARS and verb.id - first.id <= MAX_FRAME_SUBJECT_WORDS


def reduced_relative_subject(cue: Word) -> Word | None:
    """ "[Those] surveyed say …", "[People] briefed on the situation say …": a past participle right
    after the cue's subject, with no auxiliary, that the parser made a verb with the noun as its
    subject (and the cue its complement, or the cue's complement). The noun is the cue's subject.
    None when the cue has a subject of its own."""
    if any(c.rel in SUBJECT_RELS for c in cue.children) or cue.xpos not in FINITE_XPOS:
        return None
    head = cue.head_word
    candidates = [c for c in cue.children if c.id < cue.id and c.rel in ("ccomp", "advcl", "csubj")]
    if head is not None and head.id < cue.id and cue.rel in ("ccomp", "conj", "xcomp"):
        candidates.append(head)
    words = cue.sent.words
    for participle in candidates:
        if participle.xpos not in ("VBN", "VBD") or any(
            c.rel in ("aux", "aux:pass", "cop") for c in participle.children
        ):
            continue
        subj = next((c for c in participle.children if c.rel in SUBJECT_RELS and c.id < participle.id), None)
        if subj is None or subj.upos not in ("NOUN", "PRON", "PROPN") or subj.lower in PERSONAL_SUBJECTS:
            continue
        if cue.sent.subtree(subj)[-1].id != participle.id - 1:
            continue  # the participle follows its noun directly
        cue_ids = {w.id for w in cue.sent.subtree(cue)} if participle is head else set()
        own = [w for w in cue.sent.subtree(participle) if w.id < cue.id and w.id not in cue_ids]
        if own and own[-1].id == cue.id - 1 and not any(w.text == "," for w in words[participle.id : cue.id - 1]):
            return subj
    return None


def bare_relative_subject(verb: Word) -> Word | None:
    """ "Senior campaign [advisers] who have run the numbers argue that …" parsed with "argue" a
    second relative clause on "advisers": a finite verb taken for a relative clause with no subject
    and no relative pronoun cannot be one (a subject gap needs "who"); it is the noun's predicate,
    and the noun its subject. Only when "that" opens the clause after it."""
    words = verb.sent.words
    noun = verb.head_word
    if verb.deprel != "acl:relcl" or noun is None or noun.id > verb.id or verb.xpos not in FINITE_XPOS:
        return None
    if any(c.rel in SUBJECT_RELS or (c.lower in RELATIVE_SUBJECTS and c.id < verb.id) for c in verb.children):
        return None
    if verb.id >= len(words) or words[verb.id].lower != "that":
        return None
    return noun


def _subject_of_modifier(word: Word) -> Word | None:
    """ "House Republicans [supporting the bill] have said …" parsed with the noun the subject of
    the participle that modifies it, and the participle an adverbial clause of WORD: the noun is
    WORD's subject when nothing but the participle's phrase stands between them."""
    sent = word.sent
    for c in word.children:
        if c.rel != "advcl" or c.id > word.id or c.xpos not in ("VBG", "VBN"):
            continue
        subject = next((g for g in c.children if g.rel in SUBJECT_RELS and g.id < c.id), None)
        if (
            subject is None
            or subject.upos not in MENTION_HEAD_UPOS
            or any(g.rel in ("mark", "case") for g in (*c.children, *subject.children))
        ):
            continue  # not "[Despite] the bitter feuding …, many say"
        between = sent.words[sent.subtree(c)[-1].id : word.id - 1]
        if all(w.upos in ("AUX", "ADV") for w in between):
            return subject
    return None


#: How many words a dateline runs before its dash at most ("WASHINGTON, D.C. (AP) —").
MAX_DATELINE_WORDS = 8


def _is_dateline(word: Word) -> bool:
    """ "RENO, Nev. (AP) — …": WORD opens its sentence in capitals, and only names and
    punctuation stand between it and a dash. A dateline never speaks, though a parser can make it
    the subject."""
    words = word.sent.words
    if word.id != 1 or not word.text.isupper() or len(word.text) < 2:
        return False
    dash = next((w for w in words[1 : MAX_DATELINE_WORDS + 1] if w.text in DASHES), None)
    return dash is not None and all(w.upos in ("PROPN", "PUNCT") for w in words[1 : dash.id - 1])


def _after_dateline(dateline: Word) -> Word | None:
    """The subject a parse hung on a dateline: the phrase after the dash, as its apposition
    ("— Republican hopeful Donald Trump says"), or nobody."""
    dash = next(w for w in dateline.sent.words if w.text in DASHES)
    return next((c for c in dateline.children if c.rel == "appos" and c.id > dash.id), None)


def parenthetical_subject(word: Word) -> Word | None:
    """ "Institutional recipients, said Mauer, are required …": a cue set off by commas with its
    subject after it interrupts the reported clause; that subject speaks, and the one before the
    comma is the reported clause's own. Returns the speaking subject, or None."""
    words = word.sent.words
    if word.id < 3 or words[word.id - 2].text != ",":
        return None
    after = [c for c in word.children if c.rel == "nsubj" and c.id > word.id]
    if not after:
        return None
    end = word.sent.subtree(after[0])[-1].id
    if end >= len(words) or words[end].text != ",":
        return None
    if not any(c.id < word.id and c.rel in ("nsubj", "ccomp") for c in word.children) and not any(
        c.rel == "ccomp" and c.id > end for c in word.children
    ):
        return None
    return after[0]


def _unjoined_subject(cue: Word) -> Word | None:
    """The noun phrase right before a cue the parser left with no subject: a conjunct with no
    conjunction ("… than Mr. Trump - [60 percent of voters] said Mrs. Clinton would …"), or a
    finite verb whose subject it hung on the phrase that opens the sentence ("At a debate in May,
    [Senator Lee Baker] called …", an apposition of "May"). The phrase is its subject. Its head is
    reached by climbing from the word before the cue (past the cue's own auxiliaries and adverbs)
    while no punctuation but a hyphen inside a word stands between. A passive cue's phrase is
    never its speaker."""
    if cue.id < 2 or any(c.deprel == "aux:pass" for c in cue.children):
        return None
    if cue.rel == "conj" and any(c.rel == "cc" for c in cue.children):
        return None
    if cue.rel != "conj" and not (cue.rel in ("root", "parataxis", "ccomp") and cue.xpos in FINITE_XPOS):
        return None
    sent = cue.sent
    before = cue.id - 2
    while before > 0 and sent.words[before].upos in ("AUX", "ADV") and sent.words[before].head_word is cue:
        before -= 1
    if sent.words[before].text == ")":
        # "Sen. Mitch McConnell (R-Ky.) said": the name before the bracketed party and state
        opening = next((i for i in range(before - 1, -1, -1) if sent.words[i].text == "("), None)
        if opening is None or opening == 0:
            return None
        before = opening - 1
    word = last = sent.words[before]
    if word.upos not in ("NOUN", "PROPN") or word.head_word is None or word.head_word is cue:
        return None
    while (
        (head := word.head_word) is not None
        and head.id < word.id
        and head.upos in ("NOUN", "PROPN", "NUM")
        and not any(w.upos == "PUNCT" and not inside_word(w) for w in sent.words[head.id : last.id])
    ):
        word = head
    if cue.rel != "conj" and not _hangs_on(word, cue) and not _set_off_apposition(word):
        return None  # "seeing someone perform on [the internet] takes away …": the clause's own noun
    return word


def _set_off_apposition(word: Word) -> bool:
    """ "…, in the wake of attempts to defeat the deal, [Sen. Mitch McConnell] said": a phrase the
    parser made an apposition, after a comma, of a noun deep in the clause before it."""
    return word.rel == "appos" and word.id > 1 and word.sent.words[word.id - 2].text == ","


#: Words the phrase before a subjectless cue may hold at most ("More than six in 10").
MAX_OPENING_PHRASE_WORDS = 8
_OPENING_PHRASE_UPOS = frozenset({"DET", "ADJ", "ADV", "NUM", "NOUN", "PROPN", "PRON", "ADP", "SYM", "PART"})


def _phrase_opening_the_clause(cue: Word) -> Word | None:
    """ "[More than six in 10] said …", "By 58%-33%, [those surveyed] said …": a finite cue with
    no subject, whose clause opens (at the sentence start or after a comma) with a short noun
    phrase the parser hung elsewhere, a participle after its pronoun or noun included. The
    phrase's first word that can name someone heads it."""
    if cue.xpos not in FINITE_XPOS or cue.rel not in ("root", "parataxis"):
        return None
    words = cue.sent.words
    start = cue.id - 1
    while start > 0 and words[start - 1].text not in (",", ";", ":") and words[start - 1].upos != "CCONJ":
        start -= 1
    phrase = words[start : cue.id - 1]
    if not phrase or len(phrase) > MAX_OPENING_PHRASE_WORDS or phrase[0].upos in ("ADP", "SCONJ"):
        return None
    for i, w in enumerate(phrase):
        participle = w.upos == "VERB" and w.xpos in ("VBN", "VBG") and i > 0 and phrase[i - 1].upos in ("PRON", "NOUN")
        if w.upos not in _OPENING_PHRASE_UPOS and not participle:
            return None
    return next((w for w in phrase if w.upos in ("NOUN", "PROPN", "PRON", "NUM")), None)


def _hangs_on(word: Word, verb: Word) -> bool:
    """WORD is in VERB's subtree with no other verb between them: a phrase of VERB's own clause."""
    node = word.head_word
    while node is not verb:
        if node is None or node.upos in VERBAL_UPOS:
            return False
        node = node.head_word
    return True


#: How many nouns a time phrase's chain climbs to reach its verb ("on the first day of the
#: convention on Monday").
MAX_TIME_PHRASE_NOUNS = 4


def _verb_above(noun: Word) -> Word | None:
    """The verb a chain of noun phrases hangs on, climbing at most MAX_TIME_PHRASE_NOUNS nouns."""
    head = noun.head_word
    for _ in range(MAX_TIME_PHRASE_NOUNS):
        if head is None:
            return None
        if head.upos in VERBAL_UPOS:
            return head
        if head.upos not in ("NOUN", "PROPN", "NUM"):
            return None
        head = head.head_word
    return None


#: The most words an apposition set off by commas before a cue runs ("Suu Kyi, [70], said").
MAX_SKIPPED_APPOSITION_WORDS = 10


def _last_opening(before: list[Word], mark: str) -> int | None:
    """The index of the last MARK before BEFORE's last word, within an apposition's reach."""
    lowest = max(-1, len(before) - 3 - MAX_SKIPPED_APPOSITION_WORDS)
    return next((i for i in range(len(before) - 2, lowest, -1) if before[i].text == mark), None)


def _skip_apposition(before: list[Word]) -> list[Word]:
    """BEFORE (the words before a cue) without an apposition that commas set off at its end:
    "Suu Kyi, 70," -> "Suu Kyi", "Lee, a professor at the school," -> "Lee"; or without a
    bracketed tag: "Mary Fallin (R-OK)" -> "Mary Fallin"."""
    if before and before[-1].text == ")":
        opening = _last_opening(before, "(")
        return before[:opening] if opening else before
    if not before or before[-1].text != ",":
        return before
    opening = _last_opening(before, ",")
    if opening is None or opening == 0:
        return before
    inside = before[opening + 1 : -1]
    if not inside or any(w.upos in VERBAL_UPOS or w.upos == "PUNCT" for w in inside):
        return before
    return before[:opening]


def nominal_before_cue(cue: Word, time_words: frozenset[str]) -> Word | None:
    """The nominal right before CUE, adverbs and an apposition set off by commas skipped: the
    subject a parser hung elsewhere ("Speaking in Cairo, Secretary … Kerry said", "Suu Kyi, 70,
    said"). Not "that", "it" nor a time."""
    before = _skip_apposition([w for w in cue.sent.words[: cue.id - 1] if w.upos != "ADV"])
    if (
        before
        and before[-1].upos in ("PROPN", "NOUN", "PRON")
        and before[-1].lower not in ("that", "it")
        and before[-1].lemma_lower not in time_words
    ):
        return before[-1]
    return None


def attribution_ids(cue: Word, speaker: Word) -> set[int]:
    """The ids of an attribution's own words: the speaker's subtree, the cue and its auxiliaries
    and adverbs before it ("which he [also] said", "[But], he [had] added")."""
    sent = cue.sent
    ids = {w.id for w in sent.subtree(speaker)} | {cue.id}
    ids |= {w.id for c in cue.children if c.rel in ("aux", "advmod") and c.id < cue.id for w in sent.subtree(c)}
    return ids


#: How far up from a word before the cue the relative clause holding it is looked for.
MAX_RELATIVE_CLIMB = 6


def described_noun(word: Word, cue: Word) -> Word | None:
    """The noun that a relative clause ending with WORD (right before CUE) describes: the subject
    the parser lost ("a White House official who spoke … to discuss internal strategy said")."""
    node = word
    for _ in range(MAX_RELATIVE_CLIMB):
        head = node.head_word
        if head is None or head.id >= cue.id:
            return None
        if node.deprel == "acl:relcl" and head.upos in NOMINAL_UPOS and head.id < node.id:
            return head
        node = head
    return None


def find_attribution(
    cue: Word, lex: Lexicons, skip: Callable[[Word], bool] | None = None, *, object_is_content: bool = False
) -> Attribution:
    """Speaker, source and addressee of a cue word, from the parse around it.

    OBJECT_IS_CONTENT: the cue's object is what is attributed ("Trump cited [his Iowa results]"),
    so a relay verb as the cue does not make its object the speaker as in "IRNA quoted Khamenei".

    SKIP: words that are never the subject (the caller passes "inside a quotation": a parser can
    make a quote's first noun a second subject of the cue, ‘al-Amr said "All those …"’)."""
    addressee = find_addressee(cue, lex)

    def cannot_speak(w: Word) -> bool:  # a time phrase never speaks: "said Thursday" taken for a subject
        return w.lemma_lower in lex.time_words or (skip is not None and skip(w))

    word, how = cue, AttributionMethod.SUBJECT
    for _ in range(MAXCLIMB_RELS + 1):
        if word.lemma_lower in lex.quote_relay_verbs and not (object_is_content and word is cue):
            relay = _relay(word)
            if relay is not None:
                return Attribution(relay[0], relay[1], addressee, AttributionMethod.RELAY)
        subj, passive = _subject(word, cannot_speak)
        if subj is not None and not passive:
            if _participle_outside_relative(word, subj, cue):
                # "vetoed the bill that allows mining, [arguing] …": a participle set off after a
                # relative clause on a thing goes with the clause the thing is in, not with "that"
                verb = _verb_above(word.head_word) if word.head_word is not None else None
                if verb is not None:
                    word, how = verb, AttributionMethod.INHERITED
                    continue
            antecedent = _antecedent(subj, word)
            if antecedent is not None:
                # "Devocht, who told him ...": the relative pronoun stands for the noun it follows.
                return Attribution(antecedent, None, addressee, AttributionMethod.RELATIVE, mention=subj)
            return Attribution(subj, None, addressee, how)
        noun = word.head_word if subj is None and word.deprel == "acl" else None
        if noun is not None and cannot_speak(noun):
            # "marched on Monday, chanting …" hung on "Monday" (or on "the first day of the
            # convention on Monday"): the marchers chant
            verb = _verb_above(noun)
            if verb is not None:
                word, how = verb, AttributionMethod.INHERITED
                continue
        elif noun is not None and noun.upos in MENTION_HEAD_UPOS:
            # "a message stating ...", "a statement saying ...": the noun the cue modifies; when
            # someone issued it ("Trump issued [a statement] saying …"), its issuer speaks.
            issuer = _issuer_of(noun, set_off=after_comma(word))
            antecedent = _antecedent(issuer, issuer.head_word) if issuer is not None else None
            if issuer is not None and antecedent is not None:
                # "Republicans who have praised his candidacy [warned] …" with the cue hung on
                # "candidacy": the relative pronoun stands for the noun it follows
                return Attribution(antecedent, None, addressee, AttributionMethod.RELATIVE, mention=issuer)
            if issuer is not None:
                return Attribution(issuer, None, addressee, AttributionMethod.INHERITED)
            return Attribution(noun, None, addressee, AttributionMethod.MODIFIED_NOUN)
        if passive and word is not cue and subj is not None and not _shares_passive(cue, lex):
            # "FBI officials were angered by the deal and predicted …": verbs joined to the cue
            # share its subject, passive or not; the agent ("the deal") did not speak.
            return Attribution(subj, None, addressee, how)
        if passive:
            agent = agent_of(word)
            if agent is not None:
                return Attribution(agent, None, addressee, AttributionMethod.AGENT)
            if word is cue:
                return Attribution(None, None, addressee, AttributionMethod.PASSIVE)
        if word is cue and subj is None:
            unjoined = _unjoined_subject(cue) or _phrase_opening_the_clause(cue)
            if unjoined is not None and not cannot_speak(unjoined):
                return Attribution(unjoined, None, addressee, AttributionMethod.ADJACENT)
        elif subj is None and word.rel in ("root", "parataxis"):
            # "…, on Tuesday, [Senator Bernie Sanders] endorsed Mrs. Clinton, saying …": the verb
            # the cue hangs on lost its subject to an apposition of the opening phrase
            unjoined = _unjoined_subject(word)
            if unjoined is not None and _set_off_apposition(unjoined) and not cannot_speak(unjoined):
                return Attribution(unjoined, None, addressee, AttributionMethod.INHERITED)
        if word.rel not in CLIMB_RELS or not word.head:
            break
        head = word.sent.words[word.head - 1]
        outer = _reported_clause_cue(head) if word.rel in ("conj", "advcl") else None
        if outer is not None and outer.lemma_lower in lex.cue_lemmas and outer.id < word.id:
            # "De Blasio said [the move was made by Bratton] and said, “…”", "Lewandowski said
            # [the candidate was not contradicting his stance], noting …": a cue hung on another
            # cue's reported clause goes with that cue, not with the clause
            head = outer
        if word.rel == "conj" and word.xpos == "VBG" and cannot_speak(head):
            # "marched … on Monday, chanting …" with "chanting" coordinated with "Monday": the
            # participle goes with the verb the time phrase hangs on
            head = _verb_above(head) or head
        word, how = head, AttributionMethod.INHERITED
    return Attribution(None, None, addressee, AttributionMethod.NONE)


#: How far up from a word its reported clause's head is looked for.
MAX_CLAUSE_DEPTH = 4


def _antecedent(pronoun: Word, clause: Word | None) -> Word | None:
    """The noun a relative PRONOUN stands for when CLAUSE, the verb it speaks for, is a relative
    clause: the noun the clause hangs on ("[Devocht], who told him …"); None otherwise."""
    if pronoun.lower not in RELATIVE_SUBJECTS or clause is None or clause.deprel != "acl:relcl":
        return None
    return clause.head_word


def _reported_clause_cue(word: Word) -> Word | None:
    """The verb whose clausal complement WORD is in, at most MAX_CLAUSE_DEPTH words up: "said
    [it was too early to congratulate …]" for "congratulate"."""
    node: Word | None = word
    for _ in range(MAX_CLAUSE_DEPTH):
        if node is None:
            return None
        if node.rel == "ccomp":
            return node.head_word
        if node.rel in ("parataxis", "root"):
            return None
        node = node.head_word
    return None


def _issuer_of(noun: Word, *, set_off: bool = False) -> Word | None:
    """The subject of the verb NOUN is the object of ("[the campaign] released a statement"), or
    None (a passive verb, or a noun that is no object). SET_OFF: the participle on NOUN follows a
    comma, so it goes with the clause, and a noun in a prepositional phrase ("[Voss] reacted to
    the news, saying …") is no speaker either."""
    verb = noun.head_word
    if noun.rel not in (("obj", "obl") if set_off else ("obj",)) or verb is None or verb.upos != "VERB":
        return None
    return next((c for c in verb.children if c.deprel == "nsubj" and c.id < verb.id), None)


def noun_issuer(noun: Word, lex: Lexicons) -> Attribution:
    """Who made the claim or holds the view a speech or thought noun names: its possessor
    ("[Trump's] claim", "[her] plan"), its "by" or "from" phrase ("claims [by intelligence
    agencies]"), or the subject of a verb that issues it ("[Lee] made the claim", "[the party] has a
    plan"); else nobody ("the idea that …")."""
    owner = next((c for c in noun.children if c.deprel == "nmod:poss" and c.id < noun.id), None)
    if owner is not None:
        return Attribution(owner, None, None, AttributionMethod.POSSESSOR)
    for c in noun.children:
        if (
            c.rel == "nmod"
            and c.id > noun.id
            and any(g.rel == "case" and g.lower in ("by", "from") for g in c.children)
        ):
            return Attribution(c, None, None, AttributionMethod.AGENT)
    verb = noun.head_word
    if noun.rel == "obj" and verb is not None and verb.upos == "VERB" and verb.lemma_lower in lex.issuing_verbs:
        # "Trump said, [repeating] a false claim that …": whoever the verb's speaker is
        issuer = find_attribution(verb, lex, object_is_content=True)
        if issuer.speaker is not None:
            return Attribution(issuer.speaker, None, None, AttributionMethod.INHERITED, mention=issuer.mention)
    return Attribution(None, None, None, AttributionMethod.NONE)


def _participle_outside_relative(word: Word, subj: Word, cue: Word) -> bool:
    """Whether the climb from CUE, a participle set off by a comma, reached WORD, a relative
    clause on a thing ("the bill [that allows mining], arguing …"), whose relative subject SUBJ
    speaks for nothing: the participle belongs to the clause around the thing."""
    return (
        word is not cue
        and cue.xpos == "VBG"
        and cue.rel == "advcl"
        and cue.head == word.id
        and word.deprel == "acl:relcl"
        and subj.lower in ("that", "which")
        and after_comma(cue)
    )


def _shares_passive(cue: Word, lex: Lexicons) -> bool:
    """A cue joined to a passive verb that reads passive itself: a participle, or a verb that takes
    an addressee with none of its own ("I was hauled in and told …": I was told)."""
    if cue.xpos == "VBN":
        return True
    return cue.lemma_lower in lex.addressee_verbs and not any(c.rel in ("obj", "iobj") for c in cue.children)


def _relay(verb: Word) -> tuple[Word | None, Word | None] | None:
    """(speaker, source) of a relay verb: "SOURCE quoted SPEAKER", "SPEAKER was quoted by SOURCE"."""
    subj, passive = _subject(verb)
    if passive:
        return subj, agent_of(verb)
    # "IRNA quoted Khamenei as saying": parsers label the person obj or, as often, iobj.
    obj = _child(verb, "obj") or _child(verb, "iobj")
    if obj is not None:
        return obj, subj
    return None


def find_addressee(cue: Word, lex: Lexicons) -> Word | None:
    if cue.lemma_lower in lex.addressee_verbs:
        for c in cue.children:
            if c.rel in ("obj", "iobj") and c.upos in MENTION_HEAD_UPOS:
                return c
        # "told reporters" with the object attached elsewhere: the nominal right after the cue.
        words = cue.sent.words
        nxt = words[cue.id] if cue.id < len(words) else None
        if nxt is not None and nxt.upos == "DET" and nxt.id < len(words):
            nxt = words[nxt.id]
        if nxt is not None and nxt.text.isalpha() and nxt.upos not in NOT_ADDRESSEE_UPOS and nxt.lower != "that":
            return nxt
    for c in cue.children:
        if (
            c.rel == "obl"
            and any(g.lower == "to" and g.rel == "case" for g in c.children)
            and c.upos in MENTION_HEAD_UPOS
        ):
            return c
    return None


def mention_words(head: Word) -> list[Word]:
    """The words of the mention headed by HEAD: its subtree without clauses, appositions and
    edge punctuation (so "Major general Fuad Basya, spokesman for ..." -> "Major general Fuad Basya")."""
    sent = head.sent
    exclude = frozenset(
        c.id for c in head.children if c.deprel in MENTION_EXCLUDE_DEPRELS or c.rel in MENTION_EXCLUDE_DEPRELS
    )
    words = sent.subtree(head, exclude=exclude)
    # Keep the contiguous run around the head: a non-projective or odd parse must not make a
    # mention jump over the quote.
    ids = [w.id for w in words]
    i = ids.index(head.id)
    lo = hi = i
    while lo > 0 and ids[lo - 1] == ids[lo] - 1:
        lo -= 1
    while hi < len(ids) - 1 and ids[hi + 1] == ids[hi] + 1:
        hi += 1
    words = words[lo : hi + 1]
    # "witnesses and sources said" parsed with two subjects: join coordinated neighbours.
    # A pronoun is never one of them: "His wife, he says, ..." sets a dislocated noun before it.
    siblings = [
        c
        for c in (head.head_word.children if head.head_word else [])
        if c.rel == head.rel and c is not head and "PRON" not in (c.upos, head.upos) and head.rel in SUBJECT_RELS
    ]
    if head.head_word is not None and _is_dateline(head.head_word):
        siblings = []  # "RENO (AP) — Republican hopeful Donald Trump": the agency is no co-speaker
    for sib in sorted(siblings, key=lambda c: -c.id if c.id < head.id else c.id):
        lo_id, hi_id = words[0].id, words[-1].id
        gap = sent.words[sib.id : lo_id - 1] if sib.id < lo_id else sent.words[hi_id : sib.id - 1]
        if sib.id < lo_id and _split_attribution_subject(gap, words, head):
            continue
        if all(g.upos in ("CCONJ", "PUNCT") or g.rel in ("cc", "punct") for g in gap) and len(gap) <= 2:
            extra = sent.subtree(sib, exclude=frozenset(c.id for c in sib.children if c.rel in MENTION_EXCLUDE_DEPRELS))
            words = sorted({w.id: w for w in (*words, *extra, *gap)}.values(), key=lambda w: w.id)
    words = _without_brackets(words, head)
    words = _without_party_tag(words, head)
    words = _within_dashes(words, head)
    while words and (words[0].upos == "PUNCT" or words[0].rel in ("cc", "case", "mark", "fixed")):
        words = words[1:]
    while words and (words[-1].upos == "PUNCT" or words[-1].rel in ("cc", "case")):
        words = words[:-1]
    return words or [head]


def _split_attribution_subject(gap: list[Word], words: list[Word], head: Word) -> bool:
    """A noun set off by a comma before the subject of a parenthetical cue is the reported
    clause's subject, not a co-speaker: "Mr. Obama, [officials said], has become …" (an
    apposition closes with a comma before its verb: "Cruz, the only candidate, told …")."""
    verb = head.head_word
    marks = [g.text for g in gap if g.text not in QUOTE_CHARS]  # '"Family leave," the document states, …'
    if verb is None or marks != [","] or verb.id >= len(verb.sent.words):
        return False
    sent = verb.sent
    between = sent.words[words[-1].id : verb.id - 1]
    if not all(w.upos == "AUX" for w in between):
        return False
    # the comma closing the attribution, right after the verb or after its addressee or
    # circumstance ("The solution, the partner told them, was simple")
    after = sent.words[verb.id :]
    close = next((i for i, w in enumerate(after) if w.upos == "PUNCT"), None)
    return close is not None and after[close].text == "," and not any(w.upos in ("VERB", "AUX") for w in after[:close])


def _within_dashes(words: list[Word], head: Word) -> list[Word]:
    """WORDS cut at a dash set off by spaces on either side of the head: "[Mr. Trump -] 60 percent
    of voters" is two phrases the parser joined, a dash between them."""

    def spaced_dash(i: int) -> bool:
        w = words[i]
        return (
            w.text in DASHES
            and i > 0
            and i + 1 < len(words)
            and words[i - 1].end < w.start
            and w.end < words[i + 1].start
        )

    k = next((i for i, w in enumerate(words) if w is head), None)
    if k is None:
        return words
    lo = max((i + 1 for i in range(k) if spaced_dash(i)), default=0)
    hi = min((i for i in range(k + 1, len(words)) if spaced_dash(i)), default=len(words))
    return words[lo:hi]


def _without_brackets(words: list[Word], head: Word) -> list[Word]:
    """WORDS without a bracketed aside that does not hold the head: "Rep. Paul Ryan [(R-Wis.)]",
    "the Institute for Policy Studies [(IPS)]" - a party and state, or an acronym, is not the name."""
    out: list[Word] = []
    aside: list[Word] = []
    for w in words:
        if w.text == "(" and not aside:
            aside.append(w)
        elif aside:
            aside.append(w)
            if w.text == ")":
                if any(x is head for x in aside):
                    out.extend(aside)
                aside = []
        else:
            out.append(w)
    return out + aside


#: A party and state after a name: "R-Ohio", "D-N.Y.", tokenized "R-" + "Ohio" or whole.
_PARTY_TAG = re.compile(r"^[RDI]-(?:[A-Z][A-Za-z.]*)?$")


def _without_party_tag(words: list[Word], head: Word) -> list[Word]:
    """WORDS up to the comma before a party and state set off after the name: "Rep. Jim Jordan[,
    R-Ohio]" - like the bracketed "(R-Ohio)", it is not the name."""
    for k, w in enumerate(words):
        if w.text == "," and k + 1 < len(words) and _PARTY_TAG.match(words[k + 1].text) and head.id < w.id:
            return words[:k]
    return words


#: A description in apposition read from the surface has at most this many words.
MAX_SURFACE_APPOSITION_WORDS = 12


def _surface_apposition_end(words: list[Word], end: int, head: Word, cue: Word | None) -> int:
    """The id of the last word of "a/an/the …" set off by commas right after the mention ending at
    END, when the parse did not hang it on the mention: "Graham, [a former candidate], told CBS",
    "…,” said Weaver, [the campaign manager]." It must end at the cue or, after an inverted cue,
    at the sentence's end; it holds no verb. Else END."""
    if cue is None or end + 1 >= len(words) or words[end].text != ",":
        return end
    opener = words[end + 1]
    # "Graham, [a former candidate]", "Lee, [now a senator]", "Lee, [55]", "Lee, [of Ohio]"
    if opener.lower not in ("a", "an", "the", "now", "formerly", "of", "at") and opener.upos != "NUM":
        return end
    j = end + 1
    while j < len(words) and words[j].text != "," and words[j].text not in SENTENCE_END:
        if words[j].upos in ("VERB", "AUX") or words[j].text in QUOTE_CHARS or j - end > MAX_SURFACE_APPOSITION_WORDS:
            return end
        j += 1
    closes_before_cue = j + 1 < len(words) and words[j].text == "," and words[j + 1] is cue
    ends_after_inverted_cue = (j == len(words) or words[j].text in SENTENCE_END) and cue.id < head.id
    return j if closes_before_cue or ends_after_inverted_cue else end


def _description_closing_the_sentence(words: list[Word], end: int, head: Word, cue: Word | None) -> int:
    """The id of the sentence's last word when the mention ending at END follows its cue and only a
    description set off by a comma, with no verb, closes the sentence after it: '…,” asked
    Bennett, [now a conservative radio host].', '…,” said Gonzalez, 55, [of Brigantine].' (the
    parse hangs such pieces on the cue). Not after a preposition: "[Lee has led] in every poll, [usually
    by double digits]" is what the poll found. Else END."""
    if cue is None or cue.upos == "ADP" or cue.id > head.id or end >= len(words) or words[end].text != ",":
        return end
    tail = [w for w in words[end:] if not (w.text in SENTENCE_END and w.id == len(words))]
    if (
        len(tail) > MAX_SURFACE_APPOSITION_WORDS
        or any(w.upos in VERBAL_UPOS or w.text in QUOTE_CHARS or w.text in (";", ":") for w in tail)
        or not any(w.upos in ("NOUN", "PROPN", "NUM") for w in tail)
    ):
        return end
    return tail[-1].id if tail[-1].upos != "PUNCT" else end


def speaker_span_words(head: Word, words: list[Word], cue: Word | None = None) -> list[Word]:
    """The speaker's mention as the text gives it: the name WORDS (headed by HEAD) with an
    apposition or relative clause that follows it ("Graham, a former candidate,", "Biden, who
    served 36 years"): the whole noun phrase attribution annotation (PolNeAR, PARC) marks as the
    source. The name is still resolved from WORDS alone."""
    sent = head.sent
    end = words[-1].id
    # "…,” said Lewandowski, [who ran a project …]" with the relative clause hung on the verb
    misplaced = [
        c
        for c in (head.head_word.children if head.head_word is not None and head.rel in SUBJECT_RELS else [])
        if c.id > end and (opener := first_word(c)).lower in ("who", "whose") and opener.id == end + 2
    ]
    for c in sorted([*head.children, *misplaced], key=lambda c: c.id):
        if c.id <= end or (c.deprel not in ("appos", "acl:relcl") and c not in misplaced):
            continue
        sub = sent.subtree(c)
        gap = sent.words[end : sub[0].id - 1]
        if len(gap) > 1 or any(g.text != "," for g in gap) or any(w.text in QUOTE_CHARS for w in sub):
            break
        if cue is not None and any(w is cue for w in sub):
            break  # "advisers who have run the numbers [argue]": the cue's own clause, taken for a relative
        end = sub[-1].id
    if end == words[-1].id:
        end = _surface_apposition_end(sent.words, end, head, cue)
    end = _description_closing_the_sentence(sent.words, end, head, cue)
    out = sent.words[words[0].id - 1 : end]
    while len(out) > len(words) and out[-1].upos == "PUNCT":
        out = out[:-1]
    return out


def addressee_words(words: list[Word], head: Word) -> list[Word]:
    """The addressee mention WORDS headed by HEAD, cut at its head's end. "told reporters in
    Baghdad": the addressee ends at its head, not with the place after it."""
    return [
        w for w in words if w.id <= head.id or not any(x.upos == "ADP" and head.id < x.id <= w.id for x in words)
    ] or [head]
