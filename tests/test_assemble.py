"""From candidates to results (quotesvc.assemble) on hand-built parses: the speakers list."""

from quotesvc.extract import build_result
from tests.helpers import moussawi_parse


def test_attribution_speakers_list_groups_quotes_once():
    result = build_result(moussawi_parse())
    assert [(s.name, s.quote_ids) for s in result.speakers] == [("Qassim al-Moussawi", ("q1", "q2"))]
