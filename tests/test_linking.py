"""Linking quotes (quotesvc.linking) on hand-built parses: continuations, fragments in reported speech, the mixed merge."""

import pytest

from tests.helpers import build, quotes, relay_parse


def test_attribution_continuation_inherits_speaker_and_source():
    text = "“We are opposed,” IRNA news agency quoted Khamenei as saying. “We do not approve of it.”"
    parsed = relay_parse(text[: text.index("saying.") + 7])
    full = build(
        text,
        [
            " ".join(f"{w.text}/{w.upos}/{w.head}/{w.deprel}/{w.lemma}" for w in parsed.sentences[0].words),
            "“/PUNCT/5/punct We/PRON/5/nsubj do/AUX/5/aux not/PART/5/advmod approve/VERB/0/root of/ADP/7/case "
            "it/PRON/5/obl ./PUNCT/5/punct ”/PUNCT/5/punct",
        ],
    )
    q1, q2 = quotes(full)
    assert q2.speaker.name == q1.speaker.name == "Khamenei"
    assert q2.source.name == "IRNA"
    assert q2.cue is None and q2.confidence < q1.confidence


def test_attribution_mixed_quote_absorbs_fragment():
    text = "Kerry said the plan would ensure “command and control” in the region."
    parsed = build(
        text,
        [
            "Kerry/PROPN/2/nsubj said/VERB/0/root/say the/DET/4/det plan/NOUN/6/nsubj would/AUX/6/aux ensure/VERB/2/ccomp "
            "“/PUNCT/8/punct command/NOUN/6/obj and/CCONJ/10/cc control/NOUN/8/conj ”/PUNCT/8/punct in/ADP/14/case "
            "the/DET/14/det region/NOUN/6/obl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed"
    assert q.text.startswith("the plan would ensure “command and control”")


def test_unattributed_quote_after_reported_speech_keeps_the_voice():
    text = "Wilkins also said Warhol was a businessman. “He was very prolific.”"
    parsed = build(
        text,
        [
            "Wilkins/PROPN/3/nsubj also/ADV/3/advmod said/VERB/0/root/say Warhol/PROPN/7/nsubj was/AUX/7/cop "
            "a/DET/7/det businessman/NOUN/3/ccomp ./PUNCT/3/punct",
            "“/PUNCT/5/punct He/PRON/5/nsubj was/AUX/5/cop very/ADV/5/advmod prolific/ADJ/0/root ./PUNCT/5/punct "
            "”/PUNCT/5/punct",
        ],
    )
    indirect, direct = sorted(quotes(parsed), key=lambda q: q.start)
    assert indirect.type.value == "indirect" and indirect.speaker.name == "Wilkins"
    assert direct.type.value == "direct" and direct.text == "He was very prolific."
    assert direct.speaker is not None and direct.speaker.name == "Wilkins"


def test_dash_byline_quote_is_not_taken_over_by_earlier_reported_speech():
    text = "Other sites have stated that they will keep the video.\n\n“So far, it is a long game.” - Matthew Ingram"
    parsed = build(
        text,
        [
            "Other/ADJ/2/amod sites/NOUN/4/nsubj have/AUX/4/aux stated/VERB/0/root/state that/SCONJ/8/mark "
            "they/PRON/8/nsubj will/AUX/8/aux keep/VERB/4/ccomp the/DET/10/det video/NOUN/8/obj ./PUNCT/4/punct",
            "“/PUNCT/8/punct So/ADV/3/advmod far/ADV/8/advmod ,/PUNCT/3/punct it/PRON/8/nsubj is/AUX/8/cop "
            "a/DET/8/det long/ADJ/9/amod game/NOUN/0/root ./PUNCT/9/punct ”/PUNCT/9/punct",
            "-/PUNCT/2/punct Matthew/PROPN/0/root Ingram/PROPN/2/flat",
        ],
    )
    direct = [q for q in quotes(parsed) if q.type.value == "direct"]
    assert len(direct) == 1 and direct[0].speaker is not None
    assert direct[0].speaker.name == "Matthew Ingram"


def test_reported_speech_runs_on_to_the_close_of_a_quotation_it_opens():
    # The reported clause ends with its sentence, the quotation it opens goes on: one mixed quote.
    text = 'Lee said that Bush "has to go home. It is a sad situation." Voters agreed.'
    parsed = build(
        text,
        [
            'Lee/PROPN/2/nsubj said/VERB/0/root/say that/SCONJ/6/mark Bush/PROPN/6/nsubj "/PUNCT/6/punct '
            "has/VERB/2/ccomp/have to/PART/8/mark go/VERB/6/xcomp home/ADV/8/advmod ./PUNCT/2/punct",
            'It/PRON/5/nsubj is/AUX/5/cop a/DET/5/det sad/ADJ/5/amod situation/NOUN/0/root ./PUNCT/5/punct "/PUNCT/5/punct',
            "Voters/NOUN/2/nsubj agreed/VERB/0/root/agree ./PUNCT/2/punct",
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.cue is not None and q.cue.lemma == "say"]
    assert q.type.value == "mixed"
    assert q.text == 'that Bush "has to go home. It is a sad situation."'
    assert q.speaker.name == "Lee"


def test_quotation_that_opens_the_reported_clause_stays_direct():
    text = 'Lee said "Bush has to go home. It is a sad situation."'
    parsed = build(
        text,
        [
            'Lee/PROPN/2/nsubj said/VERB/0/root/say "/PUNCT/5/punct Bush/PROPN/5/nsubj '
            "has/VERB/2/ccomp/have to/PART/7/mark go/VERB/5/xcomp home/ADV/7/advmod ./PUNCT/2/punct",
            'It/PRON/5/nsubj is/AUX/5/cop a/DET/5/det sad/ADJ/5/amod situation/NOUN/0/root ./PUNCT/5/punct "/PUNCT/5/punct',
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "Bush has to go home. It is a sad situation."


@pytest.mark.parametrize(
    ("frame", "spec", "speaker", "cue"),
    [
        (
            "Lee tweeted a warning.",
            "Lee/PROPN/2/nsubj tweeted/VERB/0/root/tweet/VBD a/DET/4/det warning/NOUN/2/obj ./PUNCT/2/punct",
            "Lee",
            "tweeted",
        ),
        # tagged, not parsed (no quote, no cue): a name opening the sentence before a finite verb
        (
            "Mr. Ruiz is unapologetic.",
            "Mr./PROPN/_/_ Ruiz/PROPN/_/_ is/AUX/_/_/be/VBZ unapologetic/ADJ/_/_ ./PUNCT/_/_",
            "Ruiz",
            None,
        ),
        # a sentence about a thing frames nothing
        (
            "The weather was bad.",
            "The/DET/2/det weather/NOUN/4/nsubj was/AUX/4/cop/be/VBD bad/ADJ/0/root ./PUNCT/4/punct",
            None,
            None,
        ),
    ],
)
def test_a_quote_with_no_cue_right_after_a_frame_sentence_is_its_subjects(frame, spec, speaker, cue):
    text = frame + " “We are not hiding anything.”"
    parsed = build(
        text,
        [
            spec,
            "“/PUNCT/5/punct We/PRON/5/nsubj are/AUX/5/aux not/PART/5/advmod hiding/VERB/0/root/hide/VBG "
            "anything/PRON/5/obj ./PUNCT/5/punct ”/PUNCT/5/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "We are not hiding anything."
    assert (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) == (speaker, cue)


def test_a_quotation_with_its_own_cue_inside_reported_speech_makes_the_speech_mixed():
    # "calling" frames the quotation as a direct quote of its own, but both lie inside what
    # "claimed" reports: one mixed quote, Lee's
    text = "Lee claimed that remarks made by Ruiz calling for a ban make him “Their best recruiter.”"
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj claimed/VERB/0/root/claim/VBD that/SCONJ/12/mark remarks/NOUN/12/nsubj/remark/NNS "
            "made/VERB/4/acl/make/VBN by/ADP/7/case Ruiz/PROPN/5/obl:agent calling/VERB/5/advcl/call/VBG "
            "for/ADP/11/case a/DET/11/det ban/NOUN/8/obl make/VERB/2/ccomp/make/VBP him/PRON/12/iobj "
            "“/PUNCT/17/punct Their/PRON/17/nmod:poss best/ADJ/17/amod recruiter/NOUN/12/obj ./PUNCT/2/punct "
            "”/PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.cue.text, q.speaker.name) == ("mixed", "claimed", "Lee")
    assert q.text.startswith("that remarks made by Ruiz")


def test_reported_speech_ends_where_its_speakers_next_report_begins():
    # "said" hung inside the labelled phrase, so the label's quote runs over the next report
    text = "Lee praised the plan, calling it “a win” and said it would pass."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj praised/VERB/0/root/praise/VBD the/DET/4/det plan/NOUN/2/obj ,/PUNCT/6/punct "
            "calling/VERB/2/advcl/call/VBG it/PRON/6/obj “/PUNCT/10/punct a/DET/10/det win/NOUN/6/xcomp "
            "”/PUNCT/10/punct and/CCONJ/13/cc said/VERB/10/conj/say/VBD it/PRON/16/nsubj would/AUX/16/aux "
            "pass/VERB/13/ccomp/pass/VB ./PUNCT/2/punct"
        ],
    )
    found = {q.cue.text: q.text for q in quotes(parsed)}
    assert found == {"calling": "it “a win”", "said": "it would pass"}


def test_a_report_the_clause_itself_governs_is_part_of_it():
    text = "Lee said she would tell them soon."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD she/PRON/5/nsubj would/AUX/5/aux tell/VERB/2/ccomp/tell/VB "
            "them/PRON/5/obj soon/ADV/5/advmod ./PUNCT/2/punct"
        ],
    )
    found = {q.cue.text: q.text for q in quotes(parsed)}
    assert found["said"] == "she would tell them soon"


def test_reported_speech_holding_a_fragment_widened_past_its_end_keeps_its_own_end():
    # the fragment's phrase ran on to the sentence end (the relative clause too); the reported
    # clause holds the quotation, so it keeps its own end, not the quotation's closing mark
    text = "Ohio Sen. Dana Voss says her campaign is the only one that “has beaten and can beat” billionaire Rex Harlan, who won the Iowa caucuses."
    parsed = build(
        text,
        [
            "Ohio/PROPN/2/nmod:desc Sen./PROPN/5/nsubj Dana/PROPN/2/flat Voss/PROPN/2/flat says/VERB/0/root/say/VBZ "
            "her/PRON/7/nmod:poss campaign/NOUN/11/nsubj is/AUX/11/cop/be/VBZ the/DET/11/det only/ADJ/11/amod "
            "one/NOUN/5/ccomp that/PRON/15/obj “/PUNCT/15/punct has/AUX/15/aux/have/VBZ beaten/VERB/11/acl:relcl/beat/VBN "
            "and/CCONJ/18/cc can/AUX/18/aux beat/VERB/11/conj/beat/VB ”/PUNCT/20/punct billionaire/NOUN/18/obj "
            "Rex/PROPN/20/flat Harlan/PROPN/21/flat ,/PUNCT/25/punct who/PRON/25/nsubj won/VERB/20/acl:relcl/win/VBD "
            "the/DET/28/det Iowa/PROPN/28/compound caucuses/NOUN/25/obj/caucus/NNS ./PUNCT/5/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert [text[s:e] for s, e in quote.spans] == [
        "her campaign is the only one that “has beaten and can beat” billionaire Rex Harlan"
    ]


def test_a_fragment_goes_to_the_reported_speech_of_its_own_cue_before_a_longer_one_around_it():
    # "telling"'s clause ends inside the quotation; "said"'s reaches past it
    text = "Kim said she saw no need to change her plan, telling Lee that “we tell the truth, we deal with the issues” and that voters agreed."
    parsed = build(
        text,
        [
            "Kim/PROPN/2/nsubj said/VERB/0/root/say/VBD she/PRON/4/nsubj saw/VERB/2/ccomp/see/VBD no/DET/6/det "
            "need/NOUN/4/obj to/PART/8/mark change/VERB/4/advcl/change/VB her/PRON/10/nmod:poss plan/NOUN/8/obj "
            ",/PUNCT/12/punct telling/VERB/4/advcl/tell/VBG Lee/PROPN/12/iobj that/SCONJ/17/mark “/PUNCT/17/punct "
            "we/PRON/17/nsubj tell/VERB/12/ccomp/tell/VBP the/DET/19/det truth/NOUN/17/obj ,/PUNCT/17/punct "
            "we/PRON/22/nsubj deal/VERB/2/parataxis/deal/VBP with/ADP/25/case the/DET/25/det issues/NOUN/22/obl/issue/NNS "
            "”/PUNCT/22/punct and/CCONJ/30/cc that/SCONJ/30/obj voters/NOUN/30/nsubj/voter/NNS agreed/VERB/22/conj/agree/VBD "
            "./PUNCT/2/punct"
        ],
    )
    got = {q.cue.text: [text[s:e] for s, e in q.spans] for q in quotes(parsed)}
    assert got["telling"] == ["that “we tell the truth, we deal with the issues”"]
