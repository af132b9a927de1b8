"""Split raw text into paragraphs, with offsets into that text.

News copy marks paragraphs with one or more line breaks; both are honoured, so a feed with single
newlines and one with blank lines between paragraphs give the same paragraphs. Offsets are
half-open ``[start, end)`` with surrounding white space left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line break and the white space after it. Spaces before it are trimmed by _add: a pattern that
# also matched them ("[ \t]*\n") would retry at every space of a long run, quadratic in its length.
_LINE_BREAKS = re.compile(r"(?:\r\n|\r|\n|\u2028|\u2029)\s*")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


def find_paragraphs(text: str) -> list[Paragraph]:
    """Return the non-empty paragraphs of TEXT, in order."""
    out: list[Paragraph] = []
    pos = 0
    for m in _LINE_BREAKS.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Paragraph], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Paragraph(len(out), start, end))
