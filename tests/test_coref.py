"""Speaker resolution (quotesvc.coref) on hand-built parses: names, titles, pronouns, descriptions, the author."""

import pytest

from quotesvc.extract import build_result
from tests.helpers import build, moussawi_parse, quotes


def test_attribution_title_tagged_as_noun_heading_the_name_keeps_the_name():
    # "Secretary" tagged NOUN and made the head, the name hanging under it as nmod.
    text = "“There is no margin,” Secretary of State John Kerry said."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct There/PRON/3/expl is/VERB/13/ccomp no/DET/5/det margin/NOUN/3/nsubj ,/PUNCT/3/punct "
            "”/PUNCT/3/punct Secretary/NOUN/13/nsubj/secretary of/ADP/11/case State/PROPN/11/nmod:desc "
            "John/PROPN/8/nmod Kerry/PROPN/11/flat said/VERB/0/root/say ./PUNCT/13/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "John Kerry" and q.speaker.kind.value == "person"


def test_a_title_heading_the_mention_names_the_person_not_the_day_after_it():
    # "Gov." made the head: the name is the one after the title, not "Thursday" in "on Thursday"
    text = "Gov. Mike Pence on Thursday said the media were nitpicking."
    parsed = build(
        text,
        [
            "Gov./PROPN/6/nsubj Mike/PROPN/1/flat Pence/PROPN/1/flat on/ADP/5/case Thursday/PROPN/1/nmod "
            "said/VERB/0/root/say the/DET/8/det media/NOUN/10/nsubj were/AUX/10/aux "
            "nitpicking/VERB/6/ccomp/nitpick/VBG ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Mike Pence"


def test_a_description_is_not_the_name_in_its_prepositional_phrase():
    text = "A spokesman for Bernie Sanders said the rally was canceled."
    parsed = build(
        text,
        [
            "A/DET/2/det spokesman/NOUN/6/nsubj for/ADP/4/case Bernie/PROPN/2/nmod Sanders/PROPN/4/flat "
            "said/VERB/0/root/say the/DET/8/det rally/NOUN/10/nsubj:pass was/AUX/10/aux:pass "
            "canceled/VERB/6/ccomp/cancel/VBN ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name != "Bernie Sanders" and q.speaker.text == "A spokesman for Bernie Sanders"


def test_a_pronoun_in_a_clause_on_the_object_stands_for_the_sentence_subject():
    # Dan Voss is named last, but "he" in the clause on "the system" is Tom Lee, who blasted it
    text = "Tom Lee blasted the system Dan Voss built, which he said leaves voters out."
    parsed = build(
        text,
        [
            "Tom/PROPN/3/nsubj Lee/PROPN/1/flat blasted/VERB/0/root/blast the/DET/5/det system/NOUN/3/obj "
            "Dan/PROPN/8/nsubj Voss/PROPN/6/flat built/VERB/5/acl:relcl/build ,/PUNCT/12/punct "
            "which/PRON/13/nsubj he/PRON/12/nsubj said/VERB/5/acl:relcl/say leaves/VERB/12/ccomp/leave "
            "voters/NOUN/13/obj/voter out/ADV/13/advmod ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "he" and q.speaker.name == "Tom Lee"


def test_a_possessive_apostrophe_ends_a_name():
    text = "Democracy Corps’ Stan Greenberg said the plan works."
    parsed = build(
        text,
        [
            "Democracy/PROPN/2/compound Corps’/PROPN/4/nmod:poss Stan/PROPN/4/compound Greenberg/PROPN/5/nsubj "
            "said/VERB/0/root/say the/DET/7/det plan/NOUN/8/nsubj works/VERB/5/ccomp/work ./PUNCT/5/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Stan Greenberg"


def test_attribution_pronoun_resolves_and_addressee_found():
    _q1, q2 = quotes(moussawi_parse())
    assert q2.type.value == "direct"
    assert q2.speaker.text == "he" and q2.speaker.name == "Qassim al-Moussawi"
    assert q2.addressee is not None and q2.addressee.text == "reporters"
    assert q2.cue.lemma == "tell"


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


def test_names_run_cut_where_parse_hangs_two_names_apart():
    from quotesvc.coref import find_names
    from quotesvc.lexicons import load as load_lexicons

    text = "The Afghan Ambassador to the United States Hamdullah Mohib spoke."
    parsed = build(
        text,
        [
            "The/DET/9/det Afghan/ADJ/3/amod Ambassador/PROPN/9/compound to/ADP/7/case the/DET/7/det "
            "United/PROPN/7/compound States/PROPN/3/nmod Hamdullah/PROPN/9/compound Mohib/PROPN/10/nsubj "
            "spoke/VERB/0/root/speak ./PUNCT/10/punct"
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
            ",/PUNCT/6/punct “/PUNCT/10/punct I/PRON/10/nsubj have/VERB/6/ccomp/have one/NUM/12/nummod "
            "vote/NOUN/10/obj ./PUNCT/10/punct ”/PUNCT/10/punct",
        ],
    )
    direct = [q for q in quotes(parsed) if q.type.value == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker.text == "he" and direct[0].speaker.name == "John Key"


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
    result = build_result(parsed, scope="attributions")
    first, second = result.quotes
    assert first.speaker.text == "I" and first.speaker.name == "the author"
    assert first.speaker.kind.value == "person"
    # "he" is somebody else: never the author
    assert second.speaker.name != "the author"


def test_article_before_i_makes_it_a_name_not_the_author():
    text = "Officials said the plan will work, with the i reporting no one will be refused."
    parsed = build(
        text,
        [
            "Officials/NOUN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det plan/NOUN/6/nsubj will/AUX/6/aux/will/MD "
            "work/VERB/2/ccomp/work/VB ,/PUNCT/11/punct with/ADP/11/mark the/DET/11/det i/PRON/11/nsubj/I/PRP "
            "reporting/VERB/6/advcl/report/VBG no/DET/13/det one/NOUN/17/nsubj:pass will/AUX/17/aux/will/MD "
            "be/AUX/17/aux:pass/be/VB refused/VERB/11/ccomp/refuse/VBN ./PUNCT/2/punct"
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.cue.lemma == "report"]
    assert q.speaker.text == "i" and q.speaker.name != "the author"


def test_unresolved_pronoun_names_nobody_but_keeps_its_mention():
    text = "“It is over,” he said."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop over/ADV/0/root ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "he/PRON/8/nsubj said/VERB/4/parataxis/say ./PUNCT/4/punct"
        ],
    )
    result = build_result(parsed)
    (q,) = result.quotes
    assert q.speaker.name is None and q.speaker.text == "he"
    assert text[q.speaker.start : q.speaker.end] == "he"
    assert q.confidence <= 0.5
    assert result.speakers == ()  # nobody named, nobody listed
    assert result.to_dict()["quotes"][0]["speaker"]["name"] is None


@pytest.mark.parametrize("pronoun, name", [("she", "Ann Lee"), ("he", "Tom Baker")])
def test_pronoun_agrees_with_the_gender_the_article_marks(pronoun, name):
    # Mrs. marks Ann Lee as a woman, "the spokesman" Tom Baker as a man; "she" skips the more recent
    # Tom Baker, "he" takes him.
    text = f"Mrs. Ann Lee met Tom Baker, the spokesman. “We won,” {pronoun} said."
    parsed = build(
        text,
        [
            "Mrs./PROPN/3/compound Ann/PROPN/3/compound Lee/PROPN/4/nsubj met/VERB/0/root/meet "
            "Tom/PROPN/6/compound Baker/PROPN/4/obj ,/PUNCT/9/punct the/DET/9/det spokesman/NOUN/6/appos "
            "./PUNCT/4/punct",
            f"“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win ,/PUNCT/3/punct ”/PUNCT/3/punct "
            f"{pronoun}/PRON/7/nsubj said/VERB/3/parataxis/say ./PUNCT/3/punct",
        ],
    )
    result = build_result(parsed)
    assert [q.speaker.name for q in result.quotes] == [name]


LEADER = (
    "Iran's supreme leader said the talks had failed.",
    "Iran/PROPN/4/nmod:poss 's/PART/1/case supreme/ADJ/4/amod leader/NOUN/5/nsubj said/VERB/0/root/say "
    "the/DET/7/det talks/NOUN/9/nsubj had/AUX/9/aux failed/VERB/5/ccomp/fail ./PUNCT/5/punct",
)


@pytest.mark.parametrize(
    "second, spec, name",
    [
        # the same title before the name (a sentence left unparsed: read from the tags)
        (
            "Supreme Leader Ali Khamenei spoke on Sunday.",
            "Supreme/ADJ/_/_ Leader/PROPN/_/_ Ali/PROPN/_/_ Khamenei/PROPN/_/_ spoke/VERB/_/_/speak on/ADP/_/_ "
            "Sunday/PROPN/_/_ ./PUNCT/_/_",
            "Ali Khamenei",
        ),
        # a copula
        (
            "The supreme leader is Ali Khamenei.",
            "The/DET/_/_ supreme/ADJ/_/_ leader/NOUN/_/_ is/AUX/_/_/be Ali/PROPN/_/_ Khamenei/PROPN/_/_ ./PUNCT/_/_",
            "Ali Khamenei",
        ),
        # an apposition
        (
            "Ali Khamenei, the supreme leader, spoke.",
            "Ali/PROPN/_/_ Khamenei/PROPN/_/_ ,/PUNCT/_/_ the/DET/_/_ supreme/ADJ/_/_ leader/NOUN/_/_ ,/PUNCT/_/_ "
            "spoke/VERB/_/_/speak ./PUNCT/_/_",
            "Ali Khamenei",
        ),
        # nothing ties them: the description stays a description, never its owner's name
        (
            "Ali Khamenei spoke on Sunday.",
            "Ali/PROPN/_/_ Khamenei/PROPN/_/_ spoke/VERB/_/_/speak on/ADP/_/_ Sunday/PROPN/_/_ ./PUNCT/_/_",
            "Iran's supreme leader",
        ),
    ],
)
def test_definite_description_resolves_to_the_name_the_article_ties_it_to(second, spec, name):
    text = f"{LEADER[0]} {second}"
    result = build_result(build(text, [LEADER[1], spec]))
    assert [q.speaker.name for q in result.quotes] == [name]
    assert [s.name for s in result.speakers] == [name]


def test_indefinite_description_is_someone_new():
    text = "A senior leader said the talks had failed. Ali Khamenei, the supreme leader, spoke."
    parsed = build(
        text,
        [
            "A/DET/3/det senior/ADJ/3/amod leader/NOUN/4/nsubj said/VERB/0/root/say the/DET/6/det talks/NOUN/8/nsubj "
            "had/AUX/8/aux failed/VERB/4/ccomp/fail ./PUNCT/4/punct",
            "Ali/PROPN/_/_ Khamenei/PROPN/_/_ ,/PUNCT/_/_ the/DET/_/_ supreme/ADJ/_/_ leader/NOUN/_/_ ,/PUNCT/_/_ "
            "spoke/VERB/_/_/speak ./PUNCT/_/_",
        ],
    )
    assert [q.speaker.name for q in build_result(parsed).quotes] == ["A senior leader"]


def test_an_entity_named_again_with_a_title_becomes_a_person():
    text = "Hedge said the course would close. Mr. Hedge said the members would leave."
    parsed = build(
        text,
        [
            "Hedge/PROPN/2/nsubj said/VERB/0/root/say the/DET/4/det course/NOUN/6/nsubj would/AUX/6/aux "
            "close/VERB/2/ccomp ./PUNCT/2/punct",
            "Mr./PROPN/2/compound Hedge/PROPN/3/nsubj said/VERB/0/root/say the/DET/5/det members/NOUN/7/nsubj "
            "would/AUX/7/aux leave/VERB/3/ccomp ./PUNCT/3/punct",
        ],
    )
    result = build_result(parsed)
    assert [(q.speaker.name, q.speaker.kind.value) for q in result.quotes] == [
        ("Hedge", "unknown"),
        ("Hedge", "person"),
    ]


def test_name_before_a_title_head_is_a_modifier_not_the_speaker():
    # "Vermont" only says which senator; a title names the person only when the name follows it.
    text = "The independent Vermont senator said the plan would fail."
    parsed = build(
        text,
        [
            "The/DET/4/det independent/ADJ/4/amod Vermont/PROPN/4/compound senator/NOUN/5/nsubj "
            "said/VERB/0/root/say the/DET/7/det plan/NOUN/9/nsubj would/AUX/9/aux fail/VERB/5/ccomp ./PUNCT/5/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "The independent Vermont senator"


def test_they_with_no_group_speaker_yet_is_the_latest_plural_subject():
    text = "Still, Democrats believe the pressure will grow. “The votes are there,” they say."
    parsed = build(
        text,
        [
            "Still/ADV/4/advmod ,/PUNCT/1/punct Democrats/PROPN/4/nsubj/Democrat/NNPS "
            "believe/VERB/0/root/believe/VBP the/DET/6/det pressure/NOUN/8/nsubj will/AUX/8/aux "
            "grow/VERB/4/ccomp ./PUNCT/4/punct",
            "“/PUNCT/4/punct The/DET/3/det votes/NOUN/4/nsubj/vote/NNS are/VERB/9/ccomp/be "
            "there/ADV/4/advmod ,/PUNCT/4/punct ”/PUNCT/4/punct they/PRON/9/nsubj say/VERB/0/root/say/VBP "
            "./PUNCT/9/punct",
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.type.value == "direct"]
    assert (q.speaker.text, q.speaker.name, q.speaker.kind.value) == ("they", "Democrats", "group")


def test_they_never_stands_for_a_subject_inside_a_quotation():
    text = "“The votes are there,” Lee said. “We will win,” they say."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct The/DET/3/det votes/NOUN/4/nsubj/vote/NNS are/VERB/9/ccomp/be there/ADV/4/advmod "
            ",/PUNCT/4/punct ”/PUNCT/4/punct Lee/PROPN/9/nsubj said/VERB/0/root/say/VBD ./PUNCT/9/punct",
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/8/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "they/PRON/8/nsubj say/VERB/0/root/say/VBP ./PUNCT/8/punct",
        ],
    )
    _, q2 = quotes(parsed)
    assert (q2.speaker.text, q2.speaker.name) == ("they", None)


def test_it_with_no_organization_speaker_yet_is_the_latest_organization_noun():
    text = "The agency released its figures on Monday. “The robots were late,” it said."
    parsed = build(
        text,
        [
            "The/DET/2/det agency/NOUN/3/nsubj released/VERB/0/root/release/VBD its/PRON/5/nmod:poss "
            "figures/NOUN/3/obj/figure/NNS on/ADP/7/case Monday/PROPN/3/obl ./PUNCT/3/punct",
            "“/PUNCT/5/punct The/DET/3/det robots/NOUN/5/nsubj/robot/NNS were/AUX/5/cop/be late/ADJ/9/ccomp "
            ",/PUNCT/5/punct ”/PUNCT/5/punct it/PRON/9/nsubj said/VERB/0/root/say/VBD ./PUNCT/9/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.text, q.speaker.name, q.speaker.kind.value) == ("it", "The agency", "organization")


def test_it_resolves_to_the_latest_document_noun_too():
    text = "The report also listed the breaches. “The robots were late,” it said."
    parsed = build(
        text,
        [
            "The/DET/2/det report/NOUN/4/nsubj also/ADV/4/advmod listed/VERB/0/root/list/VBD the/DET/6/det "
            "breaches/NOUN/4/obj/breach/NNS ./PUNCT/4/punct",
            "“/PUNCT/5/punct The/DET/3/det robots/NOUN/5/nsubj/robot/NNS were/AUX/5/cop/be late/ADJ/9/ccomp "
            ",/PUNCT/5/punct ”/PUNCT/5/punct it/PRON/9/nsubj said/VERB/0/root/say/VBD ./PUNCT/9/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.text, q.speaker.name) == ("it", "The report")


def test_he_with_no_person_named_yet_is_the_latest_singular_subject_noun():
    text = "The chairman of the panel accused the leaders. “The robots were late,” he said."
    parsed = build(
        text,
        [
            "The/DET/2/det chairman/NOUN/6/nsubj of/ADP/5/case the/DET/5/det panel/NOUN/2/nmod "
            "accused/VERB/0/root/accuse/VBD the/DET/8/det leaders/NOUN/6/obj/leader/NNS ./PUNCT/6/punct",
            "“/PUNCT/5/punct The/DET/3/det robots/NOUN/5/nsubj/robot/NNS were/AUX/5/cop/be late/ADJ/9/ccomp "
            ",/PUNCT/5/punct ”/PUNCT/5/punct he/PRON/9/nsubj said/VERB/0/root/say/VBD ./PUNCT/9/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.text, q.speaker.name) == ("he", "The chairman")


@pytest.mark.parametrize(
    ("first", "spec", "name"),
    [
        (
            "The nurses have found support in the union.",
            "The/DET/_/_ nurses/NOUN/_/_/nurse/NNS have/AUX/_/_/have/VBP found/VERB/_/_/find/VBN "
            "support/NOUN/_/_ in/ADP/_/_ the/DET/_/_ union/NOUN/_/_ ./PUNCT/_/_",
            "The nurses",
        ),
        (
            "Lee and Ruiz found support in the union.",
            "Lee/PROPN/_/_ and/CCONJ/_/_ Ruiz/PROPN/_/_ found/VERB/_/_/find/VBD "
            "support/NOUN/_/_ in/ADP/_/_ the/DET/_/_ union/NOUN/_/_ ./PUNCT/_/_",
            "Lee",  # named by the first name, as with parsed conjuncts
        ),
        (
            "Some of the nurses left the union.",
            "Some/PRON/5/nsubj of/ADP/4/case the/DET/4/det nurses/NOUN/1/nmod/nurse/NNS left/VERB/0/root/leave/VBD "
            "the/DET/7/det union/NOUN/5/obj ./PUNCT/5/punct",
            "Some of the nurses",
        ),
    ],
)
def test_they_is_a_plural_subject_of_an_unparsed_sentence_or_a_part_of_a_plural(first, spec, name):
    # a sentence with no quote and no cue is tagged, not parsed: its subject is read by position
    text = first + " “Riding alone is hard,” they said."
    parsed = build(
        text,
        [
            spec,
            "“/PUNCT/5/punct Riding/VERB/5/csubj/ride alone/ADV/2/advmod is/AUX/5/cop/be hard/ADJ/9/ccomp "
            ",/PUNCT/5/punct ”/PUNCT/5/punct they/PRON/9/nsubj said/VERB/0/root/say/VBD ./PUNCT/9/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.text, q.speaker.name) == ("they", name)


def test_it_is_the_latest_organization_noun_of_an_unparsed_sentence():
    text = "The agency released its figures on Monday. “The robots were late,” it said."
    parsed = build(
        text,
        [
            "The/DET/_/_ agency/NOUN/_/_ released/VERB/_/_/release/VBD its/PRON/_/_ figures/NOUN/_/_/figure/NNS "
            "on/ADP/_/_ Monday/PROPN/_/_ ./PUNCT/_/_",
            "“/PUNCT/5/punct The/DET/3/det robots/NOUN/5/nsubj/robot/NNS were/AUX/5/cop/be late/ADJ/9/ccomp "
            ",/PUNCT/5/punct ”/PUNCT/5/punct it/PRON/9/nsubj said/VERB/0/root/say/VBD ./PUNCT/9/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.text, q.speaker.name) == ("it", "The agency")


def test_he_is_the_person_named_as_a_subject_since_the_last_speaker():
    text = "“We won,” Bob Ray said. Tom Hill grew up in Ohio. “It was hard,” he said."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/8/ccomp/win/VBD ,/PUNCT/3/punct ”/PUNCT/3/punct "
            "Bob/PROPN/8/nsubj Ray/PROPN/6/flat said/VERB/0/root/say/VBD ./PUNCT/8/punct",
            "Tom/PROPN/3/nsubj Hill/PROPN/1/flat grew/VERB/0/root/grow/VBD up/ADP/3/compound:prt "
            "in/ADP/6/case Ohio/PROPN/3/obl ./PUNCT/3/punct",
            "“/PUNCT/4/punct It/PRON/4/nsubj was/AUX/4/cop/be hard/ADJ/8/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "he/PRON/8/nsubj said/VERB/0/root/say/VBD ./PUNCT/8/punct",
        ],
    )
    first, second = quotes(parsed)
    assert first.speaker.name == "Bob Ray"
    assert (second.speaker.text, second.speaker.name) == ("he", "Tom Hill")


def test_a_name_after_a_place_preposition_is_no_antecedent_of_he():
    text = "The mayor praised Tom Hill. He grew up in El Paso. “It was hard,” he said."
    parsed = build(
        text,
        [
            "The/DET/2/det mayor/NOUN/3/nsubj praised/VERB/0/root/praise/VBD Tom/PROPN/3/obj Hill/PROPN/4/flat "
            "./PUNCT/3/punct",
            "He/PRON/2/nsubj grew/VERB/0/root/grow/VBD up/ADP/2/compound:prt in/ADP/5/case El/PROPN/2/obl "
            "Paso/PROPN/5/flat ./PUNCT/2/punct",
            "“/PUNCT/4/punct It/PRON/4/nsubj was/AUX/4/cop/be hard/ADJ/8/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "he/PRON/8/nsubj said/VERB/0/root/say/VBD ./PUNCT/8/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Tom Hill"
