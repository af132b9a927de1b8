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


def test_cues_inside_hosts_only_counts_the_hosts_pieces():
    from quotesvc.assemble import _cues_inside_other_quotes
    from quotesvc.candidates import Candidate, Method
    from quotesvc.document import Word
    from quotesvc.results import QuoteType

    def cand(span, at):
        return Candidate(
            QuoteType.INDIRECT,
            [span],
            Method.INDIRECT,
            cue=Word(1, "said", "say", "VERB", "VBD", "_", 0, "root", at, at + 4),
        )

    outer, inner = cand((10, 60), 0), cand((40, 60), 30)
    assert _cues_inside_other_quotes([outer, inner], [outer]) == {id(inner)}
    assert _cues_inside_other_quotes([outer, inner], [inner]) == set()


# "Aides said voters say they want change." : the second report is part of the first one's clause
REPORT_IN_REPORT = (
    "Aides said voters say they want change.",
    "Aides/NOUN/2/nsubj said/VERB/0/root/say/VBD voters/NOUN/4/nsubj say/VERB/2/ccomp/say/VBP "
    "they/PRON/6/nsubj want/VERB/4/ccomp/want/VBP change/NOUN/6/obj ./PUNCT/2/punct",
)
# "According to aides, voters say they want change.": "according to" relays the voters' report
ACCORDING_TO_REPORT = (
    "According to aides, voters say they want change.",
    "According/VERB/3/case/accord/VBG to/ADP/1/fixed aides/NOUN/6/obl ,/PUNCT/3/punct voters/NOUN/6/nsubj "
    "say/VERB/0/root/say/VBP they/PRON/8/nsubj want/VERB/6/ccomp/want/VBP change/NOUN/8/obj ./PUNCT/6/punct",
)


def test_a_report_inside_another_reports_clause_is_part_of_it():
    from tests.helpers import build, quotes

    text, spec = REPORT_IN_REPORT
    for scope in ("statements", "attributions"):
        got = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(build(text, [spec]), scope=scope)]
        assert got == [("voters say they want change", "Aides")]


def test_a_report_relayed_by_according_to_stays_a_quote():
    from tests.helpers import build, quotes

    text, spec = ACCORDING_TO_REPORT
    got = {q.text for q in quotes(build(text, [spec]))}
    assert "they want change" in got


# "Officials believe voters say they want change.": a statement inside a belief's content
REPORT_IN_BELIEF = (
    "Officials believe voters say they want change.",
    "Officials/NOUN/2/nsubj believe/VERB/0/root/believe/VBP voters/NOUN/4/nsubj say/VERB/2/ccomp/say/VBP "
    "they/PRON/6/nsubj want/VERB/4/ccomp/want/VBP change/NOUN/6/obj ./PUNCT/2/punct",
)


def test_a_statement_inside_a_belief_is_its_own_quote_only_where_the_belief_is_not_returned():
    from tests.helpers import build, quotes

    text, spec = REPORT_IN_BELIEF
    by_default = [(q.category.value, q.text) for q in quotes(build(text, [spec]))]
    assert by_default == [("statement", "they want change")]
    every = [(q.category.value, q.text) for q in quotes(build(text, [spec]), scope="attributions")]
    assert every == [("cognition", "voters say they want change")]


# The parser hung "predicted" on "go", so the stance's arguments run over it; the stance itself is
# dropped inside the statement's clause and so hosts nothing.
PREDICTED_INSIDE_A_DROPPED_STANCE = (
    "Lee said she wants to go and predicted that Kim will win.",
    "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD she/PRON/4/nsubj wants/VERB/2/ccomp/want/VBZ to/PART/6/mark "
    "go/VERB/4/xcomp/go/VB and/CCONJ/8/cc predicted/VERB/6/conj/predict/VBD that/SCONJ/12/mark "
    "Kim/PROPN/12/nsubj will/AUX/12/aux/will/MD win/VERB/8/ccomp/win/VB ./PUNCT/2/punct",
)


def test_a_quote_dropped_inside_another_hosts_no_report():
    from tests.helpers import build, quotes

    text, spec = PREDICTED_INSIDE_A_DROPPED_STANCE
    got = [(q.category.value, q.text) for q in quotes(build(text, [spec]), scope="attributions")]
    assert ("statement", "that Kim will win") in got
    assert not any(category == "cognition" for category, _ in got)
