"""From candidates to results: resolve each quote's speaker, source and addressee to names, and
list the article's speakers.

The words a candidate holds become mentions (``speakers.mention_words``), the mentions become
entities through ``coref.Resolver``, and the candidate becomes a ``results.Quote``.
"""

from __future__ import annotations

import bisect

from quotesvc import confidence
from quotesvc.candidates import ArticleIndex, Candidate, Method
from quotesvc.coref import Entity, Resolver, name_in_mention
from quotesvc.cues import cue_category, cue_lemma
from quotesvc.document import ParsedText, Word
from quotesvc.lexicons import Lexicons
from quotesvc.results import (
    Addressee,
    ArticleQuotes,
    Cue,
    Quote,
    QuoteCategory,
    QuoteType,
    Scope,
    Source,
    Speaker,
    SpeakerEntry,
    SpeakerKind,
)
from quotesvc.speakers import addressee_words, mention_words, speaker_span_words
from quotesvc.ud import CLAUSAL_RELS, is_negated, surface_noun_phrase


def _span(words: list[Word], text: str) -> tuple[str, int, int]:
    start, end = words[0].start, words[-1].end
    return text[start:end], start, end


def mention(head: Word) -> tuple[list[Word], list[Word]]:
    """(mention words, wider context words) for a speaker/source head word."""
    if not head.parsed and head.upos == "NOUN":
        # Unparsed: the noun phrase that ends at the head ("[The senator] laughed")
        run = surface_noun_phrase(head)
        return run, run
    if not head.parsed:
        # Unparsed: the proper-noun run around the head, or the head alone.
        words = head.sent.words
        i = head.id - 1
        lo = hi = i
        while lo > 0 and words[lo - 1].upos == "PROPN" and head.upos == "PROPN":
            lo -= 1
        while hi + 1 < len(words) and words[hi + 1].upos == "PROPN" and head.upos == "PROPN":
            hi += 1
        run = words[lo : hi + 1]
        return run, run
    # The wider context (for descriptors) keeps appositions but not clauses: "a part of the
    # effort, writing in a blog post" is not "the post".
    clauses = frozenset(c.id for c in head.children if c.rel in CLAUSAL_RELS)
    return mention_words(head), head.sent.subtree(head, exclude=clauses)


def _name_of(words: list[Word], text: str, resolver: Resolver) -> str:
    head = words[-1]
    name = name_in_mention(words, head, resolver.names)
    if name is not None:
        return name.text
    return _span(words, text)[0]


def to_results(
    cands: list[Candidate],
    parsed: ParsedText,
    index: ArticleIndex,
    lex: Lexicons,
    *,
    doc_id: str | None,
    model: dict,
    warnings: tuple[str, ...],
    scope: Scope = Scope.STATEMENTS,
) -> ArticleQuotes:
    """The article's result: the candidates of CANDS (in text order) whose category SCOPE admits,
    resolved and numbered q1, q2, … Every candidate is resolved, so a continuation keeps the
    speaker of a quote the scope leaves out."""
    text = parsed.text
    resolver = Resolver(parsed, lex, in_quote=index.in_quote)
    nested = _cues_inside_other_quotes(cands) if scope is Scope.ATTRIBUTIONS else set()
    categories = {id(c): category_of(c, lex) for c in cands}
    # A report inside another report's clause ("Aides said [voters say they want change]") is
    # part of that clause, not a second attribution, when the host is returned too (a belief
    # dropped inside a third quote hosts nothing: "said [she did not want to …] and predicted
    # [that …]" keeps "predicted" though the parser stretched "want" over it). Not under
    # "according to X, [Y said Z]" or "[Y told police Z], the Times reported": there the inner
    # report is the statement, and X or the Times only relays it.
    returned = [
        c
        for c in cands
        if scope.admits(categories[id(c)]) and (categories[id(c)] is QuoteCategory.STATEMENT or id(c) not in nested)
    ]
    hosts = [
        c
        for c in returned
        if c.type in (QuoteType.INDIRECT, QuoteType.MIXED) and c.how not in (Method.ACCORDING, Method.PARATAXIS)
    ]
    reported = [c for c in cands if c.type is QuoteType.INDIRECT and categories[id(c)] is QuoteCategory.STATEMENT]
    reports_in_reports = _cues_inside_other_quotes(reported, hosts)
    resolved: dict[int, tuple[Speaker | None, Source | None, Entity | None]] = {}
    quotes: list[Quote] = []
    entity_quotes: dict[str, list[str]] = {}
    entity_of: dict[str, Entity] = {}
    for c in cands:
        qid = f"q{len(quotes) + 1}"
        speaker: Speaker | None = None
        source: Source | None = None
        entity: Entity | None = None
        head = c.speaker_head()
        if c.inherit_from is not None and id(c.inherit_from) in resolved:
            speaker, source, entity = resolved[id(c.inherit_from)]
        elif head is not None:
            words, context = mention(head)
            # The owner of a claim ("Trump's claim that …") is no voice the next "he said" goes on in.
            entity = resolver.resolve(words, head, context, salient=not c.noun_cued)
            attr = c.attribution
            if attr is not None and attr.mention is not None:
                shown = [attr.mention]  # "who said": the pronoun is the mention, the name its antecedent's
            else:
                shown = speaker_span_words(head, words, c.cue) if head.parsed else words
            mtext, mstart, mend = _span(shown, text)
            kind = entity.kind if isinstance(entity.kind, SpeakerKind) else SpeakerKind.UNKNOWN
            # A pronoun that resolved to nobody keeps its mention but names no one.
            name = None if entity.name.lower() in lex.pronoun_kinds else entity.name
            speaker = Speaker(name, mtext, mstart, mend, kind)
        attr = c.attribution
        if attr is not None and attr.source is not None and source is None:
            swords, _ = mention(attr.source)
            stext, sstart, send = _span(swords, text)
            source = Source(_name_of(swords, text, resolver), stext, sstart, send)
        resolved[id(c)] = (speaker, source, entity)
        category = categories[id(c)]
        if (
            not scope.admits(category)
            or (category is not QuoteCategory.STATEMENT and id(c) in nested)
            or id(c) in reports_in_reports
        ):
            # A belief, speech act or piece of evidence reported inside another quote's content
            # ("said she would [support] a wage increase") is part of that content, not a second
            # attribution; so is a statement inside a returned report's clause (above).
            continue
        cue = None
        if c.cue is not None:
            cue = Cue(c.cue.text, cue_lemma(c.cue, lex), c.cue.start, c.cue.end, is_negated(c.cue))
        addressee = None
        if attr is not None and attr.addressee is not None and c.inherit_from is None:
            awords = addressee_words(mention(attr.addressee)[0], attr.addressee)
            atext, astart, aend = _span(awords, text)
            addressee = Addressee(_name_of(awords, text, resolver), atext, astart, aend)
        first = index.word_at(c.start)
        quotes.append(
            Quote(
                id=qid,
                type=c.type,
                category=category,
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                spans=tuple(c.spans),
                speaker=speaker,
                source=source,
                cue=cue,
                addressee=addressee,
                confidence=confidence.capped(
                    c.confidence,
                    has_speaker=speaker is not None,
                    unresolved_pronoun=speaker is not None and speaker.name is None,
                ),
                paragraph=first.sent.paragraph if first is not None else 0,
                sentence=first.sent.index if first is not None else 0,
                warnings=tuple(c.warnings),
            )
        )
        if speaker is not None and speaker.name is not None:
            key = speaker.name.lower()
            entity_quotes.setdefault(key, []).append(qid)
            if entity is not None:
                entity_of.setdefault(key, entity)
    return ArticleQuotes(doc_id, tuple(quotes), _speakers(quotes, entity_quotes, entity_of, resolver), warnings, model)


def _cues_inside_other_quotes(cands: list[Candidate], hosts: list[Candidate] | None = None) -> set[int]:
    """id() of the candidates whose cue word lies inside a piece of another candidate (of HOSTS,
    by default any). Pieces are swept in start order keeping the two furthest ends of different
    candidates, so a long article costs n log n, not n squared."""
    pieces = sorted((a, b, id(c)) for c in (cands if hosts is None else hosts) for a, b in c.spans)
    starts = [p[0] for p in pieces]
    # reach[i]: the furthest end among pieces[:i + 1], and the furthest of another candidate
    reach: list[tuple[tuple[int, int], tuple[int, int]]] = []
    best, second = (-1, 0), (-1, 0)
    for _, end, owner in pieces:
        if owner == best[1]:
            best = max(best, (end, owner))
        elif end > best[0]:
            best, second = (end, owner), best
        elif end > second[0]:
            second = (end, owner)
        reach.append((best, second))
    out = set()
    for c in cands:
        if c.cue is None:
            continue
        i = bisect.bisect_right(starts, c.cue.start) - 1
        if i < 0:
            continue
        best, second = reach[i]
        furthest = best if best[1] != id(c) else second
        if furthest[0] >= c.cue.end:
            out.add(id(c))
    return out


def category_of(c: Candidate, lex: Lexicons) -> QuoteCategory:
    """A quotation is a statement whatever frames it, and so is a quoted fragment with its cue
    ('called ISIS “a threat”'): the words are the speaker's. A speech act's whole arguments, quoted
    words and all, take the cue's category (scope "attributions": 'called [ISIS “a threat”]'), as
    do other reported quotes; one without a cue word ("according to X", a colon) is a statement."""
    if c.how is Method.FOUND_IN:
        return QuoteCategory.EVIDENCE  # "[Trump leads] in a new poll", quoted words and all
    if c.type is QuoteType.DIRECT or c.cue is None or (c.type is QuoteType.MIXED and c.how is not Method.ARGUMENTS):
        return QuoteCategory.STATEMENT
    category = cue_category(c.cue, lex)
    if category is QuoteCategory.STATEMENT and c.how is Method.COGNITION:
        return QuoteCategory.COGNITION  # "feel like": no cognition verb of its own
    if category is QuoteCategory.STATEMENT and c.how in (Method.ARGUMENTS, Method.NOUN_INFINITIVE, Method.NOUN_TARGET):
        return QuoteCategory.SPEECH_ACT  # saying without a reported clause: "vowed to fight", "comments on X"
    return category


def _speakers(
    quotes: list[Quote], entity_quotes: dict[str, list[str]], entity_of: dict[str, Entity], resolver: Resolver
) -> tuple[SpeakerEntry, ...]:
    """One entry per speaker name, with every mention of it and its quotes."""
    name_spans: dict[str, set[tuple[int, int]]] = {}
    for n in resolver.names:
        name_spans.setdefault(resolver.full_name(n).lower(), set()).add((n.start, n.end))
    by_id = {q.id: q for q in quotes}
    speakers = []
    for key, qids in entity_quotes.items():
        ent = entity_of.get(key)
        first_speaker = by_id[qids[0]].speaker
        assert first_speaker is not None and first_speaker.name is not None  # only named speakers are listed
        mentions = set(ent.mentions if ent else [])
        mentions |= {(s.start, s.end) for q in qids if (s := by_id[q].speaker) is not None}
        mentions |= name_spans.get(key, set())
        speakers.append(SpeakerEntry(first_speaker.name, first_speaker.kind, tuple(sorted(mentions)), tuple(qids)))
    return tuple(speakers)
