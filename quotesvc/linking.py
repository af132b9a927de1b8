"""Linking quotes to each other: continuations, fragments inside reported speech, the mixed merge.

Runs after ``direct`` and ``reported`` have found their candidates:

* a quote with no cue of its own continues the previous quote's speaker when it follows it in the
  same paragraph or opens the next paragraph (news convention), after direct or reported speech;
* a quoted fragment inside reported speech makes that speech *mixed*;
* a reported clause inside a longer direct passage of the same cue is not a second quote.
"""

from __future__ import annotations

import bisect
import itertools

from quotesvc import confidence
from quotesvc.candidates import ArticleIndex, Candidate, Method, quoted_inside
from quotesvc.cues import CueKind, cue_kind
from quotesvc.document import Sentence, Word
from quotesvc.lexicons import Lexicons
from quotesvc.quotemarks import QUOTE_CHARS, QuoteSpan
from quotesvc.results import QuoteType, Scope
from quotesvc.speakers import mention_words

#: At most this much (sentence-end punctuation and one paragraph break) between reported speech
#: and the direct quote that goes on in its voice.
MAX_GAP_AFTER_REPORTED = 8


def link_continuations(cands: list[Candidate], text: str) -> None:
    """An unattributed quote right after an attributed one goes on in the same voice.
    CANDS are the direct quotes in text order."""
    prev: Candidate | None = None
    for c in cands:
        if c.how is Method.UNATTRIBUTED and prev is not None:
            c_para = c.quote_spans[0].pieces[0].paragraph
            p_para = prev.quote_spans[-1].pieces[-1].paragraph
            before = text[: c.quote_spans[0].open_mark].rstrip(" \t")
            opens_paragraph = c_para == p_para + 1 and (not before or before[-1] in "\n\r\u2028\u2029")
            if c_para == p_para or opens_paragraph:
                c.how, c.inherit_from = Method.CONTINUATION, prev
                c.confidence = confidence.base(Method.CONTINUATION)
        if c.how is not Method.UNATTRIBUTED:
            prev = c


def link_after_reported_speech(cands: list[Candidate], text: str) -> None:
    """“Wilkins also said Warhol was a businessman. “As a way to …”” — a direct quote with no cue of
    its own, in the sentence right after reported speech (or opening the next paragraph), goes on
    in the reporter's voice. CANDS are all quotes of the article in text order."""
    prev: Candidate | None = None
    for c in cands:
        if (
            c.how is Method.UNATTRIBUTED
            and c.inherit_from is None
            and prev is not None
            and prev.type is not QuoteType.DIRECT
            and prev.speaker_head() is not None
            and c.quote_spans
        ):
            between = _without_attribution(prev, prev.end, c.quote_spans[0].open_mark, text)
            # Only the sentence's end and at most one paragraph break stand between them (and the
            # reported speech's own attribution: "…,” Tom Sroka said. “This movement …”).
            if (
                len(between) <= MAX_GAP_AFTER_REPORTED
                and between.count("\n") <= 2
                and not any(ch.isalnum() for ch in between)
            ):
                c.how, c.inherit_from = Method.CONTINUATION, prev
                c.confidence = confidence.base(Method.CONTINUATION)
        if c.how is not Method.UNATTRIBUTED:
            prev = c


def link_after_frame_sentence(cands: list[Candidate], index: ArticleIndex, lex: Lexicons) -> None:
    """ "Sen. Ted Cruz tweeted a warning. “Missouri: Remember in November …”", "Clinton touted her
    credentials. “We need to find ways …”": a direct quote with no cue and no voice to go on in,
    right after a sentence of its paragraph whose main verb is a cue of any kind with a subject
    of its own, is in that subject's voice. CANDS are all quotes of the article."""
    for c in cands:
        if c.how is not Method.UNATTRIBUTED or c.inherit_from is not None or not c.quote_spans:
            continue
        frame = _frame_before(c.quote_spans[0], index, lex)
        if frame is None:
            continue
        verb, c.speaker_fallback = frame
        c.how = Method.FRAME_BEFORE
        c.cue = verb if cue_kind(verb, lex, Scope.ATTRIBUTIONS) is not None else None  # not "is"
        c.confidence = confidence.base(Method.FRAME_BEFORE)


def _frame_before(q: QuoteSpan, index: ArticleIndex, lex: Lexicons) -> tuple[Word, Word] | None:
    """(main verb, subject) of the sentence that ends right before Q opens, in its paragraph, when
    the verb is a cue (any category) with a nominal subject outside quotation marks, or the
    subject is a name."""
    before = [w for w in index.words_between(max(0, q.open_mark - 3), q.open_mark) if w.end <= q.open_mark]
    if not before or before[-1].text not in (".", "!"):
        return None
    sent = before[-1].sent
    if sent.paragraph != q.pieces[0].paragraph:
        return None
    if not sent.parsed:
        return _named_subject_on_surface(sent)
    root = next((w for w in sent.words if w.head == 0), None)
    if root is None or index.in_quote(root):
        return None
    subject = next((c for c in root.children if c.rel == "nsubj"), None)
    if subject is None or subject.upos not in ("PROPN", "NOUN", "PRON") or index.in_quote(subject):
        return None
    if cue_kind(root, lex, Scope.ATTRIBUTIONS) is None and subject.upos != "PROPN":
        return None  # any sentence about a named person ("Mr. Hannity is unapologetic about his aim.")
    return root, subject


def _named_subject_on_surface(sent: Sentence) -> tuple[Word, Word] | None:
    """In a sentence that was tagged but not parsed: (verb, name) of the name that opens it,
    right before a finite verb ("[Mr. Hannity] is unapologetic about his aim."), or None."""
    words = sent.words
    name = list(itertools.takewhile(lambda w: w.upos == "PROPN", words))
    if not name or len(name) >= len(words):
        return None
    verb = words[len(name)]
    return (verb, name[-1]) if verb.upos in ("VERB", "AUX") and verb.xpos in ("VBD", "VBZ") else None


def _without_attribution(prev: Candidate, start: int, end: int, text: str) -> str:
    """TEXT[START:END] with the words of PREV's own cue and speaker mention taken out."""
    words = [prev.cue] if prev.cue is not None else []
    speaker = prev.speaker_head()
    if speaker is not None:
        words += mention_words(speaker)
    spans = sorted((w.start, w.end) for w in words if start <= w.start and w.end <= end)
    out, at = [], start
    for a, b in spans:
        out.append(text[at:a])
        at = max(at, b)
    out.append(text[at:end])
    return "".join(out).replace("  ", " ")


def absorb_fragments(indirect: list[Candidate], fragments: list[QuoteSpan]) -> list[QuoteSpan]:
    """Reported speech containing a quoted fragment is mixed; return the fragments left over."""
    left = []
    for q in fragments:
        host = next((c for c in indirect if c.start <= q.start and q.end <= c.end), None)
        if host is not None:
            host.type = QuoteType.MIXED
            host.quote_spans.append(q)
        else:
            left.append(q)
    return left


def merge_mixed(direct: list[Candidate], indirect: list[Candidate]) -> list[Candidate]:
    """All quotes in text order, with direct and reported candidates of one statement merged.

    A fragment given its own cue inside reported speech belongs to that reported speech, which
    becomes mixed. 'says "many schools will quit. Then the State …"': a reported clause inside a
    longer quoted passage of the same cue is only the passage's first part, not a second quote."""
    kept = []
    absorbed: dict[int, Candidate] = {}  # id() of a fragment -> the reported speech it went into
    for c in direct:
        host = None
        if c.how is not Method.FRAGMENT and c.type is QuoteType.DIRECT:
            host = next((h for h in indirect if h.cue is not c.cue and quoted_inside(c, (h.start, h.end))), None)
        elif c.how is Method.FRAGMENT:
            # the reported speech of the fragment's own cue first ('said he saw no need to change,
            # telling Stephanopolous that “we tell the truth, we deal with the issues”' is
            # "telling"'s, not "said"'s)
            holds = [h for h in indirect if h.start <= c.start and c.end <= h.end]
            host = next((h for h in holds if h.cue is c.cue), None) or _quoted_within(c, indirect)
            if host is None:
                host = _opened_in(c, indirect)
                if host is not None:
                    # 'said that Bush "has to go. It is sad."': the reported clause ends at the sentence
                    # (or a clause) the quotation runs past; the quote goes on to its closing mark.
                    close = c.quote_spans[-1].close_mark if c.quote_spans else None
                    host.spans[-1] = (host.spans[-1][0], c.end if close is None else close + 1)
            if host is None and holds:
                host = holds[0]
        if host is not None:
            host.type = QuoteType.MIXED
            absorbed[id(c)] = host
        else:
            kept.append(c)
    kept = _merge_same_phrase(kept)
    for c in kept:
        # a quote going on from a fragment goes on from the reported speech that holds it now
        if c.inherit_from is not None and id(c.inherit_from) in absorbed:
            c.inherit_from = absorbed[id(c.inherit_from)]
    indirect = [h for h in indirect if not any(c.cue is h.cue and c.start <= h.start and h.end <= c.end for c in kept)]
    # '[Whether the issue is jobs or taxes], Mr. Garin added, “[it becomes harder …]”' read as a
    # reported clause in two pieces too: one cue, one quote, the reported one that holds the quotation
    own_quote = []
    for c in kept:
        holder = _same_cue_holder(c, indirect)
        if holder is None:
            own_quote.append(c)
        else:
            holder.type = QuoteType.MIXED
            holder.quote_spans.extend(c.quote_spans)
    return sorted(own_quote + _dedupe(indirect), key=lambda c: (c.start, c.end))


#: How far a quotation may end past the reported piece that holds it: its own closing punctuation
#: ("… to make the case.”" against the clause "… to make the case").
_CLOSING_SLACK = 2


def _same_cue_holder(c: Candidate, indirect: list[Candidate]) -> Candidate | None:
    """The reported speech of C's own cue whose pieces hold all of C's pieces, or None."""
    if c.cue is None:
        return None
    return next(
        (
            h
            for h in indirect
            if h.cue is c.cue and all(any(a <= s and e <= b + _CLOSING_SLACK for a, b in h.spans) for s, e in c.spans)
        ),
        None,
    )


def _quoted_within(fragment: Candidate, indirect: list[Candidate]) -> Candidate | None:
    """The reported speech of the fragment's own cue that holds the fragment's quotations though
    the fragment was widened past its end ('says [his campaign is the only one that “has beaten
    and can beat” billionaire Donald Trump], who won …' with the phrase taken to the sentence end)."""
    if not fragment.quote_spans:
        return None
    # a fragment's span starts at or before its first quotation, so a reported clause that starts
    # before the fragment starts before the quotation too
    last = fragment.quote_spans[-1].end
    return next(
        (
            h
            for h in indirect
            if h.cue is not None and h.cue is fragment.cue and h.start <= fragment.start and last <= h.end
        ),
        None,
    )


def _opened_in(fragment: Candidate, indirect: list[Candidate]) -> Candidate | None:
    """The reported speech of the fragment's own cue that opens the fragment's quotation but ends
    before it closes."""
    return next(
        (
            h
            for h in indirect
            if h.cue is not None
            and h.cue is fragment.cue
            and fragment.quote_spans
            and h.spans[-1][0] < fragment.quote_spans[0].open_mark  # words of its own before the quotation
            and fragment.start < h.end < fragment.end
        ),
        None,
    )


def _merge_same_phrase(cands: list[Candidate]) -> list[Candidate]:
    """Fragments of one cue widened to the same phrase ('called the plan a “total disaster” and a
    “betrayal of the voters”') are one quote with all their quotations."""
    out: list[Candidate] = []
    for c in cands:
        same = next(
            (
                o
                for o in out
                if o.how is Method.FRAGMENT
                and o.cue is c.cue
                and len(o.spans) == len(c.spans) == 1
                and (
                    (c.how is Method.FRAGMENT and o.start == c.start)
                    # '[Fundraising was “stagnant …” as donors waited to see how a “turbulent
                    # cycle” played out], he said': a later quotation inside the phrase
                    or (c.quote_spans and o.start <= c.start and c.end <= o.end)
                )
            ),
            None,
        )
        if same is None:
            out.append(c)
        else:  # the later one reaches its own closing mark
            same.spans = [(same.start, max(same.end, c.end))]
            same.quote_spans.extend(c.quote_spans)
    return out


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen, out = set(), []
    for c in cands:
        key = (c.start, c.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


#: Words that join a speaker's next report to the last one ("…, [and] said …"), left out of both.
_JOINING_WORDS = frozenset({",", ";", "and", "but", "--", "-", "—", "–"})


def end_before_own_next_cue(cands: list[Candidate], index: ArticleIndex, lex: Lexicons) -> None:
    """Reported speech ends where its speaker's next report begins: 'declaring it “another super
    Tuesday” [and said it was …]', 'denied the notion that a shakeup is coming[, explaining that
    …]'. A speaker's words never hold a report of that same speaker's, so a clause that runs past
    the next cue of the same speaker (the parser hung it inside) is cut before that cue and the
    words that join it."""
    text = index.parsed.text
    by_speaker: dict[int, list[Candidate]] = {}
    for c in cands:
        head = c.speaker_head()
        if head is not None and c.cue is not None and c.how is not Method.ARGUMENTS:
            by_speaker.setdefault(id(head), []).append(c)
    for group in by_speaker.values():
        if len(group) < 2:
            continue
        # the speaker's next reports, by offset, read once for the group
        nexts = sorted((o.cue for o in group if o.cue is not None and _next_report(o.cue, lex)), key=lambda w: w.start)
        starts = [w.start for w in nexts]
        for c in group:
            if c.type is QuoteType.DIRECT or c.cue is None:
                continue
            start, end = c.spans[-1]
            k = bisect.bisect_left(starts, max(c.cue.end, start + 1))
            if k == len(nexts) or nexts[k].start >= end:
                continue
            cut = nexts[k]
            before = [w for w in index.words_between(start, cut.start) if w.end <= cut.start]
            while before and before[-1].lower in _JOINING_WORDS:
                before.pop()
            if not before or before[-1].end <= start:
                continue
            c.spans[-1] = (start, before[-1].end)
            c.quote_spans = [q for q in c.quote_spans if q.open_mark < before[-1].end]
            if c.type is QuoteType.MIXED and not any(ch in QUOTE_CHARS for a, b in c.spans for ch in text[a:b]):
                c.type = QuoteType.INDIRECT


def _next_report(cue: Word, lex: Lexicons) -> bool:
    """A speech cue that goes on from the report before it: a participle after a comma ("…,
    [explaining] that …") or a verb joined by "and"/"but" ("… and [said] …"), not one the report's
    own clause governs ("declined to [say]", "said she would [tell] them")."""
    if cue_kind(cue, lex) is not CueKind.SPEECH or cue.rel in ("ccomp", "xcomp"):
        return False
    words = cue.sent.words
    before = words[cue.id - 2] if cue.id > 1 else None
    if before is None:
        return False
    participle = cue.xpos == "VBG" and before.text == ","
    joined = before.lower in ("and", "but") and cue.xpos in ("VBD", "VBZ", "VBP") and cue.rel == "conj"
    return participle or joined
