from quotesvc.document import from_conllu, to_conllu
from tests.helpers import build


def test_document_conllu_round_trip_keeps_offsets():
    text = "“Go,” Kerry said.\n\nNext one."
    parsed = build(
        text,
        [
            "“/PUNCT/2/punct Go/VERB/0/root ,/PUNCT/2/punct ”/PUNCT/2/punct Kerry/PROPN/6/nsubj said/VERB/2/parataxis/say ./PUNCT/2/punct",
            "Next/ADJ/2/amod one/NOUN/0/root ./PUNCT/2/punct",
        ],
    )
    back = from_conllu(to_conllu(parsed), text)
    assert [(w.text, w.start, w.end, w.head, w.deprel) for w in back.words()] == [
        (w.text, w.start, w.end, w.head, w.deprel) for w in parsed.words()
    ]
    assert [s.paragraph for s in back.sentences] == [0, 1]
    said = back.sentences[0].words[5]
    assert [c.text for c in said.children] == ["Kerry"]
