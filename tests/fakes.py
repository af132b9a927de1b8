"""A stand-in for ``Extractor`` where only the web layer is under test (the Flask tutorial's pattern).

It has the extractor's interface (``extract``, ``extract_many``, ``model``) and a small, visible
behaviour: every “double-quoted” passage becomes a direct quote, spoken by the capitalised word
right after the closing mark ("“…,” Kerry said" gives Kerry). A text containing ``FAKE:FAIL``
raises, and ``FAKE:SLOW`` works for ``slow_seconds`` (checking its deadline, as the real stages do), so the web layer's isolation and timeouts
can be tested without the model.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from typing import ClassVar

from quotesvc.deadline import NONE as NO_DEADLINE
from quotesvc.deadline import Deadline
from quotesvc.results import ArticleQuotes, Quote, QuoteCategory, QuoteType, Scope, Speaker, SpeakerEntry, SpeakerKind

_QUOTE = re.compile(r"\u201c([^\u201d]+)\u201d,?\s*([A-Z]\w+)?")


class FakeExtractor:
    model: ClassVar[dict] = {"name": "fake", "version": "0", "trained": "never"}

    def __init__(self, slow_seconds: float = 0.0):
        self.slow_seconds = slow_seconds
        self.calls: list[list[str]] = []
        self.scopes: list[Scope] = []
        self.lock = threading.Lock()

    def extract(self, text: str, *, doc_id: str | None = None, scope: Scope | str = Scope.STATEMENTS) -> ArticleQuotes:
        return self.extract_many([text], ids=[doc_id], scope=scope)[0]

    def extract_many(
        self,
        texts: Sequence[str],
        *,
        ids: Sequence[str | None] | None = None,
        deadline: Deadline = NO_DEADLINE,
        scope: Scope | str = Scope.STATEMENTS,
    ) -> list[ArticleQuotes]:
        texts = list(texts)
        self.scopes.append(Scope(scope))
        ids = list(ids) if ids is not None else [None] * len(texts)
        with self.lock:
            self.calls.append(texts)
        if any("FAKE:FAIL" in t for t in texts):
            raise RuntimeError("the fake extractor was told to fail")
        if any("FAKE:SLOW" in t for t in texts):
            # Slow work in steps, checking the deadline between them as the real stages do.
            end = time.monotonic() + self.slow_seconds
            while time.monotonic() < end:
                deadline.check("the fake's next step")
                time.sleep(0.01)
        return [self._one(t, i) for t, i in zip(texts, ids, strict=True)]

    def _one(self, text: str, doc_id: str | None) -> ArticleQuotes:
        quotes = []
        speakers: dict[str, list[str]] = {}
        for n, m in enumerate(_QUOTE.finditer(text), start=1):
            qid = f"q{n}"
            speaker = None
            if m.group(2):
                speaker = Speaker(m.group(2), m.group(2), m.start(2), m.end(2), SpeakerKind.PERSON)
                speakers.setdefault(m.group(2), []).append(qid)
            quotes.append(
                Quote(
                    qid,
                    QuoteType.DIRECT,
                    QuoteCategory.STATEMENT,
                    m.group(1),
                    m.start(1),
                    m.end(1),
                    ((m.start(1), m.end(1)),),
                    speaker,
                    None,
                    None,
                    None,
                    0.9 if speaker else 0.3,
                    0,
                    0,
                )
            )
        entries = tuple(
            SpeakerEntry(
                name,
                SpeakerKind.PERSON,
                tuple((q.speaker.start, q.speaker.end) for q in quotes if q.speaker and q.speaker.name == name),
                tuple(qids),
            )
            for name, qids in speakers.items()
        )
        return ArticleQuotes(doc_id, tuple(quotes), entries, (), self.model)
