"""Quotations and their cues: direct (split, multi-paragraph, continued), mixed and indirect.

Input: the article's quote spans (``quotemarks``) and its partly parsed sentences (``parse``).
Output: ``Candidate`` quotes holding words (cue, speaker head, source, addressee) that
``extract`` then resolves and turns into results. Pure functions of their arguments.

Direct quotes (after textacy's ``direct_quotations`` and CoreNLP's QuoteAttributionAnnotator):
the cue is the nearest cue word *after* the closing mark in the same sentence ("…,” Kerry said),
else the nearest *before* the opening mark ("Kerry said: “…”"). “A,” X said, “B.” is one quote
of two pieces. A quote with no cue of its own continues the previous quote's speaker when it
follows it in the same paragraph or opens the next paragraph (news convention). A quoted
fragment inside reported speech makes that reported speech *mixed*; a fragment framed by a
verb such as *call* ("called ISIS “a threat …”") is a mixed quote of the fragment; other short
fragments are scare quotes or titles, not quotations.

Indirect quotes: a cue verb's clausal complement (``ccomp``), a clause that a cue verb follows
as ``parataxis`` ("…, witnesses said"), the rest of a sentence with "according to X", and what
follows a cue's colon.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from quotesvc.cues import CueKind, cue_kind, is_according
from quotesvc.document import ParsedText, Sentence, Word
from quotesvc.lexicons import Lexicons
from quotesvc.quotemarks import QuoteSpan
from quotesvc.results import QuoteType
from quotesvc.speakers import Attribution, find_attribution, mention_words, parenthetical_subject

_WORD = re.compile(r"\w+")
_SENTENCE_END = frozenset({".", "!", "?", ";"})
_CONTINUES_AFTER = ",\u2014\u2013-:\u2026?!"   # content ending so leaves room for an attribution
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
MAX_TRAILING_WORDS = 30   # "…,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.
MAX_LEADING_WORDS = 25
MIN_FREE_QUOTE_WORDS = 4  # an unattributed quote shorter than this is a scare quote
MIN_FRAGMENT_WORDS = 3    # a fragment framed by a cue: "called it “a threat”" is 2 words, kept
CONFIDENCE = {
    "direct": 0.9, "split": 0.9, "continuation": 0.7, "fragment": 0.75, "unattributed": 0.3,
    "indirect": 0.75, "cognition": 0.5, "parataxis": 0.7, "according": 0.7, "colon": 0.7,
    "surface": 0.6, "byline": 0.7, "quotative": 0.5,
}


_NEGATIONS = frozenset({"not", "n't", "never", "nt"})
_CAUSAL_MARKS = frozenset({"because", "cause", "'cause", "’cause", "cuz"})


@dataclass
class Candidate:
    type: QuoteType
    spans: list[tuple[int, int]]
    how: str
    cue: Word | None = None
    attribution: Attribution | None = None
    speaker_fallback: Word | None = None   # a subject found on the surface when the parse has none
    inherit_from: "Candidate | None" = None
    confidence: float = 0.5
    warnings: list[str] = field(default_factory=list)
    quote_spans: list[QuoteSpan] = field(default_factory=list)

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


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


def _trim(words: list[Word]) -> list[Word]:
    """Drop punctuation and conjunctions from the edges of content. A complementizer "that" stays:
    it opens the reported clause, and attribution annotation (GUM, PARC) counts it as content."""
    while words and words[0].upos in ("PUNCT", "CCONJ"):
        words = words[1:]
    while words and words[-1].upos == "PUNCT" and words[-1].text not in ("\u201d", '"', "’"):
        words = words[:-1]
    return words


# --------------------------------------------------------------------------- direct quotes


def _cue_candidates(words: list[Word], index: ArticleIndex, lex: Lexicons, *, kinds) -> list[Word]:
    return [w for w in words if not index.in_quote(w) and cue_kind(w, lex) in kinds]


_DIRECT_KINDS = (CueKind.SPEECH, CueKind.RELAY, CueKind.COGNITION, CueKind.FRAGMENT)


def trailing_region(q: QuoteSpan, index: ArticleIndex, next_open: int, para_end: int) -> list[Word]:
    """Words after the closing mark up to the sentence's end, the next quote or the paragraph's end."""
    if q.close_mark is None:
        return []
    region = []
    for w in index.words_between(q.close_mark + 1, min(next_open, para_end)):
        if w.start <= q.close_mark:
            continue
        if w.text in _SENTENCE_END:
            break
        region.append(w)
    return region


def leading_region(q: QuoteSpan, index: ArticleIndex, prev_close: int, text: str) -> list[Word]:
    """Words before the opening mark back to the previous sentence end, quote or paragraph start.

    Read on the surface rather than from Stanza's sentence: its tokenizer sometimes starts a new
    sentence at an opening mark ("... called ISIS “a threat …”").
    """
    para_start = text.rfind("\n", 0, q.open_mark) + 1
    before = text[para_start:q.open_mark].rstrip()
    if not before:
        # "He said:\n\n“…”": the cue ends the previous paragraph with a colon.
        head = text[:q.open_mark].rstrip()
        if not head.endswith(":"):
            return []
        para_start = text.rfind("\n", 0, len(head) - 1) + 1
        before = head[para_start:]
    words = index.words_between(max(para_start, prev_close + 1), para_start + len(before))
    region: list[Word] = []
    for w in reversed(words):
        if w.text in _SENTENCE_END and region:
            break
        if w.text in _SENTENCE_END:
            return []     # the quote opens a new sentence
        region.append(w)
    region.reverse()
    return region[-MAX_LEADING_WORDS:]


def _surface_subject(region: list[Word], cue: Word, *, after_quote: bool) -> Word | None:
    """When the parse gives no subject: the nominal next to the cue ("…,” Kerry said / said Kerry)."""
    i = region.index(cue)
    before = [w for w in region[:i] if w.upos in _NOMINAL]
    after = []
    for w in region[i + 1:i + 5]:
        # "said Aiko Tanaka": a capitalised run is a name even where the tagger slipped.
        if w.upos in _NOMINAL or (w.text[:1].isupper() and w.upos != "PUNCT"):
            after.append(w)
        else:
            break
    if after and all(w.text[:1].isupper() for w in after):
        return after[-1]
    if after_quote and before:
        return before[-1]
    if after and after[0].upos in ("PROPN", "PRON", "NOUN"):
        return after[-1] if all(w.upos == "PROPN" for w in after) else after[0]
    return before[-1] if before else None


def _colon_frame(leading: list[Word], index: ArticleIndex) -> Word | None:
    """Sunak defended the record: “…” - the main verb of the clause a colon closes, when it has
    a subject: journalists introduce quotes this way without a speech verb."""
    sent = leading[-1].sent
    if not sent.parsed:
        return None
    roots = [w for w in sent.words if w.head == 0 and w.end <= leading[-1].start]
    if roots and roots[0].upos in ("VERB", "AUX") and any(c.rel == "nsubj" and not index.in_quote(c)
                                                          for c in roots[0].children):
        return roots[0]
    return None


def _dash_byline(trailing: list[Word]) -> Word | None:
    """“…” - Matthew Ingram: a dash and a name right after the closing mark."""
    if len(trailing) < 2 or trailing[0].text not in ("-", "\u2014", "\u2013", "--"):
        return None
    run = []
    for w in trailing[1:]:
        if w.upos != "PROPN":
            break
        run.append(w)
    return run[-1] if run and len(run) == len(trailing) - 1 else None


def _leading_name(region: list[Word], cue: Word) -> Word | None:
    """“…,” Khaled Al-Maeena, editor at the Saudi Gazette, said: the proper-name run that opens
    the attribution, when a comma follows it before the cue (an apposition in between)."""
    run = []
    for w in region:
        if w.upos == "PROPN" or (w.text[:1].isupper() and w.upos != "PUNCT") or (run and w.text == "-"):
            run.append(w)
            continue
        break
    if not run or run[-1].id + 1 > cue.id:
        return None
    nxt = cue.sent.words[run[-1].id] if run[-1].id < len(cue.sent.words) else None
    if nxt is None or nxt.text != "," or nxt.id >= cue.id:
        return None
    ids = {w.id for w in run}
    # The run's own head ("Khaled" of "Khaled Al-Maeena"), so the mention covers the whole name.
    return next((w for w in run if w.parsed and w.head not in ids and w.upos == "PROPN"), run[-1])


def _attribute_with_cue(cand: Candidate, cue: Word, region: list[Word], lex: Lexicons,
                        index: ArticleIndex, *, after_quote: bool) -> None:
    cand.cue = cue
    attr = find_attribution(cue, lex, index.in_quote) if cue.parsed else Attribution(None, None, None, "unparsed")
    before = cue.sent.words[cue.id - 2] if cue.id > 1 else None
    if cue.upos not in ("VERB", "AUX") and cue.lower.endswith("ing") and before is not None \
            and before.upos in _NOMINAL:
        # "a message stating, “…”" with "stating" tagged a noun: whatever the parse made of it,
        # the -ing form modifies the noun before it, which is the one speaking.
        attr = Attribution(before, attr.source, attr.addressee, "gerund-noun")
    if attr.speaker is not None and index.in_quote(attr.speaker):
        attr = Attribution(None, attr.source, attr.addressee, "subject-in-quote")
    if after_quote:
        lead = _leading_name(region, cue)
        if lead is not None and (attr.speaker is None or (lead.id != attr.speaker.id and attr.speaker.id > lead.id)):
            attr = Attribution(lead, attr.source, attr.addressee, "leading-name")
    cand.attribution = attr
    if attr.speaker is None:
        cand.speaker_fallback = _surface_subject(region, cue, after_quote=after_quote)


def _is_fragment(q: QuoteSpan, text: str) -> bool:
    """A quoted phrase inside a sentence rather than quoted sentences."""
    content = text[q.start:q.end]
    first = content.lstrip("\u2026. ")[:1]
    before = text[:q.open_mark].rstrip()[-1:]
    starts_lower = bool(first) and (first.islower() or first.isdigit())
    opens_sentence = before in ("", ".", "!", "?", ":", "\u201d", '"') or before == "\n"
    if opens_sentence:
        return False
    if before in (",", "\u2014", "\u2013") and not starts_lower:
        return False
    return starts_lower or content[-1:] not in ".!?,"


def _looks_like_title(content: str) -> bool:
    """“Gone with the Wind”: most words capitalised and no clause punctuation inside."""
    words = _WORD.findall(content)
    if not words or len(words) > 12 or re.search(r"[.!?;]\s", content.rstrip(".,;:!? ") + " "):
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= 0.6


def _looks_like_speech(content: str) -> bool:
    """An unattributed quotation is kept only if it reads as sentences: a headline, a title or a
    name in quote marks does not end like one."""
    if _n_words(content) < MIN_FREE_QUOTE_WORDS:
        return False
    return content.rstrip("\u201d\"'’) ")[-1:] in ".!?,\u2026-\u2014:" or _n_words(content) >= 12


def _fragment_cue(q: QuoteSpan, index: ArticleIndex, lex: Lexicons) -> Word | None:
    """The cue verb that governs a quoted fragment, climbing the parse from the fragment's head."""
    inside = [w for w in index.words_between(q.start, q.end)]
    if not inside or not inside[0].parsed:
        return None
    ids = {w.id for w in inside}
    sent = inside[0].sent
    heads = [w for w in inside if w.sent is sent and (w.head not in ids)]
    if not heads or heads[0].rel in ("nsubj", "csubj"):
        # A verb frames its object or complement; a quoted subject ("“a threat …” warning
        # against …", from a sentence split at the quote) is framed elsewhere.
        return None
    word = heads[0].head_word
    for _ in range(3):
        if word is None:
            return None
        if not index.in_quote(word) and cue_kind(word, lex) in (CueKind.SPEECH, CueKind.FRAGMENT, CueKind.RELAY):
            return word
        word = word.head_word
    return None


def find_direct(spans: list[QuoteSpan], parsed: ParsedText, index: ArticleIndex, lex: Lexicons,
                paragraph_ends: list[int]) -> tuple[list[Candidate], list[QuoteSpan]]:
    """Direct quotes with their cues; also the fragments left for reported speech to absorb."""
    text = parsed.text
    out: list[Candidate] = []
    fragments: list[QuoteSpan] = []
    i = 0
    prev_close = -1
    while i < len(spans):
        q = spans[i]
        para = q.pieces[-1].paragraph
        para_end = paragraph_ends[para]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        next_open = nxt.open_mark if nxt is not None and nxt.pieces[0].paragraph == para else para_end
        content = text[q.start:q.end]
        cand = Candidate(QuoteType.DIRECT, [(p.start, p.end) for p in q.pieces], "direct",
                         warnings=list(q.warnings), quote_spans=[q])
        trailing = trailing_region(q, index, next_open, para_end)
        content_end = content[-1:]
        after_close = text[q.close_mark + 1:q.close_mark + 2] if q.close_mark is not None else ""
        trailing_ok = bool(trailing) and (content_end in _CONTINUES_AFTER or after_close == ","
                                          or trailing[0].text[:1].islower())
        cue = None
        fragment = _is_fragment(q, text)
        if fragment and (_n_words(content) < 2 or _looks_like_title(content)):
            # “dangerous”, “The Katherinator”: a scare-quoted word or a name, not a quotation.
            fragments.append(q)
            prev_close = q.close_mark if q.close_mark is not None else q.end
            i += 1
            continue
        # A quoted phrase inside a sentence: the verb that governs it speaks ("called ISIS “…”").
        fcue = _fragment_cue(q, index, lex) if fragment else None
        if fcue is not None:
            cand.type, cand.how = QuoteType.MIXED, "fragment"
            _attribute_with_cue(cand, fcue, [fcue], lex, index, after_quote=False)
            out.append(cand)
            prev_close = q.close_mark if q.close_mark is not None else q.end
            i += 1
            continue
        if trailing_ok:
            cues = _cue_candidates(trailing[:MAX_TRAILING_WORDS], index, lex, kinds=_DIRECT_KINDS)
            if cues:
                cue = cues[0]
                _attribute_with_cue(cand, cue, trailing, lex, index, after_quote=True)
                if fragment and (cand.attribution is None or cand.attribution.how != "subject"):
                    # “a threat …,” warning against …: a trailing verb without its own subject
                    # does not attribute a fragment; the verb that frames it comes first.
                    cue, cand.cue, cand.attribution, cand.speaker_fallback = None, None, None, None
        if fragment and cue is None:
            leading = leading_region(q, index, prev_close, text)
            lcues = _cue_candidates(leading, index, lex, kinds=(CueKind.FRAGMENT, CueKind.SPEECH))
            if lcues and _n_words(content) >= MIN_FREE_QUOTE_WORDS:
                cand.type, cand.how = QuoteType.MIXED, "fragment"
                _attribute_with_cue(cand, lcues[-1], leading, lex, index, after_quote=False)
                out.append(cand)
            else:
                fragments.append(q)
            prev_close = q.close_mark if q.close_mark is not None else q.end
            i += 1
            continue
        if cue is None:
            leading = leading_region(q, index, prev_close, text)
            cues = _cue_candidates(leading, index, lex, kinds=_DIRECT_KINDS)
            if cues:
                cue = cues[-1]
                _attribute_with_cue(cand, cue, leading, lex, index, after_quote=False)
            elif leading and leading[-1].text == ":":
                cue = _colon_frame(leading, index)
                if cue is not None:
                    _attribute_with_cue(cand, cue, leading, lex, index, after_quote=False)
                    cand.how = "colon"
        if cue is None and trailing:
            byline = _dash_byline(trailing)
            if byline is not None:
                cand.speaker_fallback, cand.how = byline, "byline"
        # “A,” Kerry said, “B.”: B continues A when only the attribution and a comma stand between.
        if cue is not None and trailing_ok and nxt is not None and nxt.pieces[0].paragraph == para:
            between = text[q.close_mark + 1:nxt.open_mark] if q.close_mark is not None else ""
            if between.rstrip().endswith((",", ":", "\u2014")) and not re.search(r"[.!?;]\s", between):
                cand.spans.extend((p.start, p.end) for p in nxt.pieces)
                cand.quote_spans.append(nxt)
                cand.how = "split"
                q = nxt
                i += 1
        if cue is None and cand.how != "byline":
            if _looks_like_title(content) or not _looks_like_speech(content):
                fragments.append(q)
                prev_close = q.close_mark if q.close_mark is not None else q.end
                i += 1
                continue
            cand.how = "unattributed"
        out.append(cand)
        prev_close = q.close_mark if q.close_mark is not None else q.end
        i += 1
    _link_continuations(out, text)
    for c in out:
        c.confidence = CONFIDENCE[c.how]
    return out, fragments


def _link_continuations(cands: list[Candidate], text: str) -> None:
    """An unattributed quote right after an attributed one goes on in the same voice."""
    prev: Candidate | None = None
    for c in cands:
        if c.how == "unattributed" and prev is not None and prev.type is not QuoteType.MIXED:
            c_para = c.quote_spans[0].pieces[0].paragraph
            p_para = prev.quote_spans[-1].pieces[-1].paragraph
            before = text[:c.quote_spans[0].open_mark].rstrip(" \t")
            opens_paragraph = c_para == p_para + 1 and (not before or before[-1] in "\n\r\u2028\u2029")
            if c_para == p_para or opens_paragraph:
                c.how, c.inherit_from = "continuation", prev
        if c.how != "unattributed":
            prev = c


def link_after_reported_speech(cands: list[Candidate], text: str) -> None:
    """“Wilkins also said Warhol was a businessman. “As a way to …”” — a direct quote with no cue of
    its own, in the sentence right after reported speech (or opening the next paragraph), goes on
    in the reporter's voice. CANDS are all quotes of the article in text order."""
    prev: Candidate | None = None
    for c in cands:
        if (c.how == "unattributed" and c.inherit_from is None and prev is not None
                and prev.type is not QuoteType.DIRECT and prev.speaker_head() is not None and c.quote_spans):
            between = text[prev.end:c.quote_spans[0].open_mark]
            # Only the sentence's end and at most one paragraph break stand between them.
            if len(between) <= 8 and between.count("\n") <= 2 and not any(ch.isalnum() for ch in between):
                c.how, c.inherit_from = "continuation", prev
                c.confidence = CONFIDENCE["continuation"]
        if c.how != "unattributed":
            prev = c


# --------------------------------------------------------------------------- indirect quotes


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _content_from(words: list[Word]) -> tuple[int, int] | None:
    words = _trim(words)
    if not words:
        return None
    return words[0].start, words[-1].end


def _complement(cue: Word) -> Word | None:
    """The cue's clausal complement: after it ("said that X"), or before it with the cue
    closing the sentence ("X, witnesses said", when the parser makes X a ccomp)."""
    after = [c for c in cue.children if c.rel == "ccomp" and c.id > cue.id]
    if after:
        return after[0]
    # "announced on Friday that it is time ...": a "that" clause the parser attached otherwise.
    for c in cue.children:
        if c.id > cue.id and c.rel in ("advcl", "xcomp", "dep", "parataxis", "obj", "obl", "conj") and any(
                g.rel == "mark" and g.lower == "that" and g.id < c.id for g in c.children):
            return c
    before = [c for c in cue.children if c.rel == "ccomp" and c.id < cue.id]
    subj = [c for c in cue.children if c.rel == "nsubj"]
    if before and subj and subj[0].id > before[-1].id:
        return before[-1]
    return None


def _colon_content(cue: Word) -> list[Word] | None:
    """"X said in a statement: the plan ..." - the words after a colon close behind the cue."""
    words = cue.sent.words
    for w in words[cue.id:cue.id + 6]:
        if w.text == ":":
            rest = words[w.id:]
            return rest if len(rest) >= 3 else None
        if w.text in _SENTENCE_END:
            return None
    return None


def _clause_words(cue: Word, comp: Word, sent: Sentence, lex: Lexicons) -> list[Word]:
    """The reported clause after a cue: the complement's subtree, stretched to the end of the
    sentence because parsers often hang its later conjuncts elsewhere ("said [fishermen noticed
    them] and [a warship was deployed]"). Stops before a coordinated predicate of the speaker
    ("said X, but echoed Obama"), another cue, or a semicolon."""
    words = sent.words
    sub = sent.subtree(comp)
    # The stretch stays inside the cue's own clause: a cue nested in another's content ("said she
    # felt X and her hashtag created Y") or in a relative clause does not take its host's conjuncts.
    in_cue = {x.id for x in sent.subtree(cue)}
    start, end = sub[0].id, sub[-1].id
    while end < len(words) and (words[end].id in in_cue or words[end].upos == "PUNCT"):
        end += 1
    # "said [the withdrawal] ... was intended": the clause's subject hung on the cue as its object,
    # or as a second subject ("Memon said [the amount of feedback] had helped").
    for c in cue.children:
        if cue.id < c.id < start and ((c.rel == "obj" and cue.lemma_lower not in lex.addressee_verbs)
                                     or (c.rel == "nsubj" and any(s.rel == "nsubj" and s.id < cue.id
                                                                  for s in cue.children))):
            start = min(start, sent.subtree(c)[0].id)
    if parenthetical_subject(cue) is not None:
        # "Institutional recipients, said Mauer, are required …": the subject before the
        # interrupting cue belongs to the clause (the attribution is cut out of it below).
        pre = next((c for c in cue.children if c.rel == "nsubj" and c.id < cue.id), None)
        if pre is not None:
            start = min(start, sent.subtree(pre)[0].id)
    for c in cue.children:
        if c.id > comp.id and (c.rel == "conj" or c.rel == "parataxis"):
            own_subject = any(g.rel == "nsubj" for g in c.children)
            infinitive = any(g.rel == "mark" for g in c.children)
            if (not own_subject and not infinitive) or cue_kind(c, lex) is not None:
                end = min(end, sent.subtree(c)[0].id - 1)
    # "it'll do fine with a cast, especially since it's a fracture": an adverbial clause set off
    # by a comma after the reported predicate is the reporter's elaboration as often as the
    # speaker's; discourse segmentation (RST, GUM) cuts it off, and so does the content span.
    # A reason ("..., because dignitaries wanted to meet him") stays: it is part of the claim.
    cut = len(words)
    for c in comp.children:
        if c.rel == "advcl" and c.id > comp.id:
            sub_c = sent.subtree(c)
            first = next((w for w in sub_c if w.upos != "PUNCT"), sub_c[0])
            causal = any(g.rel == "mark" and g.lower in _CAUSAL_MARKS for g in c.children)
            if first.id > comp.id + 1 and words[first.id - 2].text == "," and not causal:
                cut = min(cut, first.id - 2)
    for w in words[sub[-1].id:end]:
        if w.text == ";" or (w.id > sub[-1].id and cue_kind(w, lex) in (CueKind.SPEECH, CueKind.RELAY)
                             and any(g.rel == "nsubj" for g in w.children)):
            end = min(end, w.id - 1)
            break
    # "… there should be around 45 particles[, but] this number is very uncertain": a clause with
    # a subject of its own, set off by a comma and a conjunction, is the reporter's next statement
    # (or the speaker's next one, attributed separately), not more of this one. A second "that"
    # clause ("said that A, and that B") is still the same report.
    last = min(max(end, sub[-1].id), cut)
    for w in words[comp.id:last]:
        h = w.head_word
        if (w.rel == "cc" and h is not None and h.id > w.id and w.id >= 2 and words[w.id - 2].text == ","
                and any(g.rel == "nsubj" for g in h.children)
                and not any(g.rel == "mark" for g in h.children)):
            last = min(last, w.id - 2)
            break
    return words[start - 1:last]


_CLAUSE_START = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "SCONJ"})


def _surface_clause(cue: Word, lex: Lexicons) -> list[Word] | None:
    """"X said [that] CLAUSE" when the parse gave the cue no clausal complement: the rest of the
    sentence after the cue (and a tell-type addressee), if it starts like a clause and has a verb."""
    words = cue.sent.words
    subj = [c for c in cue.children if c.rel == "nsubj" and c.id < cue.id]
    if not subj or any(w.text == ":" for w in words[subj[-1].id:cue.id - 1]):
        return None
    rest = words[cue.id:]
    if cue.rel in ("advcl", "acl") and any(c.rel == "mark" and c.lower != "as" for c in cue.children):
        # "While checks will continue, officials will scrap …": the main clause is not the
        # content of a cue inside an adverbial clause; only its own clause can be. "As Heald
        # told the Post, ozone has dropped" is the exception: "as" frames the main clause.
        own_clause = {x.id for x in cue.sent.subtree(cue)}
        rest = [w for w in rest if w.id in own_clause]
    elif _in_opening_subordinate(cue):
        # The same when the parse lost the marker's attachment: "While checks will continue, ...".
        comma = next((i for i, w in enumerate(rest) if w.text == ","), None)
        rest = rest[:comma] if comma is not None else rest
    if rest and cue.lemma_lower in lex.addressee_verbs:
        # "told [The Huffington Post], ozone has dropped": skip the addressee, all of it.
        addressee = next((c for c in cue.children if c.rel in ("obj", "iobj") and c.upos in _NOMINAL
                          and c.id > cue.id and rest[0] in cue.sent.subtree(c)), None)
        if addressee is not None:
            last = cue.sent.subtree(addressee)[-1].id
            rest = [w for w in rest if w.id > last]
            if rest and rest[0].text == ",":
                rest = rest[1:]
    rest = [w for w in rest if not (w.text in _SENTENCE_END and w.id == len(words))]
    # "said on Friday that ...", "told LA Weekly in a statement that ...": start at the "that".
    that = next((w for w in rest[:8] if w.lower == "that" and w.upos == "SCONJ"), None)
    if that is not None and all(w.upos not in ("VERB", "AUX") for w in rest[:rest.index(that)]):
        rest = rest[rest.index(that):]
    if len(rest) < 4 or rest[0].upos not in _CLAUSE_START or rest[0].text in ('"', "\u201c"):
        return None
    # A clause needs a finite verb of its own: not "asked the council to help", "described him as
    # facing ...", nor a verb inside the cue's object ("maintained a policy which X criticised").
    if not _main_verb_after(cue, rest[1:]) and not _of_gerund(cue):
        return None
    return rest


def _in_opening_subordinate(cue: Word) -> bool:
    """Whether the sentence opens with a subordinator ("While", "Although", "If"; not "As", which
    frames what follows) whose clause's verb is the cue (no other verb comes before it)."""
    words = cue.sent.words
    if words[0].upos != "SCONJ" or words[0].lower in ("as", "that") or words[0].id >= cue.id:
        return False
    return not any(w.upos in ("VERB", "AUX") and w.head != cue.id for w in words[1:cue.id - 1])


_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})


def _main_verb_after(cue: Word, rest: list[Word]) -> bool:
    """Whether REST holds a finite verb that can head the reported clause. Not one inside the cue's
    object, its infinitival complement ("asked the council [to help the girls enter]"), or its own
    coordinated predicate ("announced the start ..., [and determine whether ...]"); and not the verb
    of a relative clause ("a policy [which], according to AFP, the UN [have] criticised"): a relative
    pronoun claims the next finite verb, so "said the man who was held had fled" still has "had"."""
    sent = cue.sent
    own = {x.id for c in cue.children
           if c.rel == "obj"
           or (c.id > cue.id and c.rel in ("xcomp", "advcl") and any(g.lower == "to" and g.rel == "mark" for g in c.children))
           or (c.rel == "conj" and any(g.rel == "cc" for g in c.children))
           for x in sent.subtree(c)}
    relative_open = False
    for w in rest:
        if w.lower in _RELATIVE_PRONOUNS and w.upos == "PRON":
            relative_open = True
        elif _finite(w):
            if relative_open:
                relative_open = False
            elif w.id not in own:
                return True
    return False


_LOOSE_CLAUSE_RELS = frozenset({"advcl", "conj", "parataxis", "dep"})
_OPEN_BRACKETS = frozenset("([{")
_SPLIT_START = _CLAUSE_START | {"ADP", "ADV"}   # "estimated [by 2050, ...] would increase"


def _split_complement(cue: Word, lex: Lexicons) -> list[Word] | None:
    """"The scientists found [reduction of crop yields] exceeded 10%", "They estimated by 2050, ...
    [would increase] ...": a complement without "that" which the parser split into the cue's object
    or obliques and a finite verb hung on the cue. The verb has no subject, marker or conjunction of
    its own (else it is the cue's own coordinated or adverbial clause), and no other finite verb
    stands between it and the cue. The cue needs its own subject before it ("I spoke", not the
    participle of "the questions, disputed in ..."), and takes no addressee ("Can I ask you, ...")."""
    words = cue.sent.words
    if cue.lemma_lower in lex.addressee_verbs or not any(
            c.rel == "nsubj" and c.id < cue.id for c in cue.children):
        return None
    for v in cue.children:
        if v.id <= cue.id or v.rel not in _LOOSE_CLAUSE_RELS or not _finite_clause(v):
            continue
        if any(g.rel in ("mark", "cc", "nsubj", "nsubj:pass", "csubj", "expl") for g in v.children):
            continue
        clause = cue.sent.subtree(v)
        between = words[cue.id:clause[0].id - 1]
        if not between or between[0].upos not in _SPLIT_START or clause[0].text in _OPEN_BRACKETS or any(
                _finite(w) or w.text in _OPEN_BRACKETS for w in between):
            continue
        return words[cue.id:clause[-1].id]
    return None


def _finite_clause(v: Word) -> bool:
    """A finite verb, or one with a finite auxiliary ("would increase")."""
    return _finite(v) or any(c.rel in ("aux", "aux:pass", "cop") and _finite(c) for c in v.children)


def _of_gerund(cue: Word) -> bool:
    """"accused the United States of trying to retake Iraq": the charge is a gerund after "of"."""
    return any(c.upos == "VERB" and c.id > cue.id and c.xpos in ("VBG", "_")
               and any(g.lower == "of" and g.rel in ("mark", "case") for g in c.children)
               for c in cue.children)


_FINITE_XPOS = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _finite(w: Word) -> bool:
    if w.upos not in ("VERB", "AUX"):
        return False
    if (w.feats or "_") == "_" and (w.xpos or "_") == "_":
        return True   # a model without morphology: any verb may be finite
    return "VerbForm=Fin" in (w.feats or "") or w.xpos in _FINITE_XPOS


def find_indirect(parsed: ParsedText, index: ArticleIndex, lex: Lexicons,
                  direct: list[Candidate]) -> list[Candidate]:
    """Reported speech from the parse of every parsed sentence."""
    direct_ranges = [(c.start, c.end) for c in direct if c.type is QuoteType.DIRECT]
    cue_words = {id(c.cue) for c in direct if c.cue is not None and c.type is QuoteType.DIRECT}
    out: list[Candidate] = []
    for sent in parsed.sentences:
        for w in sent.words:
            if index.in_quote(w):
                continue
            if w.lower == "like":   # read from the surface, so unparsed sentences too
                cand = _quotative_like(w, sent, index)
                if cand is not None and not any(_overlaps((cand.start, cand.end), d) for d in direct_ranges):
                    out.append(cand)
                continue
            if not sent.parsed:
                continue
            if is_according(w):
                cand = _according(w, sent, index)
                if cand is not None:
                    out.append(cand)
                continue
            kind = cue_kind(w, lex)
            if kind not in (CueKind.SPEECH, CueKind.COGNITION, CueKind.RELAY):
                continue
            cand = _reported_clause(w, kind, sent, lex) if id(w) not in cue_words else None
            if cand is None:
                continue
            span = (cand.start, cand.end)
            if any(_overlaps(span, d) for d in direct_ranges):
                continue   # the cue introduces a direct quote: "Kerry said: “…”"
            if any(index.in_quote(x) for x in [cand.speaker_head()] if x is not None):
                continue
            out.append(cand)
    return out


def _negated(cue: Word) -> bool:
    """"officials would not say why ...", "he never said": nothing was reported."""
    return any(c.rel == "advmod" and c.lower in _NEGATIONS for c in cue.children)


def _reported_clause(cue: Word, kind: str, sent: Sentence, lex: Lexicons) -> Candidate | None:
    if _negated(cue):
        return None
    comp = _complement(cue)
    if comp is not None and comp.id > cue.id and _in_opening_subordinate(cue) and any(
            w.text == "," for w in sent.words[cue.id:comp.id - 1]):
        comp = None   # "While checks will continue, [officials will scrap …]" parsed as a complement
    how = "cognition" if kind == CueKind.COGNITION else "indirect"
    content_words = None
    if comp is not None:
        content_words = _clause_words(cue, comp, sent, lex) if comp.id > cue.id else sent.subtree(comp)
    elif kind != CueKind.COGNITION and cue.rel == "parataxis" and cue.head and cue.head < cue.id:
        # "ISIS militants thrust east ..., witnesses and sources said."
        head = cue.head_word
        cue_ids = {x.id for x in sent.subtree(cue)}
        content_words = [x for x in sent.subtree(head) if x.id not in cue_ids and x.id < cue.id]
        how = "parataxis"
    elif kind == CueKind.COGNITION:
        content_words = _split_complement(cue, lex)
    elif kind == CueKind.SPEECH:
        content_words = _colon_content(cue)
        how = "colon"
        if content_words is None:
            content_words = _surface_clause(cue, lex) or _split_complement(cue, lex)
            how = "surface"
    if not content_words:
        return None
    span = _content_from(content_words)
    if span is None:
        return None
    attr = find_attribution(cue, lex)
    if attr.speaker is None:
        # The parser hung the subject elsewhere ("Speaking in Cairo, Secretary ... Kerry said"):
        # the nominal right before the cue, adverbs skipped.
        before = [w for w in sent.words[:cue.id - 1] if w.upos != "ADV"]
        if before and before[-1].upos in ("PROPN", "NOUN", "PRON") and before[-1].lower not in ("that", "it"):
            attr = Attribution(before[-1], attr.source, attr.addressee, "adjacent")
    if attr.speaker is None:
        return None   # reported speech needs someone reporting: "please note that ..." is not a quote
    if kind == CueKind.COGNITION:
        if attr.speaker.lower in ("it", "there") or len(content_words) < 3:
            return None
        if _discourse_you_know(cue, attr.speaker, _trim(content_words)):
            return None
    if how == "parataxis" and attr.speaker.id < cue.id and attr.speaker.id < span[0]:
        return None
    spans = _split_by_cue(cue, attr.speaker, sent, span) or [span]
    return Candidate(QuoteType.INDIRECT, spans, how, cue=cue, attribution=attr, confidence=CONFIDENCE[how])


_WH_OR_THAT = frozenset({"that", "what", "how", "where", "why", "when", "who", "whom", "whose", "which",
                         "if", "whether"})


def _discourse_you_know(cue: Word, speaker: Word, content: list[Word]) -> bool:
    """"You know, there isn't really any girl farriers around": the discourse marker, not a
    stance. In talk "you know" reports something only with "that" or a question word after it
    ("you know that I talk fast", "you know where I'm coming from")."""
    return (cue.lemma_lower == "know" and speaker.lower == "you" and bool(content)
            and content[0].lower not in _WH_OR_THAT)


def _split_by_cue(cue: Word, speaker: Word, sent: Sentence, span: tuple[int, int]) -> list[tuple[int, int]] | None:
    """"The plan, he said, will fail", "Institutional recipients, said Mauer, are required …": the
    attribution inside the reported clause is not part of it, so the clause comes in two pieces
    around the comma-enclosed attribution."""
    # The attribution proper: the cue with its speaker (and auxiliaries), not its complement.
    own = [cue] + [x for c in cue.children if c is speaker or c.rel in ("aux", "advmod") for x in sent.subtree(c)]
    own.sort(key=lambda w: w.id)
    first, last = own[0], own[-1]
    words = sent.words
    if last.id - first.id + 1 != len(own):
        return None
    if not (span[0] < first.start and last.end < span[1]) or first.id < 2 or last.id >= len(words):
        return None
    before, after = words[first.id - 2], words[last.id]
    if before.text != "," or after.text != ",":
        return None
    left = _content_from([w for w in words if span[0] <= w.start and w.id < before.id])
    right = _content_from([w for w in words if w.end <= span[1] and w.id > after.id])
    return [left, right] if left and right else None


_QUOTATIVE_FILLERS = frozenset({"just", "all", "kind", "kinda", "sort", "sorta", "of", "totally", "literally",
                                "really", "so", "basically"})


def _quotative_like(like: Word, sent: Sentence, index: ArticleIndex) -> Candidate | None:
    """"And I was like, wow, thanks": quotative "be like" reports speech or thought in talk,
    interviews and vlogs. The speaker is the subject before "be"; the content runs to the end
    of the sentence. Read from the surface: parsers disagree on where "like" hangs here."""
    words = sent.words
    i = like.id - 1
    j = i - 1
    while j >= 0 and words[j].lower in _QUOTATIVE_FILLERS:
        j -= 1
    if j < 1 or i + 1 >= len(words):
        return None
    if words[j].lemma_lower == "feel" and j == i - 1:
        return _feel_like(like, words[j], sent, index)
    if words[j].lemma_lower != "be":
        return None
    subj = words[j - 1]
    if subj.upos not in ("PRON", "PROPN", "NOUN") or subj.lower in ("it", "that", "this", "there", "what"):
        return None
    content = [w for w in words[i + 1:] if not (w.id == len(words) and w.text in _SENTENCE_END)]
    while content and content[0].upos == "PUNCT" and content[0].text not in ('"', "\u201c", "\u2018", "'"):
        content = content[1:]
    if not content:
        return None
    if words[i + 1].text not in (",", "\u2013", "\u2014", "-", ":") and content[0].upos in (
            "NOUN", "DET", "NUM", "ADJ", "ADV"):
        # "it was like a dream": a comparison; "my senses were like really heightened", "she was
        # like too far away": a hedge. Neither is a quotation.
        return None
    span = _content_from(content)
    if span is None or index.in_quote(subj):
        return None
    attr = Attribution(subj, None, None, "quotative")
    return Candidate(QuoteType.INDIRECT, [span], "quotative", cue=like, attribution=attr,
                     confidence=CONFIDENCE["quotative"])


def _feel_like(like: Word, feel: Word, sent: Sentence, index: ArticleIndex) -> Candidate | None:
    """"I feel like there's nothing else you could be doing": "feel like" + a clause states a
    stance, as "feel that" does. "I feel like a fool" (no verb of its own) compares."""
    words = sent.words
    subj = words[feel.id - 2] if feel.id > 1 else None
    while subj is not None and subj.upos in ("AUX", "ADV", "PART") and subj.id > 1:
        subj = words[subj.id - 2]   # "I do feel like", "I just feel like", "I don't feel like"
    if subj is None or subj.upos != "PRON" or subj.lower in ("it", "that", "this", "what") or index.in_quote(subj):
        return None
    content = [w for w in words[like.id:] if not (w.id == len(words) and w.text in _SENTENCE_END)]
    # "..., so you might as well stay inside": a comma and a conjunction end the stance.
    cut = next((k for k in range(len(content) - 1) if content[k].text == ","
                and content[k + 1].upos in ("CCONJ", "SCONJ")), None)
    content = _trim(content[:cut] if cut is not None else content)
    if len(content) < 3 or content[0].upos not in ("PRON", "DET", "NOUN", "PROPN", "NUM", "SCONJ") \
            or not any(_finite(w) for w in content):
        return None
    span = _content_from(content)
    if span is None:
        return None
    return Candidate(QuoteType.INDIRECT, [span], "cognition", cue=like,
                     attribution=Attribution(subj, None, None, "feel-like"), confidence=CONFIDENCE["cognition"])


def _according(w: Word, sent: Sentence, index: ArticleIndex) -> Candidate | None:
    """"According to X, ..." -> speaker X, content the rest of the sentence."""
    words = sent.words
    to = words[w.id] if w.id < len(words) else None
    if to is None:
        return None
    # The source phrase: the parse's head of "according" when it is a nominal, else the noun run after "to".
    head = w.head_word if w.rel in ("case", "fixed", "mark") and w.head_word is not None \
        and w.head_word.upos in _NOMINAL else None
    phrase_ids = set()
    if head is not None:
        phrase = mention_words(head)
        phrase_ids = {x.id for x in sent.subtree(head)} | {w.id, to.id}
        # "According to the Herald, Professor Burrows, the panel's chairman, said ...": the parse may
        # hang the clause after the comma on the source. The phrase ends at its first comma when a
        # clause follows; "..., according to Kristen Wilkins, curator of the exhibit." keeps its
        # apposition.
        comma = next((x.id for x in words[head.id:] if x.text == ","), None)
        if comma is not None and any(x.upos in ("VERB", "AUX") for x in words[comma:]):
            phrase_ids = {i for i in phrase_ids if i < comma}
    else:
        phrase = []
        for x in words[to.id:]:
            if x.upos == "PUNCT":
                break
            phrase.append(x)
        nouns = [x for x in phrase if x.upos in _NOMINAL]
        if not nouns:
            return None
        head = nouns[-1]
        phrase_ids = {x.id for x in phrase} | {w.id, to.id}
        phrase = [x for x in phrase if x.upos != "ADP"]
    rest = [x for x in words if x.id not in phrase_ids]
    # Keep the side of the sentence that holds the claim (the longer run).
    left = [x for x in rest if x.id < w.id]
    right = [x for x in rest if x.id > max(phrase_ids)]
    # "..., which, according to AFP, the UN has criticised": the clause after the phrase when
    # it has a verb of its own, else the one before it.
    right_clause = len(_trim(right)) >= 3 and any(x.upos in ("VERB", "AUX") for x in right)
    side = right if right_clause or len(_trim(right)) >= len(_trim(left)) else left
    span = _content_from(side)
    if span is None or len(_trim(side)) < 3:
        return None
    if index.in_quote(head):
        return None
    attr = Attribution(head, None, None, "according")
    return Candidate(QuoteType.INDIRECT, [span], "according", cue=w, attribution=attr,
                     confidence=CONFIDENCE["according"])


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
