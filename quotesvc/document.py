"""The parsed article as the rules see it: sentences of words with article offsets.

A small structure of our own rather than Stanza's classes, so that rule tests can build it from
CoNLL-U (``from_conllu``) without a model, and so that sentences left unparsed (no quote mark and
no cue: see ``parse.py``) are simply sentences whose words have ``head is None``.

Index conventions: ``Word.id`` is 1-based within its sentence as in CoNLL-U (``head`` 0 is the
root); ``Sentence.words[i]`` has ``id == i + 1``; ``start``/``end`` are character offsets into the
article, half-open. A multi-word token ("don't" -> do + n't) gives each word the part of the
token's characters that spell it where they can be found, else the whole token.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Word:
    id: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int | None
    deprel: str | None
    start: int
    end: int
    # Set by Sentence.__post_init__; a Word never lives outside its sentence.
    sent: Sentence = field(repr=False, compare=False, default=None)  # type: ignore[assignment]

    @property
    def parsed(self) -> bool:
        return self.head is not None

    @property
    def rel(self) -> str:
        """The relation without its subtype: ``nsubj:pass`` -> ``nsubj``."""
        return (self.deprel or "").split(":")[0]

    @property
    def head_word(self) -> Word | None:
        if not self.head:
            return None
        return self.sent.words[self.head - 1]

    @property
    def children(self) -> list[Word]:
        return self.sent.children(self.id)

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def lemma_lower(self) -> str:
        return (self.lemma or self.text).lower()


@dataclass
class Sentence:
    index: int
    paragraph: int
    words: list[Word]
    _children: dict[int, list[Word]] | None = field(default=None, repr=False)

    def __post_init__(self):
        for w in self.words:
            w.sent = self

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def parsed(self) -> bool:
        return bool(self.words) and self.words[0].head is not None

    @property
    def ends_with_colon(self) -> bool:
        """ "Trump issued the following statement:", "Lee:": the sentence frames or labels what
        follows it."""
        return bool(self.words) and self.words[-1].text == ":"

    def children(self, word_id: int) -> list[Word]:
        if self._children is None:
            kids: dict[int, list[Word]] = {}
            for w in self.words:
                if w.head is not None:
                    kids.setdefault(w.head, []).append(w)
            self._children = kids
        return self._children.get(word_id, [])

    def subtree(self, word: Word, *, exclude: frozenset[int] = frozenset()) -> list[Word]:
        """WORD and its descendants (minus any whose id is in EXCLUDE, with theirs), in order."""
        out, stack = [], [word]
        while stack:
            w = stack.pop()
            if w.id in exclude:
                continue
            out.append(w)
            stack.extend(self.children(w.id))
        return sorted(out, key=lambda w: w.id)

    def reset_parse(self) -> None:
        self._children = None


@dataclass
class ParsedText:
    text: str
    sentences: list[Sentence]
    #: sentences that needed the parse but were left unparsed, past the text's parse budget
    unparsed: int = 0

    def words(self):
        for s in self.sentences:
            yield from s.words


def from_conllu(conllu: str, text: str | None = None) -> ParsedText:
    """Build a ParsedText from CoNLL-U whose MISC column has ``start_char=..|end_char=..``.

    TEXT defaults to the ``# text`` lines joined by a space (offsets must then match it).
    """
    sentences: list[Sentence] = []
    texts: list[str] = []
    words: list[Word] = []
    paragraph = 0
    for line in conllu.splitlines() + [""]:
        line = line.rstrip("\n")
        if not line.strip():
            if words:
                sentences.append(Sentence(len(sentences), paragraph, words))
                words = []
            continue
        if line.startswith("#"):
            if line.startswith("# text = "):
                texts.append(line[len("# text = ") :])
            if line.startswith("# newpar"):
                # "# newpar id = p7" (written by to_conllu) names the paragraph; a bare "# newpar"
                # counts on from the previous one.
                number = line.rsplit("p", 1)[-1] if " id = p" in line else ""
                paragraph = int(number) if number.isdigit() else paragraph + (1 if sentences or words else 0)
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        head = None if cols[6] == "_" else int(cols[6])
        words.append(
            Word(
                int(cols[0]),
                cols[1],
                cols[2],
                cols[3],
                cols[4],
                cols[5],
                head,
                None if cols[7] == "_" else cols[7],
                int(misc.get("start_char", -1)),
                int(misc.get("end_char", -1)),
            )
        )
    return ParsedText(text if text is not None else " ".join(texts), sentences)


def to_conllu(parsed: ParsedText) -> str:
    """Serialise for frozen test fixtures (offsets kept in MISC)."""
    lines = []
    para = -1
    for s in parsed.sentences:
        if s.paragraph != para:
            lines.append(f"# newpar id = p{s.paragraph}")
            para = s.paragraph
        lines.append(f"# sent_id = {s.index + 1}")
        lines.append(f"# text = {parsed.text[s.start : s.end]}".replace("\n", " "))
        for w in s.words:
            lines.append(
                "\t".join(
                    [
                        str(w.id),
                        w.text,
                        w.lemma or "_",
                        w.upos or "_",
                        w.xpos or "_",
                        w.feats or "_",
                        "_" if w.head is None else str(w.head),
                        w.deprel or "_",
                        "_",
                        f"start_char={w.start}|end_char={w.end}",
                    ]
                )
            )
        lines.append("")
    return "\n".join(lines) + "\n"
