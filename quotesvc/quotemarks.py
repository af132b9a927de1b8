"""Find quotations by their quote marks, on the raw text, before any parsing.

Design after CoreNLP's ``QuoteAnnotator``: a table of quote-mark pairs, character offsets into the
caller's text, unclosed quotes reported rather than raised. News conventions handled:

* a paragraph that opens a quote without closing it, followed by a paragraph that opens with a
  quote mark, continues the same quotation (one quote, one piece per paragraph);
* an unclosed quote otherwise ends at the end of its paragraph, so an unbalanced mark never
  swallows the rest of the article;
* single quotes nest inside double quotes; a closing ``’`` is told apart from an apostrophe
  (``don’t``) and, where a later candidate exists, from a plural possessive (``ISIS’ gains``);
* a directional opening mark glued to the previous word (``Sunnis.“American``) still opens.

Offsets are half-open ``[start, end)``; a piece covers the quote's content without its marks and
without surrounding white space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotesvc.paragraphs import Paragraph, find_paragraphs

# opening mark -> the marks that may close it. Straight marks close themselves.
DOUBLE_PAIRS: dict[str, tuple[str, ...]] = {
    "\u201c": ("\u201d", "\u201c", '"'),  # “ ” (and “ … “ or “ … " from sloppy copy, see _closes)
    "\u201e": ("\u201c", "\u201d"),  # „ “ / „ ”
    "\u00ab": ("\u00bb",),  # « »
    "\u300c": ("\u300d",),  # 「 」
    "\u300e": ("\u300f",),  # 『 』
    '"': ('"', "\u201d"),  # " … " (and " … ” from sloppy copy, see _closes)
    "\u201d": ("\u201d",),  # ” … ” (Swedish/Finnish style)
    "``": ("''",),  # LaTeX / PTB style
    "''": ("''",),  # two apostrophes for both marks, as in the New York Times' archive copy
}
SINGLE_PAIRS: dict[str, tuple[str, ...]] = {
    "\u2018": ("\u2019",),  # ‘ ’
    "\u201a": ("\u2018", "\u2019"),  # ‚ ‘
    "\u2039": ("\u203a",),  # ‹ ›
    "'": ("'",),
}
ALL_CLOSERS = frozenset(c for cs in (*DOUBLE_PAIRS.values(), *SINGLE_PAIRS.values()) for c in cs)
QUOTE_CHARS = frozenset("".join(DOUBLE_PAIRS) + "".join(SINGLE_PAIRS) + "".join(ALL_CLOSERS)) - {"`"}

# Characters the attribution rules read around quotations, named once here.
EN_DASH, EM_DASH, ELLIPSIS = "\u2013", "\u2014", "\u2026"
#: The horizontal bar some outlets set as a dash ("Armitage ― a former Bush official ― said").
HORIZONTAL_BAR = "\u2015"
DASHES = ("-", EM_DASH, EN_DASH, "--", HORIZONTAL_BAR)  # "“…” - Matthew Ingram"
RIGHT_DOUBLE, LEFT_DOUBLE, RIGHT_SINGLE = "\u201d", "\u201c", "\u2019"
#: Marks that open a quotation right after its cue ("a message stating, “…").
OPENING_MARKS = frozenset('"' + LEFT_DOUBLE + "\u201e\u00ab\u2018'")
#: Closing marks that stay at the end of reported content ("called it “a threat”").
CLOSING_MARKS_KEPT = (RIGHT_DOUBLE, '"', RIGHT_SINGLE)


@dataclass(frozen=True)
class Piece:
    """One paragraph's part of a quotation: content offsets and the marks around it."""

    start: int
    end: int
    paragraph: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ended first


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation found by its marks; several pieces when it runs over paragraphs."""

    pieces: tuple[Piece, ...]
    closed: bool
    warnings: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    @property
    def open_mark(self) -> int:
        return self.pieces[0].open_mark

    @property
    def close_mark(self) -> int | None:
        return self.pieces[-1].close_mark


@dataclass
class _Open:
    mark: str
    at: int  # offset of the mark
    content: int  # offset just after it
    pieces: list[Piece] = field(default_factory=list)


def _mark_at(text: str, i: int) -> str:
    two = text[i : i + 2]
    if two in ("``", "''"):
        return two
    return text[i]


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, i: int, n: int = 1) -> str:
    return text[i + n] if i + n < len(text) else " "


def _can_open_single(text: str, i: int, mark: str) -> bool:
    # An apostrophe has a letter before it (don't, ’s); an opening single quote does not.
    return not _is_word(_prev(text, i)) and not _next(text, i, len(mark)).isspace()


def _can_close_single(text: str, i: int, mark: str, limit: int) -> bool:
    """A closing single quote: no letter follows it, and it is not a plural possessive."""
    if _is_word(_next(text, i, len(mark))) or _prev(text, i).isspace():
        return False
    if _prev(text, i) in "sS" and _next(text, i).isspace():
        # "ISIS’ gains": take it as a possessive when a better closer follows in the paragraph.
        j = text.find(mark, i + 1, limit)
        while j != -1:
            if not _is_word(_next(text, j, len(mark))) and not _prev(text, j).isspace():
                return False
            j = text.find(mark, j + 1, limit)
    return True


def _closes_mixed(text: str, i: int, end: int, content: int | None, *, later: str, clause_ends: str) -> bool:
    """Whether a mark of the other style at I closes the quote (curly opened, straight closed, or
    the other way round): only at a word's end, and only when no mark of the opener's own style
    (LATER) follows in the paragraph, or when the mark ends a clause (a CLAUSE_ENDS character before
    it, a word after its space) and no straight mark was opened inside since CONTENT."""
    if _prev(text, i).isspace() or _is_word(_next(text, i)):
        return False
    if text.find(later, i, end) == -1:
        return True
    nested = content is not None and text.count('"', content, i) % 2 == 1
    return _prev(text, i) in clause_ends and _next(text, i) == " " and _is_word(_next(text, i, 2)) and not nested


def _closes(text: str, i: int, mark: str, opener: str, limit: int | None = None, content: int | None = None) -> bool:
    """Whether MARK at I closes a quote opened by OPENER (its content starting at CONTENT)."""
    if mark not in (DOUBLE_PAIRS.get(opener) or SINGLE_PAIRS.get(opener) or ()):
        return False
    end = len(text) if limit is None else limit
    if opener == LEFT_DOUBLE and mark == '"':
        # “ … ," she said: copy that mixes curly and straight marks closes a curly quote with a
        # straight one ('“We won," Lee said'), but closes no straight quote opened inside ('“He
        # said "no," and left.”').
        return _closes_mixed(text, i, end, content, later=RIGHT_DOUBLE, clause_ends=",?!")
    if opener == '"' and mark == RIGHT_DOUBLE:
        # "But he won,” Lee said: the same copy the other way round ('"We won,” said Lee. "Next …”':
        # the straight mark after it opens the next quotation).
        return _closes_mixed(text, i, end, content, later='"', clause_ends=",?!.")
    if mark == opener and opener not in ('"', "'", "\u201d"):
        # The same directional mark again (“ … “): a closer only when it ends a word.
        return not _prev(text, i).isspace() and not _is_word(_next(text, i, len(mark)))
    return True


def _piece(text: str, start: int, end: int, paragraph: int, open_mark: int, close_mark: int | None) -> Piece | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return Piece(start, end, paragraph, open_mark, close_mark)


#: A markup tag left in the text (HTML, a feed's <tweet …>): a name right after "<", no "<" or ">"
#: inside, at most MAX_TAG_CHARS long.
MAX_TAG_CHARS = 1000
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]{0," + str(MAX_TAG_CHARS) + r"})?/?>")


def find_quote_spans(text: str, paragraphs: list[Paragraph] | None = None) -> list[QuoteSpan]:
    """Return every quotation marked in TEXT, outermost quotes only, in text order."""
    if paragraphs is None:
        paragraphs = find_paragraphs(text)
    spans: list[QuoteSpan] = []
    carried: _Open | None = None  # a quote left open at the end of the previous paragraph
    for p_index, para in enumerate(paragraphs):
        stack: list[_Open] = []
        i = para.start
        if carried is not None:
            first = _mark_at(text, i)
            if first in DOUBLE_PAIRS or first in SINGLE_PAIRS:
                # News convention: the quotation goes on in this paragraph.
                carried.at, carried.content = i, i + len(first)
                stack.append(carried)
                i += len(first)
            elif _continues_without_mark(text, i, para.end, carried.mark):
                # Some copy drops the opening mark of a continued paragraph: the quote goes on to
                # this paragraph's first mark, which is shaped like a closing one ("…early." After).
                carried.at, carried.content = i, i
                stack.append(carried)
            else:
                spans.append(_finish(carried, closed=False, warning="unclosed quote ends at its paragraph"))
            carried = None
        while i < para.end:
            ch = text[i]
            if ch == "<":
                # '<tweet tweet-date="February 10, 2016">': an attribute's marks in a markup tag
                # quote nothing
                tag = _MARKUP_TAG.match(text, i, para.end)
                i = tag.end() if tag else i + 1
                continue
            if ch not in QUOTE_CHARS and ch != "`":
                i += 1
                continue
            mark = _mark_at(text, i)
            step = len(mark)
            if stack:
                # Close the innermost quote this mark closes (and anything nested in it).
                for depth in range(len(stack) - 1, -1, -1):
                    top = stack[depth]
                    if not _closes(text, i, mark, top.mark, para.end, top.content):
                        continue
                    if top.mark in SINGLE_PAIRS and not _can_close_single(text, i, mark, para.end):
                        continue
                    del stack[depth + 1 :]
                    if depth == 0:
                        piece = _piece(text, top.content, i, p_index, top.at, i)
                        if piece:
                            top.pieces.append(piece)
                        if top.pieces:
                            spans.append(_finish(top, closed=True))
                        stack.clear()
                    else:
                        stack.pop()
                    break
                else:
                    if mark in SINGLE_PAIRS and len(stack) == 1 and _can_open_single(text, i, mark):
                        stack.append(_Open(mark, i, i + step))
                    elif mark == stack[0].mark and _nested_same_kind(text, i + step, para.end, mark):
                        # “… even when “your team” needs to be held accountable.”: a quotation
                        # inside another in the same marks, both closed in this paragraph
                        stack.append(_Open(mark, i, i + step))
                    elif mark == stack[0].mark and mark in ("\u201c", "\u201e", "\u00ab", "``"):
                        # A second opening mark of the same kind: the first quote was never closed.
                        top = stack[0]
                        piece = _piece(text, top.content, i, p_index, top.at, None)
                        if piece:
                            top.pieces.append(piece)
                        if top.pieces:
                            spans.append(_finish(top, closed=False, warning="unclosed quote ends where the next opens"))
                        stack = [_Open(mark, i, i + step)]
                i += step
                continue
            if mark in DOUBLE_PAIRS and _opens_double(text, i, mark):
                stack.append(_Open(mark, i, i + step))
            elif mark in ("\u2018", "\u201a", "\u2039") and _can_open_single(text, i, mark):
                # Top-level single quotes (British style). Straight ' never opens at top level:
                # it is an apostrophe far more often than a quote.
                stack.append(_Open(mark, i, i + step))
            i += step
        if stack:
            top = stack[0]
            piece = _piece(text, top.content, para.end, p_index, top.at, None)
            if piece:
                top.pieces.append(piece)
            if top.pieces:
                carried = top
    if carried is not None:
        spans.append(_finish(carried, closed=False, warning="unclosed quote ends at its paragraph"))
    return spans


def _nested_same_kind(text: str, start: int, end: int, opener: str) -> bool:
    """Whether an opening mark OPENER met inside a quotation of the same marks opens a nested one:
    from START to END, two marks that close it come before any that opens another."""
    if opener not in ("\u201c", "\u00ab"):
        return False  # straight marks (and „ closed by “) cannot tell an opening from a closing one
    closer = DOUBLE_PAIRS[opener][0]
    closes = 0
    for j in range(start, end):
        if text.startswith(opener, j):
            return False
        if text.startswith(closer, j):
            closes += 1
            if closes == 2:
                return True
    return False


def _continues_without_mark(text: str, start: int, end: int, opener: str) -> bool:
    """The paragraph's first quote mark closes OPENER and is shaped like a closing mark."""
    for j in range(start, end):
        if text[j] in QUOTE_CHARS and text[j] not in ("'", "\u2019"):
            mark = _mark_at(text, j)
            return (
                _closes(text, j, mark, opener)
                and not _prev(text, j).isspace()
                and not _is_word(_next(text, j, len(mark)))
            )
    return False


def _opens_double(text: str, i: int, mark: str) -> bool:
    if mark == '"':
        # 12" pipe: an inch mark, not a quote.
        return not (_prev(text, i).isdigit() and not _is_word(_next(text, i)))
    if mark == "\u201d":
        # ” used as an opening mark: only before a word and after a space.
        return _is_word(_next(text, i)) and not _is_word(_prev(text, i))
    if mark == "''":
        # ''It was fine,'' he said: opens before a word or a mark, never after a letter.
        return not _is_word(_prev(text, i)) and not _next(text, i, 2).isspace()
    return True


def _finish(q: _Open, *, closed: bool, warning: str | None = None) -> QuoteSpan:
    return QuoteSpan(tuple(q.pieces), closed=closed, warnings=(warning,) if warning else ())
