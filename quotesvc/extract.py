"""The entry point: article text in, ``ArticleQuotes`` out.

    extractor = Extractor()                 # loads the Stanza pipeline once
    result = extractor.extract(text)        # or extractor.extract_many(texts), batched

Stages: paragraphs -> quote marks -> Stanza tagging -> dependency parse of the sentences that
need it -> cues, quotes and speakers on the parse -> speaker resolution -> result dataclasses.
``build_result`` is the pure part (no model) and is what the rule tests drive with frozen parses.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from quotesvc import lexicons
from quotesvc.assemble import to_results
from quotesvc.candidates import ArticleIndex
from quotesvc.cues import sentence_has_cue
from quotesvc.deadline import NONE as NO_DEADLINE
from quotesvc.deadline import Deadline
from quotesvc.direct import find_direct
from quotesvc.document import ParsedText, Sentence
from quotesvc.errors import TimedOutError
from quotesvc.lexicons import Lexicons
from quotesvc.linking import (
    absorb_fragments,
    end_before_own_next_cue,
    link_after_frame_sentence,
    link_after_reported_speech,
    link_continuations,
    merge_mixed,
)
from quotesvc.paragraphs import find_paragraphs
from quotesvc.parse import MAX_PARSE_WORDS_PER_TEXT
from quotesvc.quotemarks import QUOTE_CHARS, find_quote_spans
from quotesvc.reported import find_reported
from quotesvc.results import ArticleQuotes, Scope

logger = logging.getLogger(__name__)
_QUOTE_CHARS_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


def needs_parse(sentence: Sentence, text: str, lex: Lexicons, scope: Scope = Scope.STATEMENTS) -> bool:
    """Only sentences with a quote mark, a cue lemma of SCOPE, or a closing colon ("Trump issued
    the following statement:", which frames what follows) are dependency-parsed."""
    return (
        bool(_QUOTE_CHARS_RE.search(text, sentence.start, sentence.end))
        or sentence.ends_with_colon
        or sentence_has_cue(sentence, lex, scope)
    )


class Extractor:
    """Holds the Stanza pipeline (loaded once) and extracts quotes from articles."""

    def __init__(self, nlp=None, *, model_dir=None, threads: int | None = None, parse_all: bool = False):
        from quotesvc.modelpack import load_pipeline, model_info
        from quotesvc.modelpack import model_dir as resolve_dir

        self.nlp = nlp if nlp is not None else load_pipeline(model_dir, threads=threads)
        self.model = model_info(resolve_dir(model_dir))
        self.lex = lexicons.load()
        self.parse_all = parse_all
        # The model's objects (vocabularies of 100,000 words, the lexicons) live as long as the
        # process: moved out of the garbage collector's view, the collections that every
        # extraction triggers no longer walk them (a 1,000-word article in a service process:
        # 0.7-0.9 s -> 0.45-0.6 s).
        gc.freeze()

    def extract(self, text: str, *, doc_id: str | None = None, scope: Scope | str = Scope.STATEMENTS) -> ArticleQuotes:
        """The quotes of one article.

        Args:
            text: the article, as given (offsets in the result are character offsets into it).
            doc_id: returned as the result's ``id``.
            scope: "statements" (the default: what people said or wrote) or "attributions" (also
                speech acts, cognition and evidence; each quote's ``category`` says which).

        Returns an ``ArticleQuotes``; ``result.to_dict()`` / ``to_json()`` give the JSON the CLI and
        the HTTP API give. Raises TypeError if TEXT is not a str.
        """
        return self.extract_many([text], ids=[doc_id], scope=scope)[0]

    def extract_many(
        self,
        texts: Sequence[str],
        *,
        ids: Sequence[str | None] | None = None,
        deadline: Deadline = NO_DEADLINE,
        scope: Scope | str = Scope.STATEMENTS,
    ) -> list[ArticleQuotes]:
        """Extract from several articles; Stanza batches their sentences together.

        IDS (one per text) become the results' ids. DEADLINE is checked between the stages and
        documents; past it, TimedOutError is raised and the work stops. SCOPE as in ``extract``
        (a bad value raises ValueError).
        """
        scope = Scope(scope)
        if isinstance(texts, str):
            raise TypeError("extract_many takes a sequence of texts, not one str")
        texts = list(texts)
        ids = list(ids) if ids is not None else [None] * len(texts)
        if len(ids) != len(texts):
            raise ValueError(f"extract_many got {len(texts)} texts but {len(ids)} ids")
        for t in texts:
            if not isinstance(t, str):
                raise TypeError(f"texts must be str, not {type(t).__name__}")
        with _cyclic_gc_paused():
            parsed = self.parse(texts, deadline, scope)
            return [self._build_isolated(p, i, deadline, scope) for p, i in zip(parsed, ids, strict=True)]

    def parse(
        self, texts: Sequence[str], deadline: Deadline = NO_DEADLINE, scope: Scope = Scope.STATEMENTS
    ) -> list[ParsedText]:
        """The tagged articles, with the sentences the rules need parsed: what ``build_result``
        reads (kept by the evaluation and diff scripts to rerun the rules without the model)."""
        from quotesvc.parse import parse_selected, tag_texts

        # The cyclic collector would walk Stanza's documents (every word points to its sentence)
        # again and again while they are built; paused, it walks them once, afterwards (5-15% of
        # the CPU time on news, bench.py).
        with _cyclic_gc_paused():
            parsed = tag_texts(self.nlp, texts, deadline)
            parse_selected(
                self.nlp, parsed, select=None if self.parse_all else self.selector(parsed, scope), deadline=deadline
            )
        return parsed

    def selector(self, parsed: Sequence[ParsedText], scope: Scope = Scope.STATEMENTS) -> _Selector:
        """The test that picks which sentences of PARSED get the dependency parse."""
        return _Selector(parsed, self.lex, scope)

    def _build_isolated(
        self, parsed: ParsedText, doc_id: str | None, deadline: Deadline, scope: Scope
    ) -> ArticleQuotes:
        # A rule failing on one document must not lose the others of a batch: that document is
        # returned empty with a warning, and the error is logged with its traceback.
        try:
            return build_result(parsed, self.lex, doc_id=doc_id, model=self.model, deadline=deadline, scope=scope)
        except TimedOutError:
            raise
        except Exception as e:
            logger.exception("attribution failed on document %r", doc_id)
            return ArticleQuotes(
                doc_id, (), (), (f"internal error, no quotes extracted: {type(e).__name__}",), self.model
            )


class _Selector:
    """needs_parse with each sentence's own article text."""

    def __init__(self, parsed: Sequence[ParsedText], lex: Lexicons, scope: Scope):
        self.text_of = {id(s): p.text for p in parsed for s in p.sentences}
        self.lex = lex
        self.scope = scope

    def __call__(self, sentence: Sentence) -> bool:
        return needs_parse(sentence, self.text_of[id(sentence)], self.lex, self.scope)


# --------------------------------------------------------------------------- pure part


def build_result(
    parsed: ParsedText,
    lex: Lexicons | None = None,
    *,
    doc_id: str | None = None,
    model: dict | None = None,
    deadline: Deadline = NO_DEADLINE,
    scope: Scope | str = Scope.STATEMENTS,
) -> ArticleQuotes:
    """Quotes of an already tagged/parsed article: the rule stages in order, no model. SCOPE as
    in ``Extractor.extract``; the article must have been parsed for it (``Extractor.parse``)."""
    with _cyclic_gc_paused():
        return _build_result(parsed, lex or lexicons.load(), doc_id, model, deadline, Scope(scope))


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """The rules allocate many small objects over a parse full of reference cycles (each word
    points to its sentence); Python's cyclic collector would scan them all again and again, which
    grows faster than the text (half of the rules' time on an 80,000-character quote flood).
    Nothing the rules make needs collecting before they end, so it waits until then."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_result(
    parsed: ParsedText, lex: Lexicons, doc_id: str | None, model: dict | None, deadline: Deadline, scope: Scope
) -> ArticleQuotes:
    text = parsed.text
    deadline.check("quote marks")
    paragraphs = find_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    index = ArticleIndex(parsed, spans)
    deadline.check("direct quotes")
    direct, fragments = find_direct(spans, parsed, index, lex, [p.end for p in paragraphs])
    link_continuations(direct, text)
    deadline.check("reported speech")
    reported = find_reported(parsed, index, lex, direct, scope)
    absorb_fragments(reported, fragments)
    candidates = merge_mixed(direct, reported)
    end_before_own_next_cue(candidates, index, lex)
    link_after_reported_speech(candidates, text)
    link_after_frame_sentence(candidates, index, lex)
    deadline.check("speaker resolution")
    notes = {w for q in spans for w in q.warnings}
    if parsed.unparsed:
        notes.add(
            f"{parsed.unparsed} sentences past the parse budget of {MAX_PARSE_WORDS_PER_TEXT:,} words were not parsed"
        )
    warnings = tuple(sorted(notes))
    return to_results(candidates, parsed, index, lex, doc_id=doc_id, model=model or {}, warnings=warnings, scope=scope)
