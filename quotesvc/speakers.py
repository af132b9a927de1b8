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

from collections.abc import Callable
from dataclasses import dataclass

from quotesvc.document import Word
from quotesvc.lexicons import Lexicons

_SUBJ = frozenset({"nsubj", "csubj"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "ccomp", "parataxis"})
# Dependents that are not part of a speaker mention's own words.
# Punctuation stays (the hyphen of "Al-Maeena"); edge punctuation is trimmed afterwards.
# Clauses and, for a noun that is itself a predicate ("all they get is a message"), its subject
# and copula are not part of the mention.
_MENTION_EXCLUDE = frozenset({"appos", "acl", "acl:relcl", "relcl", "parataxis", "dep",
                              "advcl", "ccomp", "list", "discourse", "reparandum",
                              "nsubj", "csubj", "cop", "aux"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
MAX_CLIMB = 3
# What cannot start an addressee right after "told" (the tagger may call "reporters" a verb).
_NOT_ADDRESSEE = frozenset({"ADP", "SCONJ", "PART", "CCONJ", "PUNCT", "AUX", "ADV", "DET", "NUM"})


@dataclass(frozen=True)
class Attribution:
    speaker: Word | None
    source: Word | None
    addressee: Word | None
    how: str


def _child(word: Word, *rels: str) -> Word | None:
    for c in word.children:
        if c.deprel in rels or c.rel in rels:
            return c
    return None


def _agent(word: Word) -> Word | None:
    """``obl:agent``, or an ``obl`` introduced by "by"."""
    for c in word.children:
        if c.deprel == "obl:agent" or (c.rel == "obl" and any(g.lower == "by" and g.rel == "case"
                                                              for g in c.children)):
            return c
    return None


def _subject(word: Word, skip: Callable[[Word], bool] | None = None) -> tuple[Word | None, bool]:
    """(subject, is_passive) of WORD; with several (a parser slip), the one nearest to WORD.
    SKIP drops candidates that cannot speak, e.g. words inside the quotation itself."""
    inverted = parenthetical_subject(word)
    if inverted is not None:
        return inverted, False
    subjects = [c for c in word.children if c.rel in _SUBJ and not (skip and skip(c))]
    comp = next((c for c in word.children if c.rel == "ccomp" and c.id > word.id), None) \
        if len(subjects) > 1 else None
    if comp is not None and any(c.id < word.id for c in subjects):
        # "Memon said [the amount] had helped": a subject between the verb and its clausal
        # complement, with another before the verb, is the complement's subject hung too high.
        subjects = [c for c in subjects if not word.id < c.id < comp.id]
    if not subjects:
        return None, False
    best = min(subjects, key=lambda c: abs(c.id - word.id))
    return best, (best.deprel or "").endswith(":pass")


def parenthetical_subject(word: Word) -> Word | None:
    """"Institutional recipients, said Mauer, are required …": a cue set off by commas with its
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
            c.rel == "ccomp" and c.id > end for c in word.children):
        return None
    return after[0]


def find_attribution(cue: Word, lex: Lexicons, skip: Callable[[Word], bool] | None = None) -> Attribution:
    """Speaker, source and addressee of a cue word, from the parse around it.

    SKIP: words that are never the subject (the caller passes "inside a quotation": a parser can
    make a quote's first noun a second subject of the cue, ‘al-Amr said "All those …"’)."""
    addressee = find_addressee(cue, lex)
    word, how = cue, "subject"
    for _ in range(MAX_CLIMB + 1):
        if word.lemma_lower in lex.quote_relay_verbs:
            relay = _relay(word)
            if relay is not None:
                return Attribution(relay[0], relay[1], addressee, "relay")
        subj, passive = _subject(word, skip)
        if subj is not None and not passive:
            if word.deprel == "acl:relcl" and subj.lower in _RELATIVE_PRONOUNS and word.head_word is not None:
                # "Devocht, who told him ...": the relative pronoun stands for the noun it follows.
                return Attribution(word.head_word, None, addressee, "relative")
            return Attribution(subj, None, addressee, how)
        if subj is None and word.deprel == "acl" and word.head_word is not None \
                and word.head_word.upos in _NOMINAL:
            # "a message stating ...", "a statement saying ...": the noun the cue modifies.
            return Attribution(word.head_word, None, addressee, "modified-noun")
        if passive:
            agent = _agent(word)
            if agent is not None:
                return Attribution(agent, None, addressee, "agent")
            if word is cue:
                return Attribution(None, None, addressee, "passive")
        if word.rel not in _CLIMB or not word.head:
            break
        word, how = word.head_word, "inherited"
    return Attribution(None, None, addressee, "none")


def _relay(verb: Word) -> tuple[Word | None, Word | None] | None:
    """(speaker, source) of a relay verb: "SOURCE quoted SPEAKER", "SPEAKER was quoted by SOURCE"."""
    subj, passive = _subject(verb)
    if passive:
        return subj, _agent(verb)
    # "IRNA quoted Khamenei as saying": parsers label the person obj or, as often, iobj.
    obj = _child(verb, "obj") or _child(verb, "iobj")
    if obj is not None:
        return obj, subj
    return None


def find_addressee(cue: Word, lex: Lexicons) -> Word | None:
    if cue.lemma_lower in lex.addressee_verbs:
        for c in cue.children:
            if c.rel in ("obj", "iobj") and c.upos in _NOMINAL:
                return c
        # "told reporters" with the object attached elsewhere: the nominal right after the cue.
        words = cue.sent.words
        nxt = words[cue.id] if cue.id < len(words) else None
        if nxt is not None and nxt.upos == "DET" and nxt.id < len(words):
            nxt = words[nxt.id]
        if nxt is not None and nxt.text.isalpha() and nxt.upos not in _NOT_ADDRESSEE and nxt.lower != "that":
            return nxt
    for c in cue.children:
        if c.rel == "obl" and any(g.lower == "to" and g.rel == "case" for g in c.children) \
                and c.upos in _NOMINAL:
            return c
    return None


def mention_words(head: Word) -> list[Word]:
    """The words of the mention headed by HEAD: its subtree without clauses, appositions and
    edge punctuation (so "Major general Fuad Basya, spokesman for ..." -> "Major general Fuad Basya")."""
    sent = head.sent
    exclude = frozenset(c.id for c in head.children if c.deprel in _MENTION_EXCLUDE or c.rel in _MENTION_EXCLUDE)
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
    words = words[lo:hi + 1]
    # "witnesses and sources said" parsed with two subjects: join coordinated neighbours.
    siblings = [c for c in (head.head_word.children if head.head_word else []) if c.rel == head.rel and c is not head]
    for sib in sorted(siblings, key=lambda c: -c.id if c.id < head.id else c.id):
        lo_id, hi_id = words[0].id, words[-1].id
        gap = sent.words[sib.id:lo_id - 1] if sib.id < lo_id else sent.words[hi_id:sib.id - 1]
        if all(g.upos in ("CCONJ", "PUNCT") or g.rel in ("cc", "punct") for g in gap) and len(gap) <= 2:
            extra = sent.subtree(sib, exclude=frozenset(c.id for c in sib.children if c.rel in _MENTION_EXCLUDE))
            words = sorted({w.id: w for w in (*words, *extra, *gap)}.values(), key=lambda w: w.id)
    while words and (words[0].upos == "PUNCT" or words[0].rel in ("cc", "case", "mark", "fixed")):
        words = words[1:]
    while words and (words[-1].upos == "PUNCT" or words[-1].rel in ("cc", "case")):
        words = words[:-1]
    return words or [head]
