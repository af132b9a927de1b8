"""Special constructions of reported speech, each read on its own terms.

* "According to X, …": X speaks, the content is the rest of the sentence;
* quotative "be like" ("and I was like, wow") and "feel like" + a clause (a stance);
* "you know" as a discourse marker, which reports nothing;
* a comma-enclosed attribution inside the reported clause ("The plan, he said, will fail"), which
  splits the clause in two pieces.

Several are read from the surface: parsers disagree on where "like" and "according" hang.
"""

from __future__ import annotations

import bisect
import itertools
import re

from quotesvc import confidence
from quotesvc.candidates import ArticleIndex, Candidate, Method, content_span, trim_edges
from quotesvc.document import ParsedText, Sentence, Word
from quotesvc.quotemarks import DASHES, EM_DASH, EN_DASH, LEFT_DOUBLE
from quotesvc.results import QuoteType
from quotesvc.speakers import Attribution, AttributionMethod, attribution_ids, mention_words
from quotesvc.ud import (
    NOMINAL_UPOS,
    RELATIVE_PRONOUNS,
    RELATIVE_SUBJECTS,
    SENTENCE_END,
    TRAILING_RELATIVE_OPENERS,
    VERBAL_UPOS,
    WH_OR_THAT,
    is_finite,
    is_finite_clause,
)

#: Content of "according to X" and of a stance: at least this many words.
MIN_CONTENT_WORDS = 3


def discourse_you_know(cue: Word, speaker: Word, content: list[Word]) -> bool:
    """ "You know, there isn't really any girl farriers around": the discourse marker, not a
    stance. In talk "you know" reports something only with "that" or a question word after it
    ("you know that I talk fast", "you know where I'm coming from")."""
    return cue.lemma_lower == "know" and speaker.lower == "you" and bool(content) and content[0].lower not in WH_OR_THAT


def split_by_cue(cue: Word, speaker: Word, sent: Sentence, span: tuple[int, int]) -> list[tuple[int, int]] | None:
    """ "The plan, he said, will fail", "Institutional recipients, said Mauer, are required …": the
    attribution inside the reported clause is not part of it, so the clause comes in two pieces
    around the comma-enclosed attribution. Where the parse scatters its words ("[At times last
    year], people close to the president said, [he was frustrated]", "close" hung on the cue), it
    runs from the speaker's first word to the cue: the cue and the speaker are never content."""
    # The attribution proper: the cue with its speaker (and auxiliaries), not its complement.
    # An adverb before the speaker ("[Six months ago], the senator said, …") is the clause's, not the attribution's.
    # The speaker's words count wherever the parser hung them (on the clause's verb, say).
    speaker_words = sent.subtree(speaker)
    speaker_first = speaker_words[0].id
    own = [cue, *speaker_words] + [
        x
        for c in cue.children
        if c is not speaker and c.rel in ("aux", "advmod") and sent.subtree(c)[0].id >= speaker_first
        for x in sent.subtree(c)
    ]
    own.sort(key=lambda w: w.id)
    first, last = own[0], own[-1]
    words = sent.words
    if last.id - first.id + 1 != len(own):
        if speaker_first > cue.id:
            return None
        first, last = words[speaker_first - 1], cue
    if not (span[0] < first.start and last.end < span[1]) or first.id < 2 or last.id >= len(words):
        return None
    before, after = words[first.id - 2], words[last.id]
    if before.text != "," or after.text != ",":
        return None
    left = content_span([w for w in words if span[0] <= w.start and w.id < before.id])
    right = content_span([w for w in words if w.end <= span[1] and w.id > after.id])
    return [left, right] if left and right else None


def split_around_relative_cue(
    cue: Word, speaker: Word, sent: Sentence, span: tuple[int, int]
) -> list[tuple[int, int]] | None:
    """ "policies, [which] he said [had harmed the economy]", "a deadline [that] insiders said
    [went unnoticed]": a cue inside a relative clause reports a clause whose subject (or object)
    is the relative word. The content is that word and the clause after the cue, in two pieces:
    the cue and its speaker are no part of it. None when the cue is no such relative clause's.
    (Without a relative word, "a probe the agency said was ongoing", PolNeAR marks the noun phrase
    as often as not, so the clause is left whole.) The relative word is a piece also where the
    parser made it the cue's subject or object ("changes, which officials said will start in May"),
    when a finite clause is said; a relative "that" never is."""
    if cue.deprel != "acl:relcl" or speaker.id > cue.id:
        return None
    words = sent.words
    attribution = attribution_ids(cue, speaker)
    first = min(attribution)
    if cue.id - first + 1 != len(attribution):
        return None  # not one run of words: "that, Sweet noted, Trump said …"
    right = content_span([w for w in words if w.id > cue.id and w.end <= span[1]])
    if right is None:
        return None
    before = words[first - 2] if first > 1 else None
    if before is None:
        return None
    if before.lower not in RELATIVE_SUBJECTS or before.start < span[0] < cue.end:
        return None
    after = [w for w in words if w.id > cue.id and w.end <= span[1]]
    if span[0] > before.start and not any(is_finite(w) for w in after):
        return None  # "whom he declined [to endorse]": the relative word is no part of what is said
    if before.lower == "that":
        return [right]  # PolNeAR seldom marks a relative "that" as said; "which" and "who" half the time
    left = content_span([before])
    return [left, right] if left is not None else None


_QUOTATIVE_FILLERS = frozenset(
    {"just", "all", "kind", "kinda", "sort", "sorta", "of", "totally", "literally", "really", "so", "basically"}
)


#: A speaker label before a colon: at most this many words, all of a name ("Paul Ryan:", "OK Gov Fallin:").
MAX_LABEL_WORDS = 6
#: Names that make the words after a label a list, not a statement, when no verb is among them.
MIN_LISTED_NAMES = 4
#: Words after the label for a statement ("Sanders: Endorsements prove Clinton the candidate ...").
MIN_LABELLED_WORDS = 3


#: Labels of an interview's answers ("A: We will …"): the interviewee speaks.
ANSWER_LABELS = frozenset({"a", "answer"})
#: "an interview with Senator Ann Lee", "Lee spoke to the Times": the words before an interviewee.
_INTERVIEW = re.compile(r"\b(?:interview(?:ed)?|conversation|Q&A|spoke|talked|sat down)\s+(?:with|to)\s+", re.I)
#: How far before the interviewee's name those words may start (titles in between).
MAX_INTERVIEWEE_DISTANCE = 70


def interviewee(parsed: ParsedText, index: ArticleIndex) -> Word | None:
    """The person an interview is with ("an interview with Senator Ann Lee"): the last word of
    the first proper name that such words precede closely, with no sentence end between, or None."""
    text = parsed.text
    cues = list(_INTERVIEW.finditer(text))
    if not cues:
        return None  # most articles: the words are not there, and no name is looked at
    starts = [m.start() for m in cues]
    for sent in parsed.sentences:
        for w in sent.words:
            if w.upos != "PROPN" or index.in_quote(w):
                continue
            near = cues[
                bisect.bisect_left(starts, w.start - MAX_INTERVIEWEE_DISTANCE) : bisect.bisect_left(starts, w.start)
            ]
            if any(m.end() <= w.start and "." not in text[m.end() : w.start] for m in near):
                return list(itertools.takewhile(lambda x: x.upos == "PROPN", sent.words[w.id - 1 :]))[-1]
    return None


def speaker_label(sent: Sentence) -> list[Word] | None:
    """The words before a colon that opens SENT as a label ("Paul Ryan:", "Q:"), or None."""
    words = sent.words
    colon = next((w for w in words[: MAX_LABEL_WORDS + 1] if w.text == ":"), None)
    if colon is None or colon.id < 2:
        return None
    return words[: colon.id - 1]


def _label_name(label: list[Word], index: ArticleIndex, non_speaker_labels: frozenset[str]) -> list[Word] | None:
    """The name a label gives ("Paul Ryan", "AP", "Insiders"; "Clinton" of "Clinton to Planned
    Parenthood"), or None when the label is no name: a word in lowercase ("The result"), or a
    heading that labels no speaker ("Update", "Editor's note")."""
    kicker = next((i for i, w in enumerate(label) if w.text in DASHES and i > 0), None)
    if kicker is not None and all(w.text.isupper() for w in label[:kicker]):
        label = label[kicker + 1 :]  # "EXCLUSIVE – Roger Stone:": a kicker before the name
    to = next((i for i, w in enumerate(label) if w.lower in ("to", "at") and i > 0), None)
    name = label[:to] if to is not None else label
    if not name or not all(w.text[:1].isupper() and w.upos != "PUNCT" for w in name):
        return None  # not "ANBAR, Iraq:" (a dateline) nor "Athens (Greek:"
    if to is not None and not all(w.text[:1].isupper() for w in label[to + 1 :]):
        return None
    text = " ".join(w.lower for w in name)
    if text in non_speaker_labels or name[0].lower in non_speaker_labels:
        return None
    if all(w.upos == "PROPN" for w in name):
        return name
    # An acronym the tagger missed ("AP", tagged a verb), people in the plural ("Insiders") or a
    # name of several capitalised words ("Judicial Watch") is a name when the article mentions it
    # again; a shouted word is not ("BOOM:", "LOOK:").
    if len(name) > 1 and _mentioned_again(name, index):
        return name
    if not any((w.text.isupper() and len(w.text) > 1) or w.xpos in ("NNS", "NNPS") for w in name):
        return None
    last = name[-1]
    if not any(
        w.lower == last.lower and w.sent is not last.sent and (w.upos in ("NOUN", "PROPN") or w.text.isupper())
        for w in index.words
    ):
        return None
    return name


def _mentioned_again(name: list[Word], index: ArticleIndex) -> bool:
    """Whether the words of NAME occur again, in a row, in another sentence of the article."""
    forms = [w.text for w in name]
    words = index.words
    return any(
        words[i].sent is not name[0].sent and [w.text for w in words[i : i + len(forms)]] == forms
        for i in range(len(words) - len(forms) + 1)
        if words[i].text == forms[0]
    )


def labelled_statement(
    sent: Sentence,
    index: ArticleIndex,
    following: list[Sentence] | None = None,
    answerer: Word | None = None,
    non_speaker_labels: frozenset[str] = frozenset(),
) -> Candidate | None:
    """ "Paul Ryan: FBI Decision Not to Indict Hillary ‘Defies Explanation’" - a sentence that opens
    with a name and a colon (headlines, transcripts) gives what follows it to that name, to the end
    of its paragraph (FOLLOWING: a transcript's turn runs over several sentences). The label is
    only a name: "The result: …" or "Update: …" are not speakers. An answer's label ("A:") gives it
    to the interviewee (ANSWERER), or, when the article names none, to the label itself."""
    label = speaker_label(sent)
    if label is None:
        return None
    speaker = label[-1]
    tagged_name = True  # the label is all proper nouns (or an answer's)
    if len(label) == 1 and label[0].lower in ANSWER_LABELS:
        speaker = answerer or label[0]
    else:
        named = _label_name(label, index, non_speaker_labels)
        if named is None or len(named[-1].text) < 2 or index.in_quote(named[-1]):
            return None
        speaker = named[-1]
        tagged_name = all(w.upos == "PROPN" for w in named)
    content = sent.words[len(label) + 1 :] + [w for s in following or [] for w in s.words]
    if len([w for w in content if w.upos != "PUNCT"]) < MIN_LABELLED_WORDS:
        return None
    verbless = not any(w.upos in VERBAL_UPOS for w in content)
    if verbless and not tagged_name:
        return None  # a name the tagger missed labels a statement, not a price list ("Dinghies: 225 DKK per hour")
    if verbless and sum(w.text == "," for w in content) >= MIN_LISTED_NAMES - 1:
        return None  # "Nevada: Adam Khan, Andres Ramirez, Barbara Buckley, …" lists, it states nothing
    span = content_span(content)
    if span is None:
        return None
    return Candidate(
        QuoteType.INDIRECT, [span], Method.LABEL, speaker_fallback=speaker, confidence=confidence.base(Method.LABEL)
    )


def quotative_like(like: Word, sent: Sentence, index: ArticleIndex) -> Candidate | None:
    """ "And I was like, wow, thanks": quotative "be like" reports speech or thought in talk,
    interviews and vlogs. The speaker is the subject before "be"; the content runs to the end
    of the sentence. Read from the surface: parsers disagree on where "like" hangs here."""
    words = sent.words
    i = like.id - 1
    j = i - 1
    while j >= 0 and words[j].lower in _QUOTATIVE_FILLERS:
        j -= 1
    if j < 1 or i + 1 >= len(words):
        return None
    if words[j].lemma_lower == "feel" and j == i - 1:
        return _feel_like(like, words[j], sent, index)
    if words[j].lemma_lower != "be":
        return None
    subj = words[j - 1]
    if subj.upos not in ("PRON", "PROPN", "NOUN") or subj.lower in ("it", "that", "this", "there", "what"):
        return None
    content = [w for w in words[i + 1 :] if not (w.id == len(words) and w.text in SENTENCE_END)]
    while content and content[0].upos == "PUNCT" and content[0].text not in ('"', LEFT_DOUBLE, "\u2018", "'"):
        content = content[1:]
    if not content:
        return None
    if words[i + 1].text not in (",", EN_DASH, EM_DASH, "-", ":") and content[0].upos in (
        "NOUN",
        "DET",
        "NUM",
        "ADJ",
        "ADV",
    ):
        # "it was like a dream": a comparison; "my senses were like really heightened", "she was
        # like too far away": a hedge. Neither is a quotation.
        return None
    span = content_span(content)
    if span is None or index.in_quote(subj):
        return None
    return _reported(span, Method.QUOTATIVE, like, subj, AttributionMethod.QUOTATIVE)


def _feel_like(like: Word, feel: Word, sent: Sentence, index: ArticleIndex) -> Candidate | None:
    """ "I feel like there's nothing else you could be doing": "feel like" + a clause states a
    stance, as "feel that" does. "I feel like a fool" (no verb of its own) compares."""
    words = sent.words
    subj = words[feel.id - 2] if feel.id > 1 else None
    while subj is not None and subj.upos in ("AUX", "ADV", "PART") and subj.id > 1:
        subj = words[subj.id - 2]  # "I do feel like", "I just feel like", "I don't feel like"
    if subj is None or subj.upos != "PRON" or subj.lower in ("it", "that", "this", "what") or index.in_quote(subj):
        return None
    content = [w for w in words[like.id :] if not (w.id == len(words) and w.text in SENTENCE_END)]
    # "..., so you might as well stay inside": a comma and a conjunction end the stance.
    cut = next(
        (k for k in range(len(content) - 1) if content[k].text == "," and content[k + 1].upos in ("CCONJ", "SCONJ")),
        None,
    )
    content = trim_edges(content[:cut] if cut is not None else content)
    if (
        len(content) < MIN_CONTENT_WORDS
        or content[0].upos not in ("PRON", "DET", "NOUN", "PROPN", "NUM", "SCONJ")
        or not any(is_finite(w) for w in content)
    ):
        return None
    span = content_span(content)
    if span is None:
        return None
    return _reported(span, Method.COGNITION, like, subj, AttributionMethod.FEEL_LIKE)


def according(w: Word, sent: Sentence, index: ArticleIndex) -> Candidate | None:
    """ "According to X, ..." -> speaker X, content the rest of the sentence."""
    words = sent.words
    to = words[w.id] if w.id < len(words) else None
    if to is None:
        return None
    # The source phrase: the parse's head of "according" when it is a nominal, else the noun run after "to".
    head = (
        w.head_word
        if w.rel in ("case", "fixed", "mark") and w.head_word is not None and w.head_word.upos in NOMINAL_UPOS
        else None
    )
    phrase_ids = set()
    if head is not None:
        phrase = mention_words(head)
        phrase_ids = {x.id for x in sent.subtree(head)} | {w.id, to.id}
        # "According to the Herald, Professor Burrows, the panel's chairman, said ...": the parse may
        # hang the clause after the comma on the source. The phrase ends at its first comma when a
        # clause follows; "..., according to Kristen Wilkins, curator of the exhibit." keeps its
        # apposition.
        comma = next((x.id for x in words[head.id :] if x.text == ","), None)
        if comma is not None and _clause_after_source(words, comma):
            phrase_ids = {i for i in phrase_ids if i < comma}
    else:
        phrase = []
        for x in words[to.id :]:
            if x.upos == "PUNCT":
                break
            phrase.append(x)
        nouns = [x for x in phrase if x.upos in NOMINAL_UPOS]
        if not nouns:
            return None
        head = nouns[-1]
        phrase_ids = {x.id for x in phrase} | {w.id, to.id}
        phrase = [x for x in phrase if x.upos != "ADP"]
    # "…, according to exit polls (a sizable margin, but …)": a bracket after the source is an aside
    after_phrase = [x for x in words if x.id > max(phrase_ids)]
    if after_phrase and after_phrase[0].text == "(":
        close = next((x.id for x in after_phrase if x.text == ")"), after_phrase[-1].id)
        phrase_ids |= set(range(after_phrase[0].id, close + 1))
    rest = [x for x in words if x.id not in phrase_ids]
    # Keep the side of the sentence that holds the claim (the longer run).
    left = [x for x in rest if x.id < w.id]
    right = [x for x in rest if x.id > max(phrase_ids)]
    opener = next((x for x in right if x.upos != "PUNCT"), None)
    # "taking a step toward a strike [that executives said] could …": a verb under the participle
    # is its own, no clause after the source
    participle_ids = {y.id for y in sent.subtree(opener)} if opener is not None and opener.xpos == "VBG" else set()
    if opener is not None and (
        opener.lower in TRAILING_RELATIVE_OPENERS
        or (participle_ids and not any(is_finite_clause(x) for x in right if x.id not in participle_ids))
    ):
        # "…, according to Jason Delisle, [who was an adviser]", "…, according to three polls,
        # [including one released Thursday]": what follows the source describes it (not "According
        # to Yonhap, quoting KCNA, [the military has been placed on alert]")
        right = []
    # "..., which, according to AFP, the UN has criticised": the clause after the phrase when
    # it has a verb of its own, else the one before it.
    # Only a finite clause counts: "..., according to Democrats involved in the talks" has a
    # participle that modifies the source, not a claim of its own.
    # A relative clause's verb is no clause of its own: "…, according to CrowdTangle, [a social
    # analytics tool that monitors social media]" describes the source.
    right_clause = len(trim_edges(right)) >= MIN_CONTENT_WORDS and any(
        is_finite_clause(x) and x.deprel != "acl:relcl" for x in right
    )
    # "Trump has won 758 delegates, according to a CNN tally, but his pathway is narrowing": a
    # clause after the phrase that opens with a conjunction is the writer's next one; the
    # phrase attributes the clause before it.
    right_words = [x for x in right if x.upos != "PUNCT"]
    left_clause = len(trim_edges(left)) >= MIN_CONTENT_WORDS and any(x.upos in VERBAL_UPOS for x in left)
    if right_words and _writers_next_clause(right_words) and left_clause:
        right_clause = False
        right = []
    # A clause of its own before the phrase: a finite verb there that heads no more than the left
    # side (one inside a relative clause, "the choices [the campaign made]", heads a noun's clause).
    left_ids = {x.id for x in left}
    left_finite = any(is_finite_clause(x) and x.head not in left_ids for x in left)
    if right and right[0].id == max(phrase_ids) + 1 and right[0].upos != "PUNCT" and left_finite and left_clause:
        # "Lee leads with 22%, according to a Globe Poll [released Sunday]." parsed with "Poll
        # released" a clause: what runs on from the source with no comma describes it
        right_clause = False
        right = []
    if right_clause and left and not left_finite and left[0].id == 1:
        # "[One of the choices they made], according to a person close to the process, [is to
        # ignore the attacks]": the phrase interrupts one clause, whose two pieces are the content;
        # so does an opening phrase of time or topic ("[Since November], according to the group,
        # [forces have killed 400 protesters]"), which the source vouches for too.
        pieces = [content_span(left), content_span(right)]
        if pieces[0] is not None and pieces[1] is not None and not index.in_quote(head):
            cand = _reported(pieces[1], Method.ACCORDING, w, head, AttributionMethod.ACCORDING)
            cand.spans = [pieces[0], pieces[1]]
            return cand
    if right_clause or (len(trim_edges(right)) >= len(trim_edges(left)) and not (left_finite and left_clause)):
        side = right
    else:
        # "The senator approved the plan, according to records, [making her …]": a participle
        # after the phrase adds to the clause before it, which holds the claim.
        side = _last_clause_before_source(left)
    span = content_span(side)
    if span is None or len(trim_edges(side)) < MIN_CONTENT_WORDS:
        return None
    if index.in_quote(head):
        return None
    return _reported(span, Method.ACCORDING, w, head, AttributionMethod.ACCORDING)


def _writers_next_clause(right: list[Word]) -> bool:
    """Whether the words after a trailing source go on with the writer's sentence rather than
    making a claim of their own: a conjunction ("…, according to a CNN tally, [but] his pathway is
    narrowing") or a subordinate clause on the clause before ("…, according to the union's polling,
    [even as] white men over all favored the Republican")."""
    first = right[0]
    if first.upos == "CCONJ":
        return True
    marker = right[1] if first.lower == "even" and len(right) > 1 else first
    # read on the surface too: the parser takes "as" for a preposition of the clause's subject
    return marker.lower in _CLAUSE_SUBORDINATORS or (
        marker.rel == "mark" and marker.head_word is not None and marker.head_word.deprel == "advcl"
    )


#: Words that open a clause subordinate to the one before it.
_CLAUSE_SUBORDINATORS = frozenset({"as", "while", "whereas", "although", "though", "because", "since"})


def _last_clause_before_source(left: list[Word]) -> list[Word]:
    """Of the words before a trailing "according to X", the last clause the source vouches for:
    the one after a colon ("the tax has not made the U.K. less attractive: [London was the
    financial capital …], according to one global index"), or a relative clause set off by a
    comma that runs to the source ("…, [which stood at 263], according to the Associated Press").
    LEFT whole otherwise (a clause after ", and" is not: PolNeAR marks the whole sentence as
    often as the last clause)."""
    start = 0
    for i, x in enumerate(left):
        nxt = left[i + 1] if i + 1 < len(left) else None
        if nxt is None:
            break
        if x.text == ":":
            start = i + 1
        elif x.text == "," and nxt.lower in RELATIVE_SUBJECTS - {"that"} and nxt.rel == "nsubj":
            clause = nxt.head_word
            if (
                clause is not None
                and clause.deprel == "acl:relcl"
                and nxt.sent.subtree(clause)[-1].id >= left[-1].id - 1
            ):
                start = i + 1
    rest = left[start:]
    if start and len(trim_edges(rest)) >= MIN_CONTENT_WORDS and any(x.upos in VERBAL_UPOS for x in rest):
        return rest
    return left


def _clause_after_source(words: list[Word], comma: int) -> bool:
    """Whether a clause of its own follows the comma after an "according to" source ("According to
    the Herald, Professor Burrows said …"): a finite verb, not one of a relative clause on the
    source ("…, according to Jason Delisle, [who was an adviser]") nor a participle ("…, according
    to three polls, [including one released Thursday]")."""
    after = words[comma:]
    if after and after[0].lower in RELATIVE_PRONOUNS:
        return False
    return any(is_finite_clause(x) for x in after)


def _reported(span: tuple[int, int], how: Method, cue: Word, speaker: Word, found: AttributionMethod) -> Candidate:
    """A reported-speech candidate of one span, spoken by SPEAKER through CUE."""
    return Candidate(
        QuoteType.INDIRECT,
        [span],
        how,
        cue=cue,
        attribution=Attribution(speaker, None, None, found),
        confidence=confidence.base(how),
    )
