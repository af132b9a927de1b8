"""Attribution rules on hand-built parses: no model, so these never drift with it."""

import pytest

from quotesvc.extract import build_result
from tests.helpers import build


def quotes(parsed):
    return build_result(parsed).quotes


def test_attribution_split_quote_is_one_quote_with_two_spans():
    text = "Secretary of State John Kerry spoke.\n\n“There is no margin,” Kerry said, “and we discourage it.”"
    parsed = build(
        text,
        [
            "Secretary/PROPN/5/compound of/ADP/3/case State/PROPN/1/nmod John/PROPN/5/compound Kerry/PROPN/6/nsubj spoke/VERB/0/root/speak ./PUNCT/6/punct",
            "“/PUNCT/3/punct There/PRON/3/expl is/VERB/0/root/be no/DET/5/det margin/NOUN/3/nsubj ,/PUNCT/3/punct ”/PUNCT/3/punct "
            "Kerry/PROPN/9/nsubj said/VERB/3/parataxis/say ,/PUNCT/9/punct “/PUNCT/14/punct and/CCONJ/14/cc we/PRON/14/nsubj "
            "discourage/VERB/3/conj it/PRON/14/obj ./PUNCT/3/punct ”/PUNCT/3/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "direct"
    assert [text[s:e] for s, e in q.spans] == ["There is no margin,", "and we discourage it."]
    assert q.text == text[q.start : q.end]
    assert q.speaker.text == "Kerry" and q.speaker.name == "John Kerry"
    assert q.cue.lemma == "say"


def _relay_parse(text, passive=False):
    if passive:
        return build(
            text,
            [
                "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux fight/VERB/0/root ,/PUNCT/4/punct ”/PUNCT/4/punct "
                "Khamenei/PROPN/9/nsubj:pass was/AUX/9/aux:pass quoted/VERB/4/parataxis/quote by/ADP/11/case IRNA/PROPN/9/obl:agent "
                "as/SCONJ/13/mark saying/VERB/9/advcl/say ./PUNCT/4/punct",
            ],
        )
    return build(
        text,
        [
            "“/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/cop opposed/ADJ/0/root ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "IRNA/PROPN/9/compound news/NOUN/9/compound agency/NOUN/10/nsubj quoted/VERB/4/parataxis/quote "
            "Khamenei/PROPN/10/obj as/SCONJ/13/mark saying/VERB/10/advcl/say ./PUNCT/4/punct",
        ],
    )


def test_attribution_relay_verb_gives_speaker_and_source():
    text = "“We are opposed,” IRNA news agency quoted Khamenei as saying."
    (q,) = quotes(_relay_parse(text))
    assert q.speaker.name == "Khamenei"
    assert q.source is not None and q.source.name == "IRNA"
    assert q.source.text == "IRNA news agency"


def test_attribution_passive_relay_was_quoted_as_saying():
    text = "“We will fight,” Khamenei was quoted by IRNA as saying."
    (q,) = quotes(_relay_parse(text, passive=True))
    assert q.speaker.name == "Khamenei"
    assert q.source.name == "IRNA"


def test_attribution_continuation_inherits_speaker_and_source():
    text = "“We are opposed,” IRNA news agency quoted Khamenei as saying. “We do not approve of it.”"
    parsed = _relay_parse(text[: text.index("saying.") + 7])
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


MOUSSAWI = (
    "Military spokesman Maj. Gen. Qassim al-Moussawi said the withdrawal was tactical.\n\n"
    "“It was for regrouping,” he told reporters in Baghdad."
)


def _moussawi():
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


def test_attribution_indirect_speech_and_titles_stripped():
    q1, _q2 = quotes(_moussawi())
    assert q1.type.value == "indirect"
    assert q1.text == "the withdrawal was tactical"
    assert q1.speaker.name == "Qassim al-Moussawi"
    assert q1.speaker.kind.value == "person"


def test_attribution_title_tagged_as_noun_heading_the_name_keeps_the_name():
    # "Secretary" tagged NOUN and made the head, the name hanging under it as nmod.
    text = "“There is no margin,” Secretary of State John Kerry said."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct There/PRON/3/expl is/VERB/13/ccomp no/DET/5/det margin/NOUN/3/nsubj ,/PUNCT/3/punct "
            "”/PUNCT/3/punct Secretary/NOUN/13/nsubj/secretary of/ADP/11/case State/PROPN/11/nmod:desc "
            "John/PROPN/8/nmod Kerry/PROPN/11/flat said/VERB/0/root/say ./PUNCT/13/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "John Kerry" and q.speaker.kind.value == "person"


def test_attribution_subject_inside_the_quote_is_not_the_speaker():
    # The parser made the quote's first pronoun a second subject of "said", nearer than the real one.
    text = 'Suleiman al-Amr, in remarks to the television, said "All those wounded are in hospital."'
    parsed = build(
        text,
        [
            "Suleiman/PROPN/9/nsubj al-Amr/PROPN/1/flat ,/PUNCT/5/punct in/ADP/5/case remarks/NOUN/9/obl "
            'to/ADP/8/case the/DET/8/det television/NOUN/5/nmod said/VERB/0/root/say "/PUNCT/12/punct '
            "All/DET/12/det:predet those/PRON/9/nsubj wounded/VERB/12/acl are/AUX/17/cop in/ADP/17/case "
            'hospital/NOUN/9/ccomp ./PUNCT/9/punct "/PUNCT/9/punct',
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Suleiman al-Amr"


def test_attribution_complement_subject_hung_on_the_cue_stays_in_the_clause():
    text = "President Sehar Memon said the feedback had helped him."
    parsed = build(
        text,
        [
            "President/PROPN/3/compound Sehar/PROPN/3/compound Memon/PROPN/4/nsubj said/VERB/0/root/say "
            "the/DET/6/det feedback/NOUN/4/nsubj had/AUX/8/aux helped/VERB/4/ccomp him/PRON/8/obj ./PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "indirect" and q.text == "the feedback had helped him"
    assert q.speaker.name == "Sehar Memon"


def test_attribution_pronoun_resolves_and_addressee_found():
    _q1, q2 = quotes(_moussawi())
    assert q2.type.value == "direct"
    assert q2.speaker.text == "he" and q2.speaker.name == "Qassim al-Moussawi"
    assert q2.addressee is not None and q2.addressee.text == "reporters"
    assert q2.cue.lemma == "tell"


def test_attribution_speakers_list_groups_quotes_once():
    result = build_result(_moussawi())
    assert [(s.name, s.quote_ids) for s in result.speakers] == [("Qassim al-Moussawi", ("q1", "q2"))]


def test_attribution_description_resolves_to_earlier_mention():
    text = (
        "A military intelligence official said troops had withdrawn.\n\n"
        "“Troops withdrew this morning,” the official said.\n\n"
        "“They took Ana without a fight.”"
    )
    parsed = build(
        text,
        [
            "A/DET/4/det military/ADJ/4/amod intelligence/NOUN/4/compound official/NOUN/5/nsubj said/VERB/0/root/say "
            "troops/NOUN/9/nsubj had/AUX/9/aux withdrawn/VERB/5/ccomp/withdraw ./PUNCT/5/punct",
            "“/PUNCT/3/punct Troops/NOUN/3/nsubj withdrew/VERB/0/root/withdraw this/DET/5/det morning/NOUN/3/obl:tmod "
            ",/PUNCT/3/punct ”/PUNCT/3/punct the/DET/9/det official/NOUN/10/nsubj said/VERB/3/parataxis/say ./PUNCT/3/punct",
            "“/PUNCT/3/punct They/PRON/3/nsubj took/VERB/0/root/take Ana/PROPN/3/obj without/ADP/7/case a/DET/7/det "
            "fight/NOUN/3/obl ./PUNCT/3/punct ”/PUNCT/3/punct",
        ],
    )
    q1, q2, q3 = quotes(parsed)
    assert q1.speaker.name == "A military intelligence official"
    assert q1.speaker.kind.value == "anonymous"
    assert q2.speaker.text == "the official" and q2.speaker.name == "A military intelligence official"
    assert q3.speaker.name == "A military intelligence official"  # continuation paragraph


def test_attribution_according_to():
    text = "According to ABC News, the boat sank on Friday."
    parsed = build(
        text,
        [
            "According/VERB/4/case to/ADP/1/fixed ABC/PROPN/4/compound News/PROPN/7/obl ,/PUNCT/4/punct the/DET/7/det "
            "boat/NOUN/8/nsubj sank/VERB/0/root/sink on/ADP/10/case Friday/PROPN/8/obl ./PUNCT/8/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "indirect"
    assert q.text == "the boat sank on Friday"
    assert q.speaker.name == "ABC News"


def test_attribution_mixed_quote_absorbs_fragment():
    text = "Kerry said the plan would ensure “command and control” in the region."
    parsed = build(
        text,
        [
            "Kerry/PROPN/2/nsubj said/VERB/0/root/say the/DET/4/det plan/NOUN/6/nsubj would/AUX/6/aux ensure/VERB/2/ccomp "
            "“/PUNCT/8/punct command/NOUN/6/obj and/CCONJ/10/cc control/NOUN/8/conj ”/PUNCT/8/punct in/ADP/14/case "
            "the/DET/14/det region/NOUN/6/obl ./PUNCT/2/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed"
    assert q.text.startswith("the plan would ensure “command and control”")


def test_attribution_fragment_framed_by_call_is_mixed():
    text = "He called ISIS “a threat to the entire region,” warning against funding."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj called/VERB/0/root/call ISIS/PROPN/2/obj “/PUNCT/6/punct a/DET/6/det threat/NOUN/2/xcomp "
            "to/ADP/10/case the/DET/10/det entire/ADJ/10/amod region/NOUN/6/nmod ,/PUNCT/6/punct ”/PUNCT/6/punct "
            "warning/VERB/2/advcl/warn against/ADP/15/case funding/NOUN/13/obl ./PUNCT/2/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed"
    assert q.text == "a threat to the entire region,"
    assert q.speaker.text == "He"


@pytest.mark.parametrize(
    "text, spec",
    [
        (
            "The so-called “experts” disagree.",
            "The/DET/4/det so-called/ADJ/4/amod “/PUNCT/4/punct experts/NOUN/6/nsubj ”/PUNCT/4/punct disagree/VERB/0/root ./PUNCT/6/punct",
        ),
        (
            "She loved the film “Gone With The Wind” as a child.",
            "She/PRON/2/nsubj loved/VERB/0/root/love the/DET/4/det film/NOUN/2/obj “/PUNCT/6/punct Gone/VERB/4/acl/go "
            "With/ADP/9/case The/DET/9/det Wind/PROPN/6/obl ”/PUNCT/6/punct as/ADP/13/case a/DET/13/det child/NOUN/2/obl ./PUNCT/2/punct",
        ),
        (
            "Please note that your email address will not appear.",
            "Please/INTJ/2/discourse note/VERB/0/root that/SCONJ/9/mark your/PRON/6/nmod:poss email/NOUN/6/compound "
            "address/NOUN/9/nsubj will/AUX/9/aux not/PART/9/advmod appear/VERB/2/ccomp ./PUNCT/2/punct",
        ),
    ],
)
def test_attribution_not_quotes(text, spec):
    assert quotes(build(text, [spec])) == ()


def test_attribution_unparsed_sentences_still_give_quotes():
    text = "“We will not leave this city,” the mayor said."
    parsed = build(
        text,
        [
            "“/PUNCT/_/_ We/PRON/_/_ will/AUX/_/_ not/PART/_/_ leave/VERB/_/_ this/DET/_/_ city/NOUN/_/_ ,/PUNCT/_/_ "
            "”/PUNCT/_/_ the/DET/_/_ mayor/NOUN/_/_ said/VERB/_/_/say ./PUNCT/_/_",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "We will not leave this city,"
    assert q.speaker is not None and q.speaker.text == "mayor"


def test_attribution_long_apposition_between_quote_and_cue():
    text = "“It would have been much worse,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said."
    parsed = build(
        text,
        [
            "“/PUNCT/7/punct It/PRON/7/nsubj would/AUX/7/aux have/AUX/7/aux been/AUX/7/cop much/ADV/7/advmod "
            "worse/ADJ/0/root ,/PUNCT/7/punct ”/PUNCT/7/punct Khaled/PROPN/23/nsubj Al/PROPN/10/flat -/PUNCT/13/punct "
            "Maeena/PROPN/10/flat ,/PUNCT/15/punct editor/NOUN/10/appos at/ADP/17/case large/ADJ/15/nmod at/ADP/21/case "
            "the/DET/21/det Saudi/PROPN/21/compound Gazette/PROPN/15/nmod ,/PUNCT/10/punct said/VERB/7/parataxis/say ./PUNCT/7/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Khaled Al-Maeena"
    assert q.speaker.text == "Khaled Al-Maeena"


@pytest.mark.parametrize(
    "text",
    [
        "Fans chanted “Scientology vs. the Internet, part XVII” outside.",
        "The report, “The Internet Explorer 6 Countdown”, was published.",
    ],
)
def test_attribution_unattributed_titles_and_headlines_are_dropped(text):
    from tests.helpers import build as b

    words = text.replace("“", " “ ").replace("”", " ” ").replace(",", " ,").replace(".", " .").split()
    words = [w for w in words if w]
    spec = " ".join(f"{w}/{'PUNCT' if not w[0].isalnum() else 'NOUN'}/_/_" for w in words)
    assert quotes(b(text, [spec])) == ()


def test_attribution_reported_clause_without_ccomp_uses_the_surface():
    text = "The minister said the bridge would reopen on Monday."
    parsed = build(
        text,
        [
            "The/DET/2/det minister/NOUN/3/nsubj said/VERB/0/root/say the/DET/5/det bridge/NOUN/3/obj would/AUX/7/aux "
            "reopen/VERB/3/conj on/ADP/9/case Monday/PROPN/7/obl ./PUNCT/3/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "indirect" and q.text == "the bridge would reopen on Monday"
    assert q.speaker.text == "The minister"


@pytest.mark.parametrize(
    "text,spec",
    [
        # The object is a noun phrase; its only finite verb sits in a relative clause.
        (
            "Malaysia has maintained a policy which the United Nations criticised.",
            "Malaysia/PROPN/3/nsubj has/AUX/3/aux/have/VBZ maintained/VERB/0/root/maintain/VBN a/DET/5/det/_/DT "
            "policy/NOUN/3/obj/_/NN which/PRON/10/obj/_/WDT the/DET/9/det/_/DT United/PROPN/9/compound/_/NNP "
            "Nations/PROPN/10/nsubj/_/NNPS criticised/VERB/5/acl:relcl/criticise/VBD ./PUNCT/3/punct/_/.",
        ),
        # A request: the verbs after the addressee are infinitives.
        (
            "Rathke asked the governments not to turn boats away.",
            "Rathke/PROPN/2/nsubj/_/NNP asked/VERB/0/root/ask/VBD the/DET/4/det/_/DT governments/NOUN/2/obj/_/NNS "
            "not/PART/7/advmod/_/RB to/PART/7/mark/_/TO turn/VERB/2/xcomp/_/VB boats/NOUN/7/obj/_/NNS "
            "away/ADV/7/compound:prt/_/RP ./PUNCT/2/punct/_/.",
        ),
    ],
)
def test_attribution_surface_clause_needs_a_finite_verb_outside_the_object(text, spec):
    assert quotes(build(text, [spec])) == ()


def test_attribution_accused_of_gerund_is_reported_speech():
    text = "The leader accused the United States of trying to retake Iraq."
    parsed = build(
        text,
        [
            "The/DET/2/det/_/DT leader/NOUN/3/nsubj/_/NN accused/VERB/0/root/accuse/VBD the/DET/6/det/_/DT "
            "United/PROPN/6/compound/_/NNP States/PROPN/3/obj/_/NNP of/SCONJ/8/mark/_/IN trying/VERB/3/advcl/try/VBG "
            "to/PART/10/mark/_/TO retake/VERB/8/xcomp/_/VB Iraq/PROPN/10/obj/_/NNP ./PUNCT/3/punct/_/.",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "indirect" and q.text == "the United States of trying to retake Iraq"
    assert q.speaker.text == "The leader"


def test_attribution_fragment_parsed_as_subject_of_a_later_verb_keeps_the_framing_verb():
    # The tokenizer split before the quote; the parser made the fragment the subject of "warning".
    text = "He also called ISIS “a threat to the entire region,” warning against its funding."
    parsed = build(
        text,
        [
            "He/PRON/3/nsubj also/ADV/3/advmod called/VERB/0/root/call ISIS/PROPN/3/obj",
            "“/PUNCT/3/punct a/DET/3/det threat/NOUN/10/nsubj to/ADP/7/case the/DET/7/det entire/ADJ/7/amod "
            "region/NOUN/3/nmod ,/PUNCT/3/punct ”/PUNCT/3/punct warning/VERB/0/root/warning against/ADP/13/case "
            "its/PRON/13/nmod:poss funding/NOUN/10/obl ./PUNCT/10/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed" and q.text == "a threat to the entire region,"
    assert q.cue.lemma == "call" and q.speaker.text == "He"


def test_attribution_surface_clause_with_morphology_still_found():
    text = "The minister said the bridge would reopen on Monday."
    parsed = build(
        text,
        [
            "The/DET/2/det/_/DT minister/NOUN/3/nsubj/_/NN said/VERB/0/root/say/VBD the/DET/5/det/_/DT "
            "bridge/NOUN/3/obj/_/NN would/AUX/7/aux/_/MD reopen/VERB/3/conj/_/VB on/ADP/9/case/_/IN "
            "Monday/PROPN/7/obl/_/NNP ./PUNCT/3/punct/_/.",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the bridge would reopen on Monday"


def test_attribution_multi_paragraph_quote_is_one_quote():
    text = "“We will rebuild the bridge,” the mayor said. “It will take a year.\n\n“We start in May.”"
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux rebuild/VERB/0/root/rebuild the/DET/6/det bridge/NOUN/4/obj "
            ",/PUNCT/4/punct ”/PUNCT/4/punct the/DET/10/det mayor/NOUN/11/nsubj said/VERB/4/parataxis/say ./PUNCT/4/punct",
            "“/PUNCT/4/punct It/PRON/4/nsubj will/AUX/4/aux take/VERB/0/root a/DET/6/det year/NOUN/4/obj ./PUNCT/4/punct",
            "“/PUNCT/3/punct We/PRON/3/nsubj start/VERB/0/root in/ADP/5/case May/PROPN/3/obl ./PUNCT/3/punct ”/PUNCT/3/punct",
        ],
    )
    q1, q2 = quotes(parsed)
    assert [text[s:e] for s, e in q2.spans] == ["It will take a year.", "We start in May."]
    assert q2.speaker.name == q1.speaker.name == "the mayor"
    assert q2.paragraph == 0


def test_attribution_colon_introduced_statement():
    text = "The ministry said in a statement: the border will stay closed until Friday."
    parsed = build(
        text,
        [
            "The/DET/2/det ministry/NOUN/3/nsubj said/VERB/0/root/say in/ADP/6/case a/DET/6/det statement/NOUN/3/obl "
            ":/PUNCT/3/punct the/DET/9/det border/NOUN/11/nsubj will/AUX/11/aux stay/VERB/3/parataxis closed/ADJ/11/xcomp "
            "until/ADP/14/case Friday/PROPN/11/obl ./PUNCT/3/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "indirect"
    assert q.text == "the border will stay closed until Friday"
    assert q.speaker.text == "The ministry" and q.speaker.kind.value == "organization"


def test_attribution_inverted_said_name():
    text = "“The talks will resume,” said John Kerry."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct The/DET/3/det talks/NOUN/5/nsubj will/AUX/5/aux resume/VERB/0/root ,/PUNCT/5/punct "
            "”/PUNCT/5/punct said/VERB/5/parataxis/say John/PROPN/8/nsubj Kerry/PROPN/9/flat ./PUNCT/5/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "John Kerry" and q.cue.lemma == "say"


def test_names_run_cut_where_parse_hangs_two_names_apart():
    from quotesvc.coref import find_names
    from quotesvc.lexicons import load as load_lexicons

    text = "The Afghan Ambassador to the United States Hamdullah Mohib spoke."
    parsed = build(
        text,
        [
            "The/DET/9/det Afghan/ADJ/3/amod Ambassador/PROPN/9/compound to/ADP/7/case the/DET/7/det "
            "United/PROPN/7/compound States/PROPN/3/nmod Hamdullah/PROPN/9/compound Mohib/PROPN/10/nsubj "
            "spoke/VERB/0/root/speak ./PUNCT/10/punct",
        ],
    )
    names = [n.text for n in find_names(parsed, load_lexicons())]
    assert "Hamdullah Mohib" in names and "United States" in names
    assert not any("States Hamdullah" in n for n in names)


def test_pronoun_does_not_resolve_to_a_name_after_the():
    text = (
        "According to the New Zealand Herald, the flag was never put to a vote.\n\n"
        "Prime Minister John Key backs the change. Of the process, he said, “I have one vote.”"
    )
    parsed = build(
        text,
        [
            "According/VERB/6/case to/ADP/1/fixed the/DET/6/det New/PROPN/5/compound Zealand/PROPN/6/compound "
            "Herald/PROPN/12/obl ,/PUNCT/6/punct the/DET/9/det flag/NOUN/12/nsubj:pass was/AUX/12/aux:pass "
            "never/ADV/12/advmod put/VERB/0/root/put to/ADP/15/case a/DET/15/det vote/NOUN/12/obl ./PUNCT/12/punct",
            "Prime/PROPN/2/compound Minister/PROPN/4/compound John/PROPN/4/flat Key/PROPN/5/nsubj "
            "backs/VERB/0/root/back the/DET/7/det change/NOUN/5/obj ./PUNCT/5/punct",
            "Of/ADP/3/case the/DET/3/det process/NOUN/6/obl ,/PUNCT/3/punct he/PRON/6/nsubj said/VERB/0/root/say "
            ",/PUNCT/6/punct “/PUNCT/11/punct I/PRON/11/nsubj have/VERB/6/ccomp/have one/NUM/13/nummod "
            "vote/NOUN/11/obj ./PUNCT/11/punct ”/PUNCT/11/punct",
        ],
    )
    direct = [q for q in quotes(parsed) if q.type.value == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker.text == "he" and direct[0].speaker.name == "John Key"


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


def test_noun_with_a_number_is_not_a_cue():
    from quotesvc.cues import cue_kind
    from quotesvc.lexicons import load as load_lexicons

    text = "The robot scored one or two points for the team."
    parsed = build(
        text,
        [
            "The/DET/2/det robot/NOUN/3/nsubj scored/VERB/0/root/score one/NUM/7/nummod or/CCONJ/6/cc "
            "two/NUM/4/conj points/NOUN/3/conj/point for/ADP/10/case the/DET/10/det team/NOUN/7/nmod ./PUNCT/3/punct",
        ],
    )
    points = parsed.sentences[0].words[6]
    assert points.text == "points" and cue_kind(points, load_lexicons()) is None


def test_negated_cue_reports_nothing():
    text = "Officials would not say why the team was denied visas."
    parsed = build(
        text,
        [
            "Officials/NOUN/4/nsubj would/AUX/4/aux not/PART/4/advmod say/VERB/0/root/say why/ADV/9/advmod "
            "the/DET/7/det team/NOUN/9/nsubj:pass was/AUX/9/aux:pass denied/VERB/4/ccomp/deny visas/NOUN/9/obj "
            "./PUNCT/4/punct",
        ],
    )
    assert quotes(parsed) == ()


def test_leading_name_before_apposition_when_parse_gives_cue_no_subject():
    # The parser hung the name on the quote's verb, so "said" has no subject of its own.
    text = "“It would have been worse,” Khaled Al-Maeena, editor at the Saudi Gazette, said."
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct It/PRON/6/nsubj would/AUX/6/aux have/AUX/6/aux been/AUX/6/cop worse/ADJ/18/ccomp "
            ",/PUNCT/6/punct ”/PUNCT/6/punct Khaled/PROPN/6/nsubj Al-Maeena/PROPN/9/flat ,/PUNCT/12/punct "
            "editor/NOUN/9/appos at/ADP/16/case the/DET/16/det Saudi/PROPN/16/compound Gazette/PROPN/12/nmod "
            ",/PUNCT/9/punct said/VERB/0/root/say ./PUNCT/18/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker is not None and q.speaker.text == "Khaled Al-Maeena"


def test_reported_clause_stops_before_comma_adverbial_clause():
    text = "The vet said it will heal with a cast, especially since it is a clean fracture."
    parsed = build(
        text,
        [
            "The/DET/2/det vet/NOUN/3/nsubj said/VERB/0/root/say it/PRON/6/nsubj will/AUX/6/aux heal/VERB/3/ccomp "
            "with/ADP/9/case a/DET/9/det cast/NOUN/6/obl ,/PUNCT/17/punct especially/ADV/12/advmod since/SCONJ/17/mark "
            "it/PRON/17/nsubj is/AUX/17/cop a/DET/17/det clean/ADJ/17/amod fracture/NOUN/6/advcl ./PUNCT/3/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "it will heal with a cast"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("And I was just like, wow, thanks.", "wow, thanks"),
        ("Then Sam was like, let's get this done.", "let's get this done"),
        ("It was like a dream.", None),
    ],
)
def test_quotative_be_like(text, expected):
    import re as _re

    from quotesvc.document import ParsedText, Sentence, Word

    # Tagged but unparsed words: the quotative is read from the surface.
    toks = [(m.group(), m.start(), m.end()) for m in _re.finditer(r"\w+'\w+|\w+|[^\w\s]", text)]
    lemmas = {"was": "be", "is": "be"}
    upos = {"I": "PRON", "Sam": "PROPN", "It": "PRON", ",": "PUNCT", ".": "PUNCT", "dream": "NOUN", "a": "DET"}
    words = [
        Word(i, t, lemmas.get(t, t.lower()), upos.get(t, "X"), "_", "_", None, None, s, e)
        for i, (t, s, e) in enumerate(toks, start=1)
    ]
    parsed = ParsedText(text, [Sentence(0, 0, words)])
    found = [q.text for q in quotes(parsed)]
    assert found == ([expected] if expected else [])


def test_speaker_of_relative_clause_cue_is_the_antecedent():
    text = "Devocht, who told him he would assist with housing, left."
    parsed = build(
        text,
        [
            "Devocht/PROPN/12/nsubj ,/PUNCT/4/punct who/PRON/4/nsubj told/VERB/1/acl:relcl/tell him/PRON/4/obj "
            "he/PRON/9/nsubj would/AUX/9/aux assist/VERB/4/ccomp with/ADP/10/case housing/NOUN/8/obl "
            ",/PUNCT/4/punct left/VERB/0/root/leave ./PUNCT/12/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "Devocht"


def test_speaker_of_a_participle_modifying_a_noun_is_the_noun():
    text = "All they get is a message stating the site is closed."
    parsed = build(
        text,
        [
            "All/DET/6/nsubj they/PRON/3/nsubj get/VERB/1/acl:relcl is/AUX/6/cop a/DET/6/det message/NOUN/0/root "
            "stating/VERB/6/acl/state the/DET/9/det site/NOUN/11/nsubj:pass is/AUX/11/aux:pass closed/VERB/7/ccomp/close "
            "./PUNCT/6/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "a message"


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


def test_descriptors_come_from_the_mention_not_its_clauses():
    # "post" sits in a clause of the first speaker's mention, so "the post" is not that speaker.
    text = "One poster, writing in a blog post, said that the site was down. “It is back,” said the post."
    parsed = build(
        text,
        [
            "One/NUM/2/nummod poster/NOUN/10/nsubj ,/PUNCT/4/punct writing/VERB/2/acl in/ADP/8/case a/DET/8/det "
            "blog/NOUN/8/compound post/NOUN/4/obl ,/PUNCT/4/punct said/VERB/0/root/say that/SCONJ/15/mark "
            "the/DET/13/det site/NOUN/15/nsubj was/AUX/15/cop down/ADV/10/ccomp ./PUNCT/10/punct",
            "“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop back/ADV/0/root ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "said/VERB/4/parataxis/say the/DET/9/det post/NOUN/7/nsubj ./PUNCT/4/punct",
        ],
    )
    direct = [q for q in quotes(parsed) if q.type.value == "direct"]
    assert direct[0].speaker.text == "the post" and direct[0].speaker.name == "the post"


def test_relay_with_person_parsed_as_iobj():
    text = "“We will fight,” IRNA news agency quoted Khamenei as saying."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux fight/VERB/10/ccomp ,/PUNCT/4/punct ”/PUNCT/10/punct "
            "IRNA/PROPN/9/compound news/NOUN/9/compound agency/NOUN/10/nsubj quoted/VERB/0/root/quote "
            "Khamenei/PROPN/10/iobj as/SCONJ/13/mark saying/VERB/10/advcl/say ./PUNCT/10/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "Khamenei" and q.source.name == "IRNA"


def test_reported_clause_keeps_its_complementizer():
    # GUM and PARC count "that" as part of the reported content.
    text = "Other sites have stated that they will keep the video."
    parsed = build(
        text,
        [
            "Other/ADJ/2/amod sites/NOUN/4/nsubj have/AUX/4/aux stated/VERB/0/root/state that/SCONJ/8/mark "
            "they/PRON/8/nsubj will/AUX/8/aux keep/VERB/4/ccomp the/DET/10/det video/NOUN/8/obj ./PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "that they will keep the video"


def _split_parse(text, second_rel="advcl", second_xpos="VBD"):
    # The parser split a that-less complement into the cue's object and a verb hung on the cue.
    return build(
        text,
        [
            "The/DET/2/det scientists/NOUN/3/nsubj found/VERB/0/root/find/VBD reduction/NOUN/3/obj/_/NN "
            "of/ADP/7/case crop/NOUN/7/compound yields/NOUN/4/nmod/yield/NNS "
            f"exceeded/VERB/3/{second_rel}/exceed/{second_xpos} 10/NUM/10/nummod %/SYM/8/obj ./PUNCT/3/punct",
        ],
    )


def test_complement_split_by_the_parser_is_one_reported_clause():
    text = "The scientists found reduction of crop yields exceeded 10 %."
    (q,) = quotes(_split_parse(text))
    assert q.type.value == "indirect"
    assert q.text == "reduction of crop yields exceeded 10 %"
    assert q.speaker.text == "The scientists" and q.cue.lemma == "find"


@pytest.mark.parametrize("rel, xpos", [("advcl", "VBG"), ("xcomp", "VBD")])
def test_split_complement_needs_a_finite_clause_hung_loosely(rel, xpos):
    # "found reduction of crop yields exceeding 10 %": a participle is no reported clause.
    text = "The scientists found reduction of crop yields exceeded 10 %."
    assert quotes(_split_parse(text, rel, xpos)) == ()


@pytest.mark.parametrize(
    "text, spec",
    [
        # a request: the only finite-looking verb sits in the cue's infinitival complement
        (
            "Trump asked the council to help the girls enter the country.",
            "Trump/PROPN/2/nsubj asked/VERB/0/root/ask/VBD the/DET/4/det council/NOUN/2/obj to/PART/6/mark "
            "help/VERB/2/advcl/help/VB the/DET/8/det girls/NOUN/6/obj enter/VERB/6/xcomp/enter/VBP "
            "the/DET/11/det country/NOUN/9/obj ./PUNCT/2/punct",
        ),
        # the finite verb belongs to a relative clause on the cue's object
        (
            "Malaysia maintained a policy which, according to AFP, the UN criticised.",
            "Malaysia/PROPN/2/nsubj maintained/VERB/0/root/maintain/VBD a/DET/4/det policy/NOUN/2/obj "
            "which/PRON/13/obj/which/WDT ,/PUNCT/7/punct according/VERB/9/case/accord/VBG to/ADP/7/fixed "
            "AFP/PROPN/13/obl ,/PUNCT/9/punct the/DET/12/det UN/PROPN/13/nsubj criticised/VERB/2/conj/criticise/VBD "
            "./PUNCT/2/punct",
        ),
    ],
)
def test_surface_clause_needs_a_main_verb_of_its_own(text, spec):
    assert [q for q in quotes(build(text, [spec])) if q.cue.lemma != "accord"] == []


def test_surface_clause_relative_pronoun_claims_only_one_verb():
    text = "Police said the man who was held had fled."
    parsed = build(
        text,
        [
            "Police/NOUN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det man/NOUN/2/obj who/PRON/7/nsubj/who/WP "
            "was/AUX/7/aux:pass/be/VBD held/VERB/4/acl:relcl/hold/VBN had/AUX/9/aux/have/VBD fled/VERB/2/advcl/flee/VBN "
            "./PUNCT/2/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the man who was held had fled" and q.speaker.text == "Police"


def test_titled_name_inside_a_description_is_the_speaker():
    # An earlier undersecretary must not take over "Undersecretary for Education Mr. Toccafondi".
    text = (
        "Claudio De Vincenti, undersecretary to the prime minister, said a table will open.\n\n"
        "Undersecretary for Education Mr. Toccafondi says “many schools will quit. Then the State will pay.”"
    )
    parsed = build(
        text,
        [
            "Claudio/PROPN/5/compound De/PROPN/1/flat Vincenti/PROPN/1/flat ,/PUNCT/5/punct undersecretary/NOUN/11/nsubj "
            "to/ADP/9/case the/DET/9/det prime/ADJ/9/amod minister/NOUN/5/nmod ,/PUNCT/5/punct said/VERB/0/root/say "
            "a/DET/13/det table/NOUN/15/nsubj will/AUX/15/aux open/VERB/11/ccomp ./PUNCT/11/punct",
            "Undersecretary/NOUN/6/nsubj for/ADP/3/case Education/NOUN/1/nmod Mr./PROPN/5/nmod:desc "
            "Toccafondi/PROPN/1/nmod says/VERB/0/root/say “/PUNCT/11/punct many/ADJ/9/amod schools/NOUN/11/nsubj "
            "will/AUX/11/aux quit/VERB/6/ccomp ./PUNCT/6/punct",
            "Then/ADV/5/advmod the/DET/3/det State/PROPN/5/nsubj will/AUX/5/aux pay/VERB/0/root ./PUNCT/5/punct "
            "”/PUNCT/5/punct",
        ],
    )
    qs = [q for q in quotes(parsed) if q.cue.lemma == "say" and q.start > 90]
    # one quote, the whole quoted statement, not also its first clause as reported speech
    assert len(qs) == 1 and qs[0].text == "many schools will quit. Then the State will pay."
    assert qs[0].speaker.name == "Toccafondi"


def test_nested_cue_content_stays_inside_its_own_clause():
    # "created" is a conjunct of "said": it may belong to Jafari's statement, never to "felt".
    text = "Jafari said she felt Mohamed had been subject to Islamophobia and her hashtag created awareness."
    parsed = build(
        text,
        [
            "Jafari/PROPN/2/nsubj said/VERB/0/root/say/VBD she/PRON/4/nsubj felt/VERB/2/ccomp/feel/VBD "
            "Mohamed/PROPN/8/nsubj had/AUX/8/aux/have/VBD been/AUX/8/cop/be/VBN subject/ADJ/4/ccomp to/ADP/10/case "
            "Islamophobia/PROPN/8/obl and/CCONJ/14/cc her/PRON/13/nmod:poss hashtag/NOUN/14/nsubj "
            "created/VERB/2/conj/create/VBD awareness/NOUN/14/obj ./PUNCT/2/punct",
        ],
    )
    by_cue = {q.cue.lemma: q.text for q in quotes(parsed)}
    assert by_cue["feel"] == "Mohamed had been subject to Islamophobia"
    assert by_cue["say"].startswith("she felt") and by_cue["say"].endswith("awareness")


def test_first_person_in_the_texts_own_voice_is_the_author():
    text = "I think the plan will fail. “It is over,” he said."
    parsed = build(
        text,
        [
            "I/PRON/2/nsubj think/VERB/0/root/think/VBP the/DET/4/det plan/NOUN/6/nsubj will/AUX/6/aux/will/MD "
            "fail/VERB/2/ccomp/fail/VB ./PUNCT/2/punct",
            "“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop over/ADV/0/root ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "he/PRON/8/nsubj said/VERB/4/parataxis/say ./PUNCT/4/punct",
        ],
    )
    result = build_result(parsed)
    first, second = result.quotes
    assert first.speaker.text == "I" and first.speaker.name == "the author"
    assert first.speaker.kind.value == "person"
    # "he" is somebody else: never the author
    assert second.speaker.name != "the author"


@pytest.mark.parametrize(
    "second, expected",
    [
        # a new clause with its own subject after ", but": the report ends before it
        (
            "but/CCONJ/14/cc this/DET/12/det number/NOUN/14/nsubj is/AUX/14/cop uncertain/ADJ/6/conj",
            "that there should be 45 particles",
        ),
        # a second "that" clause is more of the same report
        (
            "and/CCONJ/14/cc that/SCONJ/14/mark this/DET/13/det number/NOUN/14/nsubj grows/VERB/6/conj",
            "that there should be 45 particles, and that this number grows",
        ),
    ],
)
def test_comma_conjunction_with_a_new_subject_ends_the_report(second, expected):
    words = [w.split("/")[0] for w in second.split()]
    text = "He estimated that there should be 45 particles, " + " ".join(words) + "."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj estimated/VERB/0/root/estimate/VBD that/SCONJ/6/mark there/PRON/6/expl "
            "should/AUX/6/aux/should/MD be/VERB/2/ccomp/be/VB 45/NUM/8/nummod particles/NOUN/6/nsubj ,/PUNCT/14/punct "
            + second
            + " ./PUNCT/2/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == expected


def test_according_phrase_ends_at_its_comma_when_a_clause_follows():
    # The parser made "the UN and the US" conjuncts of "AFP": the source is still only AFP.
    text = "Malaysia kept a policy which, according to AFP, the UN and the US have criticised."
    parsed = build(
        text,
        [
            "Malaysia/PROPN/2/nsubj kept/VERB/0/root/keep/VBD a/DET/4/det policy/NOUN/2/obj which/PRON/17/obj/which/WDT "
            ",/PUNCT/9/punct according/VERB/9/case/accord/VBG to/ADP/7/fixed AFP/PROPN/17/obl ,/PUNCT/12/punct "
            "the/DET/12/det UN/PROPN/9/conj and/CCONJ/15/cc the/DET/15/det US/PROPN/12/conj have/AUX/17/aux/have/VBP "
            "criticised/VERB/4/acl:relcl/criticise/VBN ./PUNCT/2/punct",
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.cue.lemma == "accord"]
    assert q.text == "the UN and the US have criticised" and q.speaker.name == "AFP"


def test_according_phrase_closing_the_sentence_keeps_its_apposition():
    text = "The photos were donated, according to Kristen Wilkins, curator of the exhibit."
    parsed = build(
        text,
        [
            "The/DET/2/det photos/NOUN/4/nsubj:pass were/AUX/4/aux:pass donated/VERB/0/root/donate/VBN ,/PUNCT/8/punct "
            "according/VERB/8/case/accord/VBG to/ADP/6/fixed Kristen/PROPN/4/obl Wilkins/PROPN/8/flat ,/PUNCT/11/punct "
            "curator/NOUN/8/appos of/ADP/14/case the/DET/14/det exhibit/NOUN/11/nmod ./PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "The photos were donated" and q.speaker.name == "Kristen Wilkins"


def test_cue_in_an_opening_subordinate_clause_does_not_report_the_main_clause():
    # the parser made the main clause a complement of "continue"
    text = "While health checks will continue, officials will scrap the interview step."
    parsed = build(
        text,
        [
            "While/SCONJ/5/mark health/NOUN/3/compound checks/NOUN/5/nsubj will/AUX/5/aux/will/MD "
            "continue/VERB/0/root/continue/VB ,/PUNCT/9/punct officials/NOUN/9/nsubj will/AUX/9/aux/will/MD "
            "scrap/VERB/5/ccomp/scrap/VB the/DET/12/det interview/NOUN/12/compound step/NOUN/9/obj ./PUNCT/5/punct",
        ],
    )
    assert quotes(parsed) == ()


def test_as_clause_frames_the_main_clause():
    text = "As Heald told the Post, ozone has dropped since 1980."
    parsed = build(
        text,
        [
            "As/SCONJ/3/mark Heald/PROPN/3/nsubj told/VERB/9/advcl/tell/VBD the/DET/5/det Post/PROPN/3/obj "
            ",/PUNCT/3/punct ozone/NOUN/9/nsubj has/AUX/9/aux/have/VBZ dropped/VERB/0/root/drop/VBN "
            "since/ADP/11/case 1980/NUM/9/obl ./PUNCT/9/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "ozone has dropped since 1980" and q.speaker.text == "Heald"


def test_gerund_tagged_as_noun_before_a_quote_is_the_cue_and_its_noun_speaks():
    text = "All they get is a message stating, “The word means truth.”"
    parsed = build(
        text,
        [
            "All/DET/7/nsubj they/PRON/3/nsubj get/VERB/1/acl:relcl/get/VBP is/AUX/7/cop/be/VBZ a/DET/6/det "
            "message/NOUN/7/compound stating/NOUN/0/root/stating/NN ,/PUNCT/12/punct “/PUNCT/12/punct The/DET/11/det "
            "word/NOUN/12/nsubj means/VERB/7/parataxis/mean/VBZ truth/NOUN/12/obj ./PUNCT/12/punct ”/PUNCT/12/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "direct" and q.text == "The word means truth."
    assert q.cue.text == "stating" and q.speaker.text == "a message"


def test_article_before_i_makes_it_a_name_not_the_author():
    text = "Officials said the plan will work, with the i reporting no one will be refused."
    parsed = build(
        text,
        [
            "Officials/NOUN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det plan/NOUN/6/nsubj will/AUX/6/aux/will/MD "
            "work/VERB/2/ccomp/work/VB ,/PUNCT/11/punct with/ADP/11/mark the/DET/11/det i/PRON/11/nsubj/I/PRP "
            "reporting/VERB/6/advcl/report/VBG no/DET/13/det one/NOUN/17/nsubj:pass will/AUX/17/aux/will/MD "
            "be/AUX/17/aux:pass/be/VB refused/VERB/11/ccomp/refuse/VBN ./PUNCT/2/punct",
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.cue.lemma == "report"]
    assert q.speaker.text == "i" and q.speaker.name != "the author"


def test_inverted_parenthetical_cue_splits_the_reported_clause():
    text = "Institutional recipients, said Mauer, are required to exhibit the photographs."
    parsed = build(
        text,
        [
            "Institutional/ADJ/2/amod recipients/NOUN/4/nsubj ,/PUNCT/2/punct said/VERB/0/root/say/VBD "
            "Mauer/PROPN/4/nsubj ,/PUNCT/2/punct are/AUX/8/aux:pass/be/VBP required/VERB/4/ccomp/require/VBN "
            "to/PART/10/mark exhibit/VERB/8/xcomp/exhibit/VB the/DET/12/det photographs/NOUN/10/obj ./PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "Mauer"
    assert [text[s:e] for s, e in q.spans] == ["Institutional recipients", "are required to exhibit the photographs"]


def test_second_subject_before_the_complement_is_still_the_complements():
    # no commas around it: "Memon said [the amount of feedback] had helped"
    text = "Memon said the feedback had helped."
    parsed = build(
        text,
        [
            "Memon/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det feedback/NOUN/2/nsubj had/AUX/6/aux/have/VBD "
            "helped/VERB/2/ccomp/help/VBN ./PUNCT/2/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "Memon" and q.text == "the feedback had helped"


@pytest.mark.parametrize("that, expected", [("", 0), ("that ", 1)])
def test_you_know_is_a_discourse_marker_unless_that_follows(that, expected):
    text = f"You know {that}there are no farriers around here."
    n = len(that.split())
    spec = (
        "You/PRON/2/nsubj know/VERB/0/root/know/VBP "
        + ("that/SCONJ/5/mark " if n else "")
        + f"there/PRON/{4 + n}/expl are/VERB/2/ccomp/be/VBP no/DET/{6 + n}/det farriers/NOUN/{4 + n}/nsubj "
        f"around/ADV/{4 + n}/advmod here/ADV/{7 + n}/advmod ./PUNCT/2/punct"
    )
    assert len(quotes(build(text, [spec]))) == expected


@pytest.mark.parametrize(
    "text, spec",
    [
        (
            "That said, we are quite different from them.",
            "That/PRON/2/nsubj said/VERB/0/root/say/VBD ,/PUNCT/7/punct we/PRON/7/nsubj are/AUX/7/cop/be/VBP "
            "quite/ADV/7/advmod different/ADJ/2/ccomp from/ADP/9/case them/PRON/7/obl ./PUNCT/2/punct",
        ),
        (
            "Okay, let's see, who is here now.",
            "Okay/INTJ/3/discourse ,/PUNCT/1/punct let/VERB/0/root/let/VB 's/PRON/3/obj/we/PRP see/VERB/3/xcomp/see/VB "
            ",/PUNCT/9/punct who/PRON/9/nsubj is/AUX/9/cop/be/VBZ here/ADV/5/ccomp now/ADV/9/advmod ./PUNCT/3/punct",
        ),
        (
            "For more information, see “Dynamic and formal equivalence.”",
            "For/ADP/3/case more/ADJ/3/amod information/NOUN/5/obl ,/PUNCT/3/punct see/VERB/0/root/see/VB "
            "“/PUNCT/8/punct Dynamic/ADJ/8/amod and/CCONJ/9/cc formal/ADJ/7/conj equivalence/NOUN/5/obj "
            "./PUNCT/5/punct ”/PUNCT/5/punct",
        ),
    ],
)
def test_idiomatic_uses_of_cue_verbs_report_nothing(text, spec):
    assert [q for q in quotes(build(text, [spec])) if q.type.value != "direct" or q.speaker is not None] == []


def test_let_me_say_still_reports():
    text = "Let me say, “we must be willing to go down with the ship.”"
    parsed = build(
        text,
        [
            "Let/VERB/0/root/let/VB me/PRON/1/obj/I/PRP say/VERB/1/xcomp/say/VB ,/PUNCT/9/punct “/PUNCT/9/punct "
            "we/PRON/9/nsubj must/AUX/9/aux/must/MD be/AUX/9/cop/be/VB willing/ADJ/3/ccomp to/PART/11/mark "
            "go/VERB/9/xcomp/go/VB down/ADV/11/advmod with/ADP/15/case the/DET/15/det ship/NOUN/11/obl "
            "./PUNCT/9/punct ”/PUNCT/9/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.cue.lemma == "say" and q.speaker.name == "the author"


def test_feel_like_with_a_clause_is_a_stance():
    text = "I feel like there is nothing else to do, so we stay inside."
    parsed = build(
        text,
        [
            "I/PRON/2/nsubj feel/VERB/0/root/feel/VBP like/SCONJ/5/mark there/PRON/5/expl is/VERB/2/advcl/be/VBZ "
            "nothing/PRON/5/nsubj else/ADJ/6/amod to/PART/9/mark do/VERB/6/acl/do/VB ,/PUNCT/13/punct "
            "so/CCONJ/13/cc we/PRON/13/nsubj stay/VERB/2/conj/stay/VBP inside/ADV/13/advmod ./PUNCT/2/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "there is nothing else to do" and q.speaker.name == "the author"


@pytest.mark.parametrize(
    "text, spec",
    [
        (
            "I feel like a fool.",
            "I/PRON/2/nsubj feel/VERB/0/root/feel/VBP like/ADP/5/case a/DET/5/det fool/NOUN/2/obl ./PUNCT/2/punct",
        ),
        (
            "My senses were like really heightened.",
            "My/PRON/2/nmod:poss senses/NOUN/6/nsubj:pass were/AUX/6/aux:pass/be/VBD like/ADV/6/advmod "
            "really/ADV/6/advmod heightened/VERB/0/root/heighten/VBN ./PUNCT/6/punct",
        ),
    ],
)
def test_like_as_comparison_or_hedge_is_no_quote(text, spec):
    assert quotes(build(text, [spec])) == ()


def test_parenthetical_attribution_is_left_out_of_the_reported_clause():
    text = "The plan, he said, will fail next year."
    parsed = build(
        text,
        [
            "The/DET/2/det plan/NOUN/8/nsubj ,/PUNCT/2/punct he/PRON/5/nsubj said/VERB/0/root/say/VBD ,/PUNCT/2/punct "
            "will/AUX/8/aux/will/MD fail/VERB/5/ccomp/fail/VB next/ADJ/10/amod year/NOUN/8/obl:unmarked ./PUNCT/8/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert [text[s:e] for s, e in q.spans] == ["The plan", "will fail next year"]
    assert q.text == text[q.start : q.end] and q.speaker.text == "he"
