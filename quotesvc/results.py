"""Result dataclasses: what the extractor returns. Plain data, no behaviour beyond views.

Offsets are half-open ``[start, end)`` character offsets into the caller's text. A quote's
``start``/``end`` run from its first piece's start to its last piece's end, so ``text`` equals
``article[start:end]``; ``spans`` lists the pieces of a split or multi-paragraph quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class QuoteType(str, Enum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class QuoteCategory(str, Enum):
    """What kind of attribution a quote is (the cue's class; see lexicons/README.md)."""

    STATEMENT = "statement"  # speech or writing with propositional content: said that, a quotation
    SPEECH_ACT = "speech_act"  # praise, blame, demands, labels: accused X of, urged Y to, vowed to
    COGNITION = "cognition"  # belief, intention, emotion: believes that, wants to, fears that
    EVIDENCE = "evidence"  # polls, studies, documents: a poll showed that, data suggest


class Scope(str, Enum):
    """Which categories an extraction returns."""

    STATEMENTS = "statements"  # the default: statements only
    ATTRIBUTIONS = "attributions"  # every category

    def admits(self, category: QuoteCategory) -> bool:
        return self is Scope.ATTRIBUTIONS or category is QuoteCategory.STATEMENT


class SpeakerKind(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Speaker:
    """The mention attached to the cue (text/start/end) and the entity it names (name).

    ``name`` is None for a pronoun that resolves to nobody named in the article ("he" with no
    person before it): the mention is kept, and the quote's confidence is lowered."""

    name: str | None
    text: str
    start: int
    end: int
    kind: SpeakerKind = SpeakerKind.UNKNOWN


@dataclass(frozen=True)
class Source:
    """A medium that relays the quote: "IRNA news agency quoted X as saying"."""

    name: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Cue:
    text: str
    lemma: str
    start: int
    end: int
    negated: bool = False  # "did not mention", "never said": a denial, reported with every attribution


@dataclass(frozen=True)
class Addressee:
    """Whom the words were addressed to: "he told reporters"."""

    name: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    id: str
    type: QuoteType
    category: QuoteCategory
    text: str
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    speaker: Speaker | None
    source: Source | None
    cue: Cue | None
    addressee: Addressee | None
    confidence: float
    paragraph: int
    sentence: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpeakerEntry:
    """One resolved speaker, once, with all its mentions and quotes."""

    name: str
    kind: SpeakerKind
    mentions: tuple[tuple[int, int], ...]
    quote_ids: tuple[str, ...]


@dataclass(frozen=True)
class ArticleQuotes:
    id: str | None
    quotes: tuple[Quote, ...]
    speakers: tuple[SpeakerEntry, ...]
    warnings: tuple[str, ...] = ()
    model: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The same JSON object the CLI prints and the HTTP API answers."""
        from quotesvc.schemas import dump_result

        return dump_result(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string (UTF-8 characters kept, not escaped)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
