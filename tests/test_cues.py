"""Cue words (quotesvc.cues) on hand-built parses: what is and is not a cue."""

import pytest

from tests.helpers import build, quotes


def test_noun_with_a_number_is_not_a_cue():
    from quotesvc.cues import cue_kind
    from quotesvc.lexicons import load as load_lexicons

    text = "The robot scored one or two points for the team."
    parsed = build(
        text,
        [
            "The/DET/2/det robot/NOUN/3/nsubj scored/VERB/0/root/score one/NUM/7/nummod or/CCONJ/6/cc "
            "two/NUM/4/conj points/NOUN/3/conj/point for/ADP/10/case the/DET/10/det team/NOUN/7/nmod ./PUNCT/3/punct"
        ],
    )
    points = parsed.sentences[0].words[6]
    assert points.text == "points" and cue_kind(points, load_lexicons()) is None


@pytest.mark.parametrize(
    "text, spec",
    [
        (
            "That said, we are quite different from them.",
            "That/PRON/2/nsubj said/VERB/0/root/say/VBD ,/PUNCT/7/punct we/PRON/7/nsubj are/AUX/7/cop/be/VBP "
            "quite/ADV/7/advmod different/ADJ/2/ccomp from/ADP/9/case them/PRON/7/obl ./PUNCT/2/punct",
        ),
        (
            "All told, the groups spent more than $2 million on calls.",
            "All/DET/2/nsubj told/VERB/0/root/tell/VBN ,/PUNCT/6/punct the/DET/5/det groups/NOUN/6/nsubj/group/NNS "
            "spent/VERB/2/ccomp/spend/VBD more/ADJ/10/advmod than/ADP/7/fixed $/SYM/6/obj 2/NUM/11/compound "
            "million/NUM/9/nummod on/ADP/13/case calls/NOUN/6/obl/call/NNS ./PUNCT/2/punct",
        ),
        (
            "Okay, let's see, who is here now.",
            "Okay/INTJ/3/discourse ,/PUNCT/1/punct let/VERB/0/root/let/VB 's/PRON/3/obj/we/PRP see/VERB/3/xcomp/see/VB "
            ",/PUNCT/9/punct who/PRON/9/nsubj is/AUX/9/cop/be/VBZ here/ADV/5/ccomp now/ADV/9/advmod ./PUNCT/3/punct",
        ),
        (
            "For more information, see “Dynamic and formal equivalence.”",
            "For/ADP/3/case more/ADJ/3/amod information/NOUN/5/obl ,/PUNCT/3/punct see/VERB/0/root/see/VB "
            "“/PUNCT/10/punct Dynamic/ADJ/10/amod and/CCONJ/9/cc formal/ADJ/7/conj equivalence/NOUN/5/obj "
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
            "./PUNCT/9/punct ”/PUNCT/9/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.cue.lemma == "say" and q.speaker.name == "the author"


@pytest.mark.parametrize(
    "form, clipped, lemma",
    [("conceded", "conced", "concede"), ("signaled", "signale", "signal"), ("vowing", "vowe", "vow")],
)
def test_a_lemma_the_lemmatizer_clipped_is_read_from_the_form(form, clipped, lemma):
    text = f"The mayor {form} that the robots were late."
    parsed = build(
        text,
        [
            f"The/DET/2/det mayor/NOUN/3/nsubj {form}/VERB/0/root/{clipped}/VBD that/SCONJ/8/mark the/DET/6/det "
            "robots/NOUN/8/nsubj were/AUX/8/cop/be/VBD late/ADJ/3/ccomp ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed, scope="attributions")
    assert (q.cue.text, q.text, q.speaker.name) == (form, "that the robots were late", "The mayor")


def test_a_short_stem_is_no_guess():
    from quotesvc.cues import cue_kind
    from quotesvc.lexicons import load as load_lexicons
    from quotesvc.results import Scope

    parsed = build(
        "Farmers seed the fields.",
        ["Farmers/NOUN/2/nsubj seed/VERB/0/root/seed/VBP the/DET/4/det fields/NOUN/2/obj ./PUNCT/2/punct"],
    )
    assert cue_kind(parsed.sentences[0].words[1], load_lexicons(), Scope.ATTRIBUTIONS) is None


def test_continue_with_an_object_or_an_infinitive_goes_on_with_an_act_and_reports_nothing():
    from quotesvc.cues import CueKind, cue_kind
    from quotesvc.lexicons import load as load_lexicons

    lex = load_lexicons()
    acting = build(
        "Lee continued his push.",
        ["Lee/PROPN/2/nsubj continued/VERB/0/root/continue/VBD his/PRON/4/nmod:poss push/NOUN/2/obj ./PUNCT/2/punct"],
    )
    speaking = build(
        "“We won,” Lee continued.",
        [
            "“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/7/ccomp/win/VBD ,/PUNCT/3/punct ”/PUNCT/3/punct "
            "Lee/PROPN/7/nsubj continued/VERB/0/root/continue/VBD ./PUNCT/7/punct"
        ],
    )
    assert cue_kind(acting.sentences[0].words[1], lex) is None
    assert cue_kind(speaking.sentences[0].words[6], lex) is CueKind.SPEECH


def test_continue_opening_a_sentence_with_its_speaker_before_a_colon_reports():
    text = "Continued Stone: “It is a real problem.”"
    parsed = build(
        text,
        [
            "Continued/VERB/0/root/continue/VBD Stone/PROPN/1/obj :/PUNCT/9/punct “/PUNCT/9/punct It/PRON/9/nsubj "
            "is/AUX/9/cop/be a/DET/9/det real/ADJ/9/amod problem/NOUN/1/parataxis ./PUNCT/1/punct ”/PUNCT/9/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert (quote.speaker.text, quote.cue.text) == ("Stone", "Continued")


def test_a_participle_of_degree_is_no_cue():
    from quotesvc.cues import cue_kind
    from quotesvc.lexicons import load as load_lexicons

    parsed = build(
        "It was so charged that nobody came.",
        [
            "It/PRON/4/nsubj was/AUX/4/cop/be so/ADV/4/advmod charged/VERB/0/root/charge/VBN that/SCONJ/7/mark "
            "nobody/PRON/7/nsubj came/VERB/4/ccomp/come/VBD ./PUNCT/4/punct"
        ],
    )
    assert cue_kind(parsed.sentences[0].words[3], load_lexicons()) is None


def test_time_will_tell_is_no_cue():
    from quotesvc.cues import cue_kind
    from quotesvc.lexicons import load as load_lexicons

    parsed = build(
        "Only time will tell if it works.",
        [
            "Only/ADV/2/advmod time/NOUN/4/nsubj will/AUX/4/aux tell/VERB/0/root/tell/VB if/SCONJ/7/mark "
            "it/PRON/7/nsubj works/VERB/4/ccomp/work/VBZ ./PUNCT/4/punct"
        ],
    )
    assert cue_kind(parsed.sentences[0].words[3], load_lexicons()) is None


def test_continue_with_an_infinitive_parsed_as_an_adverbial_clause_reports_nothing():
    from quotesvc.cues import cue_kind
    from quotesvc.lexicons import load as load_lexicons

    parsed = build(
        "Her campaign would continue to break barriers.",
        [
            "Her/PRON/2/nmod:poss campaign/NOUN/4/nsubj would/AUX/4/aux continue/VERB/0/root/continue/VB "
            "to/PART/6/mark break/VERB/4/advcl/break/VB barriers/NOUN/6/obj ./PUNCT/4/punct"
        ],
    )
    assert cue_kind(parsed.sentences[0].words[3], load_lexicons()) is None
