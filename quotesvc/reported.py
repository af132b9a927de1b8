"""Reported (indirect) speech: the clause a cue verb reports, read from the parse.

A cue verb's clausal complement (``ccomp``: "said that X"), a clause that a cue verb follows as
``parataxis`` ("…, witnesses said"), what follows a cue's colon, and, when the parse gives the
cue no complement, a clause read from the surface after it. The special constructions
("according to", quotative "like", "feel like", a comma-enclosed attribution) are in
``constructions``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from quotesvc import confidence
from quotesvc.candidates import ArticleIndex, Candidate, Method, content_span, overlaps, quoted_inside, trim_edges
from quotesvc.constructions import (
    according,
    discourse_you_know,
    interviewee,
    labelled_statement,
    quotative_like,
    speaker_label,
    split_around_relative_cue,
    split_by_cue,
)
from quotesvc.cues import (
    HEARSAY_PASSIVE_LEMMAS,
    CueKind,
    cue_category,
    cue_kind,
    cue_lemma,
    frame_phrase,
    in_its_frame,
    is_according,
    passive_with_infinitive,
    phrasal_object,
    takes_as_frame,
)
from quotesvc.document import ParsedText, Sentence, Word
from quotesvc.lexicons import Lexicons
from quotesvc.quotemarks import DASHES, EM_DASH, EN_DASH, HORIZONTAL_BAR, LEFT_DOUBLE, OPENING_MARKS, QUOTE_CHARS
from quotesvc.results import QuoteCategory, QuoteType, Scope
from quotesvc.speakers import (
    Attribution,
    AttributionMethod,
    agent_of,
    bare_relative_subject,
    clause_subject_after_cue,
    find_attribution,
    nominal_before_cue,
    noun_issuer,
    parenthetical_subject,
    reduced_relative_subject,
)
from quotesvc.ud import (
    CAUSAL_MARKS,
    CLAUSE_START_UPOS,
    CONTRAST_MARKS,
    LOOSE_CLAUSE_RELS,
    NOMINAL_UPOS,
    OPEN_BRACKETS,
    PERSONAL_SUBJECTS,
    RELATIVE_PRONOUNS,
    SENTENCE_END,
    SUBJECT_RELS,
    SUBORDINATING_ADVERBS,
    TRAILING_RELATIVE_OPENERS,
    VERBAL_UPOS,
    WH_OR_THAT,
    after_comma,
    before_comma,
    first_word,
    has_to_marker,
    inside_word,
    is_finite,
    is_finite_clause,
    is_negated,
    is_plural,
)

#: A cue's dependents that place or time the saying, not what was said.
FRAME_RELS = frozenset({"obl", "advcl", "advmod"})
#: How far after the cue a colon may close its frame ("said in a statement: …").
MAX_COLON_DISTANCE = 6
#: Fewer words after the colon are a label, not a statement.
MIN_COLON_CONTENT_WORDS = 3
#: A surface-read clause has at least this many words.
MIN_SURFACE_CLAUSE_WORDS = 4
#: "said on Friday that …": how far a complementizer may stand from the cue.
MAX_THAT_DISTANCE = 8
#: Verbs of asking: "asked [for a recount]" is a request, a speech act on what is asked for.
QUESTION_CUES = frozenset({"ask"})
#: Objects of a verb of saying that stand for what was said: "said the same", "said yes".
PRO_FORM_OBJECTS = frozenset({"same", "yes", "no", "nothing", "it", "that", "little", "much"})
#: Adverbial clauses after the reported predicate that stay in the content, set off by a comma or
#: not: a reason or a concession is part of the claim ("…, although eligibility is still narrow").
KEPT_ADVERBIAL_MARKS = CAUSAL_MARKS | {"although", "though"}
#: Open an adverbial clause that elaborates on a claim rather than making part of it.
ELABORATION_OPENERS = frozenset({"like", "especially", "particularly", "even"})
#: A cognition cue's content must be longer than a pronoun or two ("I think so").
MIN_COGNITION_WORDS = 3
_SPLIT_START = CLAUSE_START_UPOS | {"ADP", "ADV"}  # "estimated [by 2050, ...] would increase"
#: The cue's arguments that make up the content of a speech act, a belief or a piece of evidence
#: ("urged [Congress to act]", "wants [to win]", "showed [a lead for Clinton]").
ARGUMENT_RELS = frozenset({"obj", "iobj", "xcomp", "ccomp", "obl", "advcl"})
#: Prepositions that make an oblique an argument of such a cue ("accused X [of fraud]", "called
#: [on Congress]", "described X [as a liar]") rather than a circumstance ("in Iowa", "on Monday").
ARGUMENT_CASES = frozenset({"of", "for", "on", "as", "about", "against", "to", "with", "over"})
#: Prepositions of a phrase after the object of a cue whose arguments are its content (a speech
#: act's, a stance's) that PolNeAR's annotators keep with the object ("endorsed Sanders [in the
#: primary]", "mentioned Trump [by name]", "expressed dismay [at the thought of …]"), unless its
#: noun is an occasion (``_object_phrase``).
OBJECT_PHRASE_CASES = frozenset({"in", "at", "by", "into", "across", "among", "toward", "towards", "despite"})
#: Verbs of seeming: "X seemed/appeared to …" says how X looks to the writer; nobody is cited, so
#: with scope "attributions" the content is X and what seems of X (``_raising``), never the arguments.
_RAISING_CUES = frozenset({"appear", "seem"})
#: Aspectual uses of cue verbs: "continued to needle his critics", "went on to win".
_ASPECTUAL_CUES = frozenset({"continue", "go"})
#: Verbs of saying whose nominal object is seldom said: "wrote a book", "maintained a lead",
#: "added a job title", "claimed victory", "echoed Obama" (the one echoed).
_THING_OBJECT_CUES = frozenset({"write", "maintain", "add", "claim", "echo"})
#: Passive verbs of expecting: "X is expected to win" says what is expected of X; nobody is cited.
_EXPECTATION_CUES = frozenset({"expect"})
#: Verbs of attitude toward a prospect: their object is what is expected, feared or doubted
#: ("officials are expecting [a record turnout]", "feared [the re-emergence of a German
#: colossus]"), not a thing seen as a verb of knowing's is. On PolNeAR train 12 of 13 such
#: objects are attributions; "hope" (2 of 4), "understand" (6 of 12) were left out.
_PROSPECT_CUES = frozenset({"expect", "fear", "doubt"})
#: Verbs of judging that, passive, attribute a judgement to no one named ("[the walk-off] is
#: considered [one of the largest]", "[Sanders] is seen [as empowering voters]").
_JUDGEMENT_CUES = frozenset({"consider", "see", "view", "regard"})
#: Verbs of thought whose passive with an infinitive is a belief cited to no one: "[online
#: betting] was once thought [to be a cash machine]" (verbs of saying: cues.HEARSAY_PASSIVE_LEMMAS).
_BELIEF_PASSIVE_CUES = frozenset({"believe", "think", "know"})


def _complement(cue: Word, lex: Lexicons) -> Word | None:
    """The cue's clausal complement: after it ("said that X"), or before it with the cue
    closing the sentence ("X, witnesses said", when the parser makes X a ccomp)."""
    # "…, said Steve Grubbs, an operative [currently working for Paul]" with the participle of the
    # inverted speaker's description hung on the cue: no complement
    lent = clause_subject_after_cue(cue)
    inverted = next((c for c in cue.children if c.rel == "nsubj" and c.id > cue.id and c is not lent), None)
    if inverted is not None and any(c.rel == "nsubj" and c.id < cue.id for c in cue.children):
        # "DeMoro, …, also said [her group] planned to …": with a subject before the cue, one after
        # it is the clause's, hung too high, not an inverted speaker
        inverted = None
    after = [
        c
        for c in cue.children
        if c.rel == "ccomp"
        and c.id > cue.id
        # "told Annette Guessford, [who answered her door]": a relative clause on the addressee
        and not _relative_after_comma(c)
        and not (
            inverted is not None
            and c.id > inverted.id
            and c.xpos in ("VBG", "VBN")
            and not any(g.rel in SUBJECT_RELS or g.rel == "mark" for g in c.children)
            # "Institutional recipients, said Mauer, [are required] to …": after a comma it
            # goes on with the interrupted clause
            and cue.sent.words[cue.sent.subtree(c)[0].id - 2].text != ","
        )
    ]
    if after and any(c.rel == "ccomp" and c.id < cue.id for c in cue.children):
        # With a clause before the cue too, the one after is no complement when it is a title
        # ('[Castro's revolution dampened plans], Mr. Rubio said in his book, “An American Son.”')
        # or another speech cue's ('[Trump's “excesses” are sickening], Hollande said Tuesday,
        # noting the nominee “[makes] you want to retch”'): the clause before is.
        between = cue.sent.words[cue.id : after[0].id - 1]
        if _bare_nominal(after[0]) or any(
            w.xpos == "VBG" and cue_kind(w, lex) in (CueKind.SPEECH, CueKind.RELAY) for w in between
        ):
            after = []
    if (
        after
        and inverted is not None
        and after[0].id > inverted.id
        and _follows_its_report(cue)
        and _describes_the_speaker(after[0])
    ):
        # '“…,” said Black, [who has been friends with Manafort]', '…, said Sherman, [a grad whose
        # aggressiveness …]': after the reported words and the speaker comes the speaker's description
        return None
    if after and _speakers_own_action(cue, after[0]):
        return None  # "Sales were great, he said, [wiping sweat off his face]"
    if after and cue.lemma_lower in lex.addressee_verbs and _that_after_addressee(cue, after[0]):
        return None  # the surface reads the clause from "that" on: see _surface_clause
    if after:
        return after[0]
    noun = phrasal_object(cue, lex)
    if noun is not None and noun.upos == "NOUN":
        # "expressed concern [that Clinton may become president]": the clause on the stance noun
        clause = next(
            (c for c in noun.children if c.rel in ("acl", "ccomp") and any(_is_that_mark(g) for g in c.children)), None
        )
        if clause is not None:
            return clause
    # "announced on Friday that it is time ...": a "that" clause the parser attached otherwise.
    for c in cue.children:
        if (
            c.id > cue.id
            and c.rel in ("advcl", "xcomp", "dep", "parataxis", "obj", "obl", "conj")
            and any(_is_that_mark(g) and g.id < c.id for g in c.children)
        ):
            return c
    before = [c for c in cue.children if c.rel == "ccomp" and c.id < cue.id]
    subj = [c for c in cue.children if c.rel == "nsubj"]
    if (
        before
        and subj
        and subj[-1].id > before[-1].id
        and not _inside_subjects_aside(before[-1], subj)
        and not _another_cues_that_clause(before[-1], lex)
    ):
        return before[-1]
    return _clause_hung_on_host(cue) or _that_clause_taken_for_relative(cue)


def _another_cues_that_clause(comp: Word, lex: Lexicons) -> bool:
    """ "When the moderator pointed out [that Trump hadn't answered], the candidate said …" with the
    clause hung on "said": a "that" clause right after another cue (its particle aside) is that
    cue's."""
    first = comp.sent.subtree(comp)[0]
    if first.lower != "that" or first.rel != "mark" or first.id < 2:
        return False
    words = comp.sent.words
    before = words[first.id - 2]
    if before.deprel == "compound:prt" and before.id > 1:
        before = words[before.id - 2]
    return cue_kind(before, lex) is not None


def _inside_subjects_aside(comp: Word, subjects: list[Word]) -> bool:
    """ "Mike Shields, president of the Fund, [a super PAC allied with House leadership], said …":
    a clause before the cue that a comma sets off from a subject before it is that subject's
    description, not what was said (unlike "[Trump's grasp] [are worrying], Cuban said")."""
    words = comp.sent.words
    first = comp.sent.subtree(comp)[0].id
    for s in subjects:
        if s.id < first:
            last = max(w.id for w in comp.sent.subtree(s) if w.id < first)
            if any(w.text == "," for w in words[last - 1 : first - 1]):
                return True
    return False


#: How many nouns down from the cue a "that" clause taken for a relative one is looked for.
MAX_RELATIVE_DEPTH = 3


def _bare_nominal(word: Word) -> bool:
    """A noun or name with no subject, copula or verb of its own: a phrase, not a clause."""
    return word.upos in NOMINAL_UPOS and not any(c.rel in SUBJECT_RELS or c.rel == "cop" for c in word.children)


def _that_fills_no_gap(clause: Word) -> bool:
    """Whether CLAUSE, parsed as a relative clause, opens with a "that" that the parse made its
    marker, or while its verb already has the subject or object the "that" was taken for: a "that"
    clause, not a relative one."""
    that = next((g for g in clause.children if g.lower == "that" and g.id < clause.id), None)
    if that is None or first_word(clause) is not that:
        return False
    if that.rel == "mark":
        # 'wrote in a court file [that such a request was “futile”]': a relative "that" is no
        # marker, but a parser marks one ("a way [that readers could understand]") too; a predicate
        # with its subject and its object or copula has no gap for it
        return any(g.rel in SUBJECT_RELS for g in clause.children) and any(
            g.rel in ("obj", "cop") for g in clause.children
        )
    return that.rel in ("nsubj", "obj") and any(g is not that and g.rel == that.rel for g in clause.children)


def _that_clause_taken_for_relative(cue: Word) -> Word | None:
    """ "said in one of a series of Twitter messages [that the truck was carrying arms]" parsed as a
    relative clause on "messages": a "that" clause whose verb already has both its subject and
    its object cannot be relative ("that" fills no gap), so it is the complement of the cue the
    noun phrase hangs on (by obl and nmod, MAX_RELATIVE_DEPTH nouns at most)."""
    frontier = [c for c in cue.children if c.rel == "obl" and c.id > cue.id]
    for _ in range(MAX_RELATIVE_DEPTH):
        nxt = []
        for noun in frontier:
            for c in noun.children:
                if c.deprel == "acl:relcl":
                    if _that_fills_no_gap(c):
                        return c
                elif c.rel == "nmod":
                    nxt.append(c)
        frontier = nxt
    return None


def _relative_after_comma(clause: Word) -> bool:
    """CLAUSE opens with "who" or "which" as its subject right after a comma: a relative clause on
    the noun before it, whatever the parser made of it."""
    first = first_word(clause)
    return first.lower in ("who", "which") and first.rel == "nsubj" and first.head == clause.id and after_comma(first)


def _closing_frame(word: Word, lex: Lexicons) -> bool:
    """WORD opens ", the Sun-Times reported." at a sentence's end: after a comma, a short subject
    and a speech cue that ends the sentence."""
    words = word.sent.words
    if not after_comma(word):
        return False
    for w in words[word.id - 1 : word.id + 5]:
        if cue_kind(w, lex) is CueKind.SPEECH:
            after = words[w.id :]
            return any(c.rel == "nsubj" and c.id < w.id for c in w.children) and all(
                x.upos == "PUNCT" or x.lemma_lower in lex.time_words for x in after
            )
        if w.upos in VERBAL_UPOS or w.text == ",":
            return False
    return False


def _describes_the_speaker(clause: Word) -> bool:
    """A relative clause ("who has been friends with …", "whose home state is …") or a noun phrase
    ("a grad whose …") that the parser hung on the cue after its inverted subject."""
    # every subject: the parser may give the clause the described noun as a second one ('[a grad]
    # [whose aggressiveness] has driven …')
    if any(
        c.rel in SUBJECT_RELS and (c.lower in ("who", "which") or any(g.lower == "whose" for g in c.children))
        for c in clause.children
    ):
        return True
    return clause.upos in ("NOUN", "PROPN") and first_word(clause).upos == "DET"


def _follows_its_report(cue: Word) -> bool:
    """The cue comes right after a comma or a closing quotation mark: what it reports stands before it."""
    if cue.id < 2:
        return False
    before = cue.sent.words[cue.id - 2]
    return before.text == "," or (before.upos == "PUNCT" and before.text in QUOTE_CHARS)


def _opens_with_personal_subject(clause: Word) -> bool:
    """ "told the Post [he's not planning an appeal]" parsed as a relative clause on "Post": a
    clause whose first word is a personal pronoun, its subject, is what was told."""
    first = clause.sent.subtree(clause)[0]
    return first.lower in PERSONAL_SUBJECTS and first.rel == "nsubj" and first.head == clause.id


def _speakers_own_action(cue: Word, comp: Word) -> bool:
    """A participle with no subject or complementizer, set off by a comma after a cue that closes
    a clause before it ("Sales were great, he said, [wiping sweat off his face]"): what the
    speaker did while speaking, not what was said."""
    return (
        comp.xpos == "VBG"
        and cue.rel in ("parataxis", "conj")
        and cue.head is not None
        and cue.head < cue.id
        and after_comma(comp)
        and first_word(comp) is comp
        and not any(c.rel in SUBJECT_RELS or c.rel == "mark" for c in comp.children)
    )


def _that_after_addressee(cue: Word, comp: Word) -> bool:
    """ "told FBI agents [that he trawled …], looking for …", "told the Times [that Carter believes
    his use … was a mistake]": a "that" right after the cue's addressee, before the complement the
    parser found, opens the reported clause, which the parser hung on the addressee as a relative
    clause (and made a later piece of it the complement)."""
    addressee = next((c for c in cue.children if c.rel in ("obj", "iobj") and cue.id < c.id < comp.id), None)
    if addressee is None or addressee.upos not in ("NOUN", "PROPN", "PRON"):
        return False
    words = cue.sent.words
    after = words[addressee.id] if addressee.id < len(words) else None
    return after is not None and after.lower == "that" and after.id < comp.id and after.head_word is not comp


def _clause_hung_on_host(cue: Word) -> Word | None:
    """ "followed Trump's lead, saying [Clinton's history is a legitimate criticism]", "praised Trump,
    stating [there was a benefit …]": the clause right after a participle cue set off by a comma,
    which the parser hung on the verb the participle hangs on."""
    host = cue.head_word
    sent = cue.sent
    if host is not None and host.id > cue.id:
        return _clause_lent_to_host(cue, host)
    if (
        host is None
        or cue.xpos != "VBG"
        or cue.rel != "advcl"
        or host.id > cue.id
        or cue.id < 2
        or sent.words[cue.id - 2].text != ","
        or any(c.rel in ("obj", "ccomp", "xcomp") or c.rel in SUBJECT_RELS for c in cue.children)
    ):
        return None
    return next(
        (
            c
            for c in host.children
            if c.rel in ("ccomp", "conj", "parataxis")
            and c.id > cue.id
            and sent.subtree(c)[0].id == cue.id + 1
            and any(g.rel in SUBJECT_RELS for g in c.children)
        ),
        None,
    )


def _clause_lent_to_host(cue: Word, host: Word) -> Word | None:
    """ "While Comey said [there was clear evidence …], he said there's no precedent": the clause
    right after a cue in an opening adverbial clause, which the parser gave to the main verb as a
    second complement. It is the cue's when the cue has its subject and nothing else it reports."""
    sent = cue.sent
    if (
        cue.rel != "advcl"
        or not any(c.rel in SUBJECT_RELS for c in cue.children)
        or any(c.rel in ("obj", "ccomp", "xcomp") for c in cue.children)
    ):
        return None
    for c in host.children:
        # "while the RNC says [they are well on their way …], they are not …": or an adverbial
        # clause of the host's with a subject and no subordinator of its own
        lent_adverbial = c.rel == "advcl" and not any(g.rel == "mark" for g in c.children)
        if (c.rel != "ccomp" and not lent_adverbial) or c.id > host.id:
            continue
        clause = sent.subtree(c)
        # "Although Reynolds says that [Santilli] broke the story": the clause's subject hung on the cue
        lent_subject = any(g.rel == "nsubj" and cue.id < g.id < c.id for g in cue.children)
        if clause[0].id == cue.id + 1 and (lent_subject or any(g.rel in SUBJECT_RELS for g in c.children)):
            return c
    return None


def _trailing_conj(cue: Word) -> bool:
    """ "Cruz lacks support in Congress, [said Larry Sabato]": a cue the parser coordinated with
    the clause before it, though no conjunction joins them, a comma sets it off, and it ends the
    sentence with its subject beside it."""
    sent = cue.sent
    if cue.rel != "conj" or any(c.rel == "cc" for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.rel == "nsubj"), None)
    # a common noun before the cue speaks only with an addressee after it ("…, a school spokesman
    # told [the Journal]"): "…, And seek abroad, [the love] denied at home" is a verse, not an attribution
    told = any(c.rel in ("iobj", "obj") and c.id > cue.id for c in cue.children)
    if subj is None or (subj.id < cue.id and subj.upos not in ("PROPN", "PRON") and not (subj.upos == "NOUN" and told)):
        return False
    # the subject's first word, not a comma the parser hung inside its phrase
    first = min(cue.id, first_word(subj).id)
    if first < 2 or sent.words[first - 2].text != ",":
        return False
    last = sent.subtree(cue)[-1].id
    return all(w.upos == "PUNCT" for w in sent.words[last:])


#: The words a trailing attribution's speaker is made of: "[teachers and union officials] told
#: POLITICO", "[the company's two lawyers] said".
_SPEAKER_PHRASE_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "CCONJ", "PART"})
MAX_TRAILING_SPEAKER_WORDS = 8
MAX_AFTER_TRAILING_CUE_WORDS = 6


def _trailing_after_comma(cue: Word) -> tuple[list[Word], Word] | None:
    """(the clause, the speaker) for "CLAUSE, NOUN PHRASE said (to X | on Monday)." when the parse
    folded the speaker into the clause ("… the teachers unions, [teachers and union officials] told
    POLITICO", parsed as a conjunct of "unions"): read off the surface, the sentence up to the
    comma is what the noun phrase between the comma and the cue reported."""
    words = cue.sent.words
    after = [w for w in words[cue.id :] if w.upos != "PUNCT"]
    if not is_finite_clause(cue) and (after or cue.xpos != "VBN" or any(c.rel.startswith("aux") for c in cue.children)):
        return None  # "…, And seek abroad, the love [denied] at home": a participle modifies its noun
    if len(after) > MAX_AFTER_TRAILING_CUE_WORDS or any(w.upos in VERBAL_UPOS for w in after):
        return None
    if any(w.text in (",", ";", ":") for w in words[cue.id :]):
        return None
    phrase: list[Word] = []
    for w in reversed(words[: cue.id - 1]):
        if w.text == ",":
            break
        if w.upos not in _SPEAKER_PHRASE_UPOS or len(phrase) == MAX_TRAILING_SPEAKER_WORDS:
            return None
        phrase.insert(0, w)
    else:
        return None
    if not phrase or phrase[0].upos == "CCONJ" or any(w.lower in RELATIVE_PRONOUNS for w in phrase):
        return None  # "…, [which he] described as …", "…, [who] added to her lead": a relative clause
    if any(c.rel == "obj" and any(g.lower in ("a", "an") for g in c.children) for c in cue.children):
        return None  # "their smiles said [a lot]", "told [a joke]": no report
    if cue.rel == "conj" and any(c.rel == "nsubj" and c.upos == "NOUN" and c in phrase for c in cue.children):
        return None  # a noun the parse made the subject of a coordinated verb: see _trailing_conj
    # the head of a coordination is its first conjunct: "[security sources] and tribal leaders"
    first_conjunct = list(itertools.takewhile(lambda w: w.upos != "CCONJ", phrase))
    nominal = [w for w in first_conjunct if w.upos in ("NOUN", "PROPN", "PRON")]
    if not nominal:
        return None
    clause = words[: phrase[0].id - 2]
    if len(clause) < MIN_SURFACE_CLAUSE_WORDS or not any(w.upos in VERBAL_UPOS for w in clause):
        return None
    return clause, nominal[-1]


#: (cue's tense, a coordinated predicate's tense) that mark the predicate as the reported
#: clause's own: "said [A] and does not …", "said [A] and will …", "argue [A] and could lead …".
_SHIFTED_TENSES = frozenset({("past", "present"), ("past", "modal"), ("present", "modal")})


def _cannot_share_subject(cue: Word, verb: Word) -> bool:
    """A predicate hung on the cue that cannot be the speaker's next act, by its form: a bare verb
    after a finite cue ("noted that they are willing to negotiate, but never [compromise]"), or a
    modal or present one after a participle ("saying they are part of the system and therefore
    [won't do] anything")."""
    own_aux = any(c.rel in ("aux", "aux:pass", "cop") for c in verb.children)
    if verb.xpos == "VB" and not own_aux and cue.xpos in ("VBD", "VBZ", "VBP"):
        return True
    return cue.xpos == "VBG" and _tense(verb) in ("modal", "present")


def _tense(verb: Word) -> str | None:
    """ "past", "present" or "modal" by the verb's own Penn tag or its auxiliary's, else None."""
    tags = [verb.xpos] + [c.xpos for c in verb.children if c.rel in ("aux", "aux:pass", "cop")]
    if "MD" in tags:
        return "modal"
    if any(t in ("VBZ", "VBP") for t in tags):
        return "present"
    if "VBD" in tags:
        return "past"
    return None


def _rest_after_parenthetical(cue_ids: set[int], head: Word) -> list[Word]:
    """The words of HEAD's sentence after a cue set off by commas inside it: "He may not electrify
    a room, they say, [but he is still an effective advocate]", "It's an investment, they say,
    [that would be recouped]". The parser hangs the cue on the clause as a parenthetical; the
    clause goes on after it. Nothing when the cue is not set off on both sides, when a quotation
    follows (it has a report of its own), or when a participle does (", adding …": the
    speaker's next act). CUE_IDS: the ids of the cue's words."""
    sent = head.sent
    first = min(i for i in cue_ids if sent.words[i - 1].upos != "PUNCT")
    end = max(cue_ids)
    if end >= len(sent.words) or sent.words[end].text != "," or not after_comma(sent.words[first - 1]):
        return []
    after = [x for x in sent.subtree(head) if x.id > end + 1 and x.id not in cue_ids]
    lead = next((x for x in after if x.upos not in ("PUNCT", "CCONJ")), None)
    if lead is None or lead.xpos == "VBG":
        return []
    if any(_is_quote_mark(x) for x in after):
        return []
    return after


def _is_quote_mark(w: Word) -> bool:
    """Whether W is a quotation mark, single or doubled (some archives type ’’ as two)."""
    return w.upos == "PUNCT" and any(ch in QUOTE_CHARS for ch in w.text)


def _relative_gap_clause(cue: Word) -> list[Word] | None:
    """ "a decision they say [allowed terrorist activity to multiply]", "a race that it says [will
    reward Rubio]": a cue in a relative clause whose reported clause lacks its subject (the noun
    the relative clause modifies). The words from the verb right after the cue to the next comma,
    dash or the sentence end."""
    sent = cue.sent
    if cue.deprel != "acl:relcl" or not any(c.rel == "nsubj" and c.id < cue.id for c in cue.children):
        return None
    if any(c.rel == "obl" and c.lower in RELATIVE_PRONOUNS for c in cue.children):
        return None  # "the case [on which] the Court has ruled was …": the noun is the cue's topic
    words = [w for w in sent.words[cue.id :] if w.upos != "ADV"]
    if not words or words[0].upos not in VERBAL_UPOS or words[0].xpos in ("VBG", "TO"):
        return None
    out = []
    for w in sent.words[cue.id :]:
        if w.text in (",", ";", ":", "--") or (w.text in DASHES and not inside_word(w)) or w.text in SENTENCE_END:
            break
        out.append(w)
    return out if len(out) >= 2 else None


#: The relative words that can be a cue's object and so what the act is about ("that" seldom is
#: in PolNeAR, "what" opens a clause of its own).
_RELATIVE_OBJECTS = frozenset({"which", "whom", "who"})


def _relative_object(cue: Word) -> Word | None:
    """ "Florida, [which] he describes as his second home", "the preacher [whom] Erdogan accuses
    of plotting": the relative word that a cue in a relative clause has for its object, which
    stands for what the act is about. Not before an infinitive, whose verb the word is the object
    of however parsed ("the donors, whom he promised [to repay]")."""
    if cue.deprel != "acl:relcl" or any(c.rel == "xcomp" and c.id > cue.id for c in cue.children):
        return None
    return next((c for c in cue.children if c.deprel == "obj" and c.id < cue.id and c.lower in _RELATIVE_OBJECTS), None)


def _subjects_hung_on_cue(cue: Word, comp: Word) -> list[Word]:
    """ "[Trump's grasp of policy] [are worrying], Cuban said": the complement's own subject that
    the parser made a second subject of the cue, before the complement."""
    return [w for c in cue.children if c.rel == "nsubj" and c.id < comp.id for w in cue.sent.subtree(c)]


def _fronted_subject(cue: Word, comp: Word) -> tuple[list[Word], Word] | None:
    """ "[Trump], Sexton said, [has created …]", "[The solution], the partner told them, [was
    simple]": the reported clause's subject opens the sentence, set off by a comma from an
    attribution that is set off by another before the rest of the clause, which has no subject of
    its own. Parsers take the first noun phrase for the cue's subject (or hang the speaker on it);
    the speaker is the noun phrase right before the cue. The subject's words and the speaker's
    head, or None."""
    sent = cue.sent
    if comp.id < cue.id or any(c.rel in SUBJECT_RELS or c.rel == "expl" for c in comp.children):
        return None
    words = sent.words
    comma_after = next(w for w in sent.subtree(comp) if w.upos != "PUNCT").id - 1  # the comma closing the attribution
    if comma_after < 1 or words[comma_after - 1].text != ",":
        return None
    if any(w.upos in VERBAL_UPOS or w.text in (",", ";", ":") for w in words[cue.id : comma_after - 1]):
        return None  # only the cue's addressee or circumstance between it and the comma
    before = words[: cue.id - 1]
    commas = [w for w in before if w.text == ","]
    if len(commas) != 1:
        return None
    subject, speaker_words = before[: commas[0].id - 1], before[commas[0].id :]
    if not subject or not speaker_words:
        return None
    if any(w.upos in VERBAL_UPOS or w.upos in ("ADP", "SCONJ", "PUNCT") for w in subject + speaker_words):
        return None  # two noun phrases: not "On Monday, Lee said", "If anything, Ash argued"
    if not any(w.upos in NOMINAL_UPOS for w in subject):
        return None
    own = {w.id for w in speaker_words}
    heads = [w for w in speaker_words if w.head not in own and w.upos in NOMINAL_UPOS]
    if len(heads) != 1:
        return None
    return subject, heads[0]


def _speaker_hung_on_complement(cue: Word, comp: Word) -> Word | None:
    """ "[A majority of voters] say the state is on the wrong track" parsed with "majority" the
    subject of "track": a subject of the complement that ends right before a cue with no subject
    of its own is the cue's subject, the speaker. (With a comma between, "Institutional
    recipients, said Mauer, are required …", it is the clause's own.)"""
    if comp.id < cue.id or any(c.rel.startswith("nsubj") for c in cue.children):
        return None
    subj = next((c for c in comp.children if c.rel == "nsubj" and c.id < cue.id), None)
    if subj is None or subj.upos not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    if cue.sent.subtree(subj)[-1].id != cue.id - 1:
        return None
    return subj


#: The words of a noun phrase that opens a sentence as its subject ("Mr. Lee", "The state's
#: two senators"): a speaker's phrase without a coordination.
_SUBJECT_PHRASE_UPOS = _SPEAKER_PHRASE_UPOS - {"CCONJ"}


def _subject_before_aside(before: list[Word], lex: Lexicons) -> Word | None:
    """The head of the noun phrase that opens the sentence when an aside set off by commas
    separates it from the cue: "[Mr. Lee], whose finish was seen as a disappointment, said …" with
    "Lee" parsed into the aside; or by dashes, after an opening phrase: "Reached by phone, [Joyce]
    — who is listed as an attorney — told …". BEFORE: the words before the cue, which end with the
    aside's closing comma or dash. The phrase is nominal words only, and the aside holds no cue
    of its own."""
    if len(before) < 4:
        return None
    closing = before[-1].text
    if closing == ",":
        first_comma = next(i for i, w in enumerate(before) if w.text == ",")
        phrase, aside = before[:first_comma], before[first_comma + 1 : -1]
    elif closing in _ASIDE_DASHES or _spaced_hyphen(before[-1]):
        opening = [i for i, w in enumerate(before[:-1]) if w.text == closing]
        if not opening:
            return None
        after_comma_at = max((i + 1 for i, w in enumerate(before[: opening[-1]]) if w.text == ","), default=0)
        phrase, aside = before[after_comma_at : opening[-1]], before[opening[-1] + 1 : -1]
    else:
        return None
    if not phrase or not aside or any(w.upos not in _SUBJECT_PHRASE_UPOS and w.text not in (".", "-") for w in phrase):
        return None
    if any(cue_kind(w, lex) in (CueKind.SPEECH, CueKind.RELAY) for w in aside):
        return None  # "Lee, [who told me] …, said": the aside has a report of its own
    nominal = [w for w in phrase if w.upos in ("NOUN", "PROPN")]
    if not nominal or phrase[0].upos == "PRON":
        return None
    return nominal[-1]


def _colon_content(cue: Word) -> list[Word] | None:
    """ "X said in a statement: the plan ..." - the words after a colon close behind the cue."""
    words = cue.sent.words
    for w in words[cue.id : cue.id + MAX_COLON_DISTANCE]:
        if w.text == ":":
            rest = words[w.id :]
            return rest if len(rest) >= MIN_COLON_CONTENT_WORDS else None
        if w.text in SENTENCE_END:
            return None
    return None


def _clause_words(cue: Word, comp: Word, sent: Sentence, lex: Lexicons) -> list[Word]:
    """The reported clause after a cue: the complement's subtree, stretched to the end of the
    sentence because parsers often hang its later conjuncts elsewhere ("said [fishermen noticed
    them] and [a warship was deployed]"). Stops before a coordinated cue of the speaker ("said X,
    but echoed Obama"), another cue, or a semicolon."""
    words = sent.words
    sub = sent.subtree(comp)
    # The stretch stays inside the cue's own clause: a cue nested in another's content ("said she
    # felt X and her hashtag created Y") or in a relative clause does not take its host's conjuncts.
    in_cue = {x.id for x in sent.subtree(cue)}
    # The cue's own circumstances after the clause ("said X [on Twitter] [before claiming Y]") are
    # the frame's, not the speaker's: the stretch stops there.
    # So is a cue of its own hung on it ("said [he would stay], adding that …").
    in_cue -= {
        x.id
        for c in cue.children
        if c.id > sub[-1].id and (c.rel in FRAME_RELS or (c.xpos == "VBG" and cue_kind(c, lex) is not None))
        for x in sent.subtree(c)
    }
    start, end = sub[0].id, sub[-1].id
    while end < len(words) and (words[end].id in in_cue or words[end].upos == "PUNCT"):
        if _relative_after_comma_at(words, end):
            break  # "…[, which in theory would have …]" hung on the cue: the writer's aside
        end += 1
    # "said [the withdrawal] ... was intended": the clause's subject hung on the cue as its object,
    # or as a second subject ("Memon said [the amount of feedback] had helped").
    stance = phrasal_object(cue, lex)  # "expressed [doubts] that …": the verb's own noun
    for c in cue.children:
        if (
            cue.id < c.id < start
            and c is not stance
            and (
                (c.rel == "obj" and cue.lemma_lower not in lex.addressee_verbs)
                or (c.rel == "nsubj" and any(s.rel == "nsubj" and s.id < cue.id for s in cue.children))
            )
        ):
            start = min(start, sent.subtree(c)[0].id)
    pronoun = clause_subject_after_cue(cue)
    if pronoun is not None and pronoun.id < start:
        start = pronoun.id
    start = min(start, _opening_phrase_start(cue, comp, sent))
    if parenthetical_subject(cue) is not None:
        # "Institutional recipients, said Mauer, are required …": the subject before the
        # interrupting cue belongs to the clause (the attribution is cut out of it below).
        pre = next((c for c in cue.children if c.rel == "nsubj" and c.id < cue.id), None)
        if pre is not None:
            start = min(start, sent.subtree(pre)[0].id)
    for c in cue.children:
        if c.id > comp.id and (c.rel == "conj" or c.rel == "parataxis"):
            # A nominal is no predicate of the speaker's: "adds that Bush is “a child” and [“not a
            # smart man”]" with the second conjunct hung on the cue.
            nominal = c.upos in NOMINAL_UPOS and c.rel == "conj" and c.id > comp.id
            # "said [the meeting was for personal reasons] and [does not constitute an
            # endorsement]": a present or future predicate after a past cue is the clause's
            shifted = ((_tense(cue), _tense(c)) in _SHIFTED_TENSES or _cannot_share_subject(cue, c)) and cue_kind(
                c, lex
            ) is None
            # A predicate the parser hung on the cue is the clause's ("said [she was tired of the
            # status quo] and [wanted a new candidate]", "said she wanted change[, but found Mr.
            # Trump too objectionable]") unless it is a cue itself, of any attribution ("and
            # [criticized] him for …"): the speaker's next act.
            # "says he contacted Ali's wife and [the family planned] to bring Ali": a belief or
            # intention with a subject of its own, no pronoun, is more of the clause, not the
            # speaker's next act (a speech verb with its own subject starts the next report below)
            others = c.rel == "conj" and any(g.rel == "nsubj" and g.upos in ("NOUN", "PROPN") for g in c.children)
            next_act = cue_kind(c, lex, Scope.ATTRIBUTIONS) is not None and not (others and cue_kind(c, lex) is None)
            # "said she appreciated it and [that she wanted] to move on": a conjunct marked by
            # "that" is a second clause of the same report, whatever its verb
            second_report = c.rel == "conj" and any(g.rel == "mark" and g.lower == "that" for g in c.children)
            if next_act and not nominal and not shifted and not second_report:
                end = min(end, sent.subtree(c)[0].id - 1)
    # An adverbial clause set off by a comma after the reported predicate is part of the claim
    # ("that one galvanizing moment came recently[, when he took aim at …]"), unless a focusing
    # word opens it as an elaboration ("it'll do fine with a cast[, especially since it's a
    # fracture]", "I wonder if I could get this used[, like it's usually right next to it]"), or it
    # is a report of its own ("…, though [Mrs. Fiorina said] she doubted it").
    cut = len(words)
    for c in comp.children:
        if c.rel == "advcl" and c.id > comp.id:
            sub_c = sent.subtree(c)
            first = next((w for w in sub_c if w.upos != "PUNCT"), sub_c[0])
            causal = any(g.rel == "mark" and g.lower in KEPT_ADVERBIAL_MARKS for g in c.children)
            reports = cue_kind(c, lex) is not None and any(g.rel == "nsubj" for g in c.children)
            set_off = first.id > comp.id + 1 and words[first.id - 2].text == ","
            if set_off and ((first.lower in ELABORATION_OPENERS and not causal) or reports):
                cut = min(cut, first.id - 2)
    for w in words[sub[-1].id : end]:
        if w.text == ";":
            end = min(end, w.id - 1)
            break
        subject = next((g for g in w.children if g.rel == "nsubj"), None)
        if (
            w.id > sub[-1].id
            and subject is not None
            and cue_kind(w, lex) in (CueKind.SPEECH, CueKind.RELAY)
            # "certain [Rubio] will continue [to be] …": with an infinitive it is no speech verb
            and not any(c.rel == "xcomp" and any(g.lower == "to" for g in c.children) for c in w.children)
        ):
            # "…, and [Brian Deese, the adviser,] said …": the next report starts at its speaker.
            end = min(end, w.id - 1, sent.subtree(subject)[0].id - 1)
            break
    # "… there should be around 45 particles[, but] this number is very uncertain": a clause with
    # a subject of its own, set off by a comma and a conjunction, is the reporter's next statement
    # (or the speaker's next one, attributed separately), not more of this one. A second "that"
    # clause ("said that A, and that B") is still the same report.
    last = min(max(end, sub[-1].id), cut)
    for w in words[comp.id : last]:
        h = w.head_word
        if (
            w.rel == "cc"
            and h is not None
            and h.id > w.id
            and w.id >= 2
            and words[w.id - 2].text == ","
            and any(g.rel == "nsubj" for g in h.children)
            and not any(g.rel == "mark" for g in h.children)
        ):
            last = min(last, w.id - 2)
            break
    last = _before_next_act(sub, cue, comp, last, lex)
    last = _before_quoting_participle(words, comp, last, lex)
    # a statement goes on into a participle after it ("says it raised $21 million in January[,
    # bringing its total to …]"); a belief or an act's content does not
    last = _before_trailing_clause(words, comp, last, participles=cue_kind(cue, lex) is not CueKind.SPEECH, lex=lex)
    last = _before_dash_aside(words, comp, last)
    last = _before_host_verb(words, cue, comp, last)
    return words[start - 1 : last]


def _relative_after_comma_at(words: list[Word], i: int) -> bool:
    """Whether WORDS[i] is a comma opening a relative clause ("…, which …", "…, who …")."""
    return words[i].text == "," and i + 1 < len(words) and words[i + 1].lower in RELATIVE_PRONOUNS


def _before_quoting_participle(words: list[Word], comp: Word, last: int, lex: Lexicons) -> int:
    """LAST moved before a speech participle set off by a comma that introduces a quotation of
    its own: "said [Clinton's situation reminds him of the book], explaining, “because …”" - the
    quotation is the participle's, whatever the parser hung it on. So is one with no subject of
    its own and no quotation: "said [the focus is taking a toll], pointing to Cruz's victories".
    After a quoted fragment that closes with a comma any speech or speech-act participle is the
    speaker's next act: 'said [things “should be wrapped up by Cleveland,”] referring to the
    convention'."""
    for w in words[comp.id : last]:
        if w.xpos != "VBG":
            continue
        if (
            w.id > 3
            and words[w.id - 2].text in QUOTE_CHARS
            and words[w.id - 3].text == ","
            and cue_kind(w, lex, Scope.ATTRIBUTIONS) in (CueKind.SPEECH, CueKind.SPEECH_ACT)
            and not any(c.rel in SUBJECT_RELS for c in w.children)
        ):
            return min(last, w.id - 3)
        if not after_comma(w) or cue_kind(w, lex) is not CueKind.SPEECH:
            continue
        after = "".join(x.text for x in words[w.id : w.id + 2])
        quoting = after[:1] in OPENING_MARKS or (after[:1] in (",", ":") and after[1:2] in OPENING_MARKS)
        if quoting or not any(c.rel in SUBJECT_RELS for c in w.children):
            return min(last, w.id - 2)
    return last


def _before_next_act(sub: list[Word], cue: Word, comp: Word, last: int, lex: Lexicons) -> int:
    """LAST moved before a coordinated report of the speaker's own that the parser hung inside
    the reported clause: "said [it was too early] but added, “…”", "said [the plan would fail]
    and warned that …", "said [he found Trump charming] and called his rise “unheard of”" - a
    speech cue or a speech act joined by a conjunction, with no subject of its own, in the cue's
    tense ("stated it would attack and [would respond] …", "claimed X was a volunteer and
    [claim] …" are more of the clause)."""
    for w in sub:
        if w.id <= comp.id or w.id > last or w.rel != "conj" or not _speakers_next_act(w, lex):
            continue
        if any(c.rel in SUBJECT_RELS for c in w.children) or _tense(w) != _tense(cue):
            continue
        cc = next((c for c in w.children if c.rel == "cc" and c.id < w.id), None)
        if cc is None:
            continue
        start = cc.id
        words = w.sent.words
        while start > 1 and words[start - 2].upos == "PUNCT":
            start -= 1
        return min(last, start - 1)
    return last


def _speakers_next_act(verb: Word, lex: Lexicons) -> bool:
    """Whether VERB, coordinated after a report, can be its speaker's next act: a verb of saying
    or relaying, or a speech act ("and [called] it …", "and [accused] him of …"), whatever the
    scope asked for, since the report ends there either way."""
    return cue_kind(verb, lex) in (CueKind.SPEECH, CueKind.RELAY) or cue_kind(verb, lex, Scope.ATTRIBUTIONS) in (
        CueKind.SPEECH_ACT,
        CueKind.FRAGMENT,
    )


#: The dashes that set off a writer's aside at the end of a sentence.
_ASIDE_DASHES = frozenset({EM_DASH, EN_DASH, "--", HORIZONTAL_BAR})


def _before_dash_aside(words: list[Word], comp: Word, last: int) -> int:
    """LAST moved before a dash that sets off the writer's aside at the end of the clause: a noun
    phrase that describes what was said ("said he does not want to kill their families[ — a
    proposal he has raised before]") or a new clause of the writer's ("insist the tide is turning[
    — and the Senate is holding talks]"). A second dash closes an aside inside the claim: kept."""
    dashes = [w for w in words[comp.id : last] if w.text in _ASIDE_DASHES or _spaced_hyphen(w)]
    if len(dashes) != 1:
        return last
    dash = dashes[0]
    after = [w for w in words[dash.id : last] if w.upos != "PUNCT"]
    if not after:
        return last
    ids = {w.id for w in after}
    heads = [w for w in after if w.head not in ids]
    if len(heads) != 1:
        return last
    head = heads[0]
    nominal = head.upos in ("NOUN", "PROPN") and after[0].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
    # not "— and that he would …", "— or if he can …": the same report goes on
    new_clause = (
        after[0].rel == "cc"
        and any(g.rel == "nsubj" for g in head.children)
        and not any(g.rel == "mark" for g in head.children)
    )
    # "[he will seek reelection in 2018] - though it is unclear whether he will": a concession
    # set off by the dash is the writer's
    concession = after[0].lower in _CONCESSIVE_MARKS and after[0].rel == "mark"
    return dash.id - 1 if nominal or new_clause or concession else last


#: Words that open a concession ("though it is unclear …").
_CONCESSIVE_MARKS = frozenset({"though", "although"})


def _spaced_hyphen(w: Word) -> bool:
    """A hyphen with a space on both sides, a dash in the typing of some archives ("2018 - though")."""
    words = w.sent.words
    if w.text != "-" or w.id == 1 or w.id == len(words):
        return False
    return words[w.id - 2].end < w.start and w.end < words[w.id].start


def _before_host_verb(words: list[Word], cue: Word, comp: Word, last: int) -> int:
    """LAST moved before the comma that closes an aside holding the cue: "Graham, who says [the
    allies should send troops], tweeted that …", "Clinton, though she said [Republicans should give
    him a hearing], notably stopped short …" - the verb after that comma is the one the aside hangs
    on, an ancestor of the cue."""
    ancestors = set()
    node = cue.head_word
    while node is not None:
        ancestors.add(node.id)
        node = node.head_word
    for w in words[comp.id : last]:
        if w.text != ",":
            continue
        nxt = next((x for x in words[w.id :] if x.upos != "ADV"), None)
        if nxt is not None and nxt.id in ancestors and nxt.upos == "VERB" and is_finite_clause(nxt):
            return min(last, w.id - 1)
    return last


def _opening_phrase_start(cue: Word, comp: Word, sent: Sentence) -> int:
    """The first word of the reported clause when the attribution interrupts it after an opening
    phrase or clause: "[The only problem], Ms. Lee said, [is that …]", "[Many days], staff said,
    [she stayed late]", "[By eliminating the receiving line], Ms. Tchen said, [the White House
    can …]" (the parser hangs the opening on the cue). The whole sentence around the attribution
    is the speaker's: PolNeAR marks a time or manner clause there as content too (on PolNeAR
    train, 29 more quotes found than when such clauses were left to the writer). Else the
    complement's own start."""
    words = sent.words
    own = comp.id
    subjects = [c for c in cue.children if c.rel == "nsubj" and c.id < cue.id]
    if not subjects or cue.id >= len(words) or words[cue.id].text != ",":
        return own
    first = sent.subtree(subjects[-1])[0].id
    if first < 3 or words[first - 2].text != ",":
        return own
    opening = [w for w in words[: first - 2] if w.upos not in ("PUNCT", "CCONJ")]
    if not opening:
        return own  # "But, he said, …": a conjunction alone is no piece of the clause
    return opening[0].id


def _question_put_to(cue: Word, content: list[Word]) -> tuple[list[Word], Word] | None:
    """(the question, the person it was put to) for a sentence-opening "Asked whether/if/how …, X
    said": CUE is that "Asked", CONTENT what the parse gave it up to the next cue. Else None."""
    if cue.id != 1 or cue.lemma_lower != "ask" or cue.xpos not in ("VBN", "VBD"):
        return None
    question = list(itertools.takewhile(lambda w: w.text != ",", trim_edges(content)))
    if not question or question[0].lower not in WH_OR_THAT or question[0].lower == "that":
        return None
    after = cue.sent.words[question[-1].id :]
    if not after or after[0].text != ",":
        return None
    person = next((w for w in after if w.rel == "nsubj" and w.upos in NOMINAL_UPOS), None)
    return (question, person) if person is not None else None


#: How far after "asked" its question may open: past an addressee, an agent or a time phrase
#: ("was asked [by host John Dickerson] whether …", "asked [our followers] which …").
MAX_QUESTION_DISTANCE = 8
_QUESTION_WORDS = WH_OR_THAT - {"that"}


def _asked_question(cue: Word, lex: Lexicons) -> Candidate | None:
    """ "X asked (Y) whether/what/who …", "Y was asked (by X) if …", "when asked how …": the
    question, from its question word to the end of what the cue governs (parsers often hang an
    embedded question on the addressee as a relative clause, so the surface decides where it
    opens). The asker is the subject or the agent; a passive without an agent ("Rubio was asked
    what …") names none, and the person asked is the addressee. A sentence-opening "Asked whether
    …, X said" is left to the reported clause, which puts the question to X."""
    sent = cue.sent
    if is_negated(cue):
        return None
    if cue.id == 1 or (cue.id == 2 and sent.words[0].lower == "when"):
        # "Asked whether …, X said", "When asked why …, X said" (the question often hung on the
        # answer's verb, not on "asked")
        opening = _opening_question(cue)
        if opening is not None or cue.id == 1:
            return opening
    # the cue's own clause: not a verb coordinated with it ("…, and Lee laughed")
    others = frozenset(c.id for c in cue.children if c.rel in ("conj", "cc", "parataxis") and c.id > cue.id)
    own = {w.id for w in sent.subtree(cue, exclude=others)}
    opener = _question_opener(cue, own)
    if opener is None:
        question = _asked_to(cue)
        if question is None:
            return None
    else:
        question = []
        for w in sent.words[opener.id - 1 :]:
            if w.id not in own:
                break
            question.append(w)
        if not any(w.upos in VERBAL_UPOS for w in question[1:]):
            return None  # "asked about when": no clause
    span = content_span(question)
    if span is None:
        return None
    subjectless = not any(c.rel in SUBJECT_RELS or c.rel == "aux" for c in cue.children)
    # "Lee said [when asked] how …" (tagged VBD as often as VBN): the reporter asked, Lee answered.
    # Only a question that ends the sentence or its clause at a comma: parsers cut these short.
    after = sent.words[question[-1].id] if question[-1].id < len(sent.words) else None
    when_asked = (
        subjectless
        and any(c.lower == "when" and c.id == cue.id - 1 for c in cue.children)
        and (after is None or after.text in (",", ".", "?", ";"))
    )
    passive = (
        any((c.deprel or "").endswith(":pass") for c in cue.children)
        or (cue.xpos == "VBN" and subjectless)
        or when_asked
    )
    agent = agent_of(cue)
    if agent is not None:
        attr = Attribution(agent, None, None, AttributionMethod.AGENT)
    elif passive:
        asked = next((c for c in cue.children if c.rel in SUBJECT_RELS), None)
        if asked is None and when_asked and cue.head_word is not None:
            asked = next((c for c in cue.head_word.children if c.rel in SUBJECT_RELS), None)
        attr = Attribution(None, None, asked, AttributionMethod.PASSIVE)
    else:
        attr = find_attribution(cue, lex)
        if attr.speaker is None:
            return None
    return _question(span, cue, attr)


def _inside_clause_after(cue: Word, span: tuple[int, int]) -> Callable[[Word], bool]:
    """Words that cannot be CUE's speaker: those of the reported clause SPAN that opens after it.
    A parser can make the clause's subject the cue's ("Rubio … argues [that government efforts]
    will …") or hang the cue on the clause's verb ("…, claiming [the party's move] would cost")."""

    def inside(w: Word) -> bool:
        return cue.start < span[0] <= w.start < span[1]

    return inside


def _question_opener(cue: Word, own: set[int] | None = None) -> Word | None:
    """The question word that opens what CUE asks, within MAX_QUESTION_DISTANCE words after it,
    before any verb or clause punctuation (and inside OWN, the cue's own clause, when given)."""
    for w in cue.sent.words[cue.id : cue.id + MAX_QUESTION_DISTANCE]:
        if (own is not None and w.id not in own) or w.upos in VERBAL_UPOS or w.text in (",", ":", ";"):
            return None
        if w.lower in _QUESTION_WORDS:
            return w
    return None


def _question(span: tuple[int, int], cue: Word, attr: Attribution) -> Candidate:
    return Candidate(
        QuoteType.INDIRECT,
        [span],
        Method.INDIRECT,
        cue=cue,
        attribution=attr,
        confidence=confidence.base(Method.INDIRECT),
    )


def _opening_question(cue: Word) -> Candidate | None:
    """ "Asked [by Matt Lauer] [whether she had practiced her speech], she said …", "Asked in Iowa
    [whether he would support Trump], Rubio gave a roundabout answer": the reporter's question
    that opens the sentence, put to the main clause's subject (its asker the agent, if named),
    whatever the answer's verb. Only when a comma closes it right before that subject."""
    words = cue.sent.words
    opener = _question_opener(cue)
    if opener is None:
        return None
    root = next((w for w in words if w.deprel == "root"), None)
    if root is cue:
        # the answer's clause hung on "Asked": "…, Rubio [gave] a roundabout answer"
        root = next(
            (
                c
                for c in cue.children
                if c.rel in ("parataxis", "conj", "ccomp")
                and c.id > opener.id
                and any(g.rel in SUBJECT_RELS for g in c.children)
            ),
            None,
        )
    if root is None or root.id <= opener.id:
        return None
    subj = next((c for c in root.children if c.rel in SUBJECT_RELS and opener.id < c.id < root.id), None)
    if subj is None:
        return None
    first = cue.sent.subtree(subj)[0].id
    if first < 3 or words[first - 2].text != ",":
        return None
    question = words[opener.id - 1 : first - 2]
    if not any(w.upos in VERBAL_UPOS for w in question[1:]) or any(w.text in ('"', LEFT_DOUBLE) for w in question):
        return None
    span = content_span(question)
    if span is None:
        return None
    agent = agent_of(cue)
    attr = Attribution(agent, None, subj, AttributionMethod.AGENT if agent is not None else AttributionMethod.PASSIVE)
    return _question(span, cue, attr)


def _asked_to(cue: Word) -> list[Word] | None:
    """A question put as a task: "Lee was asked [to name one achievement]", "when asked [to
    confirm the report]" - the infinitive the cue governs. "asked [the council to act]" with the
    person asked is a request, a speech act ("urged Congress to act"), not a statement (GUM does
    not mark it; scope "attributions" has it from the cue's arguments)."""
    sent = cue.sent
    if cue.rel == "acl" or any(c.rel.startswith("aux") and c.xpos == "MD" for c in cue.children):
        return None  # "a petition [asking] …" describes a noun; "will be asked to vote" has not happened
    inf = next((c for c in cue.children if c.rel == "xcomp" and c.id > cue.id and has_to_marker(c)), None)
    if inf is None:
        return None
    if any(c.rel in ("obj", "iobj") and cue.id < c.id < inf.id for c in cue.children):
        return None
    words = sent.subtree(inf)
    if any(w.text in (",", ";", ":") for w in sent.words[cue.id : words[0].id - 1]):
        return None
    return words


def _is_that_clause_start(w: Word) -> bool:
    """W is the "that" that opens a complement clause, whatever the parser made of it."""
    if w.lower != "that":
        return False
    if w.upos == "SCONJ":
        return True
    # "alleged in the suit [that] Trump earned $5 million" parsed as a relative clause on "suit"
    # with "that" its object: a verb with an object of its own besides "that" and a subject is
    # no relative clause, so "that" is the complementizer ("the suit that Trump filed" keeps it).
    verb = w.head_word
    return (
        w.upos == "PRON"
        and w.rel == "obj"
        and verb is not None
        and verb.deprel == "acl:relcl"
        and any(c.rel == "nsubj" for c in verb.children)
        and any(c.rel == "obj" and c is not w for c in verb.children)
    )


def _is_that_mark(w: Word) -> bool:
    """The complementizer "that" ("said that …"), not the relative pronoun ("the plan that failed")."""
    return w.rel == "mark" and w.lower == "that"


def _before_trailing_clause(
    words: list[Word], comp: Word, last: int, *, participles: bool = True, lex: Lexicons | None = None
) -> int:
    """Where the content ends when it closes on a clause set off by a comma that is the writer's
    aside rather than the speaker's words: a relative clause ("the FBI had the help of Bryan
    Pagliano[, who worked on the campaign]"), a contrast ("voters prefer an outsider[, while 4 in
    10 want experience]") or a participle ("it took him months[, highlighting the divide]").
    LAST is the id of the content's last word; the result is never later."""
    for w in words[comp.id : last]:
        if w.deprel is None:
            continue
        if is_according(w) and words[w.id - 2].text == "," and not any(x.upos == "VERB" for x in words[w.id : last]):
            return w.id - 2  # "…, according to press reports": another attribution's frame
        aside = _trailing_aside_phrase(w, last)
        if aside is None:
            aside = _trailing_description(w, last)
        if aside is not None:
            return aside
        if w.deprel != "acl:relcl" and w.rel != "advcl":
            continue  # only those clauses can be an aside: no subtree to read for the other words
        sub = _trailing_phrase(w, last)
        if sub is None:
            continue
        opener = sub[0].lower
        if _frames_as_report(w, opener, lex):
            return sub[0].id - 2  # "urged Congress to act[, as the Post reported]": another report's frame
        if (
            (w.deprel == "acl:relcl" and opener in TRAILING_RELATIVE_OPENERS)
            or (w.rel == "advcl" and opener in CONTRAST_MARKS)
            or (participles and w.rel == "advcl" and w is sub[0] and w.xpos == "VBG")
        ):
            return sub[0].id - 2
    return last


def _frames_as_report(w: Word, opener: str, lex: Lexicons | None) -> bool:
    """Whether W, a clause opening with OPENER, is another report's "as" frame: "as the Post
    reported", "as a recent poll showed" (a cue of any attribution, with its speaker)."""
    return (
        lex is not None
        and opener == "as"
        and w.rel == "advcl"
        and cue_kind(w, lex, Scope.ATTRIBUTIONS) is not None
        and _as_framed_clause(w) is not None
    )


def _trailing_phrase(w: Word, last: int) -> list[Word] | None:
    """W's subtree, without the punctuation before it, when a comma sets it off and it runs to
    LAST, the id of the content's last word; else None."""
    sub = list(itertools.dropwhile(lambda x: x.upos == "PUNCT", w.sent.subtree(w)))
    if not sub or sub[-1].id < last - 1 or sub[0].id < 3 or not after_comma(sub[0]):
        return None
    return sub


#: Determiners that open the writer's comment on a whole claim ("…, a move that could …").
_ASIDE_DETERMINERS = frozenset({"a", "an"})
#: What a parser makes of such a phrase, hung on the claim's verb.
_ASIDE_RELS = frozenset({"appos", "parataxis", "obj", "dep", "conj"})


def _trailing_aside_phrase(w: Word, last: int) -> int | None:
    """Where the content ends when it closes on the writer's comment on it, set off by a comma:
    an indefinite noun phrase ("rates will rise[, a move that could trigger a recession]") or a
    comparison ("74 percent said so[, compared with 64 percent …]"). None when W opens no such
    phrase running to LAST."""
    host = w.head_word
    comment = (
        w.upos == "NOUN"
        and w.rel in _ASIDE_RELS
        and host is not None
        and host.id < w.id
        and host.upos in VERBAL_UPOS  # on the claim, not an apposition of its last noun
    )
    comparison = w.lemma_lower == "compare" and w.xpos == "VBN"
    if not (comment or comparison):
        return None  # most words: no subtree read
    sub = _trailing_phrase(w, last)
    if sub is None:
        return None
    first = sub[0]
    if comment and first.lower in _ASIDE_DETERMINERS and first.head == w.id:
        return first.id - 2
    if comparison and first is w:
        return first.id - 2
    return None


def _trailing_description(w: Word, last: int) -> int | None:
    """Where the content ends when it closes on the writer's description of someone it names: an
    indefinite apposition set off by a comma after a name ("said he was as much a citizen as
    John McCain[, a former nominee who was born in Panama]", "referring to Jeffrey Feltman[, a
    State Department official]"). The writer introduces the name to the reader; the speaker did
    not say it. A definite one ("Mrs. Clinton, the nominee") is as often the speaker's words, and
    one with a quotation in it is. None when W opens no such phrase running to LAST."""
    host = w.head_word
    if w.rel != "appos" or host is None or host.upos != "PROPN" or host.id > w.id:
        return None
    sub = _trailing_phrase(w, last)
    if sub is None or sub[0].lower not in _ASIDE_DETERMINERS:
        return None
    if any(_is_quote_mark(x) for x in sub):
        return None
    return sub[0].id - 2


def _as_framed_clause(cue: Word) -> list[Word] | None:
    """The main clause an "as" clause around a cue frames: "As the Post reported, [even if Lee
    wins, he will need …]", "As reported by the Herald, [the mayor was told …]", "[Lee met Ailes
    that day], as the Times reported on Tuesday, and …": the clause the "as" clause hangs on, on
    the side of it where that clause's verb is. The cue needs its speaker: a subject, or an agent
    when passive."""
    words = cue.sent.words
    host = cue.head_word
    if host is None or cue.rel != "advcl" or not any(c.rel == "mark" and c.lower == "as" for c in cue.children):
        return None
    if any(c.rel in ("obj", "ccomp", "xcomp") for c in cue.children):
        return None  # "as he reported [the loss]", "as Lee continues [to campaign]": no frame
    if not any(c.rel == "nsubj" for c in cue.children) and _as_frame_agent(cue) is None:
        return None
    own = {w.id for w in cue.sent.subtree(cue)}
    # set off by a comma from its clause: "[…] as the Times reported" without one is a time ("the
    # crowd cheered as Lee spoke"), not a source
    lo, hi = min(own), max(own)
    if host.id > cue.id:
        set_off = words[hi - 1].text == "," or (hi < len(words) and words[hi].text == ",")
    else:
        set_off = words[lo - 1].text == "," or (lo > 1 and words[lo - 2].text == ",")
    if not set_off:
        return None
    clause = [w for w in cue.sent.subtree(host) if w.id not in own]
    # the side of the frame where the clause's verb is
    rest = [w for w in clause if (w.id > hi if host.id > cue.id else w.id < lo)]
    while rest and (rest[0].upos == "PUNCT" or rest[0].rel == "cc"):
        rest = rest[1:]
    while rest and rest[-1].upos == "PUNCT":
        rest = rest[:-1]
    if len(rest) < MIN_SURFACE_CLAUSE_WORDS or not any(is_finite_clause(w) for w in rest):
        return None
    return rest


def _as_frame_agent(cue: Word) -> Word | None:
    """The agent of a passive "as" frame with no subject: "As reported by [the Herald], …"."""
    if any(c.rel.startswith("nsubj") for c in cue.children):
        return None
    return agent_of(cue)


def _surface_clause(cue: Word, lex: Lexicons) -> list[Word] | None:
    """ "X said [that] CLAUSE" when the parse gave the cue no clausal complement: the rest of the
    sentence after the cue (and a tell-type addressee), if it starts like a clause and has a verb."""
    words = cue.sent.words
    subj = [c for c in cue.children if c.rel == "nsubj" and c.id < cue.id]
    rest = words[cue.id :]
    # "he said, [adding] that …": a participle's "that" clause, the participle's subject inherited
    adding_that = cue.xpos == "VBG" and bool(rest) and _is_that_clause_start(rest[0])
    if cue.xpos == "VBG" and not adding_that and cue.lemma_lower in lex.addressee_verbs:
        # "…, telling reporters during a visit on Friday that he …": the same past the addressee
        # and the circumstances, no verb between
        for w in rest:
            if _is_that_clause_start(w):
                adding_that = True
                break
            if w.upos in VERBAL_UPOS or w.text in (",", ";", ":") or w.text in SENTENCE_END:
                break
    # "…, saying [his use of the term was wrong]" with "use" the participle's object: the
    # participle's subject is its host's
    participle = cue.xpos == "VBG" and cue.rel == "advcl" and after_comma(cue)
    if bare_relative_subject(cue) is not None:
        adding_that = True  # "advisers who have run the numbers argue [that …]": the noun speaks
    if not subj and (reduced := reduced_relative_subject(cue)) is not None:
        subj = [reduced]  # "[those] surveyed say the economy …"
    if (not subj and not adding_that and not participle) or (
        subj and any(w.text == ":" for w in words[subj[-1].id : cue.id - 1])
    ):
        return None
    if cue.rel in ("advcl", "acl") and any(
        (c.rel == "mark" and c.lower != "as") or (c.rel == "advmod" and c.lower in SUBORDINATING_ADVERBS)
        for c in cue.children
    ):
        # "While checks will continue, officials will scrap …": the main clause is not the
        # content of a cue inside an adverbial clause; only its own clause can be. "As Heald
        # told the Post, ozone has dropped" is the exception: "as" frames the main clause.
        own_clause = {x.id for x in cue.sent.subtree(cue)}
        rest = [w for w in rest if w.id in own_clause]
    elif cue.rel == "advcl" and any(c.rel == "mark" and c.lower == "as" for c in cue.children):
        # "As The Washington Post reported, [even if Sanders …, he would …]": the main clause
        rest = rest[1:] if rest and rest[0].text == "," else rest
    elif _in_opening_subordinate(cue):
        # The same when the parse lost the marker's attachment: "While checks will continue, ...".
        comma = next((i for i, w in enumerate(rest) if w.text == ","), None)
        rest = rest[:comma] if comma is not None else rest
    if rest and cue.lemma_lower in lex.addressee_verbs:
        # "told [The Huffington Post], ozone has dropped": skip the addressee, all of it.
        addressee = next(
            (
                c
                for c in cue.children
                if c.rel in ("obj", "iobj")
                and c.upos in NOMINAL_UPOS
                and c.id > cue.id
                and rest[0] in cue.sent.subtree(c)
            ),
            None,
        )
        if addressee is not None:
            # "told the AP [that he would …]" parsed as a clause of "AP": the clause is the report.
            # So is one hung deeper in it ("told members of the council [that the body won't …]").
            that_clauses = frozenset(
                c.id
                for c in cue.sent.subtree(addressee)
                if c.rel == "acl"
                and c.id > addressee.id
                and (
                    any(_is_that_mark(g) for g in c.children)
                    or _opens_with_personal_subject(c)
                    # "told the Times [that Carter believes his use …] was a mistake"
                    or (c.deprel == "acl:relcl" and _that_fills_no_gap(c))
                )
            )
            last = cue.sent.subtree(addressee, exclude=that_clauses)[-1].id
            rest = [w for w in rest if w.id > last]
            if rest and rest[0].text == ",":
                rest = rest[1:]
    rest = [w for w in rest if not (w.text in SENTENCE_END and w.id == len(words))]
    if rest:
        # "Graham, who says [the allies should send troops], tweeted that …"
        host_cut = _before_host_verb(words, cue, rest[0], rest[-1].id)
        rest = [w for w in rest if w.id <= host_cut]
    frame = next((i for i, w in enumerate(rest) if i > 0 and _closing_frame(w, lex)), None)
    if frame is not None:
        # "added 160 security personnel along the route, [the Sun-Times reported]": another
        # report's frame closes the sentence; what the cue says stops before it
        rest = rest[:frame]
        while rest and rest[-1].text == ",":
            rest = rest[:-1]
    if rest and rest[0].text in DASHES:
        # "said [— on Twitter, as it happens —] that …": an aside between the cue and its clause
        closing = next((i for i, w in enumerate(rest[1:], 1) if w.text == rest[0].text), None)
        if closing is not None and closing + 1 < len(rest) and _is_that_clause_start(rest[closing + 1]):
            rest = rest[closing + 1 :]
    # "said on Friday that ...", "told LA Weekly in a statement that ...": start at the "that".
    that = next((w for w in rest[:MAX_THAT_DISTANCE] if _is_that_clause_start(w)), None)
    if that is not None and any(cue_kind(w, lex) is not None for w in rest[: rest.index(that)]):
        return None  # "echoed the mayor, [adding] that …": the clause is the other cue's
    # "said in an ABC interview [taped] before the attacks that …": a participle modifying the
    # circumstances is no clause of its own
    if that is not None and all(w.upos not in VERBAL_UPOS or not is_finite_clause(w) for w in rest[: rest.index(that)]):
        rest = rest[rest.index(that) :]
    # "says [long] lines kept many from voting": a modifier of the noun the tagger called an adverb
    noun_modifier = rest and rest[0].upos == "ADV" and rest[0].rel == "amod"
    if (
        len(rest) < MIN_SURFACE_CLAUSE_WORDS
        or (rest[0].upos not in CLAUSE_START_UPOS and not noun_modifier)
        or rest[0].text in ('"', LEFT_DOUBLE)
    ):
        return None
    # A clause needs a finite verb of its own: not "asked the council to help", "described him as
    # facing ...", nor a verb inside the cue's object ("maintained a policy which X criticised").
    if not _main_verb_after(cue, rest[1:]) and not _of_gerund(cue):
        return None
    # "told the senator that he drove from Chicago to ask about visas[, which are issued to …]":
    # the writer's aside at the end is cut as from a parsed complement
    last = _before_trailing_clause(words, rest[0], rest[-1].id, lex=lex)
    return [w for w in rest if w.id <= last]


#: Words of a clause around an interrupting attribution: at least one before it, and enough after
#: it to be the rest of a clause ("His wife, he says, plans to leave the party").
MIN_AFTER_INTERRUPTION_WORDS = 3


def _interrupted_clause(cue: Word) -> list[Word] | None:
    """ "His wife, he says, plans to leave": a speech verb with its subject, set off by commas inside
    the sentence and given no complement by the parse, interrupts the clause it reports; the
    clause is the rest of the sentence (cut around the attribution by ``split_by_cue``)."""
    words = cue.sent.words
    subj = [c for c in cue.children if c.rel == "nsubj" and c.id < cue.id]
    if not subj:
        return None
    first = cue.sent.subtree(subj[-1])[0]
    after = words[cue.id] if cue.id < len(words) else None
    if first.id < 3 or words[first.id - 2].text != "," or after is None or after.text != ",":
        return None
    rest = [w for w in words[after.id :] if w.upos != "PUNCT"]
    if len(rest) < MIN_AFTER_INTERRUPTION_WORDS or not any(w.upos in VERBAL_UPOS for w in rest):
        return None
    return [w for w in words if not (w.text in SENTENCE_END and w.id == len(words))]


def _in_opening_subordinate(cue: Word) -> bool:
    """Whether the sentence opens with a subordinator ("While", "Although", "If"; not "As", which
    frames what follows) whose clause's verb is the cue (no other verb comes before it)."""
    words = cue.sent.words
    if words[0].upos != "SCONJ" or words[0].lower in ("as", "that") or words[0].id >= cue.id:
        return False
    return not any(w.upos in VERBAL_UPOS and w.head != cue.id for w in words[1 : cue.id - 1])


#: Subordinators that open a reported clause ("asked [whether] …", "said [that] …") rather than
#: an adverbial one.
CLAUSE_MARKS = frozenset({"that", "whether", "if"})


def _main_verb_after(cue: Word, rest: list[Word]) -> bool:
    """Whether REST holds a finite verb that can head the reported clause. Not one inside the cue's
    object, its infinitival complement ("asked the council [to help the girls enter]"), or its own
    coordinated predicate ("announced the start ..., [and determine whether ...]"); and not the verb
    of a relative clause ("a policy [which], according to AFP, the UN [have] criticised"): a relative
    pronoun claims the next finite verb, so "said the man who was held had fled" still has "had"."""
    sent = cue.sent
    # "tells the AP [that he thinks …]" parsed as a relative clause on the addressee: the clause
    # that "that" opens is the report, not a part of the object
    that_clauses = frozenset(
        w.id
        for c in cue.children
        if c.rel == "obj" and c.id > cue.id
        for w in sent.subtree(c)
        if w.rel == "acl" and w.id > c.id and any(_is_that_mark(g) and first_word(w) is g for g in w.children)
    )
    own = {
        x.id
        for c in cue.children
        if c.rel == "obj"
        or (c.id > cue.id and c.rel in ("xcomp", "advcl") and has_to_marker(c))
        or (
            c.rel == "conj"
            and any(g.rel == "cc" for g in c.children)
            # "said [the Clintons and the foundation] had been careful" parsed with "Clintons" a
            # subject of the cue and the rest its conjunct: the conjunct is the clause's
            and not (
                any(g.rel in SUBJECT_RELS for g in c.children)
                and any(g.rel in SUBJECT_RELS and cue.id < g.id < c.id for g in cue.children)
            )
        )
        for x in sent.subtree(c, exclude=that_clauses)
    }
    # "maintained their battle [as they sit atop most polls]": the verb of an adverbial clause of
    # the cue's own, opened by a subordinator, heads no reported clause (a clause inside it can:
    # "said before attending the event [that CNN asked her]")
    own |= {
        c.id
        for c in cue.children
        if c.id > cue.id
        and c.rel == "advcl"
        and any(g.rel == "mark" and g.id < c.id and g.lower not in CLAUSE_MARKS for g in c.children)
    }
    relative_open = False
    for w in rest:
        if (w.lower in RELATIVE_PRONOUNS and w.upos == "PRON") or (w.lower in ("that", "where") and after_comma(w)):
            # "…, or the studio [where] he worked, [that] were present": after a comma these open
            # a relative clause on the noun before
            relative_open = True
        elif is_finite(w):
            if relative_open:
                relative_open = False
            elif w.id not in own:
                return True
    # "said" takes no object but a pronoun ("said nothing"): a noun after it opens the clause
    return _past_form_after_subject(rest, set() if cue.lemma_lower == "say" else own)


def _past_form_after_subject(rest: list[Word], own: set[int]) -> bool:
    """ "said [Russian intelligence services] hacked into …" tagged as a participle (VBN) that
    modifies the noun: a past form right after the first noun phrase, with no auxiliary and no
    verb before it, is the reported clause's verb when the clause has no finite one."""
    for i, w in enumerate(rest):
        if w.upos in VERBAL_UPOS and w.xpos == "VBG" and w.rel in ("acl", "amod") and w.id not in own:
            continue  # "says [34,570 citizens living abroad in 38 countries] cast votes": the noun's modifier
        if w.upos in VERBAL_UPOS:
            previous = rest[i - 1] if i > 0 else None
            return (
                w.xpos == "VBN"
                and w.id not in own
                and previous is not None
                and previous.upos in ("NOUN", "PROPN")
                and not any(c.rel in ("aux", "aux:pass", "cop") for c in w.children)
            )
    return False


def _split_complement(cue: Word, lex: Lexicons) -> list[Word] | None:
    """ "The scientists found [reduction of crop yields] exceeded 10%", "They estimated by 2050, ...
    [would increase] ...": a complement without "that" which the parser split into the cue's object
    or obliques and a finite verb hung on the cue. The verb has no subject, marker or conjunction of
    its own (else it is the cue's own coordinated or adverbial clause), and no other finite verb
    stands between it and the cue. The cue needs its own subject before it ("I spoke", not the
    participle of "the questions, disputed in ..."), and takes no addressee ("Can I ask you, ...")."""
    words = cue.sent.words
    if cue.lemma_lower in lex.addressee_verbs or not any(c.rel == "nsubj" and c.id < cue.id for c in cue.children):
        return None
    for v in cue.children:
        if v.id <= cue.id or v.rel not in LOOSE_CLAUSE_RELS or not is_finite_clause(v):
            continue
        if any(g.rel in ("mark", "cc", "nsubj", "nsubj:pass", "csubj", "expl") for g in v.children):
            continue
        clause = cue.sent.subtree(v)
        between = words[cue.id : clause[0].id - 1]
        if (
            not between
            or between[0].upos not in _SPLIT_START
            or clause[0].text in OPEN_BRACKETS
            or any(is_finite(w) or w.text in OPEN_BRACKETS for w in between)
        ):
            continue
        return words[cue.id : clause[-1].id]
    return None


def _of_gerund(cue: Word) -> bool:
    """ "accused the United States of trying to retake Iraq": the charge is a gerund after "of"."""
    return any(
        c.upos == "VERB"
        and c.id > cue.id
        and c.xpos in ("VBG", "_")
        and any(g.lower == "of" and g.rel in ("mark", "case") for g in c.children)
        for c in cue.children
    )


def _takes_arguments(cue: Word, kind: CueKind | None, lex: Lexicons) -> bool:
    """Whether the cue's arguments are an attribution's content (scope "attributions"). A speech
    act's and a stance's are ("urged Congress to act", "supports the bill"); so is a verb of
    saying's nominal object ("announced his candidacy"), unless the verb takes an addressee
    ("asked the council"); a verb of knowing reports through an infinitive only ("wants to"),
    since its object is a thing seen as often ("discovered the bodies");
    evidence needs a source of its own ("a poll shows Clinton ahead", not "to find a leader")."""
    if cue.lemma_lower in _ASPECTUAL_CUES or cue.lemma_lower in _RAISING_CUES:
        return False
    if (
        (cue.deprel or "").startswith("acl")
        and cue.xpos == "VBN"
        and not any(c.rel in SUBJECT_RELS or c.rel == "aux" for c in cue.children)
    ):
        # "a book called “Women Who Work”": a name, not a speech act (but "where Obama has
        # promised to veto it" is a relative clause of its own)
        return False
    if kind in (CueKind.SPEECH_ACT, CueKind.STANCE):
        return True
    if cue_category(cue, lex) is QuoteCategory.EVIDENCE:
        return _evidence_source(cue)
    if (
        kind is CueKind.SPEECH
        and cue.lemma_lower not in lex.addressee_verbs
        and cue_lemma(cue, lex) not in _THING_OBJECT_CUES
        and _noun_object_after(cue)
    ):
        return True  # "announced [his candidacy]", "denied [the report]": a speech act on a thing
    if kind is CueKind.SPEECH and any(c.id > cue.id and _free_relative_object(c) for c in cue.children):
        return True  # "went on to explain [what he likes about Clinton]": what was said, as a clause
    if kind is CueKind.SPEECH and any(
        c.id > cue.id
        and c.rel == "obj"
        and c.lemma_lower in PRO_FORM_OBJECTS
        and cue.lemma_lower not in lex.addressee_verbs
        and c is not phrasal_object(cue, lex)  # the "it" of "as Amar put it" is the cue's own
        for c in cue.children
    ):
        return True  # "said [the same] of Trump", "said [yes]", "said [nothing] about it"
    asks_for = cue.lemma_lower in QUESTION_CUES and not any(c.rel in ("obj", "iobj") for c in cue.children)
    topics = (
        ("about", "for", "of") if asks_for else ("about", "of")
    )  # not "asked the council for help": a request to someone
    if kind is CueKind.SPEECH and any(c.id > cue.id and _topic_phrase(c, topics) for c in cue.children):
        return True  # "talked [about the economy]", "asked [about his taxes]": a speech act on a topic
    if kind is CueKind.COGNITION and any(c.id > cue.id and _topic_phrase(c, ("about",)) for c in cue.children):
        return True  # "worried [about the cost]", "thinks [about running]": a thought on a topic
    if kind is CueKind.COGNITION and cue.lemma_lower in _PROSPECT_CUES and _noun_object_after(cue):
        return True  # "are expecting [a record turnout]"
    if kind is CueKind.COGNITION and takes_as_frame(cue):
        return True  # "many supporters see [him as the stronger candidate]"
    if kind is CueKind.SPEECH and _request_taken_for_purpose(cue, lex):
        return True
    if kind in (CueKind.COGNITION, CueKind.SPEECH):
        return any(c.rel == "xcomp" and c.id > cue.id for c in cue.children)
    return False


def _evidence_source(cue: Word) -> bool:
    """Whether an evidence verb has a source of its own that its arguments are what it shows:
    a subject ("a poll shows [Sanders ahead]"), but not a person finding or showing a thing
    ("he found [sanctuary in Russia]", "they showed [no sign of …]"; "I find [his message
    chilling]" judges, with a predicate), nor a phrasal verb ("showed up", "showed off")."""
    if any(c.deprel == "compound:prt" and c.lower in ("up", "off") and c.id == cue.id + 1 for c in cue.children):
        return False
    subject = next((c for c in cue.children if c.rel == "nsubj"), None)
    if subject is None:
        return False
    if subject.upos == "PRON" and subject.lower in PERSONAL_SUBJECTS:
        return any(c.rel in ("xcomp", "ccomp") for c in cue.children) or _predicate_after_object(cue)
    return True


def _predicate_after_object(cue: Word) -> bool:
    """ "find [his message chilling]", "found [the area welcoming]": the object's last word is
    what it is judged to be, an adjective or a participle the parser made the object's head."""
    obj = next((c for c in cue.children if c.rel == "obj" and c.id > cue.id), None)
    if obj is None:
        return False
    last = cue.sent.subtree(obj)[-1]
    return last.upos == "ADJ" or (
        last is obj and last.lower.endswith("ing") and any(c.deprel == "compound" for c in obj.children)
    )


def _noun_object_after(cue: Word) -> bool:
    """Whether CUE has a noun or a name as its object after it."""
    return any(c.rel == "obj" and c.id > cue.id and c.upos in ("NOUN", "PROPN") for c in cue.children)


def _request_taken_for_purpose(cue: Word, lex: Lexicons) -> bool:
    """Whether the parser took the infinitive of a request for an adverbial clause of purpose:
    "urged the council [to act now]" parsed like "came [to help]", or for a clause on the
    addressee ("asked Republican leaders [to disavow him]" parsed like "leaders [to watch]"). It
    is the request all the same when the cue takes an addressee or has its object before the
    infinitive; after other verbs of saying it is a purpose ("tweeted on Friday [to say …]")."""
    if cue.lemma_lower in lex.addressee_verbs and any(
        c.rel == "obj" and c.id > cue.id and any(_bare_infinitive(g) and g.deprel == "acl" for g in c.children)
        for c in cue.children
    ):
        return True
    return any(
        c.rel == "advcl"
        and c.id > cue.id
        and _bare_infinitive(c)
        and (cue.lemma_lower in lex.addressee_verbs or any(o.rel == "obj" and o.id < c.id for o in cue.children))
        for c in cue.children
    )


def _bare_infinitive(verb: Word) -> bool:
    """A "to" infinitive with no subject of its own: "[to act now]"."""
    return verb.xpos == "VB" and has_to_marker(verb) and not any(g.rel in SUBJECT_RELS for g in verb.children)


def _free_relative_object(arg: Word) -> bool:
    """Whether ARG is an object that is a "what" clause: "explained [what he likes]", "recalled
    [what it was like]" (the parser makes "what" the object and the rest a relative clause on it)."""
    return arg.rel == "obj" and arg.lower == "what" and any(g.deprel == "acl:relcl" for g in arg.children)


def _topic_phrase(arg: Word, topics: tuple[str, ...]) -> bool:
    """Whether ARG, hung on a cue, is a phrase on what was spoken of: a noun after one of TOPICS
    ("talked [about the economy]") or a gerund, which parsers hang as a clause with the
    preposition as its marker ("talked [about moving on]", "accused him [of lying]")."""
    if arg.rel == "obl":
        return any(g.lower in topics and g.rel == "case" for g in arg.children)
    return arg.rel == "advcl" and arg.xpos == "VBG" and any(g.lower in topics and g.rel == "mark" for g in arg.children)


def _argument_words(cue: Word, lex: Lexicons) -> list[Word] | None:
    """The cue's arguments after it, from the first to the last: "urged [Congress to act]",
    "accused [the governor of lying]", "called on [Congress to act]" (the particle is the cue's).
    None when it has none."""
    sent = cue.sent
    args = []
    # "a poll shows [Sanders within two points of Clinton]", "[Trump with a 16-point lead]": what
    # evidence shows of its object is the object's state, in any phrase the parser hung on the cue
    shown = cue_category(cue, lex) is QuoteCategory.EVIDENCE and any(
        c.rel == "obj" and c.id > cue.id and not _reflexive(c) for c in cue.children
    )  # not "found [himself] in trouble"
    for c in cue.children:
        if shown and c.id > cue.id and _state_of_object(c):
            args.append(c)
            continue
        if c.id <= cue.id or c.rel not in ARGUMENT_RELS or (c.deprel or "").endswith(("tmod", "npmod")):
            continue
        if c.rel == "obl" and c.lemma_lower in lex.time_words:
            continue  # "announced it [on Monday]": when, not what
        if c.rel in ("obl", "advcl"):
            # "accused X [of fraud]", "criticized X [for stealing data]", "called her [to quit]"
            marker = next((g for g in c.children if g.rel in ("case", "mark") and g.id < c.id), None)
            allowed = ARGUMENT_CASES if c.rel == "obl" else ARGUMENT_CASES | {"to"}
            if marker is None or (marker.lower not in allowed and not _object_phrase(cue, c, marker, lex)):
                continue
        args.append(c)
    if not args:
        return None
    last = sent.subtree(args[-1])[-1].id
    infinitive = any(w.xpos == "VB" and has_to_marker(w) for a in args for w in sent.subtree(a))
    for c in cue.children:
        if infinitive and c.id > last and _base_form_conjunct(cue, c, lex):
            conjunct = sent.subtree(c)
            if any(w.upos not in ("PUNCT", "CCONJ") for w in sent.words[last : conjunct[0].id - 1]):
                break  # the list goes on right after the arguments, or not at all
            last = conjunct[-1].id  # "vowed to enact reform[, fix the system and end corruption]"
    last = _before_trailing_clause(sent.words, cue, last, lex=lex)  # "to act[, while others wait]"
    words = sent.words[sent.subtree(args[0])[0].id - 1 : last]
    if words and words[0].id == cue.id + 1 and words[0].rel == "case":
        words = words[1:]  # "called on Congress": "on" belongs to the cue
    return words or None


def _object_phrase(cue: Word, arg: Word, marker: Word, lex: Lexicons) -> bool:
    """Whether ARG, an oblique hung on CUE after the cue's object, goes with that object as the
    act's content: "endorsed [Sanders in the primary]", "blamed [the tumble in oil prices]" (the
    parser hung the phrase on the verb), "mentioned [Trump by name]". Not a name (a place: "in
    Iowa"), nor the occasion, medium or document it was said in or at ("[at a news
    conference]", "[in an email]"), nor after a reflexive ("found [itself] in a tight race")."""
    return (
        arg.rel == "obl"
        and marker.lower in OBJECT_PHRASE_CASES
        and arg.upos == "NOUN"
        and arg.lemma_lower not in lex.occasion_nouns
        and arg.lemma_lower not in lex.media_nouns
        and arg.lemma_lower not in lex.document_nouns
        and any(o.rel == "obj" and cue.id < o.id < arg.id and not _reflexive(o) for o in cue.children)
    )


def _reflexive(word: Word) -> bool:
    """ "himself", "themselves": an object that is the subject again ("found [itself] in a race")."""
    return word.lower.endswith(("self", "selves"))


def _state_of_object(arg: Word) -> bool:
    """Whether ARG, after an evidence cue with an object, says where the object stands: a phrase
    with a preposition ("[within two points]", "[at the top]", "[in a dead heat]"), an adverb
    ("[ahead]", "[up] by 10 points") or a noun the parser coordinated with the cue instead of the
    object ("shows Clinton [and the senator] in a dead heat")."""
    if (arg.deprel or "").endswith(("tmod", "npmod")):
        return False
    if arg.rel == "obl":
        return any(g.rel == "case" for g in arg.children)
    if arg.rel == "advmod":
        return arg.upos == "ADV" and arg.lower not in ("also", "now", "still", "again", "only", "even")
    return arg.rel == "conj" and arg.upos in ("NOUN", "PROPN")


def _base_form_conjunct(cue: Word, verb: Word, lex: Lexicons) -> bool:
    """Whether VERB, a conjunct of a finite or participle CUE, is a bare base form with no subject
    or auxiliary of its own: it cannot go with the cue ("vowed … and fixed" would), so it goes on
    the infinitive the cue governs, where the parser should have hung it ("vowed to enact reform,
    [fix] the system")."""
    return (
        verb.rel == "conj"
        and verb.xpos == "VB"
        and cue.xpos in ("VBD", "VBZ", "VBN")
        and not any(g.rel in SUBJECT_RELS or g.rel in ("aux", "mark") for g in verb.children)
        and cue_kind(verb, lex, Scope.ATTRIBUTIONS) is None  # "slam X and [tout] Y": a cue of its own
    )


def find_reported(
    parsed: ParsedText, index: ArticleIndex, lex: Lexicons, direct: list[Candidate], scope: Scope = Scope.STATEMENTS
) -> list[Candidate]:
    """Reported speech from the parse of every parsed sentence; with scope "attributions" also
    speech acts, cognition and evidence whose content is the cue's arguments."""
    direct_quotes = [c for c in direct if c.type is QuoteType.DIRECT]
    direct_ranges = [(c.start, c.end) for c in direct_quotes]
    cue_words = {id(c.cue) for c in direct if c.cue is not None and c.how is not Method.FRAGMENT}
    # A cue that frames a quoted fragment ('called it “a threat”') has its quote already.
    framing = {id(c.cue) for c in direct if c.cue is not None}
    out: list[Candidate] = []

    def clear_of_direct(cand: Candidate | None) -> bool:
        return cand is not None and not any(overlaps((cand.start, cand.end), d) for d in direct_ranges)

    answerer = interviewee(parsed, index)
    sentences = parsed.sentences
    for k, sent in enumerate(sentences):
        # "Lee:" made a sentence of its own labels the rest of its paragraph
        following = _rest_of_paragraph(sentences, k) if speaker_label(sent) is not None else None
        labelled = labelled_statement(sent, index, following, answerer, lex.non_speaker_labels)
        if labelled is not None and clear_of_direct(labelled):
            out.append(labelled)
        for w in sent.words:
            if index.in_quote(w):
                continue
            if w.lower == "like":  # read from the surface, so unparsed sentences too
                cand = quotative_like(w, sent, index)
                if cand is not None and clear_of_direct(cand):
                    out.append(cand)
                continue
            if not sent.parsed:
                continue
            if scope is Scope.ATTRIBUTIONS and w.lower in lex.hearsay_adverbs:
                cand = _hearsay(w)
                if cand is not None and clear_of_direct(cand):
                    out.append(cand)
                continue
            if scope is Scope.ATTRIBUTIONS and w.lower == "in":
                cand = _poll_finding(w, lex)
                if cand is not None and clear_of_direct(cand):
                    out.append(cand)
                continue
            if is_according(w):
                # "According to X, “…”": the quotation has X already
                cand = according(w, sent, index) if id(w) not in cue_words else None
                if cand is not None:
                    out.append(cand)
                continue
            clause_noun = w.upos == "NOUN" and w.lemma_lower in lex.noun_cue_lemmas
            if clause_noun or (w.upos == "NOUN" and w.lemma_lower in lex.target_noun_lemmas):
                noun_report = _noun_report(w, lex) if clause_noun else None
                if noun_report is None and scope is Scope.ATTRIBUTIONS:
                    noun_report = _noun_target(w, lex)
                if noun_report is not None:
                    span = (noun_report.start, noun_report.end)
                    if not any(overlaps(span, (d.start, d.end)) and not _fragment_inside(d, span) for d in direct):
                        out.append(noun_report)
                    continue
            kind = cue_kind(w, lex, scope)
            if kind is CueKind.FRAGMENT and scope is Scope.ATTRIBUTIONS:
                kind = CueKind.SPEECH_ACT  # "called on Congress to act", not only 'called it “a threat”'
            if kind in (None, CueKind.FRAGMENT, CueKind.ACCORDING):
                continue
            if scope is Scope.ATTRIBUTIONS and _is_raising(w):
                cand = _raising(w)
            elif id(w) in cue_words:
                cand = None
            else:
                asked = _asked_question(w, lex) if w.lemma_lower in QUESTION_CUES else None
                cand = asked or _reported_clause(w, kind, sent, lex, scope, id(w) in framing)
            if (
                scope is Scope.ATTRIBUTIONS
                and (cand is None or cand.how is Method.ARGUMENTS)
                and id(w) not in cue_words
                and not _is_raising(w)
            ):
                cand = _passive_report(w, kind, cand, lex) or cand
            if cand is None:
                continue
            span = (cand.start, cand.end)
            if any(overlaps(span, (d.start, d.end)) and not quoted_inside(d, span) for d in direct_quotes):
                continue  # the cue introduces a direct quote: "Kerry said: “…”"
            if any(index.in_quote(x) for x in [cand.speaker_head()] if x is not None):
                continue
            out.append(cand)
    return out


#: Words that open a noun's clause saying what was said or thought: "the claim [that …]", "a plan [to …]".
_NOUN_CLAUSE_MARKS = frozenset({"that", "to"})


def _noun_clause(noun: Word, lex: Lexicons) -> Word | None:
    """The clause after a speech or thought noun that says what the noun holds: a "that" clause
    with its own subject ("the claim [that Obama founded ISIS]"; not a relative clause with a gap,
    "the claim [that he made]") or a to-infinitive ("her promise [to cut taxes]")."""
    if any(c.rel in SUBJECT_RELS for c in noun.children):
        return None  # a verb the tagger called a noun ("Lee claims that …")
    for c in noun.children:
        if c.id < noun.id or c.rel not in ("acl", "ccomp"):
            continue
        opener = first_word(c)
        if opener.lower not in _NOUN_CLAUSE_MARKS or opener.head != c.id:
            continue
        if opener.lower == "to":
            return c if c.deprel == "acl" and opener.rel == "mark" else None
        if opener.rel in SUBJECT_RELS or not is_finite_clause(c):
            continue  # "the claim [that fired them up]": a relative clause on the noun
        if not any(g.rel in SUBJECT_RELS for g in c.children):
            continue
        if c.deprel == "acl:relcl" and opener.rel != "mark" and not _that_fills_no_gap(c) and _takes_the_noun(c, lex):
            continue  # "the claim [that he made]": the noun is the relative verb's object
        return c
    return None


def _takes_the_noun(verb: Word, lex: Lexicons) -> bool:
    """Whether VERB, with "that" before it and no object of its own, is one that makes, repeats or
    answers a claim ("the claim that he [made]", "the charge that she [denied]"), so "that" is a
    relative pronoun; "the claim that taxes would [fall]" is a "that" clause however parsed."""
    lemma = verb.lemma_lower
    return lemma in lex.issuing_verbs or lemma in lex.attribution_cue_lemmas


def _noun_report(noun: Word, lex: Lexicons) -> Candidate | None:
    """ "Trump's claim [that Obama founded ISIS]", "her plan [to run]": the clause of a speech or
    thought noun (speech_nouns.txt, speech_act_nouns.txt, cognition_nouns.txt) as the content, the
    noun as the cue and its possessor, agent or issuer as the speaker (``noun_issuer``). None
    without a speaker: as for a verb, someone must be reporting ("the idea that …" cites no one). A
    noun of saying's "that" clause is a statement; the rest come with scope "attributions"
    (``cues.cue_category``, ``assemble.category_of``)."""
    head = noun.head_word
    if head is not None and phrasal_object(head, lex) is noun:
        return None  # "expressed concern that …": the phrasal verb is the cue
    clause = _noun_clause(noun, lex)
    if clause is None:
        return None
    sent = clause.sent
    sub = sent.subtree(clause)
    last = _before_trailing_clause(sent.words, clause, sub[-1].id)
    last = _before_dash_aside(sent.words, clause, last)
    # "Trump's assertion that Russia should hack her emails[; his criticism of …]": a list goes on
    last = next((w.id - 1 for w in sent.words[clause.id : last] if w.text == ";"), last)
    span = content_span(sent.words[sub[0].id - 1 : last])
    if span is None:
        return None
    attribution = noun_issuer(noun, lex)
    if attribution.speaker is None:
        return None
    how = Method.NOUN_CLAUSE if first_word(clause).lower == "that" else Method.NOUN_INFINITIVE
    return Candidate(
        QuoteType.INDIRECT, [span], how, cue=noun, attribution=attribution, confidence=confidence.base(how)
    )


def _noun_target(noun: Word, lex: Lexicons) -> Candidate | None:
    """ "Trump's attack [on Cruz]", "her call [for a ban]", "made comments [about the wall]" (scope
    "attributions"): the phrase after a noun of target_nouns.txt with its preposition, which
    names what the act is about, as the content; the noun as the cue and its possessor, agent or
    issuer as the speaker (``noun_issuer``). None without a speaker, as for a noun's clause
    ("the attack on Paris" cites no one)."""
    for arg in noun.children:
        if arg.id < noun.id or arg.deprel != "nmod":
            continue
        case = next((g for g in arg.children if g.rel == "case" and g.id < arg.id), None)
        if case is None or f"{noun.lemma_lower} {case.lower}" not in lex.target_nouns:
            continue
        sent = noun.sent
        end = sent.subtree(arg)[-1].id
        for other in noun.children:
            # "attacks on [big banks and Wall Street executives]": a conjunct the parser hung on
            # the noun as a phrase of its own, right after the target
            if other.id > end and other.deprel == "nmod" and any(g.rel == "cc" for g in other.children):
                sub = sent.subtree(other)
                if sub[0].id == end + 1 and sub[0].rel == "cc":
                    end = sub[-1].id
        last = _before_trailing_clause(sent.words, arg, end, lex=lex)
        span = content_span(sent.words[case.id : last])
        attribution = noun_issuer(noun, lex)
        if span is None or attribution.speaker is None:
            return None
        return Candidate(
            QuoteType.INDIRECT,
            [span],
            Method.NOUN_TARGET,
            cue=noun,
            attribution=attribution,
            confidence=confidence.base(Method.NOUN_TARGET),
        )
    return None


def _fragment_inside(quote: Candidate, span: tuple[int, int]) -> bool:
    """A quoted fragment inside SPAN ('claim that Obama “founded ISIS”'): part of the reported words."""
    return quote.type is not QuoteType.DIRECT and span[0] <= quote.start and quote.end <= span[1]


def _is_raising(cue: Word) -> bool:
    """ "Sanders seemed to waver", "the plan appears doomed", "the House is expected to pass it"."""
    if cue.lemma_lower in _RAISING_CUES:
        return True
    passive = any(c.deprel == "nsubj:pass" for c in cue.children)
    if passive and cue.lemma_lower in _BELIEF_PASSIVE_CUES | HEARSAY_PASSIVE_LEMMAS:
        return passive_with_infinitive(cue)
    if _judged_in_relative(cue):
        return True
    return passive and (cue.lemma_lower in _EXPECTATION_CUES or cue.lemma_lower in _JUDGEMENT_CUES)


def _judged_in_relative(cue: Word) -> bool:
    """ "comments [seen] as insulting women", "an option [seen] by organizers as a lifeboat": a
    verb of judging as a participle on a noun, with what the noun is taken for."""
    return (
        cue.lemma_lower in _JUDGEMENT_CUES
        and cue.xpos == "VBN"
        and (cue.deprel or "").startswith("acl")
        and not any(c.rel in SUBJECT_RELS or c.rel in ("aux", "aux:pass") for c in cue.children)
        and _as_phrase(cue) is not None
    )


def _as_phrase(cue: Word) -> Word | None:
    """The "as" phrase after CUE that says what something is taken for ("seen [as a threat]")."""
    return next(
        (
            c
            for c in cue.children
            if c.rel in ("obl", "advcl") and c.id > cue.id and any(g.lower == "as" for g in c.children)
        ),
        None,
    )


def _raising(cue: Word) -> Candidate | None:
    """An attribution of appearance or expectation with no one cited (scope "attributions"): its
    content is the subject and what is said of it, two pieces around the cue ("[Sanders] seemed
    [to waver]", "[the House] is expected [to pass the bill]"). No speaker: the writer judges.
    Negated too: "[the bill] is not expected [to pass]" still attributes an expectation (not
    "did not seem to")."""
    if is_negated(cue) and cue.lemma_lower not in _EXPECTATION_CUES:
        return None
    sent = cue.sent
    subject = next((c for c in cue.children if c.rel in SUBJECT_RELS and c.id < cue.id), None)
    empty_it = any(c.rel in ("nsubj", "expl") and c.lower == "it" and c.id < cue.id for c in cue.children)
    seems = _it_seems(cue) if empty_it and cue.lemma_lower in _RAISING_CUES else None
    if seems is not None:
        return seems
    complement = next((c for c in cue.children if c.rel == "xcomp" and c.id > cue.id), None)
    if complement is None and cue.lemma_lower in _RAISING_CUES:
        # "this seems [like a fine idea]", "the debate appeared [as if it might be an anticlimax]"
        complement = next(
            (
                c
                for c in cue.children
                if c.rel in ("obl", "advcl")
                and c.id > cue.id
                and any(
                    g.lower in ("like", "as") and g.rel in ("case", "mark") and g.id == cue.id + 1 for g in c.children
                )
            ),
            None,
        )
    judged = cue.lemma_lower in _JUDGEMENT_CUES
    if complement is None and judged:
        # "the DNC, which is seen [as politically aligned with Clinton]"
        complement = _as_phrase(cue)
    if subject is None and complement is not None and _judged_in_relative(cue):
        # "comments seen as [insulting women]": what the noun is taken for, by its agent or no one
        words = [w for w in _clause_of(complement) if not (w.lower == "as" and w.head == complement.id)]
        piece = content_span(words)
        if piece is None:
            return None
        return _judgement([piece], cue)
    if subject is None or complement is None or subject.lower == "there":
        return None
    pieces = [content_span(sent.subtree(subject)), content_span(_clause_of(complement))]
    if pieces[0] is None or pieces[1] is None:
        return None
    return _judgement([pieces[0], pieces[1]], cue) if judged else _cited_to_no_one([pieces[0], pieces[1]], cue)


def _judgement(pieces: list[tuple[int, int]], cue: Word) -> Candidate:
    """A judgement ("seen as", "considered") with content PIECES: its agent holds it ("[Pigs] are
    considered [unclean] by [Muslims]"), else it is cited to no one."""
    cand = _cited_to_no_one(pieces, cue)
    agent = agent_of(cue)
    if agent is not None:
        cand.attribution = Attribution(agent, None, None, AttributionMethod.AGENT)
    return cand


def _passive_report(cue: Word, kind: CueKind, found: Candidate | None, lex: Lexicons) -> Candidate | None:
    """A passive speech act or report (scope "attributions"): what it is about is its subject,
    a piece of the content before the cue, with the arguments after it ("[Trump] has been
    criticized [for his remarks]", "[the plan] was announced on Monday", "[he] is best known [for
    his jokes]"). The agent speaks ("by Democrats"), or no one is cited. FOUND is what the
    arguments alone gave. Not a subject that is the addressee of a clause ("reporters were told
    [that …]": the clause is the content); a question put to it is its own (_put_to_subject)."""
    if kind not in _PASSIVE_REPORT_KINDS or any(c.rel in ("ccomp", "xcomp") for c in cue.children):
        return None
    if cue.xpos != "VBN" or not any(c.deprel == "aux:pass" for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.deprel == "nsubj:pass" and c.id < cue.id), None)
    if cue.lemma_lower in lex.addressee_verbs:
        return _put_to_subject(cue, subject, found)  # "[Blumenthal] was asked …": the one spoken to
    if kind is CueKind.COGNITION and not any(
        c.rel in ("obl", "advcl")
        and c.id > cue.id
        and any(g.lower in ("as", "for") and g.rel in ("case", "mark") for g in c.children)
        for c in cue.children
    ):
        return None  # a thought on its subject says what it is taken for: "[he] is best known [for …]"
    if found is None and cue.lemma_lower in _CALLED_RACE_CUES:
        return None  # "[Texas] was called for Trump": a result declared, not words reported
    if subject is None or subject.lower in ("it", "there") or subject.lower in RELATIVE_PRONOUNS | {"that"}:
        return None
    head = content_span(cue.sent.subtree(subject))
    if head is None:
        return None
    rest = found.spans if found is not None else []
    if found is None and kind is not CueKind.SPEECH:
        args = _argument_words(cue, lex)
        arg_span = content_span(args) if args else None
        rest = [arg_span] if arg_span is not None else []
    cand = _cited_to_no_one([head, *rest], cue)
    agent = found.attribution.speaker if found is not None and found.attribution is not None else agent_of(cue)
    if agent is not None:
        cand.attribution = Attribution(agent, None, None, AttributionMethod.AGENT)
    return cand


def _put_to_subject(cue: Word, subject: Word | None, found: Candidate | None) -> Candidate | None:
    """ "[Clinton] was asked [about speeches she made]": a question on a topic put to the subject,
    who is the addressee; the asker is the agent or no one."""
    if subject is None or found is not None:
        return None
    topic = next((c for c in cue.children if c.id > cue.id and _topic_phrase(c, ("about", "on"))), None)
    if topic is None:
        return None
    words = _clause_of(topic)
    if words and words[0].rel == "case" and words[0].id == cue.id + 1:
        words = words[1:]  # "asked about": the preposition is the cue's
    span = content_span(words)
    if span is None:
        return None
    cand = _cited_to_no_one([span], cue)
    cand.attribution = Attribution(agent_of(cue), None, subject, AttributionMethod.PASSIVE)
    return cand


#: Cues whose bare passive declares a result ("the race was called"), not a report.
_CALLED_RACE_CUES = frozenset({"call"})
#: Cue kinds whose passive is reported with its subject as content.
_PASSIVE_REPORT_KINDS = frozenset({CueKind.SPEECH_ACT, CueKind.STANCE, CueKind.SPEECH, CueKind.COGNITION})


def _cited_to_no_one(pieces: list[tuple[int, int]], cue: Word) -> Candidate:
    """An attribution whose content is PIECES and that names no one: appearance, expectation or
    hearsay ("[Sanders] seemed [to waver]", "[delegates] reportedly [booed]")."""
    return Candidate(
        QuoteType.INDIRECT,
        pieces,
        Method.ARGUMENTS,
        cue=cue,
        attribution=Attribution(None, None, None, AttributionMethod.NONE),
        confidence=confidence.base(Method.ARGUMENTS),
    )


def _it_seems(cue: Word) -> Candidate | None:
    """ "It seems [the Democrats have too many superdelegates]", "it appears, though, [that the game
    was not boring]", "it seems [increasingly likely that Trump will win]": with an empty "it" what
    seems so is the clause, one piece, and no one is cited. None when no clause follows ("[it]
    seems [to work]": the "it" stands for something, a piece of its own)."""
    clause = next((c for c in cue.children if c.rel == "ccomp" and c.id > cue.id), None)
    if clause is None:
        clause = next(
            (
                c
                for c in cue.children
                if c.rel == "xcomp" and c.id > cue.id and any(g.rel in ("ccomp", "csubj") for g in c.children)
            ),
            None,
        )
    span = content_span(_clause_of(clause)) if clause is not None else None
    return _cited_to_no_one([span], cue) if span is not None else None


def _hearsay(adverb: Word) -> Candidate | None:
    """ "[Anti-Trump delegates] reportedly [erupted in boos]": what the adverb's clause says,
    attributed to unnamed reports (scope "attributions", category evidence, no speaker), in two
    pieces around the adverb when its subject comes first."""
    head = adverb.head_word
    if adverb.rel != "advmod" or head is None or head.upos not in VERBAL_UPOS | {"ADJ", "NOUN", "PROPN"}:
        return None
    clause = [w for w in _clause_of(head) if w.id != adverb.id]
    subject = next((c for c in head.children if c.rel in SUBJECT_RELS and c.id < adverb.id), None)
    before = [w for w in clause if w.id < adverb.id]
    after = [w for w in clause if w.id > adverb.id]
    two = subject is not None and before
    pieces = [content_span(before), content_span(after)] if two else [content_span(clause)]
    if any(p is None for p in pieces):
        return None
    return _cited_to_no_one([p for p in pieces if p is not None], adverb)


def _poll_finding(in_word: Word, lex: Lexicons) -> Candidate | None:
    """ "[Trump leads Cruz by ten points] in a new poll", "In the latest Fox survey, [Clinton had 45
    percent]": a clause placed in one poll is what it found (scope "attributions", category
    evidence), and the poll speaks, as in "according to a new poll". The content is the clause
    without the poll's phrase, in pieces around it where the phrase interrupts it ("[Sanders], in
    the new poll, [leads Clinton by ten points]"). Not a plural: "[he rose]
    in the polls" places a candidate in no one's findings (PolNeAR train marks 8 of 51 such); not
    a clause that reports a finding of its own ("In an online poll, [the group found that …]"),
    nor a noun's or a participle's modifier ("the Republicans surveyed in the CBS poll")."""
    poll = in_word.head_word
    if in_word.rel != "case" or poll is None or poll.upos != "NOUN":
        return None
    if poll.lemma_lower not in lex.poll_nouns or is_plural(poll):
        return None
    head = poll.head_word
    if poll.rel == "nmod" and head is not None and head.rel in ("obj", "obl"):
        # "[Lee leads Park by ten points] in a new poll", the phrase hung on the verb's object
        head = head.head_word
    elif poll.rel != "obl":
        return None
    if head is None or head.upos not in VERBAL_UPOS | {"ADJ"} or head.rel in ("acl", "amod"):
        return None
    if head.lemma_lower in lex.evidence_verbs:
        return None
    sent = head.sent
    own = {w.id for w in sent.subtree(poll)}
    subject = next((c for c in head.children if c.rel in SUBJECT_RELS), None)
    if subject is not None:
        # "In March, [Cruz had 38 percent]": a phrase set off before the subject frames the finding
        for c in head.children:
            phrase = sent.subtree(c)
            # the comma after its last word, whether or not the parse hung the comma on it
            last_word = next((w for w in reversed(phrase) if w.upos != "PUNCT"), None)
            if c.id < subject.id and c.rel in FRAME_RELS and last_word is not None and before_comma(last_word):
                own |= {w.id for w in phrase}
    clause = [w for w in _clause_of(head) if w.id not in own]
    core = {head.id} | ({subject.id} if subject is not None else set())
    # runs of consecutive words: a word's id less its place is the same along a run
    runs = [[w for _, w in g] for _, g in itertools.groupby(enumerate(clause), key=lambda iw: iw[1].id - iw[0])]
    # "…, [a 52-point swing]", "…, [compared to 50 percent]": a run after the poll's phrase that
    # holds neither the verb nor its subject adds to the finding rather than being one
    pieces = [p for p in (content_span(run) for run in runs if core & {w.id for w in run}) if p is not None]
    if not pieces:
        return None
    return Candidate(
        QuoteType.INDIRECT,
        pieces,
        Method.FOUND_IN,
        cue=in_word,
        attribution=Attribution(poll, None, None, AttributionMethod.FOUND_IN),
        confidence=confidence.base(Method.FOUND_IN),
    )


def _clause_of(head: Word) -> list[Word]:
    """HEAD's subtree up to a comma-set clause of the writer's at its end."""
    words = head.sent.subtree(head)
    last = _before_trailing_clause(head.sent.words, head, words[-1].id)
    return [w for w in words if w.id <= last]


def _rest_of_paragraph(sentences: list[Sentence], k: int) -> list[Sentence]:
    """The sentences after the k-th up to its paragraph's end or the next label ("Q:"), so a
    paragraph of labels is read once, not once per label."""
    out = []
    for j in range(k + 1, len(sentences)):
        s = sentences[j]
        if s.paragraph != sentences[k].paragraph or s.ends_with_colon or speaker_label(s) is not None:
            break
        out.append(s)
    return out


def _reported_clause(
    cue: Word, kind: CueKind, sent: Sentence, lex: Lexicons, scope: Scope = Scope.STATEMENTS, frames_quote: bool = False
) -> Candidate | None:
    if is_negated(cue) and scope is not Scope.ATTRIBUTIONS:
        # "officials would not say why …", "he never said": nothing was reported. With every
        # attribution, a denial is one too ("did not mention Trump"); the cue says it is negated.
        return None
    # "cast [her rival as weak]", "voted [for Sanders]": a verb that is a cue only with its phrase
    # reports that phrase, neither a clause nor what it follows
    phrase_cue = cue.lemma_lower not in lex.attribution_cue_lemmas and in_its_frame(cue, lex)
    comp = None if phrase_cue else _complement(cue, lex)
    if (
        comp is not None
        and comp.id > cue.id
        and _in_opening_subordinate(cue)
        and any(w.text == "," for w in sent.words[cue.id : comp.id - 1])
    ):
        comp = None  # "While checks will continue, [officials will scrap …]" parsed as a complement
    how = Method.COGNITION if kind == CueKind.COGNITION else Method.INDIRECT
    content_words = None
    framed: list[Word] | None = None  # the main clause of an "as" frame, whose agent speaks
    misplaced_subject = _speaker_hung_on_complement(cue, comp) if comp is not None else None
    fronted = _fronted_subject(cue, comp) if comp is not None else None
    if comp is not None:
        if comp.id > cue.id:
            content_words = _clause_words(cue, comp, sent, lex)
            if misplaced_subject is not None:
                content_words = [w for w in content_words if w.id > cue.id]
            if fronted is not None:
                content_words = fronted[0] + [w for w in content_words if w.id > cue.id]
        else:
            content_words = sorted(_subjects_hung_on_cue(cue, comp) + sent.subtree(comp), key=lambda w: w.id)
    elif (
        # "…, a USA TODAY investigation found": a finding placed after its clause is the
        # source's, as a statement is; a trailing thought ("…, I think") is no such report
        (kind != CueKind.COGNITION or cue_category(cue, lex) is QuoteCategory.EVIDENCE)
        and not phrase_cue
        and (cue.rel == "parataxis" or _trailing_conj(cue))
        and cue.head
        and cue.head < cue.id
        and not any(c.rel == "obj" for c in cue.children)  # "…, continues a tradition": no report
    ):
        # "ISIS militants thrust east ..., witnesses and sources said."
        head = cue.sent.words[cue.head - 1]
        if head.lemma_lower in QUESTION_CUES and not any(c.rel in SUBJECT_RELS for c in head.children):
            return None  # "Asked whether he would run, Rubio said no": the question put to him
        cue_ids = {x.id for x in sent.subtree(cue)}
        content_words = [x for x in sent.subtree(head) if x.id not in cue_ids and x.id < cue.id]
        content_words += _rest_after_parenthetical(cue_ids, head)
        how = Method.PARATAXIS
    elif kind == CueKind.COGNITION:
        if cue_category(cue, lex) is QuoteCategory.EVIDENCE:
            framed = _as_framed_clause(cue)  # "As the audit found, [the fund paid …]": as a report's frame
        content_words = framed or _split_complement(cue, lex)
        if framed:
            how = Method.SURFACE
    elif kind == CueKind.SPEECH:
        content_words = _colon_content(cue)
        how = Method.COLON
        if content_words is None:
            framed = _as_framed_clause(cue)
            content_words = framed or _surface_clause(cue, lex) or _split_complement(cue, lex)
            how = Method.SURFACE
        if not content_words:
            content_words = _interrupted_clause(cue)
            how = Method.INTERRUPTED
    if not content_words and kind in (CueKind.SPEECH, CueKind.COGNITION):
        gapped = _relative_gap_clause(cue)
        if gapped is not None:
            content_words, how = gapped, Method.SURFACE
    trailing_speaker = None
    if not content_words and kind == CueKind.SPEECH:
        trailing = _trailing_after_comma(cue)
        if trailing is not None:
            content_words, trailing_speaker = trailing
            how = Method.PARATAXIS
    # "took aim [at the bill]", "came out [against the tax]": the phrase, without its preposition
    # ("aim" and "out" are the cue's; with no object or particle, the arguments as for any act)
    phrase = frame_phrase(cue, lex) if phrase_cue else None
    if phrase is not None and any(c.rel == "obj" or c.deprel == "compound:prt" for c in cue.children):
        sub = _without_preposition(phrase)
        content_words = sent.words[sub[0].id - 1 : _before_trailing_clause(sent.words, phrase, sub[-1].id, lex=lex)]
        how = Method.ARGUMENTS
    relative = _relative_object(cue) if scope is Scope.ATTRIBUTIONS and not frames_quote else None
    if not content_words and scope is Scope.ATTRIBUTIONS and not frames_quote:
        if relative is not None or _takes_arguments(cue, kind, lex):
            content_words = _argument_words(cue, lex) or []
            how = Method.ARGUMENTS
            if phrase is not None:
                # "spoke [with reporters] about [the budget]": what is spoken of starts the content
                first = _without_preposition(phrase)[0]
                content_words = [w for w in content_words if w.id >= first.id]
    if relative is not None and not content_words:
        content_words = [relative]  # "which private lenders considered [too risky]" has more
    if not content_words or all(w.upos == "PUNCT" or w.lemma_lower in lex.time_words for w in content_words):
        return None  # "responded [Friday], saying …": a time is no report
    span = content_span(content_words)
    if span is None:
        return None
    attr = find_attribution(cue, lex, _inside_clause_after(cue, span), object_is_content=how is Method.ARGUMENTS)
    if framed and (agent := _as_frame_agent(cue)) is not None:
        attr = Attribution(agent, attr.source, attr.addressee, AttributionMethod.AGENT)
    if trailing_speaker is not None:
        attr = Attribution(trailing_speaker, attr.source, attr.addressee, AttributionMethod.ADJACENT)
    elif fronted is not None:
        attr = Attribution(fronted[1], attr.source, attr.addressee, AttributionMethod.ADJACENT)
    elif misplaced_subject is not None and attr.speaker is None:
        attr = Attribution(misplaced_subject, attr.source, attr.addressee, AttributionMethod.ADJACENT)
    if attr.speaker is None:
        # The parser hung the subject elsewhere ("Speaking in Cairo, Secretary ... Kerry said"):
        # the nominal right before the cue.
        nearest = nominal_before_cue(cue, lex.time_words)
        if nearest is not None:
            attr = Attribution(nearest, attr.source, attr.addressee, AttributionMethod.ADJACENT)
    if attr.speaker is None:
        opening = _subject_before_aside(sent.words[: cue.id - 1], lex)
        if opening is not None:
            attr = Attribution(opening, attr.source, attr.addressee, AttributionMethod.ADJACENT)
    if attr.speaker is None:
        asked = _question_put_to(cue, content_words)
        question = content_span(asked[0]) if asked is not None else None
        if asked is None or question is None:
            return None  # reported speech needs someone reporting: "please note that ..." is not a quote
        # "Asked whether the plan would work, Lee said …": the reporter's question, put to Lee.
        put_to = Attribution(None, None, asked[1], AttributionMethod.PASSIVE)
        return Candidate(
            QuoteType.INDIRECT, [question], how, cue=cue, attribution=put_to, confidence=confidence.base(how)
        )
    if kind == CueKind.COGNITION:
        if attr.speaker.lower in ("it", "there") or len(content_words) < MIN_COGNITION_WORDS:
            return None
        if discourse_you_know(cue, attr.speaker, trim_edges(content_words)):
            return None
    if how is Method.PARATAXIS and attr.speaker.id < cue.id and attr.speaker.start < span[0]:
        return None
    split = split_by_cue(cue, attr.speaker, sent, span) or split_around_relative_cue(cue, attr.speaker, sent, span)
    if fronted is not None:
        pieces = [content_span(fronted[0]), content_span([w for w in content_words if w.id > cue.id])]
        split = [p for p in pieces if p is not None]
    if split is None and how is Method.INTERRUPTED:
        return None  # only an attribution set off by commas inside the clause interrupts it
    spans = [piece for p in (split or [span]) for piece in _without_asides(p, sent)]
    if relative is not None and relative.end <= spans[0][0]:
        spans.insert(0, (relative.start, relative.end))  # "[which] he describes [as his second home]"
    return Candidate(QuoteType.INDIRECT, spans, how, cue=cue, attribution=attr, confidence=confidence.base(how))


def _without_preposition(phrase: Word) -> list[Word]:
    """PHRASE's words without the preposition that opens it ("for [a ban]", "at [the tax]")."""
    return [
        w for w in phrase.sent.subtree(phrase) if not (w.head == phrase.id and w.rel == "case" and w.id < phrase.id)
    ]


def _without_asides(span: tuple[int, int], sent: Sentence) -> list[tuple[int, int]]:
    """SPAN in pieces around the writer's asides inside it: a relative clause or an apposition set
    off by commas on both sides, with more of the clause after it ("said [that Sanders], who won
    Rhode Island, [would press on]", "[CNN], a fellow Turner asset, [has done an awful job]"). The
    aside describes someone the report names; it is not what was reported. Only where the parse
    leaves both commas outside the aside: taking them from inside it cut clauses that were no aside
    (70 more false pieces on PolNeAR train)."""
    words = [w for w in sent.words if span[0] <= w.start and w.end <= span[1]]
    cuts: list[tuple[int, int]] = []
    for w in words:
        opener = first_word(w) if w.parsed else None
        relative = w.deprel == "acl:relcl" and opener is not None and opener.lower in RELATIVE_PRONOUNS
        if not (relative or w.rel == "appos"):
            continue
        sub = sent.subtree(w)
        if any(x.text in QUOTE_CHARS for x in sub):
            continue  # a quotation's words are the speaker's
        first, last = sub[0], sub[-1]
        if not (after_comma(first) and before_comma(last)):
            continue
        before, after = sent.words[first.id - 2], sent.words[last.id]
        if before.start <= span[0] or after.end >= span[1]:
            continue  # not inside: a trailing aside is cut elsewhere
        cuts.append((before.start, after.end))
    if not cuts:
        return [span]
    pieces, at = [], span[0]
    for a, b in sorted(cuts):
        if a < at:
            continue  # an aside inside another
        pieces.append((at, a))
        at = b
    pieces.append((at, span[1]))
    out = [content_span([w for w in words if p[0] <= w.start and w.end <= p[1]]) for p in pieces]
    return [p for p in out if p is not None] or [span]
