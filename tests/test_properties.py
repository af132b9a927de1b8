"""Property tests: for any text the extractor returns, never raises; offsets are in bounds and
``text[start:end] == quote.text``; the same input gives the same output."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotesvc.quotemarks import find_quote_spans
from quotesvc.schemas import dump_result

pytestmark = pytest.mark.model

QUOTEY = st.sampled_from(
    list("“”‘’\"'«»„ ,.:\n")
    + [" said ", " he told reporters ", "\n\n", " according to ", " Kerry ", "”, ", " “", "’s "]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(QUOTEY, st.text(alphabet=st.characters(codec="utf-8"), max_size=12)), max_size=40).map("".join),
)


def _check(text, result):
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        for s, e in q.spans:
            assert q.start <= s < e <= q.end
        for part in (q.speaker, q.source, q.cue, q.addressee):
            if part is not None:
                assert 0 <= part.start < part.end <= len(text)
                assert text[part.start : part.end] == part.text
        assert 0.0 <= q.confidence <= 1.0
    for s in result.speakers:
        for a, b in s.mentions:
            assert 0 <= a < b <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_properties_extract_never_raises_and_offsets_hold(extractor, text):
    result = extractor.extract(text)
    _check(text, result)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_properties_same_input_same_output(extractor, text):
    assert dump_result(extractor.extract(text)) == dump_result(extractor.extract(text))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_properties_quote_pieces_in_bounds(text):
    for q in find_quote_spans(text):
        for p in q.pieces:
            assert 0 <= p.start < p.end <= len(text)
            assert not text[p.start].isspace() and not text[p.end - 1].isspace()


def test_properties_batch_equals_single(extractor, seed_text):
    texts = [seed_text[:1500], "“Short quote here,” she said.", seed_text[1500:3500]]
    batch = extractor.extract_many(texts)
    single = [extractor.extract(t) for t in texts]
    assert [dump_result(r) for r in batch] == [dump_result(r) for r in single]
