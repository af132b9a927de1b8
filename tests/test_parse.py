"""Sentence boundaries the tokenizer gets wrong, and their repair before tagging is trusted."""

import types

import pytest

from quotesvc.parse import _split_inside, merge_split_sentences, tag_texts
from tests.helpers import build


def _two(text, first, second):
    parsed = build(
        text, [" ".join(f"{w}/X/_/_" for w in first.split()), " ".join(f"{w}/X/_/_" for w in second.split())]
    )
    return parsed, parsed.sentences[0], parsed.sentences[1]


@pytest.mark.parametrize(
    "text, first, second, joined",
    [
        ("The Scientology.org site was down.", "The Scientology.", "org site was down .", True),
        (
            "Officials tell BBC News every claim will be assessed.",
            "Officials tell BBC",
            "News every claim will be assessed .",
            True,
        ),
        # a quote mark glued to the next sentence is a real boundary (the seed article's “Sunnis.“American”)
        (
            "They alienated Sunnis.“American authorities are lying.”",
            "They alienated Sunnis .",
            "“ American authorities are lying . ”",
            False,
        ),
        ("Election results\nEddie Chu won the seat.", "Election results", "Eddie Chu won the seat .", False),
        ("It rained. Then it stopped.", "It rained .", "Then it stopped .", False),
    ],
)
def test_split_inside(text, first, second, joined):
    parsed, a, b = _two(text, first, second)
    assert _split_inside(a, b, parsed.text) is joined


def test_merge_joins_and_renumbers_without_a_tagger():
    parsed, _, _ = _two(
        "Officials tell BBC News every claim will be assessed.",
        "Officials tell BBC",
        "News every claim will be assessed .",
    )
    assert merge_split_sentences(types.SimpleNamespace(processors={}), [parsed]) == 1
    (s,) = parsed.sentences
    assert [w.id for w in s.words] == list(range(1, 11)) and s.index == 0
    assert all(w.sent is s for w in s.words)


@pytest.mark.model
def test_bundled_tokenizer_split_inside_a_name_is_repaired(extractor):
    # With the bundled model the tokenizer ends a sentence after "BBC"; the words are tagged again
    # as one sentence, so the reported clause after "tell" has its cue.
    text = "Officials tell BBC News every claim will be assessed meritocratically."
    (parsed,) = tag_texts(extractor.nlp, [text])
    assert len(parsed.sentences) == 1
    (q,) = extractor.extract(text).quotes
    assert q.cue.lemma == "tell" and q.text == "every claim will be assessed meritocratically"
