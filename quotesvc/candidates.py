"""The candidate quote the rules build, and the word index they share.

A ``Candidate`` holds words (cue, speaker head, source, addressee), not names: ``assemble`` resolves
them and turns candidates into results. ``Method`` says which rule found a candidate; its
confidence comes from ``confidence.py``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum

from quotesvc.document import ParsedText, Word
from quotesvc.quotemarks import CLOSING_MARKS_KEPT, QuoteSpan
from quotesvc.results import QuoteType
from quotesvc.speakers import Attribution

_WORD = re.compile(r"\w+")


class Method(Enum):
    """Which rule found a candidate quote."""

    DIRECT = "direct"  # quote marks, with a cue next to them
    SPLIT = "split"  # “A,” X said, “B.”: two quotations, one quote
    CONTINUATION = "continuation"  # no cue of its own; goes on in the previous speaker's voice
    FRAME_BEFORE = "frame-before"  # "Cruz tweeted a warning. “Missouri: …”": the sentence before frames it
    FRAGMENT = "fragment"  # a quoted phrase framed by a cue ("called ISIS “a threat”")
    UNATTRIBUTED = "unattributed"  # quoted sentences with no cue and no previous speaker
    INDIRECT = "indirect"  # a cue verb's clausal complement
    COGNITION = "cognition"  # the complement of a verb of thinking ("believes that")
    PARATAXIS = "parataxis"  # "…, witnesses said."
    ACCORDING = "according"  # "according to X, …"
    FOUND_IN = "found-in"  # "[Trump leads Cruz] in a new poll": what the poll found
    COLON = "colon"  # "X said in a statement: …", "Sunak defended it: “…”"
    SURFACE = "surface"  # a reported clause read from the surface, the parse gave none
    LABEL = "label"  # "Paul Ryan: FBI decision defies explanation": a name and a colon
    INTERRUPTED = "interrupted"  # "His wife, he says, plans to leave": the attribution inside the clause
    BYLINE = "byline"  # "“…” - Matthew Ingram"
    QUOTATIVE = "quotative"  # "and I was like, wow"
    ARGUMENTS = "arguments"  # a speech act's, belief's or evidence's arguments: "urged Congress to act"
    NOUN_CLAUSE = "noun-clause"  # a speech or thought noun's "that" clause: "Trump's claim that …"
    NOUN_INFINITIVE = "noun-infinitive"  # a speech or thought noun's to-infinitive: "her plan to …"
    NOUN_TARGET = "noun-target"  # what a speech act noun is about: "his attack on Cruz"


@dataclass
class Candidate:
    type: QuoteType
    spans: list[tuple[int, int]]
    how: Method
    cue: Word | None = None
    attribution: Attribution | None = None
    speaker_fallback: Word | None = None  # a subject found on the surface when the parse has none
    inherit_from: Candidate | None = None
    confidence: float = 0.5
    warnings: list[str] = field(default_factory=list)
    quote_spans: list[QuoteSpan] = field(default_factory=list)

    @property
    def noun_cued(self) -> bool:
        """Found on a speech or thought noun ("Trump's claim that …"), not on a verb of saying."""
        return self.how in (Method.NOUN_CLAUSE, Method.NOUN_INFINITIVE, Method.NOUN_TARGET)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def speaker_head(self) -> Word | None:
        if self.attribution is not None and self.attribution.speaker is not None:
            return self.attribution.speaker
        return self.speaker_fallback


class ArticleIndex:
    """Word lookups by offset, and which offsets lie inside quotation marks."""

    def __init__(self, parsed: ParsedText, spans: list[QuoteSpan]):
        self.parsed = parsed
        self.words = [w for s in parsed.sentences for w in s.words]
        self.starts = [w.start for w in self.words]
        self.quoted = sorted((p.start, p.end) for q in spans for p in q.pieces)
        self._quoted_starts = [a for a, _ in self.quoted]

    def words_between(self, start: int, end: int) -> list[Word]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.words) and self.words[i].start < end:
            if self.words[i].end <= end or self.words[i].start >= start:
                out.append(self.words[i])
            i += 1
        return out

    def word_at(self, offset: int) -> Word | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if 0 <= i < len(self.words) and self.words[i].start <= offset < max(self.words[i].end, offset + 1):
            return self.words[i]
        return None

    def in_quote(self, w: Word) -> bool:
        i = bisect.bisect_right(self._quoted_starts, w.start) - 1
        return i >= 0 and self.quoted[i][0] <= w.start < self.quoted[i][1]


def n_words(text: str) -> int:
    return len(_WORD.findall(text))


def trim_edges(words: list[Word]) -> list[Word]:
    """Drop punctuation and conjunctions from the edges of content. A complementizer "that" stays:
    it opens the reported clause, and attribution annotation (GUM, PARC) counts it as content."""
    while words and words[0].upos in ("PUNCT", "CCONJ"):
        words = words[1:]
    while words and words[-1].upos == "PUNCT" and words[-1].text not in CLOSING_MARKS_KEPT:
        words = words[:-1]
    return words


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def content_span(words: list[Word]) -> tuple[int, int] | None:
    """The offsets of WORDS with their edges trimmed, or None when nothing is left."""
    words = trim_edges(words)
    if not words:
        return None
    return words[0].start, words[-1].end


def quoted_inside(quote: Candidate, span: tuple[int, int]) -> bool:
    """ "claimed that statements … calling for a ban make him “ISIS' best recruiter.”": a direct
    quote whose own cue and quotation both lie inside SPAN, reported speech of another cue, is a
    quoted part of that speech, not a quote that speech must give way to."""
    cue = quote.cue
    return cue is not None and span[0] <= quote.start and quote.end <= span[1] and span[0] <= cue.start < span[1]
