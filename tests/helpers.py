"""Build ParsedText by hand for model-free rule tests (spaCy's hand-built Doc, in our terms).

    parsed = build("“Go,” Kerry said.", [
        "“/PUNCT/4/punct Go/VERB/4/ccomp ,/PUNCT/2/punct ”/PUNCT/2/punct Kerry/PROPN/5/nsubj said/VERB/0/root/say ./PUNCT/5/punct",
    ])

Each sentence is a space-separated list of ``form/UPOS/head/deprel[/lemma[/XPOS]]``; words are found in
TEXT in order to get their offsets; a head of ``_`` leaves the sentence unparsed. Paragraphs are
counted from blank lines in TEXT.
"""

from __future__ import annotations

from quotesvc.document import ParsedText, Sentence, Word
from quotesvc.paragraphs import find_paragraphs


def build(text: str, sentences: list[str]) -> ParsedText:
    pos = 0
    out = []
    paragraphs = find_paragraphs(text)
    for spec in sentences:
        words = []
        for i, item in enumerate(spec.split(" "), start=1):
            parts = item.split("/")
            if item.startswith("//"):  # the form "/" itself
                parts = ["/"] + item[2:].split("/")
            form, upos, head, deprel = parts[:4]
            lemma = parts[4] if len(parts) > 4 and parts[4] != "_" else form.lower()
            xpos = parts[5] if len(parts) > 5 else "_"
            start = text.find(form, pos)
            assert start >= 0, f"{form!r} not found after {pos}"
            pos = start + len(form)
            words.append(
                Word(
                    i,
                    form,
                    lemma,
                    upos,
                    xpos,
                    "_",
                    None if head == "_" else int(head),
                    None if head == "_" else deprel,
                    start,
                    pos,
                )
            )
        for w in words:
            assert w.head is None or (0 <= w.head <= len(words) and w.head != w.id), f"bad head for {w.text!r}"
        para = next(p.index for p in paragraphs if p.start <= words[0].start < p.end)
        out.append(Sentence(len(out), para, words))
    return ParsedText(text, out)
