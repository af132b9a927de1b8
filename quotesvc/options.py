"""Per-request options applied to a result (filtering only: extraction is the same for all)."""

from __future__ import annotations

from dataclasses import replace

from quotesvc.results import ArticleQuotes, SpeakerEntry


def apply_options(result: ArticleQuotes, options: dict | None) -> ArticleQuotes:
    """Keep the quotes of the requested types at or above min_confidence."""
    if not options:
        return result
    types = set(options.get("types") or [])
    floor = float(options.get("min_confidence") or 0.0)
    quotes = tuple(q for q in result.quotes if (not types or q.type in types) and q.confidence >= floor)
    if len(quotes) == len(result.quotes):
        return result
    kept = {q.id for q in quotes}
    speakers = tuple(
        SpeakerEntry(s.name, s.kind, s.mentions, tuple(i for i in s.quote_ids if i in kept))
        for s in result.speakers
        if any(i in kept for i in s.quote_ids)
    )
    return replace(result, quotes=quotes, speakers=speakers)
