"""quotesvc: quotations, speakers and sources in English news text.

from quotesvc import Extractor
result = Extractor().extract("“We will win,” the coach said.")
print(result.to_json(indent=2))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotesvc.results import (
    Addressee,
    ArticleQuotes,
    Cue,
    Quote,
    QuoteCategory,
    QuoteType,
    Scope,
    Source,
    Speaker,
    SpeakerEntry,
    SpeakerKind,
)

if TYPE_CHECKING:
    from quotesvc.extract import Extractor

__version__ = "0.1.0"
__all__ = [
    "Addressee",
    "ArticleQuotes",
    "Cue",
    "Extractor",
    "Quote",
    "QuoteCategory",
    "QuoteType",
    "Scope",
    "Source",
    "Speaker",
    "SpeakerEntry",
    "SpeakerKind",
    "__version__",
]


def __getattr__(name: str) -> object:
    # Lazy, so that `import quotesvc` does not import torch and Stanza.
    if name == "Extractor":
        from quotesvc.extract import Extractor

        return Extractor
    raise AttributeError(name)
