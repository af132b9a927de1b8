import pytest

from quotesvc.paragraphs import find_paragraphs
from quotesvc.quotemarks import find_quote_spans


def contents(text):
    return [[text[p.start : p.end] for p in q.pieces] for q in find_quote_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said “yes, we can” today.", [["yes, we can"]]),
        ('He said "yes, we can" today.', [["yes, we can"]]),
        ("Er sagte „ja, wir können“ heute.", [["ja, wir können"]]),
        ("Il a dit « oui, on peut » hier.", [["oui, on peut"]]),
        ("She wrote ``a LaTeX quote'' here.", [["a LaTeX quote"]]),
        ("They said ‘British style quotes’ here.", [["British style quotes"]]),
        # two apostrophes for both marks (archive copy), an apostrophe and inner single quotes inside
        (
            "''I wish him well - he's a nice person,'' Mr. Lee told them. ''It's 'done,' I think.''",
            [["I wish him well - he's a nice person,"], ["It's 'done,' I think."]],
        ),
        ("The students'' essays were late.", []),
        # copy that opens curly and closes straight; a straight pair inside a curly quote is nested
        (
            '“Our roads are crumbling," she said. "Families endure blackouts."',
            [["Our roads are crumbling,"], ["Families endure blackouts."]],
        ),
        ('“A "nested" word,” she said.', [['A "nested" word,']]),
        # ... also when a curly closer follows later in the paragraph, if the straight mark ends a
        # clause before the next word; a straight quote opened inside still nests
        ('“We won," Lee said. "We will win again.”', [["We won,"], ["We will win again."]]),
        ('“He said "no," and left,” she said.', [['He said "no," and left,']]),
        # the other way round: straight open, curly close, and the next paragraph is a new quote
        ('"But he won,” Lee said.\n\n"I know,” Kim said.', [["But he won,"], ["I know,"]]),
        # ... and in one paragraph, the straight mark after the curly closer opening the next quote
        ('"We won,” said Lee. "We will win again.”', [["We won,"], ["We will win again."]]),
        # a quotation nested in the same curly marks, both closed: one quote; an opening mark with
        # one closing mark after it is a new quote after one left open
        (
            "“Care even when “your team” is wrong. Or not.” Then he left.",
            [["Care even when “your team” is wrong. Or not."]],
        ),
        ("“We won, Lee said. “We will win again.” Then he left.", [["We won, Lee said."], ["We will win again."]]),
    ],
)
def test_quotemarks_pairs(text, expected):
    assert contents(text) == expected


def test_quotemarks_single_nested_inside_double():
    text = "“He told me ‘never again’ and left,” she said."
    assert contents(text) == [["He told me ‘never again’ and left,"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We don’t approve of ISIS’ gains,” he said.", [["We don’t approve of ISIS’ gains,"]]),
        ("‘The troops’ morale is high,’ she said.", [["The troops’ morale is high,"]]),
        ("ISIS’ gains Sunday included the towns.", []),
        ("Rock ’n’ roll isn’t dead.", []),
    ],
)
def test_quotemarks_apostrophes_are_not_quotes(text, expected):
    assert contents(text) == expected


def test_quotemarks_glued_opening_mark():
    text = "minority Sunnis.“American authorities are trying,” Khamenei said."
    assert contents(text) == [["American authorities are trying,"]]


def test_quotemarks_multi_paragraph_continues():
    text = "“First paragraph of the statement.\n\n“Second paragraph,” he said.\n\nAfter."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert [text[p.start : p.end] for p in spans[0].pieces] == [
        "First paragraph of the statement.",
        "Second paragraph,",
    ]
    assert [p.paragraph for p in spans[0].pieces] == [0, 1]
    assert spans[0].closed


def test_quotemarks_unclosed_quote_stops_at_paragraph():
    text = "He said “this never closes.\n\nA new paragraph “with a quote” here.\n\nAnd more text."
    spans = find_quote_spans(text)
    got = [[text[p.start : p.end] for p in q.pieces] for q in spans]
    assert got == [["this never closes."], ["with a quote"]]
    assert not spans[0].closed and spans[0].warnings


def test_quotemarks_unbalanced_marks_never_swallow_article():
    text = "“a\n\nb” c ” d “ e\n\n" + "plain paragraph. " * 50
    for q in find_quote_spans(text):
        for p in q.pieces:
            assert "plain paragraph" not in text[p.start : p.end]


def test_quotemarks_offsets_point_into_text():
    text = "  x “ padded content ” y"
    (q,) = find_quote_spans(text)
    assert text[q.start : q.end] == "padded content"
    assert text[q.open_mark] == "“" and text[q.close_mark] == "”"


def test_quotemarks_inch_mark_is_not_a_quote():
    assert contents('A 12" pipe and a "real quote" here.') == [["real quote"]]


def test_paragraphs_single_and_blank_lines_agree():
    a = find_paragraphs("One.\nTwo.\n\nThree.")
    assert [(p.start, p.end) for p in a] == [(0, 4), (5, 9), (11, 17)]


def test_quotemarks_continued_paragraph_without_opening_mark():
    text = (
        'He said, "In the first half it felt good.\n\nWe could have scored early." After the match, X said, "We lost."'
    )
    got = [[text[p.start : p.end] for p in q.pieces] for q in find_quote_spans(text)]
    assert got == [["In the first half it felt good.", "We could have scored early."], ["We lost."]]


def test_marks_inside_a_markup_tag_quote_nothing():
    text = 'Look: <tweet tweet-author="@SkyNews" tweet-date="February 10, 2016">He promises "a raise"</tweet>. 3 < 4 "but" 5 > 2.'
    assert [text[q.start : q.end] for q in find_quote_spans(text)] == ["a raise", "but"]
