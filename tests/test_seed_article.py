"""The seed article end to end on the bundled model, scored against its hand-made gold."""
import json

import pytest

from quotesvc.schemas import dump_result
from quotesvc_tools import scoring

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def figures(seed_result, seed_gold):
    system = {"seed": dump_result(seed_result)}
    counts, _, misses, falses, wrong = scoring.score({"seed": seed_gold}, system)
    return scoring.summary(counts), misses, falses, wrong


def test_seed_end_to_end_f1(figures):
    summary, misses, falses, wrong = figures
    assert summary["e2e_f1"] >= 0.95, (summary, misses, falses, wrong)


def test_seed_every_required_quote_found_with_right_speaker(figures):
    summary, misses, falses, wrong = figures
    assert misses == [] and wrong == [], (misses, wrong)


def test_seed_irna_is_the_source_of_both_irna_quotes(seed_result):
    irna = [q for q in seed_result.quotes if q.source is not None]
    texts = [q.text for q in irna]
    assert any(t.startswith("We are strongly opposed") for t in texts), texts
    assert any("We don’t approve" in t for t in texts), texts
    assert {q.source.name for q in irna} == {"IRNA"}
    assert all("Khamenei" in q.speaker.name for q in irna)


def test_seed_split_quote_is_one_quote(seed_result, seed_text):
    (kerry,) = [q for q in seed_result.quotes if q.text.startswith("There is no safety margin")]
    assert len(kerry.spans) == 2
    assert seed_text[kerry.spans[1][0]:].startswith("and we particularly discourage")
    assert kerry.speaker.name == "John Kerry" and kerry.speaker.text == "Kerry"


def test_seed_pronoun_and_addressee(seed_result):
    (q,) = [q for q in seed_result.quotes if q.text.startswith("The withdrawal of the units")]
    assert q.speaker.text == "he" and q.speaker.name == "Qassim al-Moussawi"
    assert q.addressee is not None and q.addressee.text == "reporters"
    assert q.cue.lemma == "tell"


def test_seed_mixed_quote_not_reported_as_fragment(seed_result):
    assert not any(q.text == "command and control" for q in seed_result.quotes)
    assert any(q.type.value == "mixed" and "“command and control”" in q.text for q in seed_result.quotes)


def test_seed_speakers_listed_once_each(seed_result):
    names = [s.name for s in seed_result.speakers]
    assert len(names) == len(set(names))
    kerry = next(s for s in seed_result.speakers if s.name == "John Kerry")
    assert len(kerry.quote_ids) >= 3


def test_seed_boilerplate_gives_no_quotes(seed_result, seed_text):
    tail = seed_text.index("A version of this article")
    assert [q.text for q in seed_result.quotes if q.start >= tail] == []


def test_seed_offsets_and_text_agree(seed_result, seed_text):
    for q in seed_result.quotes:
        assert seed_text[q.start:q.end] == q.text
        for s, e in q.spans:
            assert q.start <= s < e <= q.end
        if q.speaker:
            assert seed_text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_seed_matches_reviewed_expected_output(seed_result):
    """The reviewed golden (fixtures/seed.expected.json): same quotes, types, speakers, sources."""
    from tests.conftest import FIXTURES

    expected = json.loads((FIXTURES / "seed.expected.json").read_text(encoding="utf-8"))
    got = dump_result(seed_result)

    def key(q):
        return (q["spans"], q["type"], (q["speaker"] or {}).get("name"), (q["source"] or {}).get("name"))
    assert [key(q) for q in got["quotes"]] == [key(q) for q in expected["quotes"]]
