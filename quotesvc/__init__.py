"""quotesvc: quotations, speakers and sources in English news text."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Extractor", "__version__"]


def __getattr__(name):
    # Lazy, so that `import quotesvc` does not import torch and Stanza.
    if name == "Extractor":
        from quotesvc.extract import Extractor

        return Extractor
    raise AttributeError(name)
