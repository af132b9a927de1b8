"""The Python API (quotesvc.extract and the package's exports)."""

import json

import pytest

import quotesvc
from quotesvc import lexicons
from quotesvc.extract import Extractor, build_result, needs_parse
from quotesvc.results import Scope
from tests.helpers import build


def test_package_exports_the_result_types():
    names = {"Extractor", "ArticleQuotes", "Quote", "Speaker", "Source", "Cue", "Addressee", "QuoteType", "SpeakerKind"}
    assert names <= set(quotesvc.__all__)
    for name in names:
        assert getattr(quotesvc, name).__name__ == name
    from quotesvc import Quote, QuoteType  # noqa: F401  (what a user writes)


def test_extract_many_refuses_ids_of_another_length():
    extractor = Extractor(nlp=object())  # the check comes before any Stanza call
    with pytest.raises(ValueError, match="2 texts but 1 ids"):
        extractor.extract_many(["a", "b"], ids=["x"])
    with pytest.raises(TypeError):
        extractor.extract_many("one string")


def test_result_to_dict_and_to_json_are_the_api_json():
    text = "“Go,” Kerry said."
    parsed = build(
        text,
        [
            "“/PUNCT/2/punct Go/VERB/6/ccomp ,/PUNCT/2/punct ”/PUNCT/2/punct Kerry/PROPN/6/nsubj "
            "said/VERB/0/root/say ./PUNCT/6/punct"
        ],
    )
    result = build_result(parsed, doc_id="k")
    data = result.to_dict()
    assert data["id"] == "k" and data["quotes"][0]["speaker"]["name"] == "Kerry"
    assert json.loads(result.to_json()) == data
    assert result.to_json(indent=2).startswith('{\n  "id": "k"')


def test_public_functions_have_docstrings():
    for fn in (Extractor.extract, Extractor.extract_many, build_result, quotesvc.ArticleQuotes.to_dict):
        assert fn.__doc__ and len(fn.__doc__) > 20, fn


@pytest.mark.model
def test_readme_python_example_runs_as_written(capsys):
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API") :]
    code = section[section.index("```python\n") + 10 : section.index("```\n", section.index("```python"))]
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "direct Linda Okafor We will not back down," in out
    assert "indirect Linda Okafor the city would appeal" in out


@pytest.mark.model
def test_two_apostrophes_as_quote_marks_give_direct_quotes(extractor):
    # archive copy writes '' for both marks; the real pipeline tags and attributes them as quotes
    r = extractor.extract("''We will win the county,'' Mayor Ann Lee said on Tuesday. ''It's 'done,' I think.''")
    assert [(q.type.value, q.text, q.speaker.name) for q in r.quotes] == [
        ("direct", "We will win the county,", "Ann Lee"),
        ("direct", "It's 'done,' I think.", "Ann Lee"),
    ]


@pytest.mark.model
def test_quote_after_mixed_speech_goes_on_in_its_speakers_voice(extractor):
    # the quoted fragment went into the reported speech around it; the next quotation, with no cue
    # of its own, continues that speech's speaker
    r = extractor.extract(
        'Lee "has pushed the party to the left on trade," Tom Sroka said on Monday in Iowa. '
        '"This movement now has two leaders."'
    )
    assert [(q.type.value, q.speaker.name if q.speaker else None) for q in r.quotes] == [
        ("mixed", "Tom Sroka"),
        ("direct", "Tom Sroka"),
    ]


@pytest.mark.model
def test_a_capitalised_verb_is_lemmatized_as_a_verb(extractor):
    # "Said" opening its sentence: the lemmatizer left it as it was, so no cue was found
    r = extractor.extract("Said Mayor Linda Okafor: “We will not back down from this fight.”")
    assert [(q.text, q.speaker.name, q.cue.lemma) for q in r.quotes] == [
        ("We will not back down from this fight.", "Linda Okafor", "say")
    ]


def test_a_sentence_that_ends_with_a_colon_is_parsed_for_the_quote_it_frames():
    text = "Trump issued the following statement:\n\n“Our prayers are with the victims.”\n\nTrump flew home."
    parsed = build(
        text,
        [
            "Trump/PROPN/_/_ issued/VERB/_/_/issue the/DET/_/_ following/ADJ/_/_ statement/NOUN/_/_ :/PUNCT/_/_",
            "“/PUNCT/_/_ Our/PRON/_/_ prayers/NOUN/_/_ are/AUX/_/_ with/ADP/_/_ the/DET/_/_ victims/NOUN/_/_ "
            "./PUNCT/_/_ ”/PUNCT/_/_",
            "Trump/PROPN/_/_ flew/VERB/_/_/fly home/ADV/_/_ ./PUNCT/_/_",
        ],
    )
    lex = lexicons.load()
    assert [needs_parse(s, text, lex) for s in parsed.sentences] == [True, True, False]


@pytest.mark.parametrize(
    "text,specs",
    [
        (
            "Lee cast her rival as weak. The cast of the film left.",
            [
                "Lee/PROPN/_/_ cast/VERB/_/_/cast her/PRON/_/_ rival/NOUN/_/_ as/ADP/_/_ weak/ADJ/_/_ ./PUNCT/_/_",
                "The/DET/_/_ cast/NOUN/_/_/cast of/ADP/_/_ the/DET/_/_ film/NOUN/_/_ left/VERB/_/_/leave ./PUNCT/_/_",
            ],
        ),
        (
            "Lee took shots at the tax. Kim took the bus.",
            [
                "Lee/PROPN/_/_ took/VERB/_/_/take shots/NOUN/_/_/shot at/ADP/_/_ the/DET/_/_ tax/NOUN/_/_ ./PUNCT/_/_",
                "Kim/PROPN/_/_ took/VERB/_/_/take the/DET/_/_ bus/NOUN/_/_ ./PUNCT/_/_",
            ],
        ),
    ],
)
def test_a_framed_verb_gets_its_sentence_parsed_only_where_it_can_open_its_frame(text, specs):
    # "cast" tagged a verb, "took" with "shots" right after it: parsed with "attributions" only;
    # "the cast" (a noun) and "took the bus" (no entry's object after it): not parsed
    parsed = build(text, specs)
    lex = lexicons.load()
    assert [needs_parse(s, text, lex, Scope.ATTRIBUTIONS) for s in parsed.sentences] == [True, False]
    assert [needs_parse(s, text, lex) for s in parsed.sentences] == [False, False]
