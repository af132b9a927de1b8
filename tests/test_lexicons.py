from importlib import resources

import pytest

from quotesvc import lexicons


@pytest.mark.parametrize("name", sorted(lexicons.FILES.values()) + ["pronouns.txt", "gendered_words.txt"])
def test_lexicons_files_are_lowercase_without_duplicates(name):
    rows = lexicons._entries(name)
    keys = [r.split("\t")[0] for r in rows]
    assert keys, name
    assert all(k == k.lower() for k in keys), name
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


def test_lexicons_load_once_and_cover_issue_examples():
    lex = lexicons.load()
    assert lexicons.load() is lex
    for lemma in ("say", "tell", "add", "warn", "claim", "insist", "accuse"):
        assert lemma in lex.reporting_verbs
    assert "quote" in lex.quote_relay_verbs
    assert lex.pronoun_kinds["he"] is lexicons.PronounKind.PERSON
    assert resources.files("quotesvc.lexicons").joinpath("README.md").is_file()
