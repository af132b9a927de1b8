"""Word lists the rules consult, kept as data (see README.md in this folder).

Each ``*.txt`` file holds one lowercase entry a line; ``#`` starts a comment. ``pronouns.txt`` and
``gendered_words.txt`` have a second, tab-separated column. Everything is read once, on first use, with importlib.resources.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache
from importlib import resources


def _entries(name: str) -> list[str]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    rows = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [row for row in rows if row]


class PronounKind(Enum):
    """What a pronoun in ``pronouns.txt`` can stand for (its second column)."""

    PERSON = "person"  # he, she: the last person named
    GROUP = "group"  # they, them: a group or an organization
    ORGANIZATION = "organization"  # it: an organization
    AUTHOR = "author"  # I, me outside quotation marks: the text's own voice
    AUTHORS = "authors"  # we, us outside quotation marks
    SELF = "self"  # a reflexive: nobody on its own


class Gender(Enum):
    """What ``gendered_words.txt`` says a word marks."""

    FEMALE = "f"
    MALE = "m"


@dataclass(frozen=True)
class Lexicons:
    """Every list the rules use, as frozensets (and one mapping)."""

    reporting_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    fragment_cues: frozenset[str]
    titles: frozenset[str]
    abbreviated_titles: frozenset[str]
    time_words: frozenset[str]
    pronoun_kinds: dict[str, PronounKind]
    genders: dict[str, Gender]
    organization_nouns: frozenset[str]
    media_nouns: frozenset[str]
    quote_relay_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    speech_act_verbs: frozenset[str]
    evidence_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    hearsay_adverbs: frozenset[str]
    phrasal_reporting_verbs: frozenset[str]  # "shoot back": the verb's lemma, a space, its particle
    document_nouns: frozenset[str]
    non_speaker_labels: frozenset[str]  # "Update:", "Editor's note:": a heading, no speaker
    speech_nouns: frozenset[str]  # "the claim [that …]"
    speech_act_nouns: frozenset[str]  # "the accusation [that …]", "her call [to …]"
    cognition_nouns: frozenset[str]  # "the idea [that …]", "her plan [to …]"
    issuing_verbs: frozenset[str]  # "[Lee] made the claim that …": the subject speaks
    poll_nouns: frozenset[str]  # "[Trump leads] in a new poll": the poll found the clause
    occasion_nouns: frozenset[str]  # "praised Obama [at a news conference]": where it was said
    target_nouns: frozenset[str]  # "attack on": "his attack [on Cruz]", a noun, a space, its preposition
    framed_verbs: frozenset[str]  # "cast as": "cast [X as Y]", a speech act only with that phrase

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """Every lemma that can introduce reported speech or thought."""
        return self.reporting_verbs | self.cognition_verbs | self.fragment_cues | self.quote_relay_verbs

    @cached_property
    def phrasal_verb_lemmas(self) -> frozenset[str]:
        """The verbs of the phrasal speech verbs ("shoot" of "shoot back")."""
        return frozenset(entry.split(" ", 1)[0] for entry in self.phrasal_reporting_verbs)

    @cached_property
    def statement_cue_lemmas(self) -> frozenset[str]:
        """The cue lemmas whose quotes can be statements (scope "statements" parses for these only)."""
        return self.cue_lemmas - self.cognition_verbs - self.speech_act_verbs - self.evidence_verbs

    @cached_property
    def attribution_cue_lemmas(self) -> frozenset[str]:
        """Every lemma that can introduce an attribution of any category (scope "attributions")."""
        return self.cue_lemmas | self.speech_act_verbs | self.evidence_verbs | self.stance_verbs | self.hearsay_adverbs

    @cached_property
    def noun_cue_lemmas(self) -> frozenset[str]:
        """Nouns whose clause can be an attribution's content ("the claim that …", "a plan to …")."""
        return self.speech_nouns | self.speech_act_nouns | self.cognition_nouns

    @cached_property
    def target_noun_lemmas(self) -> frozenset[str]:
        """The nouns of ``target_nouns`` ("attack" of "attack on")."""
        return frozenset(entry.split(" ", 1)[0] for entry in self.target_nouns)

    @cached_property
    def framed_verb_lemmas(self) -> frozenset[str]:
        """The verbs of ``framed_verbs`` ("cast" of "cast as")."""
        return frozenset(self.framed_verbs_by_lemma)

    @cached_property
    def framed_verbs_by_lemma(self) -> dict[str, list[tuple[str, ...]]]:
        """The entries of ``framed_verbs`` by verb, each split into its words."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for entry in sorted(self.framed_verbs):
            words = tuple(entry.split())
            out.setdefault(words[0], []).append(words)
        return out

    @cached_property
    def statement_parse_lemmas(self) -> frozenset[str]:
        """Lemmas that get a sentence parsed with scope "statements": the cues of statements and the
        nouns of saying ("Trump's claim that …")."""
        return self.statement_cue_lemmas | self.speech_nouns

    @cached_property
    def attribution_parse_lemmas(self) -> frozenset[str]:
        """Lemmas that get a sentence parsed with scope "attributions": every cue and cue noun
        (with a clause or a target), and the polls a finding is placed in."""
        return self.attribution_cue_lemmas | self.noun_cue_lemmas | self.target_noun_lemmas | self.poll_nouns


FILES = {
    "reporting_verbs": "reporting_verbs.txt",
    "cognition_verbs": "cognition_verbs.txt",
    "fragment_cues": "fragment_cues.txt",
    "titles": "titles.txt",
    "abbreviated_titles": "abbreviated_titles.txt",
    "time_words": "time_words.txt",
    "organization_nouns": "organization_nouns.txt",
    "media_nouns": "media_nouns.txt",
    "quote_relay_verbs": "quote_relay_verbs.txt",
    "addressee_verbs": "addressee_verbs.txt",
    "speech_act_verbs": "speech_act_verbs.txt",
    "evidence_verbs": "evidence_verbs.txt",
    "stance_verbs": "stance_verbs.txt",
    "hearsay_adverbs": "hearsay_adverbs.txt",
    "phrasal_reporting_verbs": "phrasal_reporting_verbs.txt",
    "document_nouns": "document_nouns.txt",
    "non_speaker_labels": "non_speaker_labels.txt",
    "speech_nouns": "speech_nouns.txt",
    "speech_act_nouns": "speech_act_nouns.txt",
    "cognition_nouns": "cognition_nouns.txt",
    "issuing_verbs": "issuing_verbs.txt",
    "poll_nouns": "poll_nouns.txt",
    "occasion_nouns": "occasion_nouns.txt",
    "target_nouns": "target_nouns.txt",
    "framed_verbs": "framed_verbs.txt",
}


@lru_cache(maxsize=1)
def load() -> Lexicons:
    """Read every lexicon file (once per process)."""
    sets = {field: frozenset(_entries(name)) for field, name in FILES.items()}
    kinds = dict(row.split(None, 1) for row in _entries("pronouns.txt"))
    genders = dict(row.split(None, 1) for row in _entries("gendered_words.txt"))
    return Lexicons(
        pronoun_kinds={k: PronounKind(v.strip()) for k, v in kinds.items()},
        genders={k: Gender(v.strip()) for k, v in genders.items()},
        **sets,
    )
