"""Sentence boundaries the tokenizer gets wrong, and their repair before tagging is trusted."""

import types

import pytest

from quotesvc.parse import _split_inside, merge_split_sentences, stanza_copy, tag_texts
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
        # an abbreviated title ends no sentence; the same name after a full sentence does
        ("He referred to Sen. Marco Rubio as a rival.", "He referred to Sen.", "Marco Rubio as a rival .", True),
        ("She thanked Mrs. Clinton.", "She thanked Mrs .", "Clinton .", True),
        ("She met the president. Marco Rubio left.", "She met the president .", "Marco Rubio left .", False),
        (
            "The road is on Main St. Marco Rubio lives there.",
            "The road is on Main St.",
            "Marco Rubio lives there .",
            False,
        ),
        # a possessive apostrophe ends no sentence; a closing single quotation mark can
        (
            "He wrote to Sanders’ Senate office that it had no permission.",
            "He wrote to Sanders’",
            "Senate office that it had no permission .",
            True,
        ),
        ("He told CBS' Face the Nation so.", "He told CBS'", "Face the Nation so .", True),
        ("Trump has gone ‘crazy’ Nevertheless he won.", "Trump has gone ‘ crazy’", "Nevertheless he won .", False),
        ("They called it 'the plans' Then they left.", "They called it ' the plans'", "Then they left .", False),
        # a bracket after a bare word opens no sentence ("Sen. Dana Voss (D-Ohio) said"); after a
        # sentence's own period it can
        ("Sen. Dana Voss (D-Ohio) said no.", "Sen. Dana Voss", "( D-Ohio ) said no .", True),
        ("It rained. (Nobody came.)", "It rained .", "( Nobody came . )", False),
        # nor does a word after the bracket closes, unless the bracket held a sentence of its own
        (
            "She backed Ted Cruz (R-Texas) Wednesday, saying so.",
            "She backed Ted Cruz ( R-Texas )",
            "Wednesday , saying so .",
            True,
        ),
        ("It rained. (Nobody came.) Then it stopped.", "It rained . ( Nobody came . )", "Then it stopped .", False),
        ("Sen. Mitch McConnell (R-Ky.) said no.", "Sen. Mitch McConnell ( R-Ky. )", "said no .", True),
        # a comma ends no sentence: "Rep. Dana Voss," + "R-Ohio, said no."
        ("Rep. Dana Voss, R-Ohio, said no.", "Rep. Dana Voss ,", "R- Ohio , said no .", True),
        # nor does a month's abbreviation or "No." before its number
        ("It peaked on Jan. 7, 2012, when he ran.", "It peaked on Jan .", "7 , 2012 , when he ran .", True),
        ("She ranked No. 2 in the poll.", "She ranked No.", "2 in the poll .", True),
        ("The vote was in January. 2016 was different.", "The vote was in January .", "2016 was different .", False),
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


def test_merge_after_a_month_keeps_the_sentence_its_day_ends_apart():
    parsed = build(
        "It will be released Sept. 9. Bringing it back feels right.",
        [
            "It/X/_/_ will/X/_/_ be/X/_/_ released/X/_/_ Sept/X/_/_ ./X/_/_",
            "9/NUM/_/_ ./PUNCT/_/_ Bringing/X/_/_ it/X/_/_ back/X/_/_ feels/X/_/_ right/X/_/_ ./X/_/_",
        ],
    )
    merge_split_sentences(types.SimpleNamespace(processors={}), [parsed])
    assert [[w.text for w in s.words] for s in parsed.sentences] == [
        ["It", "will", "be", "released", "Sept", ".", "9", "."],
        ["Bringing", "it", "back", "feels", "right", "."],
    ]
    assert [[w.id for w in s.words] for s in parsed.sentences] == [list(range(1, 9)), list(range(1, 7))]
    assert [s.index for s in parsed.sentences] == [0, 1]


@pytest.mark.model
def test_bundled_tokenizer_split_inside_a_name_is_repaired(extractor):
    # With the bundled model the tokenizer ends a sentence after "BBC"; the words are tagged again
    # as one sentence, so the reported clause after "tell" has its cue.
    text = "Officials tell BBC News every claim will be assessed meritocratically."
    (parsed,) = tag_texts(extractor.nlp, [text])
    assert len(parsed.sentences) == 1
    (q,) = extractor.extract(text).quotes
    assert q.cue.lemma == "tell" and q.text == "every claim will be assessed meritocratically"


LEMMA_TEXT = (
    "The robotics teams rescued three stranded fishermen, officials tweeted. "
    "Robogee's engineers said the robots were rebuilt twice. The teams tweeted again."
)


def _stanza_lemmas(nlp, text):
    import stanza

    doc = nlp.bulk_process([stanza.Document([], text=text)], processors=["tokenize", "mwt", "pos", "lemma"])[0]
    return [(w.text, w.upos, w.lemma) for s in doc.sentences for w in s.words]


@pytest.mark.model
def test_lemmatize_gives_stanzas_lemmas_once_per_word_and_tag(extractor, monkeypatch):
    import stanza

    from quotesvc import parse

    nlp = extractor.nlp
    expected = _stanza_lemmas(nlp, LEMMA_TEXT)
    assert any(lemma != text for text, _, lemma in expected)  # the text has words to lemmatize
    calls = []
    real = nlp.processors["lemma"].process
    monkeypatch.setattr(nlp.processors["lemma"], "process", lambda doc: calls.append(len(doc.sentences)) or real(doc))
    monkeypatch.setitem(parse._lemma_caches, nlp.processors["lemma"], {})

    def tagged():
        return nlp.bulk_process([stanza.Document([], text=LEMMA_TEXT)], processors=["tokenize", "mwt", "pos"])

    docs = tagged()
    parse.lemmatize(nlp, docs[0].sentences)
    assert [(w.text, w.upos, w.lemma) for s in docs[0].sentences for w in s.words] == expected
    pairs = {(t, u) for t, u, _ in expected}
    assert calls == [len(pairs)]  # each (text, upos) once: "teams", "tweeted", "." repeat
    docs = tagged()
    parse.lemmatize(nlp, docs[0].sentences)  # all known now: the lemmatizer is not run again
    assert calls == [len(pairs)]
    assert [(w.text, w.upos, w.lemma) for s in docs[0].sentences for w in s.words] == expected


@pytest.mark.model
def test_lemma_cache_is_bounded(extractor, monkeypatch):
    import stanza

    from quotesvc import parse

    nlp = extractor.nlp
    expected = _stanza_lemmas(nlp, LEMMA_TEXT)
    cache: dict = {("stale", "NOUN"): "stale"}
    monkeypatch.setitem(parse._lemma_caches, nlp.processors["lemma"], cache)
    monkeypatch.setattr(parse, "LEMMA_CACHE_SIZE", 5)
    docs = nlp.bulk_process([stanza.Document([], text=LEMMA_TEXT)], processors=["tokenize", "mwt", "pos"])
    parse.lemmatize(nlp, docs[0].sentences)
    assert [(w.text, w.upos, w.lemma) for s in docs[0].sentences for w in s.words] == expected
    assert ("stale", "NOUN") not in cache  # emptied rather than grown past the bound


@pytest.mark.model
def test_over_long_sentences_are_not_tagged(extractor, monkeypatch):
    from quotesvc import parse

    monkeypatch.setattr(parse, "MAX_TAG_WORDS", 6)
    text = "Ann Lee said it rained.\n\n" + "“”‘’" * 10 + "\n\nBob Hill spoke."
    (parsed,) = parse.tag_texts(extractor.nlp, [text])
    long = [s for s in parsed.sentences if len(s.words) > 6]
    assert long and all(w.upos == "X" and w.lemma == w.text for s in long for w in s.words)
    said = next(w for w in parsed.words() if w.text == "said")
    assert (said.upos, said.lemma) == ("VERB", "say")  # the others are tagged as always


@pytest.mark.model
def test_parse_budget_leaves_the_rest_unparsed_and_says_so(extractor, monkeypatch):
    from quotesvc import parse

    text = "“We won,” Ann said. “We lost,” Bob said. “We tied,” Cy said."
    whole = extractor.extract(text)
    assert not whole.warnings and len(whole.quotes) == 3
    monkeypatch.setattr(parse, "MAX_PARSE_WORDS_PER_TEXT", 8)  # room for the first sentence only
    monkeypatch.setattr("quotesvc.extract.MAX_PARSE_WORDS_PER_TEXT", 8)
    cut = extractor.extract(text)
    assert cut.warnings == ("2 sentences past the parse budget of 8 words were not parsed",)
    first = cut.quotes[0]
    assert first.text == "We won," and first.speaker is not None and first.speaker.name == "Ann"


def test_a_false_contraction_split_is_one_word_again():
    # the multi-word-token model split "its" (no apostrophe) as if it were "it's"
    from stanza.models.common.doc import Document as StanzaDocument

    from quotesvc.parse import rejoin_false_splits

    doc = StanzaDocument(
        [
            [
                {"id": (1,), "text": "Use"},
                {"id": (2, 3), "text": "its"},
                {"id": (2,), "text": "it"},
                {"id": (3,), "text": "s"},
                {"id": (4,), "text": "name"},
                {"id": (5, 6), "text": "it's"},
                {"id": (5,), "text": "it"},
                {"id": (6,), "text": "'s"},
                {"id": (7, 8), "text": "cannot"},
                {"id": (7,), "text": "can"},
                {"id": (8,), "text": "not"},
            ]
        ]
    )
    (sentence,) = doc.sentences
    assert rejoin_false_splits(sentence)
    assert [(w.id, w.text) for w in sentence.words] == [
        (1, "Use"),
        (2, "its"),
        (3, "name"),
        (4, "it"),
        (5, "'s"),
        (6, "can"),
        (7, "not"),
    ]
    assert [t.id for t in sentence.tokens] == [(1,), (2,), (3,), (4, 5), (6, 7)]
    assert not rejoin_false_splits(sentence)


@pytest.mark.parametrize(
    ("text", "seen"),
    [("Lee ― a senator ― said “no.”", 'Lee — a senator — said "no."'), ("It\u2019s\u00a0late", "It's late")],
)
def test_stanza_sees_marks_it_was_trained_on_one_character_for_one(text, seen):
    # a horizontal bar set as a dash was tagged a pronoun and parsed as a subject
    copy = stanza_copy(text)
    assert copy == seen and len(copy) == len(text)
