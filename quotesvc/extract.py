"""The entry point: article text in, ``ArticleQuotes`` out.

    extractor = Extractor()                 # loads the Stanza pipeline once
    result = extractor.extract(text)        # or extractor.extract_many(texts), batched

Stages: paragraphs -> quote marks -> Stanza tagging -> dependency parse of the sentences that
need it -> cues, quotes and speakers on the parse -> speaker resolution -> result dataclasses.
``build_result`` is the pure part (no model) and is what the rule tests drive with frozen parses.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from quotesvc import lexicons
from quotesvc.attribution import (ArticleIndex, Candidate, absorb_fragments, find_direct,
                                  find_indirect, link_after_reported_speech)
from quotesvc.coref import Entity, Resolver
from quotesvc.cues import sentence_has_cue
from quotesvc.document import ParsedText, Sentence, Word
from quotesvc.lexicons import Lexicons
from quotesvc.paragraphs import find_paragraphs
from quotesvc.quotemarks import QUOTE_CHARS, find_quote_spans
from quotesvc.results import (Addressee, ArticleQuotes, Cue, Quote, QuoteType, Source, Speaker,
                              SpeakerEntry, SpeakerKind)
from quotesvc.speakers import mention_words

logger = logging.getLogger(__name__)
_QUOTE_CHARS_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


def needs_parse(sentence: Sentence, text: str, lex: Lexicons) -> bool:
    """Only sentences with a quote mark or a cue lemma are dependency-parsed."""
    return bool(_QUOTE_CHARS_RE.search(text, sentence.start, sentence.end)) or sentence_has_cue(sentence, lex)


class Extractor:
    """Holds the Stanza pipeline (loaded once) and extracts quotes from articles."""

    def __init__(self, nlp=None, *, model_dir=None, threads: int | None = None,
                 parse_all: bool = False):
        from quotesvc.modelpack import load_pipeline, model_dir as resolve_dir, model_info

        self.nlp = nlp if nlp is not None else load_pipeline(model_dir, threads=threads)
        self.model = model_info(resolve_dir(model_dir))
        self.lex = lexicons.load()
        self.parse_all = parse_all

    def extract(self, text: str, *, doc_id: str | None = None) -> ArticleQuotes:
        return self.extract_many([text], ids=[doc_id])[0]

    def extract_many(self, texts: Sequence[str], *, ids: Sequence[str | None] | None = None) -> list[ArticleQuotes]:
        """Extract from several articles; Stanza batches their sentences together."""
        from quotesvc.parse import parse_selected, tag_texts

        if isinstance(texts, str):
            raise TypeError("extract_many takes a sequence of texts, not one str")
        texts = list(texts)
        ids = list(ids) if ids is not None else [None] * len(texts)
        for t in texts:
            if not isinstance(t, str):
                raise TypeError(f"texts must be str, not {type(t).__name__}")
        parsed = tag_texts(self.nlp, texts)
        parse_selected(self.nlp, parsed, select=None if self.parse_all else _Selector(parsed, self.lex))
        return [self._build_isolated(p, i) for p, i in zip(parsed, ids)]

    def _build_isolated(self, parsed: ParsedText, doc_id: str | None) -> ArticleQuotes:
        # A rule failing on one document must not lose the others of a batch: that document is
        # returned empty with a warning, and the error is logged with its traceback.
        try:
            return build_result(parsed, self.lex, doc_id=doc_id, model=self.model)
        except Exception as e:  # noqa: BLE001 - isolation boundary, logged
            logger.exception("attribution failed on document %r", doc_id)
            return ArticleQuotes(doc_id, (), (), (f"internal error, no quotes extracted: {type(e).__name__}",),
                                 self.model)


class _Selector:
    """needs_parse with each sentence's own article text."""

    def __init__(self, parsed: Sequence[ParsedText], lex: Lexicons):
        self.text_of = {id(s): p.text for p in parsed for s in p.sentences}
        self.lex = lex

    def __call__(self, sentence: Sentence) -> bool:
        return needs_parse(sentence, self.text_of[id(sentence)], self.lex)


# --------------------------------------------------------------------------- pure part


def build_result(parsed: ParsedText, lex: Lexicons | None = None, *, doc_id: str | None = None,
                 model: dict | None = None) -> ArticleQuotes:
    """Quotes of an already tagged/parsed article."""
    lex = lex or lexicons.load()
    text = parsed.text
    paragraphs = find_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    index = ArticleIndex(parsed, spans)
    para_ends = [p.end for p in paragraphs]
    direct, fragments = find_direct(spans, parsed, index, lex, para_ends)
    indirect = find_indirect(parsed, index, lex, direct)
    absorb_fragments(indirect, fragments)
    # A fragment given its own cue inside reported speech belongs to that reported speech.
    kept = []
    for c in direct:
        host = next((h for h in indirect if c.how == "fragment" and h.start <= c.start and c.end <= h.end), None)
        if host is not None:
            host.type = QuoteType.MIXED
        else:
            kept.append(c)
    # 'says "many schools will quit. Then the State …"': the quoted passage runs past the clause the
    # parse gives the cue; the mixed quote is the whole statement, the clause only its first part.
    indirect = [h for h in indirect
                if not any(c.cue is h.cue and c.start <= h.start and h.end <= c.end for c in kept)]
    candidates = sorted(kept + _dedupe(indirect), key=lambda c: (c.start, c.end))
    link_after_reported_speech(candidates, text)
    warnings = sorted({w for q in spans for w in q.warnings})
    return _to_results(candidates, parsed, index, lex, doc_id=doc_id, model=model or {},
                       warnings=tuple(warnings))


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen, out = set(), []
    for c in cands:
        key = (c.start, c.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


_CLAUSAL = frozenset({"acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})


def _span(words: list[Word], text: str) -> tuple[str, int, int]:
    start, end = words[0].start, words[-1].end
    return text[start:end], start, end


def _mention(head: Word) -> tuple[list[Word], list[Word]]:
    """(mention words, wider context words) for a speaker/source head word."""
    if not head.parsed:
        # Unparsed: the proper-noun run around the head, or the head alone.
        words = head.sent.words
        i = head.id - 1
        lo = hi = i
        while lo > 0 and words[lo - 1].upos == "PROPN" and head.upos == "PROPN":
            lo -= 1
        while hi + 1 < len(words) and words[hi + 1].upos == "PROPN" and head.upos == "PROPN":
            hi += 1
        run = words[lo:hi + 1]
        return run, run
    # The wider context (for descriptors) keeps appositions but not clauses: "a part of the
    # effort, writing in a blog post" is not "the post".
    clauses = frozenset(c.id for c in head.children if c.rel in _CLAUSAL)
    return mention_words(head), head.sent.subtree(head, exclude=clauses)


def _name_of(words: list[Word], text: str, resolver: Resolver) -> str:
    from quotesvc.coref import name_in_mention

    head = words[-1]
    name = name_in_mention(words, head, resolver.names)
    if name is not None:
        return name.text
    return _span(words, text)[0]


def _to_results(cands: list[Candidate], parsed: ParsedText, index: ArticleIndex, lex: Lexicons, *,
                doc_id, model, warnings) -> ArticleQuotes:
    text = parsed.text
    resolver = Resolver(parsed, lex)
    resolved: dict[int, tuple[Speaker | None, Source | None, Entity | None]] = {}
    quotes: list[Quote] = []
    entity_quotes: dict[str, list[str]] = {}
    entity_of: dict[str, Entity] = {}
    for n, c in enumerate(cands, start=1):
        qid = f"q{n}"
        speaker = source = None
        entity = None
        head = c.speaker_head()
        if c.inherit_from is not None and id(c.inherit_from) in resolved:
            speaker, source, entity = resolved[id(c.inherit_from)]
        elif head is not None:
            words, context = _mention(head)
            entity = resolver.resolve(words, head, context)
            mtext, mstart, mend = _span(words, text)
            kind = entity.kind if isinstance(entity.kind, SpeakerKind) else SpeakerKind.UNKNOWN
            speaker = Speaker(entity.name, mtext, mstart, mend, kind)
        attr = c.attribution
        if attr is not None and attr.source is not None and source is None:
            swords, _ = _mention(attr.source)
            stext, sstart, send = _span(swords, text)
            source = Source(_name_of(swords, text, resolver), stext, sstart, send)
        resolved[id(c)] = (speaker, source, entity)
        cue = None
        if c.cue is not None:
            cue = Cue(c.cue.text, c.cue.lemma_lower, c.cue.start, c.cue.end)
        addressee = None
        if attr is not None and attr.addressee is not None and c.inherit_from is None:
            awords, _ = _mention(attr.addressee)
            # "told reporters in Baghdad": the addressee ends at its head, not with the place.
            awords = [w for w in awords if w.id <= attr.addressee.id or not any(
                x.upos == "ADP" and attr.addressee.id < x.id <= w.id for x in awords)] or [attr.addressee]
            atext, astart, aend = _span(awords, text)
            addressee = Addressee(_name_of(awords, text, resolver), atext, astart, aend)
        first = index.word_at(c.start)
        confidence = c.confidence
        if speaker is None:
            confidence = min(confidence, 0.3)
        elif speaker.name.lower() in lex.pronoun_kinds:
            confidence = min(confidence, 0.5)
        quotes.append(Quote(
            id=qid, type=c.type, text=text[c.start:c.end], start=c.start, end=c.end,
            spans=tuple(c.spans), speaker=speaker, source=source, cue=cue, addressee=addressee,
            confidence=round(confidence, 2),
            paragraph=first.sent.paragraph if first is not None else 0,
            sentence=first.sent.index if first is not None else 0,
            warnings=tuple(c.warnings)))
        if speaker is not None:
            key = speaker.name.lower()
            entity_quotes.setdefault(key, []).append(qid)
            if entity is not None:
                entity_of.setdefault(key, entity)
    name_spans: dict[str, set[tuple[int, int]]] = {}
    for n in resolver.names:
        name_spans.setdefault(resolver.full_name(n).lower(), set()).add((n.start, n.end))
    speakers = []
    for key, qids in entity_quotes.items():
        ent = entity_of.get(key)
        first_q = next(q for q in quotes if q.id == qids[0])
        mentions = set(ent.mentions if ent else [])
        mentions |= {(q.speaker.start, q.speaker.end) for q in quotes if q.id in qids and q.speaker}
        mentions |= name_spans.get(key, set())
        speakers.append(SpeakerEntry(first_q.speaker.name, first_q.speaker.kind,
                                     tuple(sorted(mentions)), tuple(qids)))
    return ArticleQuotes(doc_id, tuple(quotes), tuple(speakers), warnings, model)
