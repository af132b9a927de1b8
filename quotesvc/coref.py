"""Speaker entity resolution: from the mention at a cue to a canonical name.

Rule-based, over the article's words (POS for names, the parse where there is one):

* names are maximal runs of proper nouns (hyphenated and particle pieces included: al-, bin, de),
  cut where the parse hangs two pieces of a run on different heads ("Ambassador to the United
  States Hamdullah Mohib"), with titles and ranks from ``titles.txt`` removed from the front:
  "Secretary of State John Kerry" -> "John Kerry", "Maj. Gen. Qassim al-Moussawi" -> "Qassim
  al-Moussawi"; a name right after "the" is an organization's ("the Saudi Gazette");
* a one-word name is the surname of the longest earlier name ending in that word ("Kerry" ->
  "John Kerry"), or of a later one if none came before;
* he/she resolve to the latest person speaker in the last few paragraphs, else the latest
  person-like name before the pronoun; they/them to the latest group or organization speaker,
  else the nearest plural subject (or "some of" a plural) outside quotation marks in the last few
  sentences, read by position in a sentence that was tagged but not parsed; it to the
  latest organization speaker, else the nearest organization or medium noun ("the network");
  I/me (speakers are never inside quotation marks, so this is the text's own voice) to "the
  author", we/us to "the authors";
* a definite description ("the official", "the sources", "the spokesman") resolves to the latest
  entity one of whose mentions has the same head noun ("A military intelligence official") or
  whose title words include it ("Military spokesman Maj. Gen. ..."); an indefinite one starts a
  new anonymous entity named by the mention's text.

Notes: the design of Lee et al.'s sieves (2013) reduced to what speaker attribution needs; the
pronoun rule follows the observation (Pareti 2015; the GenderGapTracker) that a pronoun speaker
is almost always the last quoted person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from quotesvc.document import ParsedText, Word
from quotesvc.lexicons import Gender, Lexicons, PronounKind
from quotesvc.results import SpeakerKind
from quotesvc.ud import is_plural, surface_noun_phrase

_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "de",
        "da",
        "del",
        "der",
        "van",
        "von",
        "di",
        "du",
        "la",
        "le",
        "abu",
        "bint",
        "ben",
        "st",
        "-",
    }
)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_PERSON_PRONOUN_MAX_PARAGRAPHS = 3
#: How many sentences back a group pronoun looks for a plural subject when no group has spoken.
_PLURAL_ANTECEDENT_SENTENCES = 3
AUTHOR = "the author"  # the entity of "I" in the text's own voice; he/she never resolve to it
AUTHORS = "the authors"  # "we" in that voice
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ul|bin|ibn|abu|de|da|di|du|la|le|van|von|d|o)[-'’][A-Z]")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.]{1,}$")


@dataclass(frozen=True)
class Name:
    """A proper-name mention, titles stripped."""

    text: str
    start: int
    end: int
    tokens: tuple[str, ...]
    titled: bool  # a title or rank stood before it
    paragraph: int
    acronym: bool
    definite: bool = False  # "the" stood right before it: "the Saudi Gazette", not a person
    gender: Gender | None = None  # what an honorific before it says ("Mrs. Clinton")
    placed: bool = False  # a place preposition stood right before it: "in El Paso", "across Lake Erie"


#: Prepositions of place: a name right after one is a place ("Growing up in El Paso, Mendoza …"),
#: never what a later "he" or "she" stands for.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "near", "around", "throughout", "outside", "inside"})


@dataclass
class Entity:
    name: str
    kind: SpeakerKind
    mentions: list[tuple[int, int]] = field(default_factory=list)
    mention_set: set[tuple[int, int]] = field(default_factory=set, repr=False, compare=False)
    descriptors: set[str] = field(default_factory=set)  # lemmas of description words
    gender: Gender | None = None  # as the article marks it: Mr/Ms, "the spokeswoman", an earlier "she"
    last_paragraph: int = 0
    last_pos: int = 0

    def __post_init__(self) -> None:
        self.mention_set.update(self.mentions)


#: A description or title is read at most this many words from a name (bounds the work on a run
#: of names and nouns).
MAX_DESCRIPTION_WORDS = 8
#: Tags of the words of a describing noun phrase ("the city's chief executive").
_DESCRIPTION_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART"})


def _partitive_of_plural(w: Word) -> bool:
    """ "[some] of these outsiders", "[many] of the delegates": a quantity of a plural noun."""
    return w.upos in ("PRON", "ADJ", "DET", "NUM") and any(
        c.rel == "nmod" and c.upos in ("NOUN", "PROPN") and is_plural(c) for c in w.children
    )


def _surface_plural_subject(w: Word) -> bool:
    """In a sentence that was tagged but not parsed: a noun right before a finite verb that agrees
    with a plural ("[the Brujas] have found", "[Professors Foner and Alba] suggest"), plural
    itself or the last of names joined by "and"."""
    words = w.sent.words
    if w.upos not in ("NOUN", "PROPN") or w.id >= len(words):
        return False
    verb = words[w.id]
    if verb.upos not in ("VERB", "AUX") or verb.xpos not in ("VBP", "VBD", "MD"):
        return False
    return is_plural(w) or (w.upos == "PROPN" and any(x.lower == "and" for x in surface_noun_phrase(w)))


#: How many clauses up a pronoun's sentence subject is looked for.
_HOST_CLAUSE_DEPTH = 4


def _contiguous_run(words: list[Word], head: Word) -> list[Word]:
    """The stretch of WORDS (in order) around HEAD with no gap in word ids, trimmed of
    punctuation and conjunctions at its edges."""
    ids = {w.id for w in words}
    lo = hi = head.id
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    run = [w for w in words if lo <= w.id <= hi]
    while run and run[0].upos in ("PUNCT", "CCONJ"):
        run = run[1:]
    while run and run[-1].upos in ("PUNCT", "CCONJ"):
        run = run[:-1]
    return run


def _noun_phrase_up_to(noun: Word) -> list[Word]:
    """The mention a noun heads, from its first modifier to the noun itself ("the chairman" of "the
    chairman of the panel"): the antecedent a pronoun is resolved to."""
    words = [
        w
        for w in noun.sent.subtree(noun)
        if w.upos in ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM") and w.id <= noun.id
    ]
    return _contiguous_run(words, noun)


def _run_forward(words: list[Word], i: int) -> list[Word]:
    """The noun-phrase-like run of words from index I on (at most MAX_DESCRIPTION_WORDS)."""
    out: list[Word] = []
    while i < len(words) and words[i].upos in _DESCRIPTION_UPOS and len(out) < MAX_DESCRIPTION_WORDS:
        out.append(words[i])
        i += 1
    return out


def _run_back(words: list[Word], i: int) -> list[Word]:
    """The noun-phrase-like run of words ending at index I (at most MAX_DESCRIPTION_WORDS)."""
    out: list[Word] = []
    while i >= 0 and words[i].upos in _DESCRIPTION_UPOS and len(out) < MAX_DESCRIPTION_WORDS:
        out.append(words[i])
        i -= 1
    return out[::-1]


def _described(run: list[Word]) -> set[str]:
    """The lemmas a description run says, when it is one (it ends in a common noun); the owner
    of a possessive ("the city's") is left out, as the description being resolved leaves it."""
    if not run or run[-1].upos != "NOUN":
        return set()
    owned = max((k for k, w in enumerate(run) if w.upos == "PART"), default=-1)
    return {w.lemma_lower for w in run[owned + 1 :] if w.upos in ("NOUN", "ADJ")}


def _possessor_of(name: Name, head: Word) -> bool:
    """NAME is a possessive modifier of HEAD ("Iran's" of "Iran's supreme leader")."""
    return any(c.deprel == "nmod:poss" and name.start <= c.start < name.end for c in head.children)


#: A word that ends with its possessive apostrophe ("Corps’", "Sanders'"): a name ends with it, and
#: the name after it ("Democracy Corps’ Stan Greenberg") is another.
_POSSESSIVE_END = re.compile(r"\w['\u2019]$")


def _norm(token: str) -> str:
    return token.lower().rstrip(".")


def _is_name_piece(w: Word) -> bool:
    # A lowercase word is not part of a name whatever its tag ("IRNA news agency"); particles
    # (al-, bin, de) are joined separately.
    if not (w.text[:1].isupper() or w.text[:1].isdigit() or _PARTICLE_PREFIX.match(w.text)):
        return False
    return w.upos == "PROPN" or (w.upos in ("NOUN", "X") and w.rel in ("flat", "compound"))


def find_names(parsed: ParsedText, lex: Lexicons) -> list[Name]:
    """Every proper-name run of the article, titles removed, in text order."""
    text = parsed.text
    names: list[Name] = []
    for s in parsed.sentences:
        words = s.words
        i = 0
        while i < len(words):
            if not _is_name_piece(words[i]):
                i += 1
                continue
            j = i
            while (
                j + 1 < len(words)
                and not _POSSESSIVE_END.search(words[j].text)
                and (
                    _is_name_piece(words[j + 1])
                    or (
                        _norm(words[j + 1].text) in _PARTICLES
                        and j + 2 < len(words)
                        and _is_name_piece(words[j + 2])
                        and words[j + 1].start - words[j].end <= 1
                    )
                    or (
                        words[j + 1].lower in ("of", "for")
                        and j + 2 < len(words)
                        and _is_name_piece(words[j + 2])
                        and words[j + 2].text[:1].isupper()
                    )
                )
            ):
                j += 1
                # "al - Moussawi" tokenized apart: particle, hyphen, name, with no spaces between.
                if (
                    j + 2 < len(words)
                    and _norm(words[j + 1].text) in _PARTICLES
                    and words[j + 2].text == "-"
                    and j + 3 < len(words)
                    and _is_name_piece(words[j + 3])
                    and words[j + 3].start == words[j + 2].end == words[j + 1].end + 1
                ):
                    j += 3
            for run, definite in _split_run(words, i, j):
                name = _make_name(run, definite, words, text, s.paragraph, lex)
                if name is not None:
                    names.append(name)
            i = j + 1
    return names


def _split_run(words: list[Word], i: int, j: int) -> list[tuple[list[Word], bool]]:
    """Cut the run WORDS[i..j] where the parse puts two names side by side.

    "the Afghan Ambassador to the United States Hamdullah Mohib": "United States" hangs off
    "Ambassador", "Hamdullah Mohib" off the verb, so they are two names. A run is cut only into
    contiguous pieces, each with its own head outside the run; otherwise it stays whole.
    """
    run = words[i : j + 1]
    ids = {w.id for w in run}

    def top(w: Word) -> int:
        seen = set()
        while w.head and w.head in ids and w.id not in seen:
            seen.add(w.id)
            w = w.sent.words[w.head - 1]
        return w.id

    pieces: list[list[Word]] = []
    tops: list[int] = []
    for w in run:
        t = top(w) if w.parsed else -1
        if pieces and (
            t == tops[-1] or t == -1 or w.lower in ("of", "for") or _norm(w.text) in _PARTICLES or w.text == "-"
        ):
            pieces[-1].append(w)
        else:
            pieces.append([w])
            tops.append(t)
    if len(set(tops)) != len(tops) or any(p[-1].lower in ("of", "for") for p in pieces):
        pieces = [run]
    out = []
    for piece in pieces:
        k = piece[0].id - 1
        out.append((piece, k > 0 and words[k - 1].lower == "the"))
    return out


def _make_name(
    run: list[Word], definite: bool, words: list[Word], text: str, paragraph: int, lex: Lexicons
) -> Name | None:
    """A Name from a run of name words, titles and ranks stripped from its front."""
    i = run[0].id - 1
    titled = False
    # A gendered title before the name ("Mrs. Clinton", "Congresswoman Lee") or a gendered noun in
    # apposition to it ("Tom Baker, the spokesman") marks the person.
    honorific = next(
        (
            lex.genders[_norm(w.text)]
            for w in [*run[:-1], *words[max(0, i - 1) : i]]
            if _norm(w.text) in lex.titles and _norm(w.text) in lex.genders
        ),
        None,
    ) or next(
        (
            lex.genders[c.lemma_lower]
            for w in run
            for c in w.children
            if c.rel == "appos" and c.lemma_lower in lex.genders
        ),
        None,
    )
    # Titles and ranks, and title chains: "Secretary of State", "Minister for Health".
    while len(run) > 1 and (
        _norm(run[0].text) in lex.titles
        or (titled and run[0].lower in ("of", "for") and _norm(run[1].text) in lex.titles)
    ):
        run = run[1:]
        titled = True
    while run and run[0].lower in ("of", "for"):
        run = run[1:]
    if i > 0 and _norm(words[i - 1].text) in lex.titles:
        titled = True
    if run and not (len(run) == 1 and _norm(run[0].text) in lex.titles):
        start, end = run[0].start, run[-1].end
        if _POSSESSIVE_END.search(run[-1].text):
            end -= 1  # "Democracy Corps’" names "Democracy Corps"
        tokens = tuple(t for t in re.findall(r"[\w’'-]+", text[start:end]))
        return Name(
            text[start:end],
            start,
            end,
            tokens,
            titled,
            paragraph,
            bool(_ACRONYM.match(text[start:end])),
            definite and not titled,
            honorific,
            not titled and run[0].id > 1 and words[run[0].id - 2].lower in _PLACE_PREPOSITIONS,
        )
    return None


def name_in_mention(words: list[Word], head: Word, names: list[Name]) -> Name | None:
    """The name inside a mention: the one ending at its head, else the last one in it."""
    start, end = words[0].start, words[-1].end
    for n in names:
        if n.start <= head.start < n.end:
            return n
    inside = [n for n in names if n.start >= start and n.end <= end]
    # "Gov. Mike Pence on Thursday" headed by the title: a name inside a prepositional phrase
    # ("on Thursday", "of Vermont") is not the one the mention names
    by_start = {w.start: i for i, w in enumerate(words)}
    free = [n for n in inside if by_start.get(n.start, 0) == 0 or words[by_start[n.start] - 1].upos != "ADP"]
    if free:
        return free[-1]
    # "a close friend of Mrs. Clinton", "the mayor of Chicago": a description headed by a common
    # noun is not the name in its prepositional phrase
    return inside[-1] if inside and head.upos != "NOUN" else None


class Resolver:
    """Resolves speaker mentions of one article, in text order, keeping its entities."""

    def __init__(self, parsed: ParsedText, lex: Lexicons, in_quote: Callable[[Word], bool] | None = None):
        self.parsed = parsed
        self.lex = lex
        # words inside quotation marks are the quoted speaker's, never an antecedent of the writer's
        self.in_quote = in_quote or (lambda w: False)
        self.names = find_names(parsed, lex)
        self._salient = True
        # Multi-word names by their last word, so a surname finds its full name without a scan.
        self._by_last: dict[str, list[Name]] = {}
        for n in self.names:
            if len(n.tokens) > 1:
                self._by_last.setdefault(n.tokens[-1].lower(), []).append(n)
        self._full: dict[Name, str] = {}
        self._links: dict[str, list[tuple[Name, frozenset[str]]]] | None = None  # _description_links
        self.entities: dict[str, Entity] = {}
        # Speakers, most recent last: a dict keyed by identity, so moving one to the end is O(1)
        # (an article quoting one speaker thousands of times stays linear).
        self._order: dict[int, Entity] = {}

    # -- names ---------------------------------------------------------------------------------
    def full_name(self, name: Name) -> str:
        """Expand a one-word name to the longest name ending with that word."""
        if len(name.tokens) != 1 or name.acronym:
            return name.text
        if name not in self._full:
            candidates = self._by_last.get(name.tokens[0].lower(), [])
            before = [n for n in candidates if n.start < name.start]
            pool = before or candidates
            self._full[name] = max(pool, key=lambda n: (len(n.tokens), n.start)).text if pool else name.text
        return self._full[name]

    def _names_a_body(self, words: list[Word], head: Word) -> bool:
        """ "the ministry", "IRNA news agency": the mention's head or words say organization."""
        return head.lemma_lower in self.lex.organization_nouns or bool(
            {w.lemma_lower for w in words} & self.lex.media_nouns
        )

    def _name_kind(self, name: Name, words: list[Word], head: Word) -> SpeakerKind:
        if self._names_a_body(words, head) or name.acronym:
            return SpeakerKind.ORGANIZATION
        if name.definite:
            # People's names take no article; "the New Zealand Herald", "the Deseret News" are bodies.
            return SpeakerKind.ORGANIZATION
        if name.titled or len(name.tokens) >= 2:
            return SpeakerKind.PERSON
        full = self.full_name(name)
        return SpeakerKind.PERSON if full != name.text else SpeakerKind.UNKNOWN

    # -- entities ------------------------------------------------------------------------------
    def _entity(self, name: str, kind: SpeakerKind, gender: Gender | None = None) -> Entity:
        ent = self.entities.get(name.lower())
        if ent is None:
            ent = Entity(name, kind, gender=gender)
            self.entities[name.lower()] = ent
        else:
            if ent.kind in (SpeakerKind.UNKNOWN, SpeakerKind.ANONYMOUS) and kind is SpeakerKind.PERSON:
                ent.kind = kind
            if ent.gender is None:
                ent.gender = gender
        return ent

    def _touch(self, ent: Entity, start: int, end: int, paragraph: int, descriptors: set[str]) -> Entity:
        if (start, end) not in ent.mention_set:
            ent.mention_set.add((start, end))
            ent.mentions.append((start, end))
        ent.descriptors |= descriptors
        if not self._salient:
            return ent
        if ent.gender is None and ent.kind is SpeakerKind.PERSON:
            marked = {self.lex.genders[d] for d in descriptors if d in self.lex.genders}
            if len(marked) == 1:
                ent.gender = marked.pop()
        ent.last_paragraph = paragraph
        ent.last_pos = start
        self._order.pop(id(ent), None)
        self._order[id(ent)] = ent
        return ent

    def recent(self) -> Iterator[Entity]:
        """The speakers met so far, the most recent first."""
        return reversed(self._order.values())

    def resolve(
        self, words: list[Word], head: Word, context: list[Word] | None = None, *, salient: bool = True
    ) -> Entity:
        """The entity a speaker mention (WORDS, headed by HEAD) refers to.

        CONTEXT is the mention's wider subtree (appositions included), whose nouns become
        descriptors: "Jeff Rathke, the State Department spokesperson" is "the spokesperson" later.
        SALIENT: the mention makes its entity the latest speaker, whom pronouns after it may stand
        for; a claim's owner ("Trump's claim that …") is resolved without it.
        """
        self._salient = salient
        try:
            return self._resolve(words, head, context)
        finally:
            self._salient = True

    def _resolve(self, words: list[Word], head: Word, context: list[Word] | None) -> Entity:
        text = self.parsed.text
        start, end = words[0].start, words[-1].end
        paragraph = head.sent.paragraph
        descriptors = {
            w.lemma_lower for w in (context or words) if w.upos in ("NOUN", "PROPN") or _norm(w.text) in self.lex.titles
        }
        pron = head.lower if head.upos == "PRON" or head.lower in self.lex.pronoun_kinds else None
        before = head.sent.words[head.id - 2] if head.id > 1 else None
        if before is not None and before.lower in ("the", "a", "an"):
            pron = None  # "the i reporting ...": a newspaper, not a pronoun
        if pron and pron in self.lex.pronoun_kinds and len(words) <= 2:
            ent = self._resolve_pronoun(pron, head)
            if ent is not None:
                return self._touch(ent, start, end, paragraph, set())
            kind = {PronounKind.PERSON: SpeakerKind.PERSON, PronounKind.GROUP: SpeakerKind.GROUP}.get(
                self.lex.pronoun_kinds[pron], SpeakerKind.UNKNOWN
            )
            return Entity(text[start:end], kind, [(start, end)])
        name = name_in_mention(words, head, self.names)
        if (
            name is not None
            and head.upos == "NOUN"
            and not name.start <= head.start < name.end
            and not name.titled
            and not self._names_a_body(words, head)
            # a title heads the mention of the name after it ("Secretary of State John Kerry"), not
            # of one before it ("the Vermont senator")
            and (_norm(head.text) not in self.lex.titles or name.end <= head.start)
        ):
            # "Kiara Perkins, a USI art major, said", "a Pentagon spokesman said": the name only
            # modifies the description; the speaker is the person described. A name with its own
            # title ("Undersecretary for Education Mr. Toccafondi") is the person, whatever the head.
            name = None
        if name is not None and head.upos == "NOUN" and _possessor_of(name, head):
            name = None  # "Iran's supreme leader": the owner of a person noun is not that person
        if name is None and context:
            # "An Australian woman, Valeska Paris, said": a name in apposition to the subject.
            name = next(
                (n for w in context if w.rel == "appos" for n in self.names if n.start <= w.start < n.end), None
            )
        if name is None and not is_plural(head):
            # "Jeff Rathke, the State Department spokesperson, said": the name the description
            # follows; never a plural noun's ("Mr. Obama, officials said, has …").
            name = self._name_before(start)
        if name is not None:
            kind = self._name_kind(name, words, head)
            full = self.full_name(name)
            return self._touch(self._entity(full, kind, name.gender), start, end, paragraph, descriptors)
        # A description: "the official", "witnesses and sources", "A military intelligence official".
        det = next((w for w in words if w.rel == "det" and w.head == head.id), None)
        definite = (
            (det is not None and det.lower in _DEFINITE)
            or (words[0].lower in ("the",))
            or any(w.rel == "nmod" and w.upos == "PRON" for w in words)
        )
        if definite or det is None:
            ent = self._resolve_description(head)
            if ent is not None:
                return self._touch(ent, start, end, paragraph, descriptors)
        # Only a definite description ("the mayor", "Iran's supreme leader") names someone already
        # known; "a Democratic strategist", "one delegate" introduce someone new.
        owned = any((c.deprel or "") == "nmod:poss" for c in head.children)
        linked = self._linked_name(words, head) if definite or owned else None
        if linked is not None:
            # "Iran's supreme leader" where the article also writes "Supreme Leader Ali Khamenei"
            # or "Khamenei is Iran's supreme leader": one person, named.
            ent = self._entity(self.full_name(linked), SpeakerKind.PERSON, linked.gender)
            return self._touch(ent, start, end, paragraph, descriptors)
        plural = "Number=Plur" in (head.feats or "") or any(w.rel == "conj" for w in words)
        if head.lemma_lower in self.lex.organization_nouns:
            kind = SpeakerKind.ORGANIZATION
        else:
            kind = SpeakerKind.GROUP if plural else SpeakerKind.ANONYMOUS
        label = text[start:end]
        return self._touch(self._entity(label, kind), start, end, paragraph, descriptors)

    def _name_before(self, start: int) -> Name | None:
        """A person's name ending right before ", " + the mention."""
        text = self.parsed.text
        before = text[:start].rstrip()
        if not before.endswith(","):
            return None
        end = len(before) - 1
        for n in self.names:
            if n.end == end and not n.acronym and (n.titled or len(n.tokens) >= 2):
                return n
        return None

    def _resolve_pronoun(self, pron: str, head: Word) -> Entity | None:
        kind = self.lex.pronoun_kinds[pron]
        para = head.sent.paragraph
        if kind is PronounKind.AUTHOR:
            # Speakers are never inside quotation marks, so an "I" here is the text's own voice.
            return self._entity(AUTHOR, SpeakerKind.PERSON)
        if kind is PronounKind.AUTHORS:
            return self._entity(AUTHORS, SpeakerKind.GROUP)
        if kind is PronounKind.PERSON:
            # "she" never stands for a person the article marks as a man, nor "he" for a woman;
            # the first "she" for a person marks her for the pronouns after it.
            gender = self.lex.genders.get(pron)
            host = self._host_subject(head, gender)
            if host is not None:
                return host
            latest = next(
                (
                    e
                    for e in self.recent()
                    if e.kind is SpeakerKind.PERSON and e.name != AUTHOR and e.last_pos < head.start
                ),
                None,
            )
            named = self._named_subject_since(head, gender, latest.last_pos if latest is not None else -1)
            if named is not None:
                # "Angel Mendoza came … Growing up in El Paso, [Mendoza] regularly witnessed … “…,”
                # he said": a person named as a subject after the last speaker's mention is nearer
                return named
            for ent in self.recent():
                if (
                    ent.kind is SpeakerKind.PERSON
                    and para - ent.last_paragraph <= _PERSON_PRONOUN_MAX_PARAGRAPHS
                    and ent.last_pos < head.start
                    and ent.name != AUTHOR
                    and (ent.gender is None or gender is None or ent.gender is gender)
                ):
                    if ent.gender is None:
                        ent.gender = gender
                    return ent
            before = [
                n
                for n in self.names
                if n.end <= head.start
                and (n.titled or len(n.tokens) >= 2)
                and not n.acronym
                and not n.definite
                and not n.placed
                and (n.gender is None or gender is None or n.gender is gender)
            ]
            if before:
                n = before[-1]
                return self._entity(self.full_name(n), SpeakerKind.PERSON, n.gender or gender)
            # No person named yet: "the head of the rules committee has accused … a change that he
            # said …" - the latest singular subject noun that is no organization, medium or text
            found = self._person_noun_before(head)
            if found is not None:
                ent = self.resolve(*found)
                if ent.kind is SpeakerKind.UNKNOWN:
                    ent.kind = SpeakerKind.PERSON
                return ent
            return None
        if kind in (PronounKind.GROUP, PronounKind.ORGANIZATION):
            wanted = (
                (SpeakerKind.ORGANIZATION,)
                if kind is PronounKind.ORGANIZATION
                else (SpeakerKind.GROUP, SpeakerKind.ORGANIZATION)
            )
            for ent in self.recent():
                if ent.kind in wanted and ent.last_pos < head.start and ent.name != AUTHORS:
                    return ent
            if kind is PronounKind.ORGANIZATION:
                # No organization has spoken yet: "Trump's campaign put out a statement. … it
                # said", "On his website, … it now says": the latest organization or medium noun.
                found = self._organization_noun_before(head)
                if found is not None:
                    ent = self.resolve(*found)
                    if ent.kind in (SpeakerKind.UNKNOWN, SpeakerKind.ANONYMOUS):
                        ent.kind = SpeakerKind.ORGANIZATION
                    return ent
            if kind is PronounKind.GROUP:
                # No group has spoken yet: "Democrats believe …. They say …", "Stephen Cohen and
                # Bradford DeLong … they write": the latest plural subject before the pronoun.
                subject = self._plural_subject_before(head)
                if subject is not None:
                    words, subj = subject
                    ent = self.resolve(words, subj)
                    if ent.kind is SpeakerKind.UNKNOWN:
                        ent.kind = SpeakerKind.GROUP  # "Democrats" is a name, and "they" says how many
                    return ent
        return None

    def _host_subject(self, head: Word, gender: Gender | None) -> Entity | None:
        """The person named as the subject of a clause that holds the pronoun HEAD's clause: "Trump
        has blasted the system, which [he] said …", "Lee included Ohio on a list of states [he]
        said …" - a "he" inside a clause on the object stands for the sentence's subject, before
        anyone named earlier. Only a name that is no acronym, of a compatible gender."""
        verb = head.head_word
        node = verb.head_word if verb is not None else None
        for _ in range(_HOST_CLAUSE_DEPTH):
            if node is None:
                return None
            subj = next((c for c in node.children if c.rel == "nsubj" and c.id < head.id and c.upos == "PROPN"), None)
            if subj is not None:
                name = next((n for n in self.names if n.start <= subj.start < n.end), None)
                if (
                    name is None
                    or name.acronym
                    or name.definite
                    or (name.gender is not None and gender is not None and name.gender is not gender)
                ):
                    return None
                return self._entity(self.full_name(name), SpeakerKind.PERSON, name.gender or gender)
            node = node.head_word
        return None

    def _nearest_before(
        self, head: Word, accept: Callable[[Word], bool], surface: Callable[[Word], bool] | None = None
    ) -> Word | None:
        """The last word ACCEPT takes before HEAD, outside quotation marks: in HEAD's sentence, then
        in the sentences before it (at most _PLURAL_ANTECEDENT_SENTENCES, none beyond the previous
        paragraph). A sentence that was tagged but not parsed is read with SURFACE instead, or
        skipped when there is none."""
        sentences = self.parsed.sentences
        k = head.sent.index
        for j in range(k, max(-1, k - _PLURAL_ANTECEDENT_SENTENCES - 1), -1):
            sent = sentences[j]
            test = accept if sent.parsed else surface
            if head.sent.paragraph - sent.paragraph > 1 or test is None:
                continue
            found = [w for w in sent.words if (j < k or w.id < head.id) and not self.in_quote(w) and test(w)]
            if found:
                return found[-1]
        return None

    def _organization_noun_before(self, head: Word) -> tuple[list[Word], Word] | None:
        """(mention words, head) of the nearest singular organization, medium or document noun before
        HEAD."""
        nouns = self.lex.organization_nouns | self.lex.media_nouns | self.lex.document_nouns

        def accept(w: Word) -> bool:
            return w.upos == "NOUN" and w.lemma_lower in nouns and not is_plural(w)

        noun = self._nearest_before(head, accept, accept)
        if noun is None:
            return None
        return (_noun_phrase_up_to(noun) if noun.sent.parsed else surface_noun_phrase(noun)), noun

    def _named_subject_since(self, head: Word, gender: Gender | None, since: int) -> Entity | None:
        """The person named as the subject of a verb between SINCE (a text offset) and HEAD, the
        nearest, in HEAD's sentence or the one or two before it: no acronym, no place, of a gender
        compatible with the pronoun's."""

        def accept(w: Word) -> bool:
            return w.rel == "nsubj" and w.upos == "PROPN" and w.start > since

        subj = self._nearest_before(head, accept)
        if subj is None:
            return None
        name = next((n for n in self.names if n.start <= subj.start < n.end), None)
        if name is None or name.acronym or name.definite or name.placed:
            return None
        full = self.full_name(name)
        if len(full.split()) < 2 and not name.titled:
            return None  # a lone word may be a place or a body ("Texas", "Google")
        if name.gender is not None and gender is not None and name.gender is not gender:
            return None
        ent = self.entities.get(full.lower())
        if ent is not None and (ent.kind is not SpeakerKind.PERSON or (ent.gender not in (None, gender) and gender)):
            return None
        return self._entity(full, SpeakerKind.PERSON, name.gender or gender)

    def _person_noun_before(self, head: Word) -> tuple[list[Word], Word] | None:
        """(mention words, head) of the nearest singular subject noun before HEAD that names no
        organization, medium, text or time."""
        things = self.lex.organization_nouns | self.lex.media_nouns | self.lex.document_nouns | self.lex.time_words
        noun = self._nearest_before(
            head, lambda w: w.upos == "NOUN" and w.rel == "nsubj" and w.lemma_lower not in things and not is_plural(w)
        )
        return (_noun_phrase_up_to(noun), noun) if noun is not None else None

    def _plural_subject_before(self, head: Word) -> tuple[list[Word], Word] | None:
        """(mention words, head) of the nearest plural subject before HEAD."""
        subj = self._nearest_before(
            head,
            lambda w: (
                w.rel == "nsubj"  # passive subjects too: the relation without its subtype
                and (
                    (
                        w.upos in ("NOUN", "PROPN")
                        and (is_plural(w) or any(c.rel == "conj" and c.upos == "PROPN" for c in w.children))
                    )
                    or _partitive_of_plural(w)
                )
            ),
            _surface_plural_subject,
        )
        if subj is None:
            return None
        if not subj.sent.parsed:
            # names joined by "and" are named by the first, as a parse's conjuncts are
            phrase = surface_noun_phrase(subj)
            return phrase, next((w for w in phrase if w.upos == "PROPN"), subj)
        if _partitive_of_plural(subj):  # "some of these outsiders", whole
            last = max(c.id for c in subj.children if c.rel == "nmod")
            return [w for w in subj.sent.subtree(subj) if w.id <= last], subj
        # the subject without its clauses, coordinated names and all
        words = [
            w
            for w in subj.sent.subtree(subj)
            if w.upos in ("DET", "ADJ", "NOUN", "PROPN", "CCONJ", "PART", "NUM", "PUNCT")
        ]
        run = [w for w in words if w.id <= subj.id or w.rel in ("conj", "cc", "flat") or w.head != subj.id]
        return _contiguous_run(run, subj), subj

    def _linked_name(self, words: list[Word], head: Word) -> Name | None:
        """The one person's name the article ties a description to (anywhere in the article): the
        same title before the name ("Iran's supreme leader" ... "Supreme Leader Ali Khamenei"), or
        a copula ("Khamenei is Iran's supreme leader"). None when no name or several fit."""
        if head.upos != "NOUN" or "Number=Plur" in (head.feats or ""):
            return None
        wanted = frozenset(w.lemma_lower for w in words if w.upos in ("NOUN", "ADJ") and w.deprel != "nmod:poss")
        if self._links is None:
            self._links = self._description_links()
        found: dict[str, Name] = {}
        for name, described in self._links.get(head.lemma_lower, ()):
            if wanted <= described:
                found.setdefault(self.full_name(name), name)
        return next(iter(found.values())) if len(found) == 1 else None

    def _description_links(self) -> dict[str, list[tuple[Name, frozenset[str]]]]:
        """Lemma -> [(name, the lemmas describing it)] for every person's name the article
        describes: by a title before it ("Supreme Leader Ali Khamenei"), an apposition ("Ann Lee,
        the chief executive,") or a copula ("Khamenei is Iran's supreme leader", "The mayor is
        Linda Okafor"). Read from the tags, so sentences left unparsed count too; built once."""
        links: dict[str, list[tuple[Name, frozenset[str]]]] = {}

        def link(name: Name, described: set[str]) -> None:
            for lemma in described:
                links.setdefault(lemma, []).append((name, frozenset(described)))

        people = {
            n.start: n for n in self.names if not n.acronym and not n.definite and (n.titled or len(n.tokens) >= 2)
        }
        for s in self.parsed.sentences:
            words = s.words
            for i, w in enumerate(words):
                name = people.get(w.start)
                if name is None:
                    continue
                j = i
                while j + 1 < len(words) and words[j + 1].start < name.end:
                    j += 1
                title = [t for t in _run_back(words, i - 1) if t.text[:1].isupper()]
                link(name, {t.lemma_lower for t in title} | {t.lower() for t in name.tokens[:-1]})
                nxt = words[j + 1] if j + 1 < len(words) else None
                if nxt is not None and (nxt.text == "," or (nxt.lemma_lower == "be" and nxt.upos == "AUX")):
                    link(name, _described(_run_forward(words, j + 2)))
                prev = words[i - 1] if i > 0 else None
                if prev is not None and prev.lemma_lower == "be" and prev.upos == "AUX":
                    link(name, _described(_run_back(words, i - 2)))
        return links

    def _resolve_description(self, head: Word) -> Entity | None:
        lemma = head.lemma_lower
        for ent in self.recent():
            if ent.last_pos < head.start and lemma in ent.descriptors:
                return ent
        return None
