"""Universal Dependencies label sets and part-of-speech groups the rules share, declared once.

Each set says what it is for: two rules that need different word classes use two named sets,
never two private copies under one name. Labels follow UD v2 as Stanza's English models give them.
"""

from __future__ import annotations

from quotesvc.document import Word

# --- part-of-speech groups (UPOS)
#: Heads a noun phrase that can report or be reported on: "Kerry", "officials", "she".
NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON"})
#: Heads a speaker, source or addressee mention; numbers and foreign words name things too
#: ("the 9/11 commission", "Hezbollah" tagged X).
MENTION_HEAD_UPOS = NOMINAL_UPOS | {"NUM", "X"}
VERBAL_UPOS = frozenset({"VERB", "AUX"})
#: What can open a reported clause read from the surface ("said [the plan] ...").
CLAUSE_START_UPOS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "SCONJ"})
#: What cannot start an addressee right after "told" (the tagger may call "reporters" a verb).
NOT_ADDRESSEE_UPOS = frozenset({"ADP", "SCONJ", "PART", "CCONJ", "PUNCT", "AUX", "ADV", "DET", "NUM"})

#: Personal pronouns in the nominative: they open a clause as its subject ("told the Post [he]'s
#: not planning …", "said [he] and many others are trying …").
PERSONAL_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})

# --- dependency relations (deprel, or its universal part from ``Word.rel``)
SUBJECT_RELS = frozenset({"nsubj", "csubj"})
#: Determiners that stand alone for people ("[Some] chanted …", "[Another] tweeted …"); a tagger
#: reads them as determiners of the verb after them.
PRONOMINAL_DETERMINERS = frozenset({"some", "another", "others", "many", "several", "few", "both", "most"})
#: Clausal dependents: a speaker mention's context never runs into them.
CLAUSAL_RELS = frozenset({"acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
#: A cue without a subject of its own takes the subject of the verb it hangs from by these.
CLIMB_RELS = frozenset({"advcl", "xcomp", "conj", "ccomp", "parataxis"})
#: A finite verb hung on the cue by these may be a complement the parser split off.
LOOSE_CLAUSE_RELS = frozenset({"advcl", "conj", "parataxis", "dep"})
#: Relations a word takes only as a verb (a weak tagger's NOUN "tweeted" is still a cue).
VERBAL_DEPRELS = frozenset({"root", "ccomp", "parataxis", "conj", "advcl", "xcomp", "acl", "acl:relcl"})
#: Dependents only a noun takes: "two points", "the report", "his claims".
NOMINAL_DEPENDENT_DEPRELS = frozenset({"det", "nummod", "amod", "case", "nmod:poss"})
#: Dependents that are not part of a speaker mention's own words. Punctuation stays (the hyphen
#: of "Al-Maeena"); edge punctuation is trimmed afterwards. Clauses and, for a noun that is itself
#: a predicate ("all they get is a message"), its subject and copula are not part of the mention.
MENTION_EXCLUDE_DEPRELS = frozenset(
    {
        "appos",
        "acl",
        "acl:relcl",
        "relcl",
        "parataxis",
        "dep",
        "advcl",
        "ccomp",
        "list",
        "discourse",
        "reparandum",
        "nsubj",
        "csubj",
        "cop",
        "aux",
    }
)

# --- closed-class words
#: The subject of a relative clause that stands for the noun before it ("Devocht, who told him").
RELATIVE_SUBJECTS = frozenset({"who", "which", "that", "whom"})
#: Opens a relative clause whose finite verb is not the reported clause's ("a policy which ... criticised").
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})
#: Opens a relative clause that, set off by a comma at the end of reported content, is the writer's
#: aside about the noun before it ("…, who worked on the campaign", "…, when voters head to the polls").
TRAILING_RELATIVE_OPENERS = RELATIVE_PRONOUNS | {"when", "where"}
#: Opens an adverbial clause of contrast: "they prefer an outsider, while 4 in 10 want experience".
CONTRAST_MARKS = frozenset({"while", "whereas"})
#: Open an adverbial clause as a marker would, though parsers label them advmod: "when I asked …".
SUBORDINATING_ADVERBS = frozenset({"when", "whenever", "once"})
NEGATIONS = frozenset({"not", "n't", "never", "nt"})
#: A reason clause ("..., because ...") is part of the claim, not the reporter's elaboration.
CAUSAL_MARKS = frozenset({"because", "cause", "'cause", "\u2019cause", "cuz"})
#: What a reported "you know" or a stance needs after it to report anything.
WH_OR_THAT = frozenset(
    {"that", "what", "how", "where", "why", "when", "who", "whom", "whose", "which", "if", "whether"}
)

#: Punctuation that ends a sentence (or a clause, for ";") as the rules read the surface.
SENTENCE_END = frozenset({".", "!", "?", ";"})
#: Abbreviations whose period the tokenizer splits off ("N.Y." -> "N.Y" "."): short and capitalised.
MAX_ABBREVIATION_CHARS = 3
OPEN_BRACKETS = frozenset("([{")

FINITE_XPOS = frozenset({"VBD", "VBP", "VBZ", "MD"})


def has_to_marker(w: Word) -> bool:
    """ "[to] act": W is an infinitive marked by "to"."""
    return any(c.rel == "mark" and c.lower == "to" for c in w.children)


def is_negated(w: Word) -> bool:
    """ "would not say", "never said": a negation hung on W."""
    return any(c.rel == "advmod" and c.lower in NEGATIONS for c in w.children)


def is_finite(w: Word) -> bool:
    """A finite verb, by its features or its Penn tag."""
    if w.upos not in VERBAL_UPOS:
        return False
    if (w.feats or "_") == "_" and (w.xpos or "_") == "_":
        return True  # a model without morphology: any verb may be finite
    return "VerbForm=Fin" in (w.feats or "") or w.xpos in FINITE_XPOS


def is_plural(w: Word) -> bool:
    """A plural noun, by its features or its Penn tag."""
    return "Number=Plur" in (w.feats or "") or w.xpos in ("NNS", "NNPS")


def first_word(w: Word) -> Word:
    """The first word of W's subtree that is no punctuation (W itself when there is none)."""
    return next((x for x in w.sent.subtree(w) if x.upos != "PUNCT"), w)


def after_comma(w: Word) -> bool:
    """Whether a comma comes right before W in its sentence."""
    return w.id >= 2 and w.sent.words[w.id - 2].text == ","


def before_comma(w: Word) -> bool:
    """Whether a comma comes right after W in its sentence."""
    return w.id < len(w.sent.words) and w.sent.words[w.id].text == ","


def is_finite_clause(v: Word) -> bool:
    """A finite verb, or one with a finite auxiliary ("would increase")."""
    return is_finite(v) or any(c.rel in ("aux", "aux:pass", "cop") and is_finite(c) for c in v.children)


def ends_sentence(w: Word) -> bool:
    """Whether W, a sentence-end mark, ends a sentence on the surface. A period inside the
    tokenizer's sentence that an abbreviation left ("Sen. Chuck Schumer (D-N.Y.) said", "Mitch
    McConnell, R-Ky., said") does not: a bracket, comma or lower-case word follows it, or it
    follows a short capitalised word or one with periods of its own."""
    if w.text not in SENTENCE_END:
        return False
    if w.text != "." or w.id >= len(w.sent.words):
        return True
    nxt, prev = w.sent.words[w.id], w.sent.words[w.id - 2] if w.id >= 2 else None
    if nxt.text in (")", ",", "]") or nxt.text[:1].islower():
        return False
    return not (
        prev is not None
        and ("." in prev.text or (prev.text[:1].isupper() and len(prev.text) <= MAX_ABBREVIATION_CHARS))
    )


#: Words a noun phrase is read from where a sentence was tagged but not parsed.
SURFACE_PHRASE_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PART"})


def surface_noun_phrase(head: Word) -> list[Word]:
    """The run of noun-phrase words that ends at HEAD, read on the surface (for a sentence that
    was tagged but not parsed): "[The senator] laughed", "[Professors Foner and Alba] suggest"."""
    words = head.sent.words
    start = head.id
    while start > 1 and words[start - 2].upos in SURFACE_PHRASE_UPOS:
        start -= 1
    run = words[start - 1 : head.id]
    while run and run[0].upos == "CCONJ":
        run = run[1:]
    return run


def inside_word(punct: Word) -> bool:
    """A hyphen with no space on either side ("Hewlett-Packard", "second-quarter"), not a dash
    between phrases."""
    words = punct.sent.words
    if punct.id < 2 or punct.id >= len(words):
        return False
    return words[punct.id - 2].end == punct.start and punct.end == words[punct.id].start
