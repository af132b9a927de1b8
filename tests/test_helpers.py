"""The hand-built parses every rule test stands on are checked as they are built."""

import pytest

from tests.helpers import build


def test_a_hand_built_parse_with_a_head_cycle_is_refused():
    # "c" heads "a", which heads "b", which heads "c": no word reaches the root through them
    with pytest.raises(AssertionError, match="head cycle"):
        build("a b c.", ["a/X/2/dep b/X/3/dep c/X/1/dep ./PUNCT/0/root"])


def test_a_hand_built_tree_is_accepted():
    parsed = build("a b c.", ["a/X/2/dep b/X/4/dep c/X/4/dep ./PUNCT/0/root"])
    assert [w.head for w in parsed.sentences[0].words] == [2, 4, 4, 0]
