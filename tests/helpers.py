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
        _assert_a_tree(words)
        para = next(p.index for p in paragraphs if p.start <= words[0].start < p.end)
        out.append(Sentence(len(out), para, words))
    return ParsedText(text, out)


def _assert_a_tree(words: list[Word]) -> None:
    """Every head chain of a hand-built parse reaches the root: a cycle (a head misnumbered while
    writing a spec) would make ``Sentence.subtree`` run forever instead of failing the test."""
    for w in words:
        seen = {w.id}
        at = w
        while at.head:
            at = words[at.head - 1]
            assert at.id not in seen, f"head cycle through {w.text!r}"
            seen.add(at.id)


# --------------------------------------------------------------------------- shared parses


def quotes(parsed: ParsedText, scope: str = "statements"):
    """The quotes the rules give for PARSED (with SCOPE: "attributions" for beliefs and speech acts)."""
    from quotesvc.extract import build_result

    return build_result(parsed, scope=scope).quotes


def relay_parse(text, passive=False):
    if passive:
        return build(
            text,
            [
                "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux fight/VERB/0/root ,/PUNCT/4/punct ”/PUNCT/4/punct "
                "Khamenei/PROPN/9/nsubj:pass was/AUX/9/aux:pass quoted/VERB/4/parataxis/quote by/ADP/11/case IRNA/PROPN/9/obl:agent "
                "as/SCONJ/13/mark saying/VERB/9/advcl/say ./PUNCT/4/punct"
            ],
        )
    return build(
        text,
        [
            "“/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/cop opposed/ADJ/0/root ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "IRNA/PROPN/9/compound news/NOUN/9/compound agency/NOUN/10/nsubj quoted/VERB/4/parataxis/quote "
            "Khamenei/PROPN/10/obj as/SCONJ/13/mark saying/VERB/10/advcl/say ./PUNCT/4/punct"
        ],
    )


MOUSSAWI = (
    "Military spokesman Maj. Gen. Qassim al-Moussawi said the withdrawal was tactical.\n\n"
    "“It was for regrouping,” he told reporters in Baghdad."
)


def moussawi_parse():
    return build(
        MOUSSAWI,
        [
            "Military/ADJ/2/amod spokesman/NOUN/6/compound Maj./PROPN/6/compound Gen./PROPN/6/compound Qassim/PROPN/6/compound "
            "al-Moussawi/PROPN/7/nsubj said/VERB/0/root/say the/DET/9/det withdrawal/NOUN/11/nsubj was/AUX/11/cop "
            "tactical/ADJ/7/ccomp ./PUNCT/7/punct",
            "“/PUNCT/5/punct It/PRON/5/nsubj was/AUX/5/cop for/ADP/5/case regrouping/NOUN/0/root ,/PUNCT/5/punct ”/PUNCT/5/punct "
            "he/PRON/9/nsubj told/VERB/5/parataxis/tell reporters/NOUN/9/obj in/ADP/12/case Baghdad/PROPN/9/obl ./PUNCT/5/punct",
        ],
    )


def split_parse(text, second_rel="advcl", second_xpos="VBD"):
    # The parser split a that-less complement into the cue's object and a verb hung on the cue.
    return build(
        text,
        [
            "The/DET/2/det scientists/NOUN/3/nsubj found/VERB/0/root/find/VBD reduction/NOUN/3/obj/_/NN "
            "of/ADP/7/case crop/NOUN/7/compound yields/NOUN/4/nmod/yield/NNS "
            f"exceeded/VERB/3/{second_rel}/exceed/{second_xpos} 10/NUM/10/nummod %/SYM/8/obj ./PUNCT/3/punct"
        ],
    )
