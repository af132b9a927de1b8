"""From candidates to results (quotesvc.assemble) on hand-built parses: the speakers list."""

from quotesvc.extract import build_result
from tests.helpers import moussawi_parse


def test_attribution_speakers_list_groups_quotes_once():
    result = build_result(moussawi_parse())
    assert [(s.name, s.quote_ids) for s in result.speakers] == [("Qassim al-Moussawi", ("q1", "q2"))]


def test_cues_inside_other_quotes_matches_the_pairwise_check():
    import random

    from quotesvc.assemble import _cues_inside_other_quotes
    from quotesvc.candidates import Candidate, Method
    from quotesvc.document import Word
    from quotesvc.results import QuoteType

    rng = random.Random(7)
    for _ in range(200):
        cands = []
        for _ in range(rng.randint(1, 8)):
            a = rng.randint(0, 90)
            spans = [(a, a + rng.randint(1, 30))]
            if rng.random() < 0.3:
                spans.append((spans[0][1] + 3, spans[0][1] + 3 + rng.randint(1, 20)))
            at = rng.randint(0, 120)
            cue = Word(1, "said", "say", "VERB", "VBD", "_", 0, "root", at, at + 4)
            cands.append(Candidate(QuoteType.INDIRECT, spans, Method.INDIRECT, cue=cue))
        expected = {
            id(c)
            for c in cands
            if any(o is not c and any(a <= c.cue.start and c.cue.end <= b for a, b in o.spans) for o in cands)
        }
        assert _cues_inside_other_quotes(cands) == expected
