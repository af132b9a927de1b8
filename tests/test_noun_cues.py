"""Speech and thought nouns whose clause is the content: "Trump's claim that …", "her plan to …"."""

from quotesvc.results import QuoteCategory
from tests.helpers import build, quotes

CLAIM = (
    "Lee/PROPN/2/nsubj/Lee/NNP rejected/VERB/0/root/reject/VBD Trump/PROPN/5/nmod:poss/Trump/NNP 's/PART/3/case "
    "claim/NOUN/2/obj/claim/NN that/SCONJ/10/mark/that/IN the/DET/8/det city/NOUN/10/nsubj/city/NN "
    "had/AUX/10/aux/have/VBD lost/VERB/5/acl:relcl/lose/VBN money/NOUN/10/obj/money/NN ./PUNCT/2/punct"
)


def test_a_speech_nouns_that_clause_is_a_statement_of_its_possessor():
    text = "Lee rejected Trump's claim that the city had lost money."
    (q,) = [q for q in quotes(build(text, [CLAIM])) if q.cue.text == "claim"]
    assert q.text == "that the city had lost money"
    assert q.speaker.name == "Trump"
    assert q.category is QuoteCategory.STATEMENT


def test_the_subject_of_a_verb_that_makes_the_claim_speaks():
    text = "The senator made the claim that taxes would fall."
    parsed = build(
        text,
        [
            "The/DET/2/det senator/NOUN/3/nsubj/senator/NN made/VERB/0/root/make/VBD the/DET/5/det "
            "claim/NOUN/3/obj/claim/NN that/SCONJ/9/obj/that/IN taxes/NOUN/9/nsubj/tax/NNS would/AUX/9/aux/would/MD "
            "fall/VERB/5/acl:relcl/fall/VB ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.text, q.text, q.speaker.text) == ("claim", "that taxes would fall", "The senator")


def test_a_relative_clause_on_the_noun_is_no_content():
    text = "Lee repeated the claim that he made."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj/Lee/NNP repeated/VERB/0/root/repeat/VBD the/DET/4/det claim/NOUN/2/obj/claim/NN "
            "that/SCONJ/7/obj/that/IN he/PRON/7/nsubj/he/PRP made/VERB/4/acl:relcl/make/VBD ./PUNCT/2/punct"
        ],
    )
    assert [q for q in quotes(parsed, scope="attributions") if q.cue.text == "claim"] == []


def test_a_thought_nouns_infinitive_is_a_belief_with_scope_attributions_only():
    text = "Her plan to cut taxes drew fire."
    spec = (
        "Her/PRON/2/nmod:poss/her/PRP$ plan/NOUN/6/nsubj/plan/NN to/PART/4/mark/to/TO cut/VERB/2/acl/cut/VB "
        "taxes/NOUN/4/obj/tax/NNS drew/VERB/0/root/draw/VBD fire/NOUN/6/obj/fire/NN ./PUNCT/6/punct"
    )
    assert quotes(build(text, [spec])) == ()
    (q,) = quotes(build(text, [spec]), scope="attributions")
    assert (q.cue.text, q.text, q.category) == ("plan", "to cut taxes", QuoteCategory.COGNITION)
    assert q.speaker.text == "Her"


def test_a_claims_owner_is_not_the_voice_a_later_pronoun_goes_on_in():
    text = "Tom Lee said the budget was sound. Critics dismissed Don Trump's claim that it was late. “We will fix it,” he said."
    parsed = build(
        text,
        [
            "Tom/PROPN/3/nsubj/Tom/NNP Lee/PROPN/1/flat/Lee/NNP said/VERB/0/root/say/VBD the/DET/5/det "
            "budget/NOUN/7/nsubj was/AUX/7/cop/be/VBD sound/ADJ/3/ccomp/sound/JJ ./PUNCT/3/punct",
            "Critics/NOUN/2/nsubj/critic/NNS dismissed/VERB/0/root/dismiss/VBD Don/PROPN/6/nmod:poss/Don/NNP "
            "Trump/PROPN/3/flat/Trump/NNP 's/PART/3/case claim/NOUN/2/obj/claim/NN that/SCONJ/10/mark/that/IN "
            "it/PRON/10/nsubj/it/PRP was/AUX/10/cop/be/VBD late/ADJ/6/acl:relcl/late/JJ ./PUNCT/2/punct",
            "“/PUNCT/4/punct We/PRON/4/nsubj/we/PRP will/AUX/4/aux/will/MD fix/VERB/9/ccomp/fix/VB it/PRON/4/obj "
            ",/PUNCT/4/punct ”/PUNCT/4/punct he/PRON/9/nsubj/he/PRP said/VERB/0/root/say/VBD ./PUNCT/9/punct",
        ],
    )
    found = {q.cue.text: q for q in quotes(parsed)}
    assert found["claim"].speaker.name == "Don Trump"
    (direct,) = [q for q in quotes(parsed) if q.text.startswith("We")]
    assert direct.speaker.name == "Tom Lee"


def test_a_noun_of_blame_gives_a_speech_act_not_a_statement():
    text = "Kim's accusation that the city had lost money angered Lee."
    spec = (
        "Kim/PROPN/3/nmod:poss/Kim/NNP 's/PART/1/case accusation/NOUN/10/nsubj/accusation/NN that/SCONJ/8/mark/that/IN "
        "the/DET/6/det city/NOUN/8/nsubj/city/NN had/AUX/8/aux/have/VBD lost/VERB/3/acl/lose/VBN "
        "money/NOUN/8/obj/money/NN angered/VERB/0/root/anger/VBD Lee/PROPN/10/obj/Lee/NNP ./PUNCT/10/punct"
    )
    assert quotes(build(text, [spec])) == ()
    (q,) = quotes(build(text, [spec]), scope="attributions")
    assert (q.text, q.category, q.speaker.name) == ("that the city had lost money", QuoteCategory.SPEECH_ACT, "Kim")


def test_a_that_the_parser_marked_opens_the_nouns_clause_whatever_its_verb():
    text = "Lee doubted Kim's claim that she never posted online."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj/Lee/NNP doubted/VERB/0/root/doubt/VBD Kim/PROPN/5/nmod:poss/Kim/NNP 's/PART/3/case "
            "claim/NOUN/2/obj/claim/NN that/SCONJ/9/mark/that/IN she/PRON/9/nsubj/she/PRP never/ADV/9/advmod "
            "posted/VERB/5/acl:relcl/post/VBD online/ADV/9/advmod ./PUNCT/2/punct"
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.cue.text == "claim"]
    assert (q.text, q.speaker.name) == ("that she never posted online", "Kim")


def test_a_from_phrase_on_the_noun_names_who_made_the_claim():
    text = "Trump faced criticism from rivals that his rallies were unsafe."
    parsed = build(
        text,
        [
            "Trump/PROPN/2/nsubj/Trump/NNP faced/VERB/0/root/face/VBD criticism/NOUN/2/obj/criticism/NN "
            "from/ADP/5/case rivals/NOUN/3/nmod/rival/NNS that/SCONJ/10/mark/that/IN his/PRON/8/nmod:poss/his/PRP$ "
            "rallies/NOUN/10/nsubj/rally/NNS were/AUX/10/cop/be/VBD unsafe/ADJ/3/acl/unsafe/JJ ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.text, q.text, q.speaker.text) == ("criticism", "that his rallies were unsafe", "rivals")


ATTACK = (
    "Lee/PROPN/2/nsubj/Lee/NNP stepped/VERB/0/root/step/VBD up/ADP/2/compound:prt/up/RP "
    "her/PRON/5/nmod:poss/her/PRP$ attacks/NOUN/2/obj/attack/NNS on/ADP/8/case the/DET/8/det "
    "mayor/NOUN/5/nmod/mayor/NN ,/PUNCT/11/punct who/PRON/11/nsubj/who/WP resigned/VERB/8/acl:relcl/resign/VBD "
    "./PUNCT/2/punct"
)


def test_what_a_speech_act_noun_is_about_is_its_content_with_scope_attributions_only():
    text = "Lee stepped up her attacks on the mayor, who resigned."
    assert quotes(build(text, [ATTACK])) == ()
    (q,) = quotes(build(text, [ATTACK]), scope="attributions")
    # the relative clause after a comma is the writer's, not part of what the attacks were about
    assert (q.cue.text, q.text, q.category) == ("attacks", "the mayor", QuoteCategory.SPEECH_ACT)
    assert q.speaker.name == "Lee"


def test_a_verb_that_makes_the_comment_gives_its_speaker():
    text = "Kim made comments about the budget."
    parsed = build(
        text,
        [
            "Kim/PROPN/2/nsubj/Kim/NNP made/VERB/0/root/make/VBD comments/NOUN/2/obj/comment/NNS "
            "about/ADP/6/case the/DET/6/det budget/NOUN/3/nmod/budget/NN ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, scope="attributions")
    assert (q.cue.text, q.text, q.speaker.name) == ("comments", "the budget", "Kim")


def test_a_noun_with_another_preposition_or_no_one_behind_it_reports_nothing():
    # "attack on" with nobody making it is an event ("the attack on the city"); "response to"
    # is no target noun (its phrase is content no more often than not)
    text = "The attack on the city shocked Lee. Her response to the mayor came late."
    parsed = build(
        text,
        [
            "The/DET/2/det attack/NOUN/6/nsubj/attack/NN on/ADP/5/case the/DET/5/det city/NOUN/2/nmod/city/NN "
            "shocked/VERB/0/root/shock/VBD Lee/PROPN/6/obj/Lee/NNP ./PUNCT/6/punct",
            "Her/PRON/2/nmod:poss/her/PRP$ response/NOUN/6/nsubj/response/NN to/ADP/5/case the/DET/5/det "
            "mayor/NOUN/2/nmod/mayor/NN came/VERB/0/root/come/VBD late/ADV/6/advmod/late/RB ./PUNCT/6/punct",
        ],
    )
    assert quotes(parsed, scope="attributions") == ()


def test_a_conjunct_the_parser_hung_on_the_noun_goes_on_with_the_target():
    text = "Her attacks on big banks and Wall Street executives resonated."
    parsed = build(
        text,
        [
            "Her/PRON/2/nmod:poss/her/PRP$ attacks/NOUN/0/root/attack/NNS on/ADP/5/case big/ADJ/5/amod "
            "banks/NOUN/2/nmod/bank/NNS and/CCONJ/9/cc Wall/PROPN/8/compound Street/PROPN/9/compound "
            "executives/NOUN/2/nmod/executive/NNS resonated/VERB/2/acl/resonate/VBD ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, scope="attributions")
    assert (q.cue.text, q.text) == ("attacks", "big banks and Wall Street executives")
