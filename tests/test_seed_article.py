"""The seed article: its rules on the frozen parse (no model), and end to end on the bundled model,
scored against its hand-made gold and compared field by field with the reviewed golden."""

import json

import pytest

from quotesvc.document import from_conllu
from quotesvc.extract import build_result
from quotesvc.schemas import dump_result
from quotesvc_tools import scoring
from tests.conftest import FIXTURES


def _expected() -> dict:
    return json.loads((FIXTURES / "seed.expected.json").read_text(encoding="utf-8"))


def _without_model(result) -> dict:
    out = dump_result(result)
    out.pop("model")
    return out


def test_seed_rules_on_the_frozen_parse_give_the_whole_golden(seed_text):
    """fixtures/seed.parse.conllu is the bundled model's parse: every field of the result follows."""
    parsed = from_conllu((FIXTURES / "seed.parse.conllu").read_text(encoding="utf-8"), seed_text)
    assert _without_model(build_result(parsed, doc_id="seed")) == _expected()


def test_seed_frozen_parse_scores_perfectly_against_the_gold(seed_text, seed_gold):
    parsed = from_conllu((FIXTURES / "seed.parse.conllu").read_text(encoding="utf-8"), seed_text)
    counts, _, misses, falses, wrong = scoring.score({"seed": seed_gold}, {"seed": dump_result(build_result(parsed))})
    summary = scoring.summary(counts)
    assert summary["e2e_f1"] == 1.0 and summary["source_acc"] == 1.0, (misses, falses, wrong)


model = pytest.mark.model


@pytest.fixture(scope="module")
def frozen_result(seed_text):
    """The rules' result on the frozen parse: the seed article's rule tests below need no model."""
    parsed = from_conllu((FIXTURES / "seed.parse.conllu").read_text(encoding="utf-8"), seed_text)
    return build_result(parsed, doc_id="seed")


@pytest.fixture(scope="module")
def figures(seed_result, seed_gold):
    system = {"seed": dump_result(seed_result)}
    counts, _, misses, falses, wrong = scoring.score({"seed": seed_gold}, system)
    return scoring.summary(counts), misses, falses, wrong


@model
def test_seed_end_to_end_f1(figures):
    summary, misses, falses, wrong = figures
    assert summary["e2e_f1"] >= 0.95, (summary, misses, falses, wrong)


@model
def test_seed_every_required_quote_found_with_right_speaker(figures):
    _summary, misses, _falses, wrong = figures
    assert misses == [] and wrong == [], (misses, wrong)


def test_seed_irna_is_the_source_of_both_irna_quotes(frozen_result):
    irna = [q for q in frozen_result.quotes if q.source is not None]
    texts = [q.text for q in irna]
    assert any(t.startswith("We are strongly opposed") for t in texts), texts
    assert any("We don’t approve" in t for t in texts), texts
    assert {q.source.name for q in irna} == {"IRNA"}
    assert all("Khamenei" in q.speaker.name for q in irna)


def test_seed_split_quote_is_one_quote(frozen_result, seed_text):
    (kerry,) = [q for q in frozen_result.quotes if q.text.startswith("There is no safety margin")]
    assert len(kerry.spans) == 2
    assert seed_text[kerry.spans[1][0] :].startswith("and we particularly discourage")
    assert kerry.speaker.name == "John Kerry" and kerry.speaker.text == "Kerry"


def test_seed_pronoun_and_addressee(frozen_result):
    (q,) = [q for q in frozen_result.quotes if q.text.startswith("The withdrawal of the units")]
    assert q.speaker.text == "he" and q.speaker.name == "Qassim al-Moussawi"
    assert q.addressee is not None and q.addressee.text == "reporters"
    assert q.cue.lemma == "tell"


def test_seed_mixed_quote_not_reported_as_fragment(frozen_result):
    assert not any(q.text == "command and control" for q in frozen_result.quotes)
    assert any(q.type.value == "mixed" and "“command and control”" in q.text for q in frozen_result.quotes)


def test_seed_speakers_listed_once_each(frozen_result):
    names = [s.name for s in frozen_result.speakers]
    assert len(names) == len(set(names))
    kerry = next(s for s in frozen_result.speakers if s.name == "John Kerry")
    assert len(kerry.quote_ids) >= 3


def test_seed_boilerplate_gives_no_quotes(frozen_result, seed_text):
    tail = seed_text.index("A version of this article")
    assert [q.text for q in frozen_result.quotes if q.start >= tail] == []


def test_seed_offsets_and_text_agree(frozen_result, seed_text):
    for q in frozen_result.quotes:
        assert seed_text[q.start : q.end] == q.text
        for s, e in q.spans:
            assert q.start <= s < e <= q.end
        if q.speaker:
            assert seed_text[q.speaker.start : q.speaker.end] == q.speaker.text


@model
def test_seed_matches_reviewed_expected_output_in_every_field(seed_result):
    """The reviewed golden (fixtures/seed.expected.json), whole: quotes, speakers, warnings."""
    assert _without_model(seed_result) == _expected()
