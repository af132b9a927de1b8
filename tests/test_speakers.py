"""Speaker, source and addressee from the parse around a cue (quotesvc.speakers), on hand-built parses."""

import pytest

from tests.helpers import build, quotes, relay_parse


def test_attribution_relay_verb_gives_speaker_and_source():
    text = "“We are opposed,” IRNA news agency quoted Khamenei as saying."
    (q,) = quotes(relay_parse(text))
    assert q.speaker.name == "Khamenei"
    assert q.source is not None and q.source.name == "IRNA"
    assert q.source.text == "IRNA news agency"


def test_attribution_passive_relay_was_quoted_as_saying():
    text = "“We will fight,” Khamenei was quoted by IRNA as saying."
    (q,) = quotes(relay_parse(text, passive=True))
    assert q.speaker.name == "Khamenei"
    assert q.source.name == "IRNA"


def test_speaker_of_relative_clause_cue_is_the_antecedent():
    text = "Devocht, who told him he would assist with housing, left."
    parsed = build(
        text,
        [
            "Devocht/PROPN/12/nsubj ,/PUNCT/4/punct who/PRON/4/nsubj told/VERB/1/acl:relcl/tell him/PRON/4/obj "
            "he/PRON/9/nsubj would/AUX/9/aux assist/VERB/4/ccomp with/ADP/10/case housing/NOUN/8/obl "
            ",/PUNCT/4/punct left/VERB/0/root/leave ./PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Devocht"
    assert q.speaker.text == "who" and text[q.speaker.start : q.speaker.end] == "who"  # the word at the cue


def test_speaker_of_a_participle_modifying_a_noun_is_the_noun():
    text = "All they get is a message stating the site is closed."
    parsed = build(
        text,
        [
            "All/DET/6/nsubj they/PRON/3/nsubj get/VERB/1/acl:relcl is/AUX/6/cop a/DET/6/det message/NOUN/0/root "
            "stating/VERB/6/acl/state the/DET/9/det site/NOUN/11/nsubj:pass is/AUX/11/aux:pass closed/VERB/7/ccomp/close "
            "./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "a message"


def test_the_issuer_of_a_statement_saying_something_speaks():
    text = "The campaign issued a statement saying the rally was postponed."
    parsed = build(
        text,
        [
            "The/DET/2/det campaign/NOUN/3/nsubj issued/VERB/0/root/issue/VBD a/DET/5/det statement/NOUN/3/obj "
            "saying/VERB/5/acl/say/VBG the/DET/8/det rally/NOUN/10/nsubj:pass was/AUX/10/aux:pass "
            "postponed/VERB/6/ccomp/postpone/VBN ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("the rally was postponed", "The campaign")


def test_a_participle_after_a_prepositional_object_goes_with_the_clause():
    # "saying" hung on "news" after a comma: the one who reacted speaks, not the news
    text = "Voss reacted to the news, saying the plant should stay open."
    parsed = build(
        text,
        [
            "Voss/PROPN/2/nsubj reacted/VERB/0/root/react/VBD to/ADP/5/case the/DET/5/det news/NOUN/2/obl "
            ",/PUNCT/7/punct saying/VERB/5/acl/say/VBG the/DET/9/det plant/NOUN/11/nsubj should/AUX/11/aux "
            "stay/VERB/7/ccomp/stay/VB open/ADJ/11/xcomp ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("the plant should stay open", "Voss")


def test_a_participle_after_a_relative_clause_on_a_thing_goes_with_the_clause_around_it():
    text = "The governor vetoed the bill that allows mines, arguing they could poison the river."
    parsed = build(
        text,
        [
            "The/DET/2/det governor/NOUN/3/nsubj vetoed/VERB/0/root/veto/VBD the/DET/5/det bill/NOUN/3/obj "
            "that/PRON/7/nsubj allows/VERB/5/acl:relcl/allow/VBZ mines/NOUN/7/obj ,/PUNCT/10/punct "
            "arguing/VERB/7/advcl/argue/VBG they/PRON/13/nsubj could/AUX/13/aux poison/VERB/10/ccomp/poison/VB "
            "the/DET/15/det river/NOUN/13/obj ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("they could poison the river", "The governor")


def test_a_cue_coordinated_deep_inside_another_cues_clause_shares_its_speaker():
    # "added" hung on "greet", inside the clause "said" reports: Quinn adds, not the winners
    text = "Quinn said it was too early to greet the winners but added, “We won.”"
    parsed = build(
        text,
        [
            "Quinn/PROPN/2/nsubj said/VERB/0/root/say/VBD it/PRON/6/expl was/AUX/6/cop/be/VBD too/ADV/6/advmod "
            "early/ADJ/2/ccomp to/PART/8/mark greet/VERB/6/csubj/greet/VB the/DET/10/det winners/NOUN/8/obj/winner "
            "but/CCONJ/12/cc added/VERB/8/conj/add/VBD ,/PUNCT/6/punct “/PUNCT/16/punct We/PRON/16/nsubj "
            "won/VERB/2/parataxis/win/VBD ./PUNCT/16/punct ”/PUNCT/16/punct"
        ],
    )
    added = next(q for q in quotes(parsed) if q.cue is not None and q.cue.text == "added")
    assert (added.text, added.speaker.text) == ("We won.", "Quinn")


def test_relay_with_person_parsed_as_iobj():
    text = "“We will fight,” IRNA news agency quoted Khamenei as saying."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux fight/VERB/10/ccomp ,/PUNCT/4/punct ”/PUNCT/10/punct "
            "IRNA/PROPN/9/compound news/NOUN/9/compound agency/NOUN/10/nsubj quoted/VERB/0/root/quote "
            "Khamenei/PROPN/10/iobj as/SCONJ/13/mark saying/VERB/10/advcl/say ./PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "Khamenei" and q.source.name == "IRNA"


def test_a_time_phrase_taken_for_the_subject_never_speaks():
    # the parser made "Thursday" a second subject of "said", nearer than the speaker
    text = "The budget will pass, the governor of Ohio said Thursday."
    parsed = build(
        text,
        [
            "The/DET/2/det budget/NOUN/4/nsubj will/AUX/4/aux pass/VERB/0/root ,/PUNCT/10/punct the/DET/7/det "
            "governor/NOUN/10/nsubj of/ADP/9/case Ohio/PROPN/7/nmod said/VERB/4/parataxis/say "
            "Thursday/PROPN/10/nsubj/thursday ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "The budget will pass" and q.speaker.text == "the governor of Ohio"


def test_in_the_past_never_speaks():
    # the parser made "past" the subject of "said"
    text = "His friends have in the past said he was quiet."
    parsed = build(
        text,
        [
            "His/PRON/2/nmod:poss friends/NOUN/7/nsubj have/AUX/7/aux in/ADP/6/case the/DET/6/det "
            "past/NOUN/7/nsubj said/VERB/0/root/say he/PRON/11/nsubj was/AUX/11/cop/be quiet/ADJ/7/ccomp ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "His friends"


def test_a_dateline_never_speaks_the_phrase_after_its_dash_does():
    text = "RENO, Nev. (AP) — Republican hopeful Donald Trump says the league has gone soft."
    parsed = build(
        text,
        [
            "RENO/PROPN/12/nsubj ,/PUNCT/3/punct Nev./PROPN/1/flat (/PUNCT/5/punct AP/PROPN/1/appos )/PUNCT/5/punct "
            "—/PUNCT/9/punct Republican/ADJ/9/amod hopeful/NOUN/1/appos Donald/PROPN/9/appos Trump/PROPN/10/flat "
            "says/VERB/0/root/say the/DET/14/det league/NOUN/16/nsubj has/AUX/16/aux gone/VERB/12/ccomp/go "
            "soft/ADJ/16/xcomp ./PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the league has gone soft"
    assert q.speaker.name == "Donald Trump" and "RENO" not in q.speaker.text and "AP" not in q.speaker.text


def test_participle_hung_on_a_time_word_takes_the_subject_of_its_verb():
    # The parser hangs "chanting" on "Monday"; a time phrase never speaks, the marchers do.
    text = 'Hundreds of protesters marched on Monday, chanting "No more wars in our name."'
    parsed = build(
        text,
        [
            "Hundreds/NOUN/4/nsubj of/ADP/3/case protesters/NOUN/1/nmod marched/VERB/0/root/march on/ADP/6/case "
            'Monday/PROPN/4/obl ,/PUNCT/8/punct chanting/VERB/6/acl/chant/VBG "/PUNCT/12/punct No/DET/12/det '
            "more/ADJ/12/amod wars/NOUN/8/obj in/ADP/15/case our/PRON/15/nmod:poss name/NOUN/12/nmod ./PUNCT/4/punct "
            '"/PUNCT/4/punct'
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Hundreds of protesters"


def test_a_verb_joined_to_a_passive_shares_its_subject_not_its_agent():
    text = "Officials were angered by the deal and predicted it would fail."
    parsed = build(
        text,
        [
            "Officials/NOUN/3/nsubj:pass were/AUX/3/aux:pass/be/VBD angered/VERB/0/root/anger/VBN by/ADP/6/case "
            "the/DET/6/det deal/NOUN/3/obl:agent and/CCONJ/8/cc predicted/VERB/3/conj/predict/VBD it/PRON/11/nsubj "
            "would/AUX/11/aux fail/VERB/8/ccomp ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "it would fail" and q.speaker.text == "Officials"


def test_a_verb_of_telling_joined_to_a_passive_reads_passive_itself():
    # "I was hauled in and told ...": I was told; nobody named told me
    text = "I was basically hauled in and told that my mother had left."
    parsed = build(
        text,
        [
            "I/PRON/4/nsubj:pass was/AUX/4/aux:pass/be/VBD basically/ADV/4/advmod hauled/VERB/0/root/haul/VBN "
            "in/ADV/4/advmod and/CCONJ/7/cc told/VERB/4/conj/tell/VBD that/SCONJ/12/mark my/PRON/10/nmod:poss "
            "mother/NOUN/12/nsubj had/AUX/12/aux left/VERB/7/ccomp/leave/VBN ./PUNCT/4/punct"
        ],
    )
    assert all(q.speaker is None or q.speaker.text != "I" for q in quotes(parsed))


def test_what_a_speaker_cites_is_the_content_not_the_speaker():
    # "cite" relays ("the Post reported, citing a source"), but cited things do not speak
    text = "Trump cited his Iowa results."
    parsed = build(
        text,
        [
            "Trump/PROPN/2/nsubj cited/VERB/0/root/cite/VBD his/PRON/5/nmod:poss Iowa/PROPN/5/compound "
            "results/NOUN/2/obj/result ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, scope="attributions")
    assert q.text == "his Iowa results" and q.speaker.name == "Trump" and q.category.value == "speech_act"


def test_a_quoted_phrase_a_speaker_cites_is_attributed_to_the_speaker():
    text = "Frank cited the union's support for “civil rights.”"
    parsed = build(
        text,
        [
            "Frank/PROPN/2/nsubj cited/VERB/0/root/cite/VBD the/DET/4/det union/NOUN/6/nmod:poss 's/PART/4/case "
            "support/NOUN/2/obj for/ADP/10/case “/PUNCT/10/punct civil/ADJ/10/amod rights/NOUN/6/nmod "
            "./PUNCT/2/punct ”/PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker is not None and q.speaker.name == "Frank"


def test_a_second_said_hung_on_the_first_ones_clause_shares_its_subject():
    text = "Okafor said the plan was made by the council and said, “Who are you going to trust?”"
    parsed = build(
        text,
        [
            "Okafor/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det plan/NOUN/6/nsubj:pass was/AUX/6/aux:pass/be "
            "made/VERB/2/ccomp/make/VBN by/ADP/9/case the/DET/9/det council/NOUN/6/obl:agent and/CCONJ/11/cc "
            "said/VERB/6/conj/say/VBD ,/PUNCT/17/punct “/PUNCT/17/punct Who/PRON/17/nsubj are/AUX/17/aux/be "
            "you/PRON/17/nsubj going/VERB/11/ccomp/go/VBG to/PART/19/mark trust/VERB/17/xcomp ?/PUNCT/2/punct "
            "”/PUNCT/2/punct"
        ],
    )
    (direct,) = [q for q in quotes(parsed) if q.type.value == "direct"]
    assert (direct.text, direct.speaker.text) == ("Who are you going to trust?", "Okafor")


def test_a_participle_hung_on_another_cues_clause_goes_with_that_cue():
    text = "Lee said the candidate was not changing his stance, noting that the money would go to the party."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det candidate/NOUN/7/nsubj was/AUX/7/aux/be "
            "not/PART/7/advmod changing/VERB/2/ccomp/change/VBG his/PRON/9/nmod:poss stance/NOUN/7/obj "
            ",/PUNCT/11/punct noting/VERB/7/advcl/note/VBG that/SCONJ/16/mark the/DET/14/det money/NOUN/16/nsubj "
            "would/AUX/16/aux go/VERB/11/ccomp to/ADP/19/case the/DET/19/det party/NOUN/16/obl ./PUNCT/2/punct"
        ],
    )
    (noting,) = [q for q in quotes(parsed) if q.cue.text == "noting"]
    assert (noting.text, noting.speaker.text) == ("that the money would go to the party", "Lee")


def test_a_bracketed_party_and_state_is_not_the_speakers_name():
    # the parser hangs the bracket on the name inside a title phrase headed by "Chairwoman"
    text = "Chairwoman of the panel Ana Ruiz (D-Ohio) said the plan failed."
    parsed = build(
        text,
        [
            "Chairwoman/NOUN/12/nsubj/chairwoman/NN of/ADP/4/case the/DET/4/det panel/NOUN/1/nmod "
            "Ana/PROPN/1/nmod Ruiz/PROPN/5/flat (/PUNCT/8/punct D/PROPN/5/appos -/PUNCT/10/punct "
            "Ohio/PROPN/8/flat )/PUNCT/8/punct said/VERB/0/root/say/VBD the/DET/14/det plan/NOUN/15/nsubj "
            "failed/VERB/12/ccomp/fail/VBD ./PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the plan failed"
    assert q.speaker.name == "Ana Ruiz"


def test_a_cue_made_a_conjunct_without_a_conjunction_speaks_for_the_phrase_before_it():
    # "said" hung on "seen" as a conjunct: its subject is the phrase right before it, after the dash
    text = "Lee is seen as more able than Mr. Baker - 60 percent of voters said Lee would do better."
    parsed = build(
        text,
        [
            "Lee/PROPN/3/nsubj:pass is/AUX/3/aux:pass/be seen/VERB/0/root/see/VBN as/ADV/6/advmod "
            "more/ADV/6/advmod able/ADJ/3/xcomp than/ADP/12/case Mr./PROPN/12/nmod:poss Baker/PROPN/12/compound "
            "-/PUNCT/9/punct 60/NUM/12/nummod percent/NOUN/6/nmod of/ADP/14/case voters/NOUN/12/nmod/voter/NNS "
            "said/VERB/3/conj/say/VBD Lee/PROPN/18/nsubj would/AUX/18/aux do/VERB/15/ccomp better/ADV/18/advmod "
            "./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("Lee would do better", "60 percent of voters")


def test_a_determiner_standing_for_people_before_the_verb_is_its_subject():
    text = "Another tweeted, “She is not above the rules.”"
    parsed = build(
        text,
        [
            "Another/DET/2/det tweeted/VERB/0/root/tweet/VBN ,/PUNCT/2/punct “/PUNCT/2/punct She/PRON/10/nsubj "
            "is/AUX/10/cop not/PART/10/advmod above/ADP/10/case the/DET/10/det rules/NOUN/2/ccomp ./PUNCT/2/punct "
            "”/PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("She is not above the rules.", "Another")


@pytest.mark.parametrize("rel", ["conj", "acl"])
def test_a_participle_hung_on_a_time_phrase_deep_in_the_frame_goes_with_the_verb(rel):
    text = "Hundreds of protesters marched on the first day of the convention on Monday, chanting “No more wars,” and waving signs."
    parsed = build(
        text,
        [
            "Hundreds/NOUN/4/nsubj of/ADP/3/case protesters/NOUN/1/nmod/protester/NNS marched/VERB/0/root/march/VBD "
            "on/ADP/8/case the/DET/8/det first/ADJ/8/amod day/NOUN/4/obl of/ADP/11/case the/DET/11/det "
            "convention/NOUN/8/nmod on/ADP/13/case Monday/PROPN/11/nmod ,/PUNCT/15/punct "
            f"chanting/VERB/13/{rel}/chant/VBG “/PUNCT/19/punct No/DET/19/det more/ADJ/19/amod wars/NOUN/15/obj/war/NNS "
            ",/PUNCT/19/punct ”/PUNCT/19/punct and/CCONJ/23/cc waving/VERB/15/conj/wave/VBG signs/NOUN/23/obj/sign/NNS "
            "./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("No more wars,", "Hundreds of protesters")


def test_the_noun_a_participle_modifies_speaks_when_the_parse_made_it_the_participles_subject():
    text = "Republicans supporting the bill have said they will pass it."
    parsed = build(
        text,
        [
            "Republicans/PROPN/2/nsubj supporting/VERB/6/advcl/support/VBG the/DET/4/det bill/NOUN/2/obj "
            "have/AUX/6/aux/have/VBP said/VERB/0/root/say/VBN they/PRON/9/nsubj will/AUX/9/aux "
            "pass/VERB/6/ccomp/pass/VB it/PRON/9/obj ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("they will pass it", "Republicans")


def test_a_phrase_with_a_preposition_before_the_cue_does_not_speak():
    text = "Despite the bitter feuding over the law, many say it had successes."
    parsed = build(
        text,
        [
            "Despite/ADP/3/case the/DET/3/det bitter/NOUN/4/nsubj feuding/VERB/10/advcl/feud/VBG over/ADP/7/case "
            "the/DET/7/det law/NOUN/4/obl ,/PUNCT/4/punct many/ADJ/7/conj say/VERB/0/root/say/VBP "
            "it/PRON/12/nsubj had/VERB/10/ccomp/have/VBD successes/NOUN/12/obj/success/NNS ./PUNCT/10/punct"
        ],
    )
    assert [q.speaker.text for q in quotes(parsed) if q.speaker is not None] == []


def test_a_passive_subject_on_a_verb_with_no_passive_auxiliary_is_its_speaker():
    # "has called" parsed with a passive subject: with "have" and no form of "be" the verb is active
    text = "Kasich has called for “boots on the ground.”"
    parsed = build(
        text,
        [
            "Kasich/PROPN/3/nsubj:pass has/AUX/3/aux/have called/VERB/0/root/call/VBN for/ADP/6/case "
            "“/PUNCT/6/punct boots/NOUN/3/obl/boot on/ADP/9/case the/DET/9/det ground/NOUN/6/nmod "
            "./PUNCT/3/punct ”/PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text.startswith("boots on the ground")
    assert q.speaker.name == "Kasich"


def test_a_subject_hung_on_the_phrase_that_opens_the_sentence_speaks():
    # "Senator Lee Baker" parsed as an apposition of "May": the name right before the finite cue,
    # with nothing but its own words between, is the cue's subject
    text = "At a debate in May, Senator Lee Baker called the deal “a disaster.”"
    parsed = build(
        text,
        [
            "At/ADP/3/case a/DET/3/det debate/NOUN/10/obl in/ADP/5/case May/PROPN/3/nmod ,/PUNCT/7/punct "
            "Senator/PROPN/5/appos Lee/PROPN/7/flat Baker/PROPN/7/flat called/VERB/0/root/call/VBD "
            "the/DET/12/det deal/NOUN/10/obj “/PUNCT/15/punct a/DET/15/det disaster/NOUN/10/xcomp "
            "./PUNCT/10/punct ”/PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Lee Baker"


def test_a_quantity_word_tagged_an_adverb_right_before_the_cue_is_its_subject():
    text = "Many voters were worried; most said they were “very worried.”"
    parsed = build(
        text,
        [
            "Many/ADJ/2/amod voters/NOUN/4/nsubj/voter/NNS were/AUX/4/cop/be worried/ADJ/0/root ;/PUNCT/7/punct "
            "most/ADV/7/advmod said/VERB/4/parataxis/say/VBD they/PRON/12/nsubj were/AUX/12/cop/be “/PUNCT/12/punct "
            "very/ADV/12/advmod worried/ADJ/7/ccomp ./PUNCT/12/punct ”/PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "most"


def test_a_short_phrase_opening_the_clause_of_a_subjectless_cue_speaks():
    # "More than six in 10" parsed as an adverbial: the phrase before the finite cue is its subject
    text = "More than six in 10 said they were tired of the race."
    parsed = build(
        text,
        [
            "More/ADJ/6/advmod than/ADP/3/case six/NUM/1/obl in/ADP/5/case 10/NUM/3/nmod said/VERB/0/root/say/VBD "
            "they/PRON/9/nsubj were/AUX/9/cop/be tired/ADJ/6/ccomp of/ADP/12/case the/DET/12/det race/NOUN/9/obl "
            "./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "they were tired of the race"
    assert q.speaker is not None and "six" in q.speaker.text


def test_a_name_set_off_after_an_opening_clause_and_before_its_bracket_speaks():
    # "Sen. Ann Lee" parsed as an apposition of "plan", inside the opening clause, and the
    # bracketed party and state between the name and the cue
    text = "After voters rejected the plan, Sen. Ann Lee (D-Ohio) said that she would try again."
    parsed = build(
        text,
        [
            "After/SCONJ/3/mark voters/NOUN/3/nsubj/voter/NNS rejected/VERB/13/advcl/reject/VBD the/DET/5/det "
            "plan/NOUN/3/obj ,/PUNCT/7/punct Sen./PROPN/5/appos Ann/PROPN/7/flat Lee/PROPN/7/flat (/PUNCT/11/punct "
            "D-Ohio/PROPN/7/appos )/PUNCT/11/punct said/VERB/0/root/say/VBD that/SCONJ/17/mark she/PRON/17/nsubj "
            "would/AUX/17/aux try/VERB/13/ccomp again/ADV/17/advmod ./PUNCT/13/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("that she would try again", "Ann Lee")


def test_a_participle_takes_the_name_its_verb_lost_to_an_apposition_of_the_opening_phrase():
    text = "At a rally on Tuesday, Senator Ann Lee endorsed Ruiz, saying that he would win."
    parsed = build(
        text,
        [
            "At/ADP/3/case a/DET/3/det rally/NOUN/10/obl on/ADP/5/case Tuesday/PROPN/3/nmod ,/PUNCT/7/punct "
            "Senator/PROPN/5/appos Ann/PROPN/7/flat Lee/PROPN/7/flat endorsed/VERB/0/root/endorse/VBD "
            "Ruiz/PROPN/10/obj ,/PUNCT/13/punct saying/VERB/10/advcl/say/VBG that/SCONJ/17/mark he/PRON/17/nsubj "
            "would/AUX/17/aux win/VERB/13/ccomp ./PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("that he would win", "Ann Lee")


def test_a_pronoun_after_the_cue_that_the_clause_goes_on_from_is_the_clauses_subject():
    text = "Inside the hall, Adel Nefzi said he and his friends are raising money."
    parsed = build(
        text,
        [
            "Inside/ADP/3/case the/DET/3/det hall/NOUN/7/obl ,/PUNCT/5/punct Adel/PROPN/3/appos "
            "Nefzi/PROPN/5/flat said/VERB/0/root/say/VBD he/PRON/7/nsubj and/CCONJ/11/cc "
            "his/PRON/11/nmod:poss friends/NOUN/8/conj/friend/NNS are/AUX/13/aux/be/VBP "
            "raising/VERB/7/ccomp/raise/VBG money/NOUN/13/obj ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("he and his friends are raising money", "Adel Nefzi")


def test_an_inverted_pronoun_closed_by_punctuation_still_speaks():
    text = "“We will win,” said he, “and soon.”"
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/7/ccomp ,/PUNCT/4/punct "
            "”/PUNCT/4/punct said/VERB/0/root/say/VBD he/PRON/7/nsubj ,/PUNCT/7/punct “/PUNCT/12/punct "
            "and/CCONJ/12/cc soon/ADV/7/ccomp ./PUNCT/12/punct ”/PUNCT/12/punct"
        ],
    )
    assert {q.speaker.text for q in quotes(parsed)} == {"he"}


def test_a_past_tense_tagged_a_participle_after_a_quotation_is_active():
    # the parse as a tagger gives it: "What" and "man" both passive subjects of "asked"
    text = "“What if Lee had lessons?” the 43-year-old asked."
    parsed = build(
        text,
        [
            "“/PUNCT/2/punct What/PRON/15/nsubj:pass if/SCONJ/5/mark Lee/PROPN/5/nsubj had/VERB/15/advcl/have/VBD "
            "lessons/NOUN/5/obj/lesson/NNS ?/PUNCT/2/punct ”/PUNCT/5/punct the/DET/14/det 43/NUM/12/nummod "
            "-/PUNCT/10/punct year/NOUN/14/obl:unmarked -/PUNCT/12/punct old/ADJ/15/nsubj:pass "
            "asked/VERB/0/root/ask/VBN ./PUNCT/15/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "the 43-year-old"


def test_a_finite_verb_taken_for_a_relative_clause_without_subject_or_pronoun_is_the_nouns_predicate():
    text = "Campaign advisers who ran the numbers argue that Lee will win."
    parsed = build(
        text,
        [
            "Campaign/NOUN/2/compound advisers/NOUN/11/nsubj/adviser/NNS who/PRON/4/nsubj ran/VERB/2/acl:relcl/run/VBD "
            "the/DET/6/det numbers/NOUN/4/obj/number/NNS argue/VERB/2/acl:relcl/argue/VBP that/PRON/7/obj "
            "Lee/PROPN/11/nsubj will/AUX/11/aux win/VERB/0/root/win/VB ./PUNCT/11/punct"
        ],
    )
    found = {q.cue.text: (q.text, q.speaker.name, q.speaker.text) for q in quotes(parsed)}
    # the mention takes the noun's own relative clause, not the cue's
    assert found["argue"] == ("that Lee will win", "Campaign advisers", "Campaign advisers who ran the numbers")


def test_a_second_subject_after_that_is_the_clauses_not_an_inverted_speaker():
    # the parser hung "mothers" on the cue and the rest of the clause on "mothers"
    text = "Lee has often said that mothers who travel should wait."
    parsed = build(
        text,
        [
            "Lee/PROPN/4/nsubj has/AUX/4/aux/have often/ADV/4/advmod said/VERB/0/root/say/VBN that/SCONJ/10/mark "
            "mothers/NOUN/4/nsubj/mother/NNS who/PRON/8/nsubj travel/VERB/6/acl:relcl should/AUX/10/aux "
            "wait/VERB/6/acl:relcl ./PUNCT/4/punct"
        ],
    )
    assert [q.speaker.text for q in quotes(parsed)] == ["Lee"]


def test_a_party_and_state_set_off_after_the_name_is_not_part_of_it():
    text = "Rep. Dana Voss, R-Ohio, said the plan would fail."
    parsed = build(
        text,
        [
            "Rep./PROPN/8/nsubj Dana/PROPN/1/flat Voss/PROPN/1/flat ,/PUNCT/5/punct R-/PROPN/1/flat "
            "Ohio/PROPN/1/list ,/PUNCT/1/punct said/VERB/0/root/say/VBD the/DET/10/det plan/NOUN/12/nsubj "
            "would/AUX/12/aux fail/VERB/8/ccomp ./PUNCT/8/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.name, q.speaker.text) == ("Dana Voss", "Rep. Dana Voss")


@pytest.mark.parametrize(
    ("text", "spec", "speaker"),
    [
        (
            # "surveyed" parsed as a verb with "those" its subject, a complement of the cue
            "Those surveyed say the economy should come first.",
            "Those/PRON/2/nsubj surveyed/VERB/3/ccomp/survey/VBD say/VERB/0/root/say/VBP the/DET/5/det "
            "economy/NOUN/7/nsubj should/AUX/7/aux come/VERB/3/ccomp first/ADV/7/advmod ./PUNCT/3/punct",
            "Those",
        ),
        (
            # "briefed" parsed as the root with the cue its complement
            "People briefed on the talks say that the deal is close.",
            "People/NOUN/2/nsubj/person/NNS briefed/VERB/0/root/brief/VBD on/ADP/5/case the/DET/5/det "
            "talks/NOUN/2/obl/talk/NNS say/VERB/2/ccomp/say/VBP that/SCONJ/11/mark the/DET/9/det "
            "deal/NOUN/11/nsubj is/AUX/11/cop/be close/ADJ/2/conj ./PUNCT/2/punct",
            "People",
        ),
    ],
)
def test_a_past_participle_right_after_its_noun_taken_for_a_verb_leaves_the_noun_to_the_cue(text, spec, speaker):
    found = {q.cue.text: q.speaker.text for q in quotes(build(text, [spec]))}
    assert found["say"] == speaker


def test_a_noun_set_off_before_a_parenthetical_cues_subject_is_the_reported_subject_not_a_co_speaker():
    # the parser hung both "Mr. Obama" and "officials" on "said" as subjects
    text = "Mr. Obama, officials said, has become skeptical of the plan."
    parsed = build(
        text,
        [
            "Mr./PROPN/2/nmod:desc Obama/PROPN/5/nsubj ,/PUNCT/2/punct officials/NOUN/5/nsubj/official/NNS "
            "said/VERB/0/root/say/VBD ,/PUNCT/8/punct has/AUX/8/aux/have become/VERB/5/ccomp "
            "skeptical/ADJ/8/xcomp of/ADP/12/case the/DET/12/det plan/NOUN/9/obl ./PUNCT/5/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert (quote.speaker.text, quote.speaker.name) == ("officials", "officials")
    assert [text[s:e] for s, e in quote.spans] == ["Mr. Obama", "has become skeptical of the plan"]


def test_an_apposition_hung_on_the_cue_as_a_second_subject_still_joins_the_name():
    text = "Cruz, the only candidate, told delegates that they could help him."
    parsed = build(
        text,
        [
            "Cruz/PROPN/7/nsubj ,/PUNCT/1/punct the/DET/5/det only/ADJ/5/amod candidate/NOUN/7/nsubj "
            ",/PUNCT/5/punct told/VERB/0/root/tell/VBD delegates/NOUN/7/iobj/delegate/NNS that/SCONJ/12/mark "
            "they/PRON/12/nsubj could/AUX/12/aux help/VERB/7/ccomp him/PRON/12/obj ./PUNCT/7/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert quote.speaker.text == "Cruz, the only candidate"


def test_a_quoted_phrase_before_a_parenthetical_cues_subject_is_not_part_of_the_speaker():
    text = '"Family leave," the document states, becomes available after a year.'
    parsed = build(
        text,
        [
            '"/PUNCT/3/punct Family/PROPN/3/compound leave/PROPN/8/nsubj ,/PUNCT/3/punct "/PUNCT/3/punct '
            "the/DET/7/det document/NOUN/8/nsubj states/VERB/0/root/state/VBZ ,/PUNCT/10/punct "
            "becomes/VERB/8/ccomp/become available/ADJ/10/xcomp after/ADP/14/case a/DET/14/det "
            "year/NOUN/10/obl ./PUNCT/8/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert quote.speaker.text == "the document"


def test_a_relative_pronoun_that_issued_the_noun_a_cue_hangs_on_stands_for_its_antecedent():
    # the parser hung "warned" on "candidacy" as a modifier, in the relative clause on "Republicans"
    text = "Republicans who have praised his candidacy warned that the party may split."
    parsed = build(
        text,
        [
            "Republicans/PROPN/0/root/Republicans/NNPS who/PRON/4/nsubj have/AUX/4/aux praised/VERB/1/acl:relcl/praise/VBN "
            "his/PRON/6/nmod:poss candidacy/NOUN/4/obj warned/VERB/6/acl/warn/VBD that/SCONJ/12/mark the/DET/10/det "
            "party/NOUN/12/nsubj may/AUX/12/aux split/VERB/7/ccomp ./PUNCT/1/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert (quote.speaker.name, quote.speaker.text) == ("Republicans", "who")


def test_a_participle_after_its_clause_takes_no_subject_after_it():
    # the bundled model's parse: the complement's subject "the person" hung on "adding"
    text = (
        "Campaign spokeswoman Dana Reyes called the notion that the mayor had anything to hide a “silly "
        "distraction,” adding that the person who “needs to answer questions is the governor.”"
    )
    parsed = build(
        text,
        [
            "Campaign/NOUN/2/compound spokeswoman/NOUN/5/nsubj Dana/PROPN/2/appos Reyes/PROPN/3/flat "
            "called/VERB/0/root/call/VBD the/DET/7/det notion/NOUN/5/obj that/SCONJ/11/mark the/DET/10/det "
            "mayor/NOUN/11/nsubj had/VERB/7/acl/have/VBD anything/PRON/11/obj to/PART/14/mark hide/VERB/12/acl/hide/VB "
            "a/DET/18/det “/PUNCT/18/punct silly/ADV/18/advmod distraction/NOUN/14/obj ,/PUNCT/21/punct "
            "”/PUNCT/18/punct adding/VERB/5/advcl/add/VBG that/SCONJ/27/mark the/DET/24/det person/NOUN/21/nsubj "
            "who/PRON/27/nsubj “/PUNCT/25/punct needs/VERB/24/acl:relcl/need/VBZ to/PART/29/mark "
            "answer/VERB/27/xcomp/answer/VB questions/NOUN/29/obj/question/NNS is/AUX/33/cop/be/VBZ the/DET/33/det "
            "governor/NOUN/21/ccomp ./PUNCT/5/punct ”/PUNCT/5/punct"
        ],
    )
    adding = [q for q in quotes(parsed) if q.cue is not None and q.cue.text == "adding"]
    assert adding and {q.speaker.name for q in adding} == {"Dana Reyes"}


def test_a_name_after_an_opening_as_that_the_parser_made_a_preposition_is_the_subject():
    text = "As Ann Lee, author of “The Court,” put it, “Voters should remember the court.”"
    parsed = build(
        text,
        [
            "As/ADP/2/case Ann/PROPN/12/obl Lee/PROPN/2/flat ,/PUNCT/5/punct author/NOUN/2/appos of/ADP/9/case "
            "“/PUNCT/9/punct The/DET/9/det Court/PROPN/5/nmod ,/PUNCT/2/punct ”/PUNCT/2/punct put/VERB/0/root/put/VBD "
            "it/PRON/12/obj ,/PUNCT/18/punct “/PUNCT/18/punct Voters/NOUN/18/nsubj/voter/NNS should/AUX/18/aux "
            "remember/VERB/12/parataxis/remember/VB the/DET/20/det court/NOUN/18/obj ./PUNCT/12/punct ”/PUNCT/12/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert quote.speaker.name == "Ann Lee"
