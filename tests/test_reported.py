"""Reported clauses (quotesvc.reported) on hand-built parses: complements, surface-read clauses, where a clause ends."""

import pytest

from quotesvc import lexicons
from quotesvc.cues import CueKind
from quotesvc.reported import _complement, _reported_clause, _split_complement
from quotesvc.results import Scope
from tests.helpers import build, moussawi_parse, quotes, split_parse


def test_attribution_indirect_speech_and_titles_stripped():
    q1, _q2 = quotes(moussawi_parse())
    assert q1.type.value == "indirect"
    assert q1.text == "the withdrawal was tactical"
    assert q1.speaker.name == "Qassim al-Moussawi"
    assert q1.speaker.kind.value == "person"


def test_attribution_complement_subject_hung_on_the_cue_stays_in_the_clause():
    text = "President Sehar Memon said the feedback had helped him."
    parsed = build(
        text,
        [
            "President/PROPN/3/compound Sehar/PROPN/3/compound Memon/PROPN/4/nsubj said/VERB/0/root/say "
            "the/DET/6/det feedback/NOUN/4/nsubj had/AUX/8/aux helped/VERB/4/ccomp him/PRON/8/obj ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "indirect" and q.text == "the feedback had helped him"
    assert q.speaker.name == "Sehar Memon"


def test_attribution_reported_clause_without_ccomp_uses_the_surface():
    text = "The minister said the bridge would reopen on Monday."
    parsed = build(
        text,
        [
            "The/DET/2/det minister/NOUN/3/nsubj said/VERB/0/root/say the/DET/5/det bridge/NOUN/3/obj would/AUX/7/aux "
            "reopen/VERB/3/conj on/ADP/9/case Monday/PROPN/7/obl ./PUNCT/3/punct"
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
            "to/PART/10/mark/_/TO retake/VERB/8/xcomp/_/VB Iraq/PROPN/10/obj/_/NNP ./PUNCT/3/punct/_/."
        ],
    )
    (q,) = quotes(parsed, "attributions")
    assert q.type.value == "indirect" and q.text == "the United States of trying to retake Iraq"
    assert q.speaker.text == "The leader"
    assert quotes(parsed) == ()  # a speech act: returned with scope "attributions" only


def test_attribution_surface_clause_with_morphology_still_found():
    text = "The minister said the bridge would reopen on Monday."
    parsed = build(
        text,
        [
            "The/DET/2/det/_/DT minister/NOUN/3/nsubj/_/NN said/VERB/0/root/say/VBD the/DET/5/det/_/DT "
            "bridge/NOUN/3/obj/_/NN would/AUX/7/aux/_/MD reopen/VERB/3/conj/_/VB on/ADP/9/case/_/IN "
            "Monday/PROPN/7/obl/_/NNP ./PUNCT/3/punct/_/."
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the bridge would reopen on Monday"


def test_negated_cue_reports_nothing():
    text = "Officials would not say why the team was denied visas."
    parsed = build(
        text,
        [
            "Officials/NOUN/4/nsubj would/AUX/4/aux not/PART/4/advmod say/VERB/0/root/say why/ADV/9/advmod "
            "the/DET/7/det team/NOUN/9/nsubj:pass was/AUX/9/aux:pass denied/VERB/4/ccomp/deny visas/NOUN/9/obj "
            "./PUNCT/4/punct"
        ],
    )
    assert quotes(parsed) == ()


def test_negated_cue_is_a_denial_with_every_attribution():
    text = "The senator did not mention that the bill had failed."
    parsed = build(
        text,
        [
            "The/DET/2/det senator/NOUN/5/nsubj did/AUX/5/aux not/PART/5/advmod mention/VERB/0/root/mention "
            "that/SCONJ/10/mark the/DET/8/det bill/NOUN/10/nsubj had/AUX/10/aux failed/VERB/5/ccomp/fail "
            "./PUNCT/5/punct"
        ],
    )
    assert quotes(parsed) == ()
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    assert q.text == "that the bill had failed"
    assert q.cue is not None and q.cue.negated and q.speaker is not None and q.speaker.text == "The senator"


def test_reported_clause_stops_before_comma_adverbial_clause():
    text = "The vet said it will heal with a cast, especially since it is a clean fracture."
    parsed = build(
        text,
        [
            "The/DET/2/det vet/NOUN/3/nsubj said/VERB/0/root/say it/PRON/6/nsubj will/AUX/6/aux heal/VERB/3/ccomp "
            "with/ADP/9/case a/DET/9/det cast/NOUN/6/obl ,/PUNCT/17/punct especially/ADV/12/advmod since/SCONJ/17/mark "
            "it/PRON/17/nsubj is/AUX/17/cop a/DET/17/det clean/ADJ/17/amod fracture/NOUN/6/advcl ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "it will heal with a cast"


def test_reported_clause_keeps_its_complementizer():
    # GUM and PARC count "that" as part of the reported content.
    text = "Other sites have stated that they will keep the video."
    parsed = build(
        text,
        [
            "Other/ADJ/2/amod sites/NOUN/4/nsubj have/AUX/4/aux stated/VERB/0/root/state that/SCONJ/8/mark "
            "they/PRON/8/nsubj will/AUX/8/aux keep/VERB/4/ccomp the/DET/10/det video/NOUN/8/obj ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "that they will keep the video"


def test_complement_split_by_the_parser_is_one_reported_clause():
    text = "The scientists found reduction of crop yields exceeded 10 %."
    (q,) = quotes(split_parse(text), "attributions")
    assert q.type.value == "indirect"
    assert q.text == "reduction of crop yields exceeded 10 %"
    assert q.speaker.text == "The scientists" and q.cue.lemma == "find"


@pytest.mark.parametrize("rel, xpos", [("advcl", "VBG"), ("xcomp", "VBD")])
def test_split_complement_needs_a_finite_clause_hung_loosely(rel, xpos):
    # "found reduction of crop yields exceeding 10 %": a participle is no reported clause.
    text = "The scientists found reduction of crop yields exceeded 10 %."
    parsed = split_parse(text, rel, xpos)
    found = next(w for w in parsed.sentences[0].words if w.text == "found")
    assert _split_complement(found, lexicons.load()) is None
    # what "found" does report is its object, evidence (scope "attributions"), not the clause
    assert all(q.text.startswith("reduction of crop yields") for q in quotes(parsed, "attributions"))
    assert quotes(parsed) == ()


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
            "./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the man who was held had fled" and q.speaker.text == "Police"


def test_nested_cue_content_stays_inside_its_own_clause():
    # "created" is a conjunct of "said": it may belong to Jafari's statement, never to "felt".
    text = "Jafari said she felt Mohamed had been subject to Islamophobia and her hashtag created awareness."
    parsed = build(
        text,
        [
            "Jafari/PROPN/2/nsubj said/VERB/0/root/say/VBD she/PRON/4/nsubj felt/VERB/2/ccomp/feel/VBD "
            "Mohamed/PROPN/8/nsubj had/AUX/8/aux/have/VBD been/AUX/8/cop/be/VBN subject/ADJ/4/ccomp to/ADP/10/case "
            "Islamophobia/PROPN/8/obl and/CCONJ/14/cc her/PRON/13/nmod:poss hashtag/NOUN/14/nsubj "
            "created/VERB/2/conj/create/VBD awareness/NOUN/14/obj ./PUNCT/2/punct"
        ],
    )
    felt = parsed.sentences[0].words[3]
    cand = _reported_clause(felt, CueKind.COGNITION, parsed.sentences[0], lexicons.load(), Scope.ATTRIBUTIONS)
    assert cand is not None and text[cand.start : cand.end] == "Mohamed had been subject to Islamophobia"
    # in the output the belief is part of what Jafari said, not a second quote
    (q,) = quotes(parsed, "attributions")
    assert q.cue.lemma == "say" and q.text.startswith("she felt") and q.text.endswith("awareness")


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
            + " ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, "attributions")  # "estimate": evidence
    assert q.text == expected


@pytest.mark.parametrize("scope", ["statements", "attributions"])
def test_a_conjunct_marked_by_that_is_more_of_the_report_whatever_its_verb(scope):
    # the parser hung the second "that" clause on the cue; its verb ("wanted") is a cue of its own
    # with scope "attributions", but a "that" makes it a second clause of what was said
    text = "Mrs. Park said she appreciated the apology and that she wanted to move forward."
    parsed = build(
        text,
        [
            "Mrs./PROPN/2/compound Park/PROPN/3/nsubj said/VERB/0/root/say/VBD she/PRON/5/nsubj "
            "appreciated/VERB/3/ccomp/appreciate/VBD the/DET/7/det apology/NOUN/5/obj and/CCONJ/11/cc "
            "that/SCONJ/11/mark she/PRON/11/nsubj wanted/VERB/3/conj/want/VBD to/PART/13/mark "
            "move/VERB/11/xcomp/move/VB forward/ADV/13/advmod ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed, scope)
    assert (q.cue.lemma, q.text) == ("say", "she appreciated the apology and that she wanted to move forward")


@pytest.mark.parametrize(
    "aside, spec",
    [
        (
            "who won the race on Tuesday",
            "who/PRON/8/nsubj won/VERB/5/acl:relcl/win/VBD the/DET/10/det race/NOUN/8/obj on/ADP/12/case "
            "Tuesday/PROPN/8/obl",
        ),
        ("a former mayor", "a/DET/9/det former/ADJ/9/amod mayor/NOUN/5/appos"),
    ],
)
def test_the_writers_aside_inside_reported_speech_is_cut_out(aside, spec):
    # a relative clause or an apposition set off by commas describes someone the report names:
    # the content goes on in a second piece after it
    text = f"Mr. Lee said that Park, {aside}, would press on."
    press = 9 + len(aside.split())  # Mr. Lee said that Park , [aside] , would press
    parsed = build(
        text,
        [
            f"Mr./PROPN/2/nmod:desc Lee/PROPN/3/nsubj said/VERB/0/root/say/VBD that/SCONJ/{press}/mark "
            f"Park/PROPN/{press}/nsubj ,/PUNCT/{press}/punct "
            + spec
            + f" ,/PUNCT/{press}/punct would/AUX/{press}/aux/will/MD press/VERB/3/ccomp/press/VB "
            f"on/ADP/{press}/compound:prt ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[s:e] for s, e in q.spans] == ["that Park", "would press on"]


def test_a_spaced_hyphen_sets_off_the_writers_concession_after_the_reported_clause():
    # " - " is a dash in some archives' typing; "though …" after it is the writer's doubt
    text = "Aides say he will seek reelection in 2018 - though it is unclear whether he will."
    parsed = build(
        text,
        [
            "Aides/NOUN/2/nsubj/aide/NNS say/VERB/0/root/say/VBP he/PRON/5/nsubj will/AUX/5/aux/will/MD "
            "seek/VERB/2/ccomp/seek/VB reelection/NOUN/5/obj in/ADP/8/case 2018/NUM/5/obl -/PUNCT/13/punct "
            "though/SCONJ/13/mark it/PRON/13/nsubj is/AUX/13/cop/be/VBZ unclear/ADJ/5/advcl "
            "whether/SCONJ/16/mark he/PRON/16/nsubj will/AUX/13/ccomp/will/MD ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "he will seek reelection in 2018"


def test_cue_in_an_opening_subordinate_clause_does_not_report_the_main_clause():
    # the parser made the main clause a complement of "continue"
    text = "While health checks will continue, officials will scrap the interview step."
    parsed = build(
        text,
        [
            "While/SCONJ/5/mark health/NOUN/3/compound checks/NOUN/5/nsubj will/AUX/5/aux/will/MD "
            "continue/VERB/0/root/continue/VB ,/PUNCT/9/punct officials/NOUN/9/nsubj will/AUX/9/aux/will/MD "
            "scrap/VERB/5/ccomp/scrap/VB the/DET/12/det interview/NOUN/12/compound step/NOUN/9/obj ./PUNCT/5/punct"
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
            "since/ADP/11/case 1980/NUM/9/obl ./PUNCT/9/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "ozone has dropped since 1980" and q.speaker.text == "Heald"


def test_second_subject_before_the_complement_is_still_the_complements():
    # no commas around it: "Memon said [the amount of feedback] had helped"
    text = "Memon said the feedback had helped."
    parsed = build(
        text,
        [
            "Memon/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det feedback/NOUN/2/nsubj had/AUX/6/aux/have/VBD "
            "helped/VERB/2/ccomp/help/VBN ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "Memon" and q.text == "the feedback had helped"


def test_title_case_headline_verb_is_a_cue():
    # inside a sentence a capitalised "Report" or "Comments" is a noun; in a title-case headline
    # the capitalised verb still reports
    text = "Former Campaign Pollster Says Mayor Is In Trouble"
    parsed = build(
        text,
        [
            "Former/ADJ/3/amod Campaign/PROPN/3/compound Pollster/PROPN/4/nsubj Says/VERB/0/root/say "
            "Mayor/PROPN/8/nsubj Is/AUX/8/cop/be In/ADP/8/case Trouble/NOUN/4/ccomp/trouble"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "Mayor Is In Trouble" and q.cue.text == "Says"
    assert q.speaker.text == "Former Campaign Pollster"
    # the same words in sentence case: "Says" inside the sentence is no cue
    text = "The report Says mayor is in trouble."
    parsed = build(
        text,
        [
            "The/DET/2/det report/NOUN/3/nsubj Says/PROPN/0/root/says mayor/NOUN/8/nsubj is/AUX/8/cop/be "
            "in/ADP/8/case trouble/NOUN/3/ccomp ./PUNCT/3/punct"
        ],
    )
    assert not quotes(parsed)


def test_attribution_set_off_by_commas_interrupts_the_clause_it_reports():
    # the parse gave "says" no complement (it took "plans" for a noun): the attribution inside the
    # sentence still cuts the clause in two
    text = "His wife, he says, plans to leave the party over the primary."
    parsed = build(
        text,
        [
            "His/PRON/2/nmod:poss wife/NOUN/5/nsubj ,/PUNCT/2/punct he/PRON/5/nsubj says/VERB/0/root/say "
            ",/PUNCT/7/punct plans/NOUN/5/nsubj/plan to/PART/9/mark leave/VERB/5/xcomp the/DET/11/det "
            "party/NOUN/9/obj over/ADP/14/case the/DET/14/det primary/NOUN/9/obl ./PUNCT/5/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "indirect" and q.speaker.text == "he"
    assert [text[s:e] for s, e in q.spans] == ["His wife", "plans to leave the party over the primary"]
    # not set off on both sides: no quote
    text = "His wife he says plans to leave."
    parsed = build(
        text,
        [
            "His/PRON/2/nmod:poss wife/NOUN/4/nsubj he/PRON/4/nsubj says/VERB/0/root/say plans/NOUN/4/nsubj/plan "
            "to/PART/7/mark leave/VERB/4/xcomp ./PUNCT/4/punct"
        ],
    )
    assert not quotes(parsed)


def test_sentence_final_attribution_anywhere_in_the_article():
    # "…, she said." after the article's first sentence: the content is the clause before it
    text = "The council met on Monday to review the plans.\n\nThe changes will help families, she said."
    parsed = build(
        text,
        [
            "The/DET/2/det council/NOUN/3/nsubj met/VERB/0/root/meet on/ADP/5/case Monday/PROPN/3/obl "
            "to/PART/7/mark review/VERB/3/advcl the/DET/9/det plans/NOUN/7/obj ./PUNCT/3/punct",
            "The/DET/2/det changes/NOUN/4/nsubj will/AUX/4/aux help/VERB/0/root families/NOUN/4/obj "
            ",/PUNCT/4/punct she/PRON/8/nsubj said/VERB/4/parataxis/say ./PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "The changes will help families" and q.speaker.text == "she"


def test_sentence_final_verb_with_an_object_reports_nothing():
    text = "Started in 1990, the festival continues a tradition."
    parsed = build(
        text,
        [
            "Started/VERB/0/root/start in/ADP/3/case 1990/NUM/1/obl ,/PUNCT/1/punct the/DET/6/det "
            "festival/NOUN/7/nsubj continues/VERB/1/parataxis/continue a/DET/9/det tradition/NOUN/7/obj ./PUNCT/1/punct"
        ],
    )
    assert not quotes(parsed)


def test_reported_clause_stops_before_a_trailing_relative_clause():
    # "…, who worked on the campaign" is the writer's note on Ann Bell, not the official's words.
    text = "An official said the agency had the help of Ann Bell, who worked on the campaign."
    parsed = build(
        text,
        [
            "An/DET/2/det official/NOUN/3/nsubj said/VERB/0/root/say the/DET/5/det agency/NOUN/6/nsubj "
            "had/VERB/3/ccomp/have the/DET/8/det help/NOUN/6/obj of/ADP/10/case Ann/PROPN/8/nmod Bell/PROPN/10/flat "
            ",/PUNCT/14/punct who/PRON/14/nsubj worked/VERB/10/acl:relcl/work on/ADP/17/case the/DET/17/det "
            "campaign/NOUN/14/obl ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the agency had the help of Ann Bell"


@pytest.mark.parametrize(
    ("tail", "spec"),
    [
        (
            ", while others want experience.",
            ",/PUNCT/10/punct while/SCONJ/10/mark others/NOUN/10/nsubj want/VERB/2/advcl experience/NOUN/10/obj",
        ),
        (
            ", highlighting the divide.",
            ",/PUNCT/8/punct highlighting/VERB/2/advcl/highlight/VBG the/DET/10/det divide/NOUN/8/obj",
        ),
    ],
)
def test_reported_clause_stops_before_a_trailing_contrast_or_participle(tail, spec):
    # Hung on the cue, the clause falls inside the stretch to the sentence's end; it is the writer's.
    text = "Voters said they prefer an outsider" + tail
    parsed = build(
        text,
        [
            "Voters/NOUN/2/nsubj said/VERB/0/root/say they/PRON/4/nsubj prefer/VERB/2/ccomp an/DET/6/det "
            f"outsider/NOUN/4/obj {spec} ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "they prefer an outsider"


def test_reported_clause_keeps_a_restrictive_relative_clause():
    text = "An official said the agency hired people who worked on the campaign."
    parsed = build(
        text,
        [
            "An/DET/2/det official/NOUN/3/nsubj said/VERB/0/root/say the/DET/5/det agency/NOUN/6/nsubj "
            "hired/VERB/3/ccomp/hire people/NOUN/6/obj who/PRON/9/nsubj worked/VERB/7/acl:relcl/work on/ADP/12/case "
            "the/DET/12/det campaign/NOUN/9/obl ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the agency hired people who worked on the campaign"


def test_opening_phrase_before_an_interrupting_attribution_is_the_first_piece():
    # The parser hangs "The only problem" on the cue as a second subject; it opens the claim.
    text = "The only problem, Ms. Lee said, is that the pay is low."
    parsed = build(
        text,
        [
            "The/DET/3/det only/ADJ/3/amod problem/NOUN/7/nsubj ,/PUNCT/3/punct Ms./PROPN/6/nmod:desc "
            "Lee/PROPN/7/nsubj said/VERB/0/root/say ,/PUNCT/15/punct is/AUX/15/cop that/SCONJ/15/mark "
            "the/DET/13/det pay/NOUN/15/nsubj is/AUX/15/cop low/ADJ/7/ccomp ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["The only problem", "is that the pay is low"]
    assert q.speaker.name == "Lee"


def test_opening_clause_before_an_interrupting_attribution_is_the_first_piece():
    text = "Costs rose, Ms. Lee said, and the pay is low."
    parsed = build(
        text,
        [
            "Costs/NOUN/2/nsubj rose/VERB/6/parataxis/rise ,/PUNCT/2/punct Ms./PROPN/5/nmod:desc "
            "Lee/PROPN/6/nsubj said/VERB/0/root/say ,/PUNCT/12/punct and/CCONJ/12/cc the/DET/10/det pay/NOUN/12/nsubj "
            "is/AUX/12/cop low/ADJ/6/ccomp ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert ([text[a:b] for a, b in q.spans], q.speaker.name) == (["Costs rose", "the pay is low"], "Lee")


def test_that_clause_hung_on_the_addressee_is_the_report():
    # The parser makes "that he would …" a clause of "AP"; "that" is a complementizer, so it is
    # what was told, not a relative clause.
    text = "Sanders told the AP that he would not seek a recount."
    parsed = build(
        text,
        [
            "Sanders/PROPN/2/nsubj told/VERB/0/root/tell the/DET/4/det AP/PROPN/2/iobj that/SCONJ/9/mark "
            "he/PRON/9/nsubj would/AUX/9/aux not/PART/9/advmod seek/VERB/4/acl:relcl a/DET/11/det "
            "recount/NOUN/9/obj ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "that he would not seek a recount"
    assert q.speaker.name == "Sanders" and q.addressee.text == "the AP"


def test_relative_clause_on_the_addressee_is_not_a_report():
    text = "Sanders told the aides that worked for him a story."
    parsed = build(
        text,
        [
            "Sanders/PROPN/2/nsubj told/VERB/0/root/tell the/DET/4/det aides/NOUN/2/iobj that/PRON/6/nsubj "
            "worked/VERB/4/acl:relcl for/ADP/8/case him/PRON/6/obl a/DET/10/det story/NOUN/2/obj ./PUNCT/2/punct"
        ],
    )
    assert quotes(parsed) == ()


def test_cue_in_a_when_clause_reports_only_its_own_clause():
    # "when" is an advmod in the parse, but it subordinates the clause as a marker would.
    text = "Last month, when Ann asked Lee if he would ever run, he laughed."
    parsed = build(
        text,
        [
            "Last/ADJ/2/amod month/NOUN/15/obl:unmarked ,/PUNCT/6/punct when/ADV/6/advmod Ann/PROPN/6/nsubj "
            "asked/VERB/15/advcl/ask Lee/PROPN/6/obj if/SCONJ/12/mark he/PRON/12/nsubj would/AUX/12/aux "
            "ever/ADV/12/advmod run/VERB/6/advcl ,/PUNCT/6/punct he/PRON/15/nsubj laughed/VERB/0/root/laugh "
            "./PUNCT/15/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "if he would ever run"


def test_opening_asked_is_a_question_put_to_the_main_clauses_subject():
    text = "Asked whether the plan would work, Lee said it would."
    parsed = build(
        text,
        [
            "Asked/VERB/0/root/ask/VBN whether/SCONJ/6/mark the/DET/4/det plan/NOUN/6/nsubj would/AUX/6/aux "
            "work/VERB/1/ccomp ,/PUNCT/6/punct Lee/PROPN/9/nsubj said/VERB/1/ccomp/say it/PRON/11/nsubj "
            "would/AUX/9/ccomp ./PUNCT/9/punct"
        ],
    )
    asked, said = quotes(parsed)
    assert asked.text == "whether the plan would work" and asked.cue.text == "Asked"
    assert asked.speaker is None and asked.addressee.name == "Lee"
    assert said.text == "it would" and said.speaker.name == "Lee"


def test_reported_clause_stops_before_the_cues_own_circumstances():
    text = "Trump said the plan failed on Twitter before claiming that it was rigged."
    parsed = build(
        text,
        [
            "Trump/PROPN/2/nsubj said/VERB/0/root/say the/DET/4/det plan/NOUN/5/nsubj failed/VERB/2/ccomp/fail "
            "on/ADP/7/case Twitter/PROPN/2/obl before/SCONJ/9/mark claiming/VERB/2/advcl/claim that/SCONJ/13/mark "
            "it/PRON/13/nsubj:pass was/AUX/13/aux:pass rigged/VERB/9/ccomp/rig ./PUNCT/2/punct"
        ],
    )
    said = next(q for q in quotes(parsed) if q.cue.text == "said")
    assert said.text == "the plan failed"


def test_nominal_conjunct_hung_on_the_cue_stays_in_the_clause():
    text = "Lee adds that Bush is “a spoiled child” and “not a smart man” because he is weak."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj adds/VERB/0/root/add that/SCONJ/9/mark Bush/PROPN/9/nsubj is/AUX/9/cop “/PUNCT/9/punct "
            "a/DET/9/det spoiled/ADJ/9/amod child/NOUN/2/ccomp ”/PUNCT/9/punct and/CCONJ/16/cc “/PUNCT/16/punct "
            "not/PART/16/advmod a/DET/16/det smart/ADJ/16/amod man/NOUN/2/conj ”/PUNCT/16/punct because/SCONJ/22/mark "
            "he/PRON/22/nsubj is/AUX/22/cop weak/ADJ/16/advcl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed"
    assert q.text == "that Bush is “a spoiled child” and “not a smart man” because he is weak"


@pytest.mark.parametrize(
    "text, spec, expected",
    [
        (
            "If the mayor is elected, he said, she will close the plant.",
            "If/SCONJ/5/mark/if/IN the/DET/3/det/the/DT mayor/NOUN/5/nsubj:pass/mayor/NN is/AUX/5/aux:pass/be/VBZ "
            "elected/VERB/8/advcl/elect/VBN ,/PUNCT/5/punct he/PRON/8/nsubj/he/PRP said/VERB/0/root/say/VBD "
            ",/PUNCT/5/punct she/PRON/12/nsubj/she/PRP will/AUX/12/aux/will/MD close/VERB/8/ccomp/close/VB "
            "the/DET/14/det/the/DT plant/NOUN/12/obj/plant/NN ./PUNCT/8/punct",
            ["If the mayor is elected", "she will close the plant"],
        ),
        (
            "He hoped, he said, that the paper would drop the story.",
            "He/PRON/2/nsubj/he/PRP hoped/VERB/0/root/hope/VBD ,/PUNCT/5/punct he/PRON/5/nsubj/he/PRP "
            "said/VERB/2/parataxis/say/VBD ,/PUNCT/11/punct that/SCONJ/11/mark/that/IN the/DET/9/det/the/DT "
            "paper/NOUN/11/nsubj/paper/NN would/AUX/11/aux/would/MD drop/VERB/5/ccomp/drop/VB the/DET/13/det/the/DT "
            "story/NOUN/11/obj/story/NN ./PUNCT/2/punct",
            ["He hoped", "that the paper would drop the story"],
        ),
        (
            # a time clause is the first piece too (PolNeAR marks the whole sentence around the
            # attribution); the attribution itself is never content
            "When he arrived, he said, the plant was closed.",
            "When/ADV/3/advmod/when/WRB he/PRON/3/nsubj/he/PRP arrived/VERB/6/advcl/arrive/VBD ,/PUNCT/3/punct "
            "he/PRON/6/nsubj/he/PRP said/VERB/0/root/say/VBD ,/PUNCT/3/punct the/DET/9/det/the/DT "
            "plant/NOUN/11/nsubj:pass/plant/NN was/AUX/11/aux:pass/be/VBD closed/VERB/6/ccomp/close/VBN ./PUNCT/6/punct",
            ["When he arrived", "the plant was closed"],
        ),
        (
            # a conjunction alone is no piece
            "But, he said, the plan will fail within a year.",
            "But/CCONJ/4/cc/but/CC ,/PUNCT/1/punct he/PRON/4/nsubj/he/PRP said/VERB/0/root/say/VBD ,/PUNCT/9/punct "
            "the/DET/7/det/the/DT plan/NOUN/9/nsubj/plan/NN will/AUX/9/aux/will/MD fail/VERB/4/ccomp/fail/VB "
            "within/ADP/12/case/within/IN a/DET/12/det/a/DT year/NOUN/9/obl/year/NN ./PUNCT/4/punct",
            ["the plan will fail within a year"],
        ),
    ],
)
def test_opening_clause_before_an_interrupting_attribution(text, spec, expected):
    (q,) = quotes(build(text, [spec]))
    assert [text[a:b] for a, b in q.spans] == expected


def test_reported_clause_stops_before_the_speaker_of_the_next_report():
    # The parser hung "reported" on "investigators"; the stretch to the sentence's end stops at
    # that next report, and before its speaker, not only before its cue.
    text = "Lee told investigators she was advised by Powell to use a private account, the Times reported."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj/Lee/NNP told/VERB/0/root/tell/VBD investigators/NOUN/2/iobj/investigator/NNS "
            "she/PRON/6/nsubj:pass/she/PRP was/AUX/6/aux:pass/be/VBD advised/VERB/2/ccomp/advise/VBN "
            "by/ADP/8/case/by/IN Powell/PROPN/6/obl:agent/Powell/NNP to/PART/10/mark/to/TO use/VERB/6/advcl/use/VB "
            "a/DET/13/det/a/DT private/ADJ/13/amod/private/JJ account/NOUN/10/obj/account/NN ,/PUNCT/17/punct "
            "the/DET/16/det/the/DT Times/PROPN/17/nsubj/Times/NNPS reported/VERB/3/acl:relcl/report/VBD ./PUNCT/2/punct"
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.cue.text == "told"]
    assert q.text == "she was advised by Powell to use a private account" and q.speaker.name == "Lee"


def test_a_cue_that_attributes_a_widened_direct_quote_reports_nothing_more():
    # The direct quote took the unquoted words before its trailing attribution (a mixed quote, not
    # a fragment): the cue is used, and reported speech does not read it again.
    from quotesvc.candidates import ArticleIndex
    from quotesvc.direct import find_direct
    from quotesvc.paragraphs import find_paragraphs
    from quotesvc.quotemarks import find_quote_spans
    from quotesvc.reported import find_reported

    text = "“These groups set the table,” in contrast to earlier years, says Dana Lee."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct These/DET/3/det/this/DT groups/NOUN/4/nsubj/group/NNS set/VERB/15/ccomp/set/VBD "
            "the/DET/6/det/the/DT table/NOUN/4/obj/table/NN ,/PUNCT/4/punct ”/PUNCT/4/punct in/ADP/10/case/in/IN "
            "contrast/NOUN/4/obl/contrast/NN to/ADP/13/case/to/IN earlier/ADJ/13/amod/early/JJR "
            "years/NOUN/10/nmod/year/NNS ,/PUNCT/4/punct says/VERB/0/root/say/VBZ Dana/PROPN/15/nsubj/Dana/NNP "
            "Lee/PROPN/16/flat/Lee/NNP ./PUNCT/15/punct"
        ],
    )
    lex = lexicons.load()
    paragraphs = find_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    index = ArticleIndex(parsed, spans)
    direct, _ = find_direct(spans, parsed, index, lex, [p.end for p in paragraphs])
    assert [c.type.value for c in direct] == ["mixed"]
    assert find_reported(parsed, index, lex, direct) == []


def test_speaking_somewhere_reports_nothing():
    text = "Romney spoke Thursday at the University of Utah, where he has a home."
    parsed = build(
        text,
        [
            "Romney/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD Thursday/PROPN/2/obl:tmod at/ADP/6/case the/DET/6/det "
            "University/PROPN/2/obl of/ADP/8/case Utah/PROPN/6/nmod ,/PUNCT/12/punct where/ADV/12/advmod "
            "he/PRON/12/nsubj has/VERB/6/acl:relcl/have a/DET/14/det home/NOUN/12/obj ./PUNCT/2/punct"
        ],
    )
    assert quotes(parsed) == () and quotes(parsed, scope="attributions") == ()


def test_complement_subject_hung_on_the_cue_stays_in_the_content():
    # the parser made "grasp" a second subject of "said"; the speaker is the one after the clause
    text = "The mayor's grasp of policy and budgets is worrying, Okafor said."
    parsed = build(
        text,
        [
            "The/DET/2/det mayor/NOUN/4/nmod:poss 's/PART/2/case grasp/NOUN/13/nsubj of/ADP/6/case "
            "policy/NOUN/4/nmod and/CCONJ/8/cc budgets/NOUN/6/conj/budget is/AUX/10/aux/be "
            "worrying/VERB/13/ccomp/worry/VBG ,/PUNCT/10/punct Okafor/PROPN/13/nsubj said/VERB/0/root/say/VBD "
            "./PUNCT/13/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("The mayor's grasp of policy and budgets is worrying", "Okafor")


def test_trailing_attribution_parsed_as_a_conjunct():
    text = "Lee also lacks support in the council, said Dana Okafor, a professor."
    parsed = build(
        text,
        [
            "Lee/PROPN/3/nsubj also/ADV/3/advmod lacks/VERB/0/root/lack support/NOUN/3/obj in/ADP/7/case "
            "the/DET/7/det council/NOUN/4/nmod ,/PUNCT/9/punct said/VERB/3/conj/say/VBD Dana/PROPN/9/nsubj "
            "Okafor/PROPN/10/flat ,/PUNCT/14/punct a/DET/14/det professor/NOUN/10/appos ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("Lee also lacks support in the council", "Dana Okafor")
    # a noun before a coordinated verb is that verb's own subject
    text = "They travel far, and seek abroad, the love denied at home."
    parsed = build(
        text,
        [
            "They/PRON/2/nsubj travel/VERB/0/root far/ADV/2/advmod ,/PUNCT/6/punct and/CCONJ/6/cc "
            "seek/VERB/2/conj abroad/ADV/6/advmod ,/PUNCT/11/punct the/DET/10/det love/NOUN/11/nsubj "
            "denied/VERB/2/conj/deny/VBD at/ADP/13/case home/NOUN/11/obl ./PUNCT/2/punct"
        ],
    )
    assert quotes(parsed) == ()


def test_a_question_put_by_an_agent_is_the_agents():
    text = "Lee was asked by a caller why the robots are late."
    parsed = build(
        text,
        [
            "Lee/PROPN/3/nsubj:pass was/AUX/3/aux:pass/be asked/VERB/0/root/ask/VBN by/ADP/6/case a/DET/6/det "
            "caller/NOUN/3/obl:agent why/ADV/11/advmod the/DET/9/det robots/NOUN/11/nsubj/robot are/AUX/11/cop/be "
            "late/ADV/3/advcl ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text, q.cue.text) == ("why the robots are late", "a caller", "asked")


def test_a_question_without_an_asker_is_put_to_the_subject():
    text = "In an interview, she was asked what happened to the vote."
    parsed = build(
        text,
        [
            "In/ADP/3/case an/DET/3/det interview/NOUN/7/obl ,/PUNCT/3/punct she/PRON/7/nsubj was/AUX/7/aux:pass/be "
            "asked/VERB/0/root/ask/VBN what/PRON/9/nsubj happened/VERB/7/ccomp/happen/VBD to/ADP/12/case "
            "the/DET/12/det vote/NOUN/9/obl ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker, q.addressee.text) == ("what happened to the vote", None, "she")


def test_a_question_parsed_as_a_relative_clause_of_the_addressee():
    text = "Dana Beck asked the mayor who she thought would win the race, and Lee laughed."
    parsed = build(
        text,
        [
            "Dana/PROPN/3/nsubj Beck/PROPN/1/flat asked/VERB/0/root/ask/VBD the/DET/5/det mayor/NOUN/3/iobj "
            "who/PRON/8/obj she/PRON/8/nsubj thought/VERB/5/acl:relcl/think/VBD would/AUX/10/aux "
            "win/VERB/5/acl:relcl/win/VB the/DET/12/det race/NOUN/10/obj ,/PUNCT/16/punct and/CCONJ/16/cc "
            "Lee/PROPN/16/nsubj laughed/VERB/3/conj/laugh/VBD ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("who she thought would win the race", "Dana Beck")


def test_trailing_speaker_the_parse_folded_into_the_clause():
    # "teachers and union officials" parsed as conjuncts of "unions", "told" as a conjunct of the root
    text = "Support is particularly strong among the youngest members of the unions, teachers and union officials told Reuters."
    parsed = build(
        text,
        [
            "Support/NOUN/4/nsubj is/AUX/4/cop/be/VBZ particularly/ADV/4/advmod strong/ADJ/0/root among/ADP/8/case "
            "the/DET/8/det youngest/ADJ/8/amod/young members/NOUN/4/obl/member of/ADP/11/case the/DET/11/det "
            "unions/NOUN/8/nmod/union ,/PUNCT/13/punct teachers/NOUN/11/conj/teacher and/CCONJ/16/cc "
            "union/NOUN/16/compound officials/NOUN/11/conj/official told/VERB/4/conj/tell/VBD "
            "Reuters/PROPN/17/iobj ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "Support is particularly strong among the youngest members of the unions"
    assert (q.speaker.text, q.cue.text) == ("teachers", "told")


def test_a_trailing_cue_tagged_as_a_participle_ends_the_sentence_and_reports_the_clause_before_it():
    # "announced" tagged VBN and hung on "open" with a passive subject; nothing after it, no
    # auxiliary: a past form, not a participle modifying a noun
    text = "The agency is planning to open a shelter, officials announced."
    parsed = build(
        text,
        [
            "The/DET/2/det agency/NOUN/4/nsubj is/AUX/4/aux/be/VBZ planning/VERB/0/root/plan/VBG to/PART/6/mark "
            "open/VERB/4/xcomp/open/VB a/DET/8/det shelter/NOUN/6/obj ,/PUNCT/10/punct "
            "officials/NOUN/11/nsubj:pass/official announced/VERB/6/xcomp/announce/VBN ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("The agency is planning to open a shelter", "officials")


def test_a_speaker_the_parser_made_the_subject_of_the_reported_clause_speaks():
    # "majority" hung on "track" as its subject; "say" has none of its own
    text = "A majority of voters say the state is on the wrong track."
    parsed = build(
        text,
        [
            "A/DET/2/det majority/NOUN/12/nsubj of/ADP/4/case voters/NOUN/2/nmod/voter say/VERB/0/root/say/VBP "
            "the/DET/7/det state/NOUN/12/nsubj is/AUX/12/cop/be/VBZ on/ADP/12/case the/DET/12/det "
            "wrong/ADJ/12/amod track/NOUN/5/ccomp ./PUNCT/5/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("the state is on the wrong track", "A majority of voters")


def test_a_relative_clause_after_a_comma_is_no_trailing_attribution():
    text = "Lee lost Ohio to Dana Okafor, who added to her lead."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj lost/VERB/0/root/lose/VBD Ohio/PROPN/2/obj to/ADP/5/case Dana/PROPN/2/obl "
            "Okafor/PROPN/5/flat ,/PUNCT/9/punct who/PRON/9/nsubj added/VERB/5/acl:relcl/add/VBD to/ADP/12/case "
            "her/PRON/12/nmod:poss lead/NOUN/9/obl ./PUNCT/2/punct"
        ],
    )
    assert quotes(parsed) == ()


def test_as_the_paper_reported_frames_the_main_clause():
    text = "As the Gazette reported, most of the robots were built in Ohio."
    parsed = build(
        text,
        [
            "As/SCONJ/4/mark the/DET/3/det Gazette/PROPN/4/nsubj reported/VERB/11/advcl/report/VBD ,/PUNCT/4/punct "
            "most/ADJ/11/nsubj:pass of/ADP/9/case the/DET/9/det robots/NOUN/6/nmod/robot were/AUX/11/aux:pass/be/VBD "
            "built/VERB/0/root/build/VBN in/ADP/13/case Ohio/PROPN/11/obl ./PUNCT/11/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("most of the robots were built in Ohio", "the Gazette")


@pytest.mark.parametrize(
    ("text", "spec", "content", "speaker"),
    [
        # no complement: the main clause after the "as" frame is what the paper reported
        (
            "As the Post reported, even then Lee would need more votes.",
            "As/SCONJ/4/mark the/DET/3/det Post/PROPN/4/nsubj reported/VERB/10/advcl/report/VBD ,/PUNCT/4/punct "
            "even/ADV/7/advmod then/ADV/10/advmod Lee/PROPN/10/nsubj would/AUX/10/aux need/VERB/0/root/need/VB "
            "more/ADJ/12/amod votes/NOUN/10/obj/vote ./PUNCT/10/punct",
            "even then Lee would need more votes",
            "the Post",
        ),
        # passive, the agent speaks
        (
            "As reported by the Herald, the mayor was told of the plan.",
            "As/SCONJ/2/mark reported/VERB/10/advcl/report/VBN by/ADP/5/case the/DET/5/det Herald/PROPN/2/obl:agent "
            ",/PUNCT/2/punct the/DET/8/det mayor/NOUN/10/nsubj:pass was/AUX/10/aux:pass/be/VBD told/VERB/0/root/tell/VBN "
            "of/ADP/13/case the/DET/13/det plan/NOUN/10/obl ./PUNCT/10/punct",
            "the mayor was told of the plan",
            "the Herald",
        ),
        # after its clause, the clause before it
        (
            "Lee met Ailes that day, as the Times reported on Tuesday.",
            "Lee/PROPN/2/nsubj met/VERB/0/root/meet/VBD Ailes/PROPN/2/obj that/DET/5/det day/NOUN/2/obl:unmarked "
            ",/PUNCT/10/punct as/SCONJ/10/mark the/DET/9/det Times/PROPN/10/nsubj reported/VERB/2/advcl/report/VBD "
            "on/ADP/12/case Tuesday/PROPN/10/obl ./PUNCT/2/punct",
            "Lee met Ailes that day",
            "the Times",
        ),
    ],
)
def test_an_as_frame_attributes_the_clause_it_hangs_on(text, spec, content, speaker):
    (q,) = quotes(build(text, [spec]))
    assert (q.text, q.speaker.text) == (content, speaker)


def test_an_as_clause_with_an_infinitive_frames_nothing():
    text = "As Lee continues to campaign, the race grows closer."
    parsed = build(
        text,
        [
            "As/SCONJ/3/mark Lee/PROPN/3/nsubj continues/VERB/9/advcl/continue/VBZ to/PART/5/mark "
            "campaign/VERB/3/xcomp/campaign/VB ,/PUNCT/3/punct the/DET/8/det race/NOUN/9/nsubj "
            "grows/VERB/0/root/grow/VBZ closer/ADJ/9/xcomp ./PUNCT/9/punct"
        ],
    )
    assert quotes(parsed) == ()


def test_the_noun_phrase_opening_the_sentence_speaks_when_the_parser_hung_it_in_an_aside():
    # "Lee" parsed as the subject of "seen" inside the aside; "said" has no subject
    text = "Mr. Lee, whose finish was seen as a loss, said that he would stay."
    parsed = build(
        text,
        [
            "Mr./PROPN/2/nmod:desc Lee/PROPN/7/nsubj:pass ,/PUNCT/2/punct whose/PRON/5/nmod:poss "
            "finish/NOUN/7/nsubj:pass was/AUX/7/aux:pass/be/VBD seen/VERB/12/ccomp/see/VBN as/ADP/10/case "
            "a/DET/10/det loss/NOUN/7/obl ,/PUNCT/2/punct said/VERB/0/root/say/VBD that/SCONJ/16/mark "
            "he/PRON/16/nsubj would/AUX/16/aux stay/VERB/12/ccomp/stay/VB ./PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("that he would stay", "Lee")
    assert q.speaker.text.startswith("Mr. Lee")


@pytest.mark.parametrize(
    ("verb", "quoted"),
    [
        # "warned" in the cue's tense: the speaker's next report
        ("warned/VERB/6/conj/warn/VBD", ("the plan would fail", "that the city had no money")),
        # "would respond": a modal predicate is more of the clause
        (None, ("the plan would fail and would respond within days", None)),
    ],
)
def test_a_coordinated_report_hung_inside_the_clause_ends_it(verb, quoted):
    if verb is not None:
        text = "Lee said the plan would fail and warned that the city had no money."
        spec = (
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det plan/NOUN/6/nsubj would/AUX/6/aux/would/MD "
            f"fail/VERB/2/ccomp/fail/VB and/CCONJ/8/cc {verb} that/SCONJ/12/mark the/DET/11/det "
            "city/NOUN/12/nsubj had/VERB/8/ccomp/have/VBD no/DET/14/det money/NOUN/12/obj ./PUNCT/2/punct"
        )
    else:
        text = "Lee said the plan would fail and would respond within days."
        spec = (
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det plan/NOUN/6/nsubj would/AUX/6/aux/would/MD "
            "fail/VERB/2/ccomp/fail/VB and/CCONJ/9/cc would/AUX/9/aux/would/MD respond/VERB/6/conj/respond/VB "
            "within/ADP/11/case days/NOUN/9/obl/day ./PUNCT/2/punct"
        )
    found = {q.cue.text: q.text for q in quotes(build(text, [spec]))}
    assert found["said"] == quoted[0]
    if quoted[1] is not None:
        assert found["warned"] == quoted[1]


@pytest.mark.parametrize("scope", ["statements", "attributions"])
def test_a_coordinated_speech_act_hung_inside_the_clause_ends_it(scope):
    # "championed" in the cue's tense, hung on "fail": the speaker's next act, not more of the report
    text = "Lee said the plan would fail and championed a tax on land."
    spec = (
        "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det plan/NOUN/6/nsubj would/AUX/6/aux/would/MD "
        "fail/VERB/2/ccomp/fail/VB and/CCONJ/8/cc championed/VERB/6/conj/champion/VBD a/DET/10/det "
        "tax/NOUN/8/obj on/ADP/12/case land/NOUN/10/nmod ./PUNCT/2/punct"
    )
    found = {q.cue.text: q.text for q in quotes(build(text, [spec]), scope=scope)}
    assert found["said"] == "the plan would fail"
    assert found.get("championed") == ("a tax on land" if scope == "attributions" else None)


def test_a_request_whose_infinitive_is_parsed_as_a_purpose_is_still_the_request():
    # "to act" hung on "urged" as an adverbial clause, as the compact model parses it
    text = "Lee urged the council to act now."
    spec = (
        "Lee/PROPN/2/nsubj urged/VERB/0/root/urge/VBD the/DET/4/det council/NOUN/2/obj to/PART/6/mark "
        "act/VERB/2/advcl/act/VB now/ADV/6/advmod ./PUNCT/2/punct"
    )
    (q,) = quotes(build(text, [spec]), scope="attributions")
    assert (q.text, q.speaker.name, q.category.value) == ("the council to act now", "Lee", "speech_act")
    # a verb of saying with no addressee: the infinitive says what for, not what was said
    purpose = build(
        "Lee wrote on Friday to fix the date.",
        [
            "Lee/PROPN/2/nsubj wrote/VERB/0/root/write/VBD on/ADP/4/case Friday/PROPN/2/obl to/PART/6/mark "
            "fix/VERB/2/advcl/fix/VB the/DET/8/det date/NOUN/6/obj ./PUNCT/2/punct"
        ],
    )
    assert quotes(purpose, scope="attributions") == ()


@pytest.mark.parametrize(
    ("article", "quoted"),
    [
        # the writer's indefinite description of a name the report ends on: not what Lee said
        ("a", "he met Ann Park"),
        # a definite one is as often the speaker's own words: kept
        ("the", "he met Ann Park, the lawyer for the city"),
    ],
)
def test_a_trailing_description_of_a_name_is_the_writers(article, quoted):
    text = f"Lee said he met Ann Park, {article} lawyer for the city."
    spec = (
        "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD he/PRON/4/nsubj met/VERB/2/ccomp/meet/VBD "
        f"Ann/PROPN/4/obj Park/PROPN/5/flat ,/PUNCT/9/punct {article}/DET/9/det lawyer/NOUN/5/appos "
        "for/ADP/12/case the/DET/12/det city/NOUN/9/nmod ./PUNCT/2/punct"
    )
    (q,) = quotes(build(text, [spec]))
    assert q.text == quoted


@pytest.mark.parametrize(
    ("rest", "pieces"),
    [
        # the clause goes on after the parenthetical cue
        ("but it is cheap", ["The plan may fail", "it is cheap"]),
        # a participle after it is the speaker's next act, not more of the clause
        ("adding that it is cheap", ["The plan may fail"]),
    ],
)
def test_the_clause_goes_on_after_a_parenthetical_cue(rest, pieces):
    text = f"The plan may fail, they say, {rest}."
    head = "The/DET/2/det plan/NOUN/4/nsubj may/AUX/4/aux/may/MD fail/VERB/0/root/fail/VB ,/PUNCT/7/punct "
    cue = "they/PRON/7/nsubj say/VERB/4/parataxis/say/VBP ,/PUNCT/{}/punct "
    if rest.startswith("but"):
        spec = (
            head
            + cue.format(12)
            + ("but/CCONJ/12/cc it/PRON/12/nsubj is/AUX/12/cop/be/VBZ cheap/ADJ/4/conj ./PUNCT/4/punct")
        )
    else:
        spec = (
            head
            + cue.format(9)
            + (
                "adding/VERB/4/advcl/add/VBG that/SCONJ/13/mark it/PRON/13/nsubj is/AUX/13/cop/be/VBZ "
                "cheap/ADJ/9/ccomp ./PUNCT/4/punct"
            )
        )
    found = [q for q in quotes(build(text, [spec])) if q.cue.text == "say"]
    assert [[text[a:b] for a, b in q.spans] for q in found] == [pieces]


def test_the_subject_before_an_aside_set_off_by_dashes_speaks():
    # "Lee" parsed as an apposition of "Tuesday", the cue left without a subject
    text = "Reached on Tuesday, Lee — who runs a farm — told reporters he would stay."
    spec = (
        "Reached/VERB/12/advcl/reach/VBN on/ADP/3/case Tuesday/PROPN/1/obl ,/PUNCT/5/punct Lee/PROPN/3/appos "
        "—/PUNCT/8/punct who/PRON/8/nsubj runs/VERB/5/acl:relcl/run/VBZ a/DET/10/det farm/NOUN/8/obj "
        "—/PUNCT/8/punct told/VERB/0/root/tell/VBD reporters/NOUN/12/iobj/reporter/NNS he/PRON/16/nsubj "
        "would/AUX/16/aux/would/MD stay/VERB/12/ccomp/stay/VB ./PUNCT/12/punct"
    )
    (q,) = quotes(build(text, [spec]))
    assert (q.text, q.speaker.name) == ("he would stay", "Lee")


def test_the_question_put_to_the_speaker_is_not_what_he_said():
    # "Asked" parsed as the root and "said" hung on it as a parenthetical
    text = "Asked whether he would run, Rubio said no."
    spec = (
        "Asked/VERB/0/root/ask/VBN whether/SCONJ/5/mark he/PRON/5/nsubj would/AUX/5/aux/would/MD "
        "run/VERB/1/ccomp/run/VB ,/PUNCT/5/punct Rubio/PROPN/8/nsubj said/VERB/1/parataxis/say/VBD "
        "no/INTJ/8/discourse ./PUNCT/8/punct"
    )
    found = [(q.text, q.cue.text) for q in quotes(build(text, [spec]))]
    assert found == [("whether he would run", "Asked")]


def test_a_task_put_to_someone_is_a_question_with_no_asker_but_a_request_is_no_statement():
    text = "Lee was asked to name one achievement."
    parsed = build(
        text,
        [
            "Lee/PROPN/3/nsubj:pass was/AUX/3/aux:pass/be/VBD asked/VERB/0/root/ask/VBN to/PART/5/mark "
            "name/VERB/3/xcomp/name/VB one/NUM/7/nummod achievement/NOUN/5/obj ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker, q.addressee.text) == ("to name one achievement", None, "Lee")
    request = build(
        "Lee asked the council to act.",
        [
            "Lee/PROPN/2/nsubj asked/VERB/0/root/ask/VBD the/DET/4/det council/NOUN/2/obj to/PART/6/mark "
            "act/VERB/2/xcomp/act/VB ./PUNCT/2/punct"
        ],
    )
    assert quotes(request) == ()


def test_a_that_clause_hung_on_the_addressee_is_the_report_not_a_later_complement():
    # "that he searched …" parsed as a relative clause on "agents", "looking" as the complement
    text = "Voss told FBI agents that he searched the accounts, looking for weak spots."
    parsed = build(
        text,
        [
            "Voss/PROPN/2/nsubj told/VERB/0/root/tell/VBD FBI/PROPN/4/compound agents/NOUN/2/iobj/agent "
            "that/SCONJ/7/mark he/PRON/7/nsubj searched/VERB/4/acl:relcl/search/VBD the/DET/9/det "
            "accounts/NOUN/7/obj/account ,/PUNCT/11/punct looking/VERB/2/ccomp/look/VBG for/ADP/14/case "
            "weak/ADJ/14/amod spots/NOUN/11/obl/spot ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text.startswith("that he searched the accounts") and q.speaker.text == "Voss"


def test_a_participle_set_off_by_a_comma_reports_the_clause_the_parser_split_off_it():
    # "use" parsed as the object of "saying", "wrong" as a conjunct of "took"
    text = "Cruz took the stage, saying his use of the term was wrong."
    parsed = build(
        text,
        [
            "Cruz/PROPN/2/nsubj took/VERB/0/root/take/VBD the/DET/4/det stage/NOUN/2/obj ,/PUNCT/6/punct "
            "saying/VERB/2/advcl/say/VBG his/PRON/8/nmod:poss use/NOUN/6/obj of/ADP/11/case the/DET/11/det "
            "term/NOUN/8/nmod was/AUX/13/cop/be/VBD wrong/ADJ/2/conj ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("his use of the term was wrong", "Cruz")
    # a relative clause after a comma ("…, that were present") has no verb of a reported clause
    aside = build(
        "Waters spoke, noting the touches of the studio, that were present.",
        [
            "Waters/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD ,/PUNCT/4/punct noting/VERB/2/advcl/note/VBG "
            "the/DET/6/det touches/NOUN/4/obj of/ADP/9/case the/DET/9/det studio/NOUN/6/nmod ,/PUNCT/13/punct "
            "that/PRON/13/nsubj were/AUX/13/cop/be/VBD present/ADJ/2/conj ./PUNCT/2/punct"
        ],
    )
    assert quotes(aside) == ()


def test_a_clause_with_a_personal_subject_hung_on_the_addressee_is_what_was_told():
    text = "Joyce told the Post he is not planning an appeal."
    parsed = build(
        text,
        [
            "Joyce/PROPN/2/nsubj told/VERB/0/root/tell/VBD the/DET/4/det Post/PROPN/2/iobj he/PRON/8/nsubj "
            "is/AUX/8/aux/be/VBZ not/PART/8/advmod planning/VERB/4/acl:relcl/plan/VBG an/DET/10/det "
            "appeal/NOUN/8/obj ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text, q.addressee.text) == ("he is not planning an appeal", "Joyce", "the Post")


def test_a_participle_after_a_closing_attribution_is_what_the_speaker_did_not_what_was_said():
    text = "Sales were great, Lee said, wiping sweat off his face."
    parsed = build(
        text,
        [
            "Sales/NOUN/3/nsubj/sale were/AUX/3/cop/be/VBD great/ADJ/0/root ,/PUNCT/6/punct Lee/PROPN/6/nsubj "
            "said/VERB/3/parataxis/say/VBD ,/PUNCT/8/punct wiping/VERB/6/ccomp/wipe/VBG sweat/NOUN/8/obj "
            "off/ADP/12/case his/PRON/12/nmod:poss face/NOUN/8/obl ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("Sales were great", "Lee")


def test_a_past_form_tagged_as_a_participle_after_the_subject_heads_the_clause():
    text = "Lee said the robots failed in March."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det robots/NOUN/2/obj/robot/NNS "
            "failed/VERB/4/acl/fail/VBN in/ADP/7/case March/PROPN/5/obl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("the robots failed in March", "Lee")


def test_a_participle_between_the_cue_and_its_that_clause():
    text = "Lee said in an interview taped before the vote that the robots failed."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD in/ADP/5/case an/DET/5/det interview/NOUN/2/obl "
            "taped/VERB/5/acl/tape/VBN before/ADP/9/case the/DET/9/det vote/NOUN/6/obl that/SCONJ/13/mark "
            "the/DET/12/det robots/NOUN/13/nsubj/robot failed/VERB/9/acl/fail/VBD ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("that the robots failed", "Lee")


def test_a_negated_expectation_is_still_one():
    text = "The bill is not expected to pass."
    parsed = build(
        text,
        [
            "The/DET/2/det bill/NOUN/5/nsubj:pass is/AUX/5/aux:pass/be not/PART/5/advmod "
            "expected/VERB/0/root/expect/VBN to/PART/7/mark pass/VERB/5/xcomp ./PUNCT/5/punct"
        ],
    )
    (q,) = quotes(parsed, scope="attributions")
    assert [text[s:e] for s, e in q.spans] == ["The bill", "to pass"]
    assert quotes(parsed) == ()


def test_the_name_before_an_age_set_off_by_commas_speaks():
    # the parser hung the name on "hall" and gave "said" no subject
    text = "Appearing at the hall, Lee, 70, said the vote was late."
    parsed = build(
        text,
        [
            "Appearing/VERB/10/advcl/appear/VBG at/ADP/4/case the/DET/4/det hall/NOUN/1/obl ,/PUNCT/6/punct "
            "Lee/PROPN/4/appos ,/PUNCT/8/punct 70/NUM/6/flat ,/PUNCT/1/punct said/VERB/0/root/say/VBD "
            "the/DET/12/det vote/NOUN/14/nsubj was/AUX/14/cop/be late/ADJ/10/ccomp ./PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("the vote was late", "Lee")


def test_a_relative_clause_cue_reports_the_clause_missing_its_subject():
    text = "It was a decision they say allowed the robots to multiply."
    parsed = build(
        text,
        [
            "It/PRON/4/nsubj was/AUX/4/cop/be a/DET/4/det decision/NOUN/0/root they/PRON/6/nsubj "
            "say/VERB/4/acl:relcl/say/VBP allowed/VERB/6/xcomp/allow/VBN the/DET/9/det robots/NOUN/7/obj/robot "
            "to/PART/11/mark multiply/VERB/7/xcomp ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("allowed the robots to multiply", "they")
    # a relative pronoun with a preposition makes the noun the cue's topic, not a subject
    text = "The case on which the court ruled was closed."
    parsed = build(
        text,
        [
            "The/DET/2/det case/NOUN/9/nsubj:pass on/ADP/4/case which/PRON/7/obl the/DET/6/det court/NOUN/7/nsubj "
            "ruled/VERB/2/acl:relcl/rule/VBD was/AUX/9/aux:pass/be closed/VERB/0/root/close/VBN ./PUNCT/9/punct"
        ],
    )
    assert quotes(parsed) == ()


def test_a_present_predicate_after_a_past_cue_belongs_to_the_clause():
    text = "The candidate said the meeting was private and does not constitute an endorsement."
    parsed = build(
        text,
        [
            "The/DET/2/det candidate/NOUN/3/nsubj said/VERB/0/root/say/VBD the/DET/5/det meeting/NOUN/7/nsubj "
            "was/AUX/7/cop/be/VBD private/ADJ/3/ccomp and/CCONJ/11/cc does/AUX/11/aux/do/VBZ not/PART/11/advmod "
            "constitute/VERB/3/conj/constitute/VB an/DET/13/det endorsement/NOUN/11/obj ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the meeting was private and does not constitute an endorsement"
    # a past one is the speaker's own next predicate
    text = "The candidate said the meeting was private and praised the pope."
    parsed = build(
        text,
        [
            "The/DET/2/det candidate/NOUN/3/nsubj said/VERB/0/root/say/VBD the/DET/5/det meeting/NOUN/7/nsubj "
            "was/AUX/7/cop/be/VBD private/ADJ/3/ccomp and/CCONJ/9/cc praised/VERB/3/conj/praise/VBD "
            "the/DET/11/det pope/NOUN/9/obj ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the meeting was private"


def test_a_concession_after_the_reported_predicate_stays_in_the_content():
    text = "Lee said the changes were an improvement, although eligibility is still narrow."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det changes/NOUN/7/nsubj/change/NNS "
            "were/AUX/7/cop/be/VBD an/DET/7/det improvement/NOUN/2/ccomp ,/PUNCT/13/punct although/SCONJ/13/mark "
            "eligibility/NOUN/13/nsubj is/AUX/13/cop/be/VBZ still/ADV/13/advmod narrow/ADJ/7/advcl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the changes were an improvement, although eligibility is still narrow"


def test_a_report_inside_an_aside_ends_where_the_aside_does():
    text = "Graham, who says the robots should stay in the city, tweeted that the plan failed."
    parsed = build(
        text,
        [
            "Graham/PROPN/13/nsubj ,/PUNCT/1/punct who/PRON/4/nsubj says/VERB/1/acl:relcl/say/VBZ the/DET/6/det "
            "robots/NOUN/8/nsubj/robot/NNS should/AUX/8/aux/should/MD stay/VERB/13/ccomp in/ADP/11/case "
            "the/DET/11/det city/NOUN/8/obl ,/PUNCT/1/punct tweeted/VERB/0/root/tweet/VBD that/SCONJ/17/mark "
            "the/DET/16/det plan/NOUN/17/nsubj failed/VERB/13/ccomp/fail/VBD ./PUNCT/13/punct"
        ],
    )
    by_cue = {q.cue.text: q.text for q in quotes(parsed)}
    assert by_cue == {"says": "the robots should stay in the city", "tweeted": "that the plan failed"}


def test_a_modal_predicate_after_a_present_cue_belongs_to_the_clause():
    text = "The mayors argue the rules favor elites and could lead to defeat."
    parsed = build(
        text,
        [
            "The/DET/2/det mayors/NOUN/3/nsubj/mayor/NNS argue/VERB/0/root/argue/VBP the/DET/5/det "
            "rules/NOUN/6/nsubj/rule/NNS favor/VERB/3/ccomp/favor/VBP elites/NOUN/6/obj/elite/NNS and/CCONJ/10/cc "
            "could/AUX/10/aux/could/MD lead/VERB/3/conj/lead/VB to/ADP/12/case defeat/NOUN/10/obl ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the rules favor elites and could lead to defeat"


def test_a_past_predicate_hung_on_the_cue_belongs_to_the_clause_unless_it_is_a_cue():
    # the parser hangs "hired" on "said"; it is still what the mayor said of herself
    spec = (
        "The/DET/2/det mayor/NOUN/3/nsubj said/VERB/0/root/say/VBD she/PRON/6/nsubj was/AUX/6/cop/be/VBD "
        "tired/ADJ/3/ccomp of/ADP/9/case the/DET/9/det delays/NOUN/6/obl/delay/NNS and/CCONJ/11/cc "
        "{verb}/VERB/3/conj/{lemma}/VBD a/DET/14/det new/ADJ/14/amod {noun}/NOUN/11/obj ./PUNCT/3/punct"
    )
    text = "The mayor said she was tired of the delays and hired a new contractor."
    (q,) = quotes(build(text, [spec.format(verb="hired", lemma="hire", noun="contractor")]))
    assert q.text == "she was tired of the delays and hired a new contractor"
    # a verb of any attribution is the mayor's next act ("criticized" is a speech act)
    text = "The mayor said she was tired of the delays and criticized a new contractor."
    (q,) = quotes(build(text, [spec.format(verb="criticized", lemma="criticize", noun="contractor")]))
    assert q.text == "she was tired of the delays"


def test_a_predicate_set_off_by_a_comma_is_the_speakers_next_act():
    text = "Kerry said the council wanted a new leader, but echoed the mayor."
    parsed = build(
        text,
        [
            "Kerry/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det council/NOUN/5/nsubj "
            "wanted/VERB/2/ccomp/want/VBD a/DET/8/det new/ADJ/8/amod leader/NOUN/5/obj ,/PUNCT/11/punct "
            "but/CCONJ/11/cc echoed/VERB/2/conj/echo/VBD the/DET/13/det mayor/NOUN/11/obj ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the council wanted a new leader"


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        (
            "The senator said the plan would fail — a claim he has made before.",
            "The/DET/2/det senator/NOUN/3/nsubj said/VERB/0/root/say/VBD the/DET/5/det plan/NOUN/7/nsubj "
            "would/AUX/7/aux fail/VERB/3/ccomp/fail/VB —/PUNCT/10/punct a/DET/10/det claim/NOUN/7/obj "
            "he/PRON/13/nsubj has/AUX/13/aux/have/VBZ made/VERB/10/acl:relcl/make/VBN before/ADV/13/advmod "
            "./PUNCT/3/punct",
            "the plan would fail",
        ),
        (
            "The senator said the plan would fail — and the council met on Monday.",
            "The/DET/2/det senator/NOUN/3/nsubj said/VERB/0/root/say/VBD the/DET/5/det plan/NOUN/7/nsubj "
            "would/AUX/7/aux fail/VERB/3/ccomp/fail/VB —/PUNCT/12/punct and/CCONJ/12/cc the/DET/11/det "
            "council/NOUN/12/nsubj met/VERB/7/conj/meet/VBD on/ADP/14/case Monday/PROPN/12/obl ./PUNCT/3/punct",
            "the plan would fail",
        ),
        (
            "The senator said the plan would fail — and that the council knew it.",
            "The/DET/2/det senator/NOUN/3/nsubj said/VERB/0/root/say/VBD the/DET/5/det plan/NOUN/7/nsubj "
            "would/AUX/7/aux fail/VERB/3/ccomp/fail/VB —/PUNCT/13/punct and/CCONJ/13/cc that/SCONJ/13/mark "
            "the/DET/12/det council/NOUN/13/nsubj knew/VERB/7/conj/know/VBD it/PRON/13/obj ./PUNCT/3/punct",
            "the plan would fail — and that the council knew it",
        ),
    ],
)
def test_a_dash_sets_off_the_writers_aside_after_the_reported_clause(text, spec, expected):
    (q,) = quotes(build(text, [spec]))
    assert q.text == expected


@pytest.mark.parametrize(
    ("text", "spec", "lemma"),
    [
        (
            "Lee posted on Facebook that the vote was rigged.",
            "Lee/PROPN/2/nsubj posted/VERB/0/root/post/VBD on/ADP/4/case Facebook/PROPN/2/obl that/SCONJ/9/mark "
            "the/DET/7/det vote/NOUN/9/nsubj:pass was/AUX/9/aux:pass/be/VBD rigged/VERB/2/ccomp/rig/VBN "
            "./PUNCT/2/punct",
            "post",
        ),
        (
            "Lee hinted that the vote was rigged.",
            "Lee/PROPN/2/nsubj hinted/VERB/0/root/hint/VBD that/SCONJ/7/mark the/DET/5/det "
            "vote/NOUN/7/nsubj:pass was/AUX/7/aux:pass/be/VBD rigged/VERB/2/ccomp/rig/VBN ./PUNCT/2/punct",
            "hint",
        ),
        (
            "Lee echoed the mayor, adding that the vote was rigged.",
            "Lee/PROPN/2/nsubj echoed/VERB/0/root/echoe/VBD the/DET/4/det mayor/NOUN/2/obj ,/PUNCT/6/punct "
            "adding/VERB/2/advcl/add/VBG that/SCONJ/11/mark the/DET/9/det vote/NOUN/11/nsubj:pass "
            "was/AUX/11/aux:pass/be/VBD rigged/VERB/6/ccomp/rig/VBN ./PUNCT/2/punct",
            None,
        ),
    ],
)
def test_verbs_of_posting_and_hinting_report_their_clause(text, spec, lemma):
    qs = quotes(build(text, [spec]))
    if lemma is None:  # "echoed the mayor" reports no clause of its own; "adding" does
        assert [(q.cue.lemma, q.text) for q in qs] == [("add", "that the vote was rigged")]
    else:
        assert [(q.cue.lemma, q.text, q.speaker.name) for q in qs] == [(lemma, "that the vote was rigged", "Lee")]


def test_a_cue_is_reported_with_the_lexicons_lemma_not_a_clipped_one():
    text = "Lee echoed that the vote was rigged."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj echoed/VERB/0/root/echoe/VBD that/SCONJ/7/mark the/DET/5/det "
            "vote/NOUN/7/nsubj:pass was/AUX/7/aux:pass/be/VBD rigged/VERB/2/ccomp/rig/VBN ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.text, q.cue.lemma) == ("echoed", "echo")


def test_a_clause_whose_subject_the_parser_hung_on_the_cue_and_the_rest_as_its_conjunct():
    text = "Fallon, a spokesman, said the mayor and the council had been careful."
    parsed = build(
        text,
        [
            "Fallon/PROPN/6/nsubj ,/PUNCT/4/punct a/DET/4/det spokesman/NOUN/1/appos ,/PUNCT/1/punct "
            "said/VERB/0/root/say/VBD the/DET/8/det mayor/NOUN/6/nsubj and/CCONJ/14/cc the/DET/11/det "
            "council/NOUN/14/nsubj had/AUX/14/aux/have/VBD been/AUX/14/cop/be/VBN careful/ADJ/6/conj "
            "./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("the mayor and the council had been careful", "Fallon")


def test_a_participle_cue_reports_the_that_clause_the_parser_hung_elsewhere():
    text = "Lee said he would stay, adding that the vice chairman joined the board."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD he/PRON/5/nsubj would/AUX/5/aux stay/VERB/2/ccomp "
            ",/PUNCT/7/punct adding/VERB/2/ccomp/add/VBG that/SCONJ/12/mark the/DET/11/det vice/NOUN/11/compound "
            "chairman/NOUN/12/nsubj joined/VERB/2/ccomp/join/VBD the/DET/14/det board/NOUN/12/obj ./PUNCT/2/punct"
        ],
    )
    assert [(q.cue.lemma, q.text, q.speaker.name) for q in quotes(parsed)] == [
        ("say", "he would stay", "Lee"),
        ("add", "that the vice chairman joined the board", "Lee"),
    ]


def test_an_aside_between_dashes_after_the_cue_leaves_the_that_clause_its_report():
    text = "Lee said — on Twitter, as it happens — that the city raised $4 million."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD —/PUNCT/5/punct on/ADP/5/case Twitter/PROPN/2/obl "
            ",/PUNCT/9/punct as/SCONJ/9/mark it/PRON/9/nsubj happens/VERB/2/advcl/happen/VBZ —/PUNCT/14/punct "
            "that/SCONJ/14/mark the/DET/13/det city/NOUN/14/nsubj raised/VERB/9/ccomp/raise/VBD $/SYM/14/obj "
            "4/NUM/17/compound million/NUM/15/nummod ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("that the city raised $4 million", "Lee")


def test_a_participle_cue_reports_the_clause_the_parser_hung_on_its_host_verb():
    text = "Rival candidates followed his lead, saying the record is a fair target."
    parsed = build(
        text,
        [
            "Rival/ADJ/2/amod candidates/NOUN/3/nsubj/candidate/NNS followed/VERB/0/root/follow/VBD "
            "his/PRON/5/nmod:poss lead/NOUN/3/obj ,/PUNCT/7/punct saying/VERB/3/advcl/say/VBG "
            "the/DET/9/det record/NOUN/13/nsubj is/AUX/13/cop/be/VBZ a/DET/13/det fair/ADJ/13/amod "
            "target/NOUN/3/ccomp ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.lemma, q.text, q.speaker.text) == ("say", "the record is a fair target", "Rival candidates")


def test_a_report_of_its_own_after_a_concession_is_no_part_of_the_claim():
    text = "Lee said the record is fair, though Baker said voters would not care."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det record/NOUN/6/nsubj is/AUX/6/cop/be/VBZ "
            "fair/ADJ/2/ccomp ,/PUNCT/10/punct though/SCONJ/10/mark Baker/PROPN/10/nsubj said/VERB/6/advcl/say/VBD "
            "voters/NOUN/14/nsubj/voter/NNS would/AUX/14/aux not/PART/14/advmod care/VERB/10/ccomp ./PUNCT/2/punct"
        ],
    )
    assert [(q.text, q.speaker.name) for q in quotes(parsed)] == [
        ("the record is fair", "Lee"),
        ("voters would not care", "Baker"),
    ]


def test_a_that_clause_after_an_oblique_parsed_as_a_relative_clause_is_the_report():
    text = "Lee alleged in the suit that the firm earned $5 million from the scheme."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj alleged/VERB/0/root/allege/VBD in/ADP/5/case the/DET/5/det suit/NOUN/2/obl "
            "that/PRON/9/obj/that/WDT the/DET/8/det firm/NOUN/9/nsubj earned/VERB/5/acl:relcl/earn/VBD "
            "$/SYM/9/obj 5/NUM/12/compound million/NUM/10/nummod from/ADP/15/case the/DET/15/det "
            "scheme/NOUN/9/obl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("that the firm earned $5 million from the scheme", "Lee")


def test_a_relative_clause_whose_object_is_that_stays_part_of_the_oblique():
    text = "Lee alleged in the suit that the firm filed in May a new fee."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj alleged/VERB/0/root/allege/VBD in/ADP/5/case the/DET/5/det suit/NOUN/2/obl "
            "that/PRON/9/obj/that/WDT the/DET/8/det firm/NOUN/9/nsubj filed/VERB/5/acl:relcl/file/VBD "
            "in/ADP/11/case May/PROPN/9/obl a/DET/14/det new/ADJ/14/amod fee/NOUN/9/obl ./PUNCT/2/punct"
        ],
    )
    assert quotes(parsed) == ()


def test_a_surface_read_clause_ends_before_the_writers_relative_clause():
    text = (
        "A voter told the senator that he drove from Chicago to ask about visas, which are issued to skilled workers."
    )
    parsed = build(
        text,
        [
            "A/DET/2/det voter/NOUN/3/nsubj told/VERB/0/root/tell/VBD the/DET/5/det senator/NOUN/3/iobj "
            "that/SCONJ/8/mark he/PRON/8/nsubj drove/VERB/5/acl:relcl/drive/VBD from/ADP/10/case "
            "Chicago/PROPN/8/obl to/PART/12/mark ask/VERB/8/advcl/ask/VB about/ADP/14/case "
            "visas/NOUN/12/obl/visa/NNS ,/PUNCT/18/punct which/PRON/18/nsubj:pass are/AUX/18/aux:pass/be/VBP "
            "issued/VERB/14/acl:relcl/issue/VBN to/ADP/21/case skilled/ADJ/21/amod workers/NOUN/18/obl/worker/NNS "
            "./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("that he drove from Chicago to ask about visas", "A voter")


def test_an_intention_with_a_subject_of_its_own_hung_on_the_cue_stays_in_the_clause():
    text = "Lee says he called the mayor and the family planned to bring flowers."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj says/VERB/0/root/say/VBZ he/PRON/4/nsubj called/VERB/2/ccomp/call/VBD "
            "the/DET/6/det mayor/NOUN/4/obj and/CCONJ/10/cc the/DET/9/det family/NOUN/10/nsubj "
            "planned/VERB/2/conj/plan/VBD to/PART/12/mark bring/VERB/10/xcomp/bring/VB "
            "flowers/NOUN/12/obj/flower/NNS ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("he called the mayor and the family planned to bring flowers", "Lee")


def test_a_telling_participle_reports_the_that_clause_past_its_addressee_and_circumstances():
    text = "Lee praised the vote, telling reporters during a visit on Friday that he thinks the deal is fair."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj praised/VERB/0/root/praise/VBD the/DET/4/det vote/NOUN/2/obj ,/PUNCT/6/punct "
            "telling/VERB/2/advcl/tell/VBG reporters/NOUN/6/obj/reporter/NNS during/ADP/10/case a/DET/10/det "
            "visit/NOUN/6/obl on/ADP/12/case Friday/PROPN/10/nmod that/SCONJ/15/mark he/PRON/15/nsubj "
            "thinks/VERB/2/parataxis/think/VBZ the/DET/17/det deal/NOUN/19/nsubj is/AUX/19/cop/be/VBZ "
            "fair/ADJ/15/ccomp ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.text, q.text, q.speaker.text) == ("telling", "that he thinks the deal is fair", "Lee")


def test_a_trailing_cue_with_a_common_noun_subject_and_an_addressee_reports_the_clause_before_it():
    text = "He was in his second year, a school spokesman told the paper."
    parsed = build(
        text,
        [
            "He/PRON/6/nsubj was/AUX/6/cop in/ADP/6/case his/PRON/6/nmod:poss second/ADJ/6/amod "
            "year/NOUN/0/root ,/PUNCT/11/punct a/DET/10/det school/NOUN/10/compound spokesman/NOUN/11/nsubj "
            "told/VERB/6/conj/tell/VBD the/DET/13/det paper/NOUN/11/iobj ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("He was in his second year", "a school spokesman")


def test_a_that_clause_hung_deep_inside_the_addressee_is_the_report():
    text = "Lee told members of the council that the body will not hold a vote."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj told/VERB/0/root/tell/VBD members/NOUN/2/iobj/member/NNS of/ADP/6/case "
            "the/DET/6/det council/NOUN/3/nmod that/SCONJ/12/mark the/DET/9/det body/NOUN/12/nsubj "
            "will/AUX/12/aux not/PART/12/advmod hold/VERB/6/acl:relcl/hold/VB a/DET/14/det vote/NOUN/12/obj "
            "./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name, q.addressee.text) == ("that the body will not hold a vote", "Lee", "members")


def test_a_trailing_cue_reports_the_clause_before_it_when_the_parser_hung_the_comma_on_the_speaker():
    text = "Lee has a strong game in the state, said Ann Park, director of the project."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj has/VERB/0/root/have/VBZ a/DET/5/det strong/ADJ/5/amod game/NOUN/2/obj "
            "in/ADP/8/case the/DET/8/det state/NOUN/5/nmod ,/PUNCT/14/punct said/VERB/2/conj/say/VBD "
            "Ann/PROPN/10/nsubj Park/PROPN/11/flat ,/PUNCT/14/punct director/NOUN/11/appos of/ADP/17/case "
            "the/DET/17/det project/NOUN/14/nmod ./PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("Lee has a strong game in the state", "Ann Park")


def test_a_participle_of_the_inverted_speakers_description_is_no_complement_of_the_cue():
    text = "Candidates have more room, said Tom Lee, an operative working for Paul."
    parsed = build(
        text,
        [
            "Candidates/NOUN/2/nsubj/candidate/NNS have/VERB/0/root/have/VBP more/ADJ/4/amod room/NOUN/2/obj "
            ",/PUNCT/6/punct said/VERB/2/parataxis/say/VBD Tom/PROPN/6/nsubj Lee/PROPN/7/flat ,/PUNCT/11/punct "
            "an/DET/11/det operative/NOUN/7/appos working/VERB/6/ccomp/work/VBG for/ADP/14/case "
            "Paul/PROPN/12/obl ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("Candidates have more room", "Tom Lee")


@pytest.mark.parametrize(
    ("text", "spec", "content"),
    [
        (
            "Lee said in one of a series of Twitter messages that the truck was carrying arms.",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD in/ADP/4/case one/NUM/2/obl of/ADP/7/case "
            "a/DET/7/det series/NOUN/4/nmod of/ADP/10/case Twitter/PROPN/10/compound messages/NOUN/7/nmod/message/NNS "
            "that/PRON/15/obj the/DET/13/det truck/NOUN/15/nsubj was/AUX/15/aux/be carrying/VERB/10/acl:relcl/carry/VBG "
            "arms/NOUN/15/obj/arm/NNS ./PUNCT/2/punct",
            "that the truck was carrying arms",
        ),
        # "that" fills the object's gap: a real relative clause, and nothing is reported
        (
            "Lee said in one of a series of Twitter messages that the truck was carrying.",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD in/ADP/4/case one/NUM/2/obl of/ADP/7/case "
            "a/DET/7/det series/NOUN/4/nmod of/ADP/10/case Twitter/PROPN/10/compound messages/NOUN/7/nmod/message/NNS "
            "that/PRON/15/obj the/DET/13/det truck/NOUN/15/nsubj was/AUX/15/aux/be carrying/VERB/10/acl:relcl/carry/VBG "
            "./PUNCT/2/punct",
            None,
        ),
    ],
)
def test_a_that_clause_with_its_subject_and_object_filled_is_no_relative_clause(text, spec, content):
    found = quotes(build(text, [spec]))
    assert [q.text for q in found] == ([content] if content else [])


@pytest.mark.parametrize(
    ("text", "spec", "content"),
    [
        (
            "Lee said taxes would rise, a move that could trigger a recession.",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD taxes/NOUN/5/nsubj/tax/NNS would/AUX/5/aux rise/VERB/2/ccomp "
            ",/PUNCT/8/punct a/DET/8/det move/NOUN/5/obj that/PRON/11/nsubj could/AUX/11/aux "
            "trigger/VERB/8/acl:relcl a/DET/13/det recession/NOUN/11/obj ./PUNCT/2/punct",
            "taxes would rise",
        ),
        (
            "Most voters say they like Lee, compared with 40 percent in May.",
            "Most/ADJ/2/amod voters/NOUN/3/nsubj/voter/NNS say/VERB/0/root they/PRON/5/nsubj like/VERB/3/ccomp "
            "Lee/PROPN/5/obj ,/PUNCT/8/punct compared/VERB/6/acl/compare/VBN with/ADP/11/case 40/NUM/11/nummod "
            "percent/NOUN/8/obl in/ADP/13/case May/PROPN/11/nmod ./PUNCT/3/punct",
            "they like Lee",
        ),
        # an apposition of the claim's own last noun stays in it (of a name, it is the writer's:
        # test_a_trailing_description_of_a_name_is_the_writers)
        (
            "Lee said he met the mayor, a senator from Ohio.",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD he/PRON/4/nsubj met/VERB/2/ccomp/meet/VBD the/DET/6/det "
            "mayor/NOUN/4/obj ,/PUNCT/9/punct a/DET/9/det senator/NOUN/6/appos from/ADP/11/case Ohio/PROPN/9/nmod "
            "./PUNCT/2/punct",
            "he met the mayor, a senator from Ohio",
        ),
    ],
)
def test_the_writers_comment_on_the_whole_claim_after_a_comma_is_not_reported(text, spec, content):
    (q,) = quotes(build(text, [spec]))
    assert q.text == content


def test_a_relative_clause_on_an_inverted_speaker_is_not_what_the_speaker_said():
    # "who has been friends …" parsed as the cue's clausal complement after its inverted subject
    text = "Lee “is a good choice,” said Black, who has been friends with him for years."
    parsed = build(
        text,
        [
            "Lee/PROPN/6/nsubj “/PUNCT/6/punct is/AUX/6/cop/be a/DET/6/det good/ADJ/6/amod choice/NOUN/9/ccomp "
            ",/PUNCT/6/punct ”/PUNCT/6/punct said/VERB/0/root/say/VBD Black/PROPN/9/nsubj ,/PUNCT/15/punct "
            "who/PRON/15/nsubj has/AUX/15/aux/have been/AUX/15/cop/be friends/NOUN/9/ccomp/friend/NNS "
            "with/ADP/17/case him/PRON/15/nmod for/ADP/19/case years/NOUN/15/obl/year/NNS ./PUNCT/9/punct"
        ],
    )
    assert [q.speaker.name for q in quotes(parsed)] == ["Black"]
    assert "friends" not in quotes(parsed)[0].text


def test_an_adverbial_clause_of_the_cue_is_no_reported_clause_read_on_the_surface():
    # "maintained" with an object and an "as" clause: nothing is reported
    text = "Trump and Cruz maintained their battle as they sit atop the polls."
    parsed = build(
        text,
        [
            "Trump/PROPN/4/nsubj and/CCONJ/3/cc Cruz/PROPN/1/conj maintained/VERB/0/root/maintain/VBD "
            "their/PRON/6/nmod:poss battle/NOUN/4/obj as/SCONJ/9/mark they/PRON/9/nsubj sit/VERB/4/advcl/sit/VBP "
            "atop/ADP/12/case the/DET/12/det polls/NOUN/9/obl/poll/NNS ./PUNCT/4/punct"
        ],
    )
    assert quotes(parsed) == ()


def test_a_verb_of_speech_with_an_infinitive_inside_the_claim_starts_no_report_of_its_own():
    # "continue" is a reporting verb ("…,” he continued), but "will continue to be" is not one:
    # the claim runs on through it, though the parser hung it on the cue as a second complement
    text = "Cruz said he is certain Rubio will continue to be “a champion for us.”"
    parsed = build(
        text,
        [
            "Cruz/PROPN/2/nsubj said/VERB/0/root/say/VBD he/PRON/5/nsubj is/AUX/5/cop/be certain/ADJ/2/ccomp "
            "Rubio/PROPN/8/nsubj will/AUX/8/aux continue/VERB/2/ccomp/continue/VB to/PART/13/mark be/AUX/13/cop/be "
            "“/PUNCT/13/punct a/DET/13/det champion/NOUN/8/xcomp for/ADP/15/case us/PRON/13/nmod ./PUNCT/2/punct "
            "”/PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.speaker.name) == ("mixed", "Cruz")
    assert q.text.startswith("he is certain Rubio will continue to be")


def test_a_cue_in_an_opening_adverbial_clause_reports_the_clause_the_parser_lent_to_the_main_verb():
    text = "While Ruiz said there was a surplus, she said the fund is empty."
    parsed = build(
        text,
        [
            "While/SCONJ/3/mark Ruiz/PROPN/3/nsubj said/VERB/10/advcl/say/VBD there/PRON/5/expl "
            "was/VERB/10/ccomp/be/VBD a/DET/7/det surplus/NOUN/5/nsubj ,/PUNCT/3/punct "
            "she/PRON/10/nsubj said/VERB/0/root/say/VBD the/DET/12/det fund/NOUN/14/nsubj "
            "is/AUX/14/cop/be/VBZ empty/ADJ/10/ccomp ./PUNCT/10/punct"
        ],
    )
    found = sorted((q.text, q.speaker.text) for q in quotes(parsed))
    assert found == [("the fund is empty", "she"), ("there was a surplus", "Ruiz")]


def test_the_clause_lent_to_the_main_verb_keeps_the_subject_the_parser_hung_on_the_cue():
    text = "Although Ruiz says that Lee broke the story, others disagree."
    parsed = build(
        text,
        [
            "Although/SCONJ/3/mark Ruiz/PROPN/3/nsubj says/VERB/11/advcl/say/VBZ that/SCONJ/6/mark "
            "Lee/PROPN/3/nsubj broke/VERB/11/ccomp/break/VBD the/DET/8/det story/NOUN/6/obj "
            ",/PUNCT/3/punct others/NOUN/11/nsubj/other/NNS disagree/VERB/0/root/disagree/VBP "
            "./PUNCT/11/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("that Lee broke the story", "Ruiz")


def test_a_title_after_the_cue_parsed_as_a_second_complement_leaves_the_clause_before_as_the_report():
    text = "Prices rose sharply, Mr. Lee said in his book, “Hard Times.”"
    parsed = build(
        text,
        [
            "Prices/NOUN/2/nsubj/price/NNS rose/VERB/7/ccomp/rise/VBD sharply/ADV/2/advmod ,/PUNCT/2/punct "
            "Mr./PROPN/6/nmod:desc Lee/PROPN/7/nsubj said/VERB/0/root/say/VBD in/ADP/11/case "
            "his/PRON/11/nmod:poss book/NOUN/7/obl ,/PUNCT/15/punct “/PUNCT/15/punct Hard/ADJ/15/amod "
            "Times/PROPN/7/ccomp ./PUNCT/7/punct ”/PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("Prices rose sharply", "Mr. Lee")


def test_a_hyphen_inside_a_word_does_not_end_the_relative_clause_report():
    text = "It was a strike that executives said could hurt second-quarter earnings."
    parsed = build(
        text,
        [
            "It/PRON/4/nsubj was/AUX/4/cop/be a/DET/4/det strike/NOUN/0/root that/PRON/8/obj "
            "executives/NOUN/7/nsubj/executive/NNS said/VERB/4/acl:relcl/say/VBD could/AUX/9/aux "
            "hurt/VERB/4/acl:relcl second/ADJ/13/amod -/PUNCT/10/punct quarter/NOUN/13/compound "
            "earnings/NOUN/9/obj/earning/NNS ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("could hurt second-quarter earnings", "executives")


def test_a_that_clause_hung_on_the_addressee_as_a_relative_with_its_gap_filled_is_what_was_told():
    # the parser made "that" the object of "believes", which has an object of its own
    text = "Ann Lee told the Times that Kim believes his plan was a mistake."
    parsed = build(
        text,
        [
            "Ann/PROPN/3/nsubj Lee/PROPN/1/flat told/VERB/0/root/tell/VBD the/DET/5/det Times/PROPN/3/iobj "
            "that/PRON/8/obj Kim/PROPN/8/nsubj believes/VERB/5/acl:relcl/believe/VBZ his/PRON/10/nmod:poss "
            "plan/NOUN/8/obj was/AUX/13/cop/be a/DET/13/det mistake/NOUN/3/ccomp ./PUNCT/3/punct"
        ],
    )
    found = {q.cue.text: (q.text, q.speaker.text) for q in quotes(parsed)}
    assert found["told"] == ("that Kim believes his plan was a mistake", "Ann Lee")


def test_a_that_clause_on_an_oblique_tagged_a_pronoun_and_marked_with_no_gap_is_the_report():
    # the tagger made "that" a pronoun, the parser its marker: a relative "that" is never a marker
    text = "Lee wrote in a court file that the request was futile."
    spec = (
        "Lee/PROPN/2/nsubj wrote/VERB/0/root/write/VBD in/ADP/6/case a/DET/6/det court/NOUN/6/compound "
        "file/NOUN/2/obl that/PRON/11/mark the/DET/9/det request/NOUN/11/nsubj was/AUX/11/cop/be "
        "futile/ADJ/6/acl:relcl ./PUNCT/2/punct"
    )
    assert [(q.text, q.speaker.text) for q in quotes(build(text, [spec]))] == [("that the request was futile", "Lee")]


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "Lee expressed concern that the plan may fail.",
            "Lee/PROPN/2/nsubj expressed/VERB/0/root/express/VBD concern/NOUN/2/iobj that/SCONJ/8/mark "
            "the/DET/6/det plan/NOUN/8/nsubj may/AUX/8/aux fail/VERB/3/acl ./PUNCT/2/punct",
        ),
        (
            "Lee expressed serious doubts that the plan may fail.",
            "Lee/PROPN/2/nsubj expressed/VERB/0/root/express/VBD serious/ADJ/4/amod doubts/NOUN/2/obj/doubt "
            "that/SCONJ/9/mark the/DET/7/det plan/NOUN/9/nsubj may/AUX/9/aux fail/VERB/4/acl ./PUNCT/2/punct",
        ),
    ],
)
def test_a_stance_noun_after_express_reports_the_that_clause_on_it_as_a_statement(text, spec):
    (q,) = quotes(build(text, [spec]))
    assert (q.text, q.speaker.text, q.category.value) == ("that the plan may fail", "Lee", "statement")


def test_expressing_a_stance_about_a_topic_reports_no_statement():
    text = "Lee expressed concern about the budget."
    spec = (
        "Lee/PROPN/2/nsubj expressed/VERB/0/root/express/VBD concern/NOUN/2/obj about/ADP/6/case "
        "the/DET/6/det budget/NOUN/3/nmod ./PUNCT/2/punct"
    )
    assert quotes(build(text, [spec])) == ()


def test_a_past_form_after_a_subject_with_a_participle_modifier_heads_the_clause_read_on_the_surface():
    # "citizens" parsed as the cue's object, "living" and "cast" as modifiers
    text = "The party says many citizens living in Canada cast votes."
    parsed = build(
        text,
        [
            "The/DET/2/det party/NOUN/3/nsubj says/VERB/0/root/say/VBZ many/ADJ/5/amod "
            "citizens/NOUN/3/obj/citizen/NNS living/VERB/5/acl/live/VBG in/ADP/8/case Canada/PROPN/6/obl "
            "cast/VERB/8/acl/cast/VBN votes/NOUN/9/obj/vote/NNS ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("many citizens living in Canada cast votes", "The party")


def test_a_cue_in_an_opening_adverbial_clause_reports_the_clause_the_parser_made_an_adverbial_of_the_main_verb():
    text = "While Ruiz says they are on their way, they need help."
    parsed = build(
        text,
        [
            "While/SCONJ/3/mark Ruiz/PROPN/3/nsubj says/VERB/11/advcl/say/VBZ they/PRON/8/nsubj "
            "are/AUX/8/cop/be on/ADP/8/case their/PRON/8/nmod:poss way/NOUN/11/advcl ,/PUNCT/3/punct "
            "they/PRON/11/nsubj need/VERB/0/root/need/VBP help/NOUN/11/obj ./PUNCT/11/punct"
        ],
    )
    found = {q.cue.text: (q.text, q.speaker.text) for q in quotes(parsed)}
    assert found["says"] == ("they are on their way", "Ruiz")


def test_a_clause_read_on_the_surface_may_open_with_a_noun_modifier_tagged_an_adverb():
    text = "The campaign says long lines kept many from voting."
    parsed = build(
        text,
        [
            "The/DET/2/det campaign/NOUN/3/nsubj says/VERB/0/root/say/VBZ long/ADV/5/amod/long/RB "
            "lines/NOUN/3/obj/line/NNS kept/VERB/5/acl/keep/VBN many/ADJ/6/advmod from/SCONJ/9/mark "
            "voting/VERB/6/advcl/vote/VBG ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("long lines kept many from voting", "The campaign")


def test_a_question_opening_the_sentence_is_the_reporters_put_to_the_main_clauses_subject():
    text = "Asked whether he would run, Lee gave no answer."
    parsed = build(
        text,
        [
            "Asked/VERB/0/root/ask/VBN whether/SCONJ/5/mark he/PRON/5/nsubj would/AUX/5/aux run/VERB/1/advcl "
            ",/PUNCT/8/punct Lee/PROPN/8/nsubj gave/VERB/1/parataxis/give/VBD no/DET/10/det answer/NOUN/8/obj "
            "./PUNCT/1/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker, q.cue.text) == ("whether he would run", None, "Asked")
    assert q.addressee is not None and q.addressee.text == "Lee"


def test_a_word_of_the_reported_clause_the_parser_hung_on_the_cue_never_speaks():
    # "claiming" hung on the clause's own verb, whose subject is the clause's: the speaker is
    # the subject of the verb the clause was joined to
    text = "Lee sued the city, claiming the rule would cost him money."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj sued/VERB/0/root/sue/VBD the/DET/4/det city/NOUN/2/obj ,/PUNCT/6/punct "
            "claiming/VERB/10/advcl/claim/VBG the/DET/8/det rule/NOUN/10/nsubj would/AUX/10/aux "
            "cost/VERB/2/conj/cost/VB him/PRON/10/iobj money/NOUN/10/obj ./PUNCT/2/punct"
        ],
    )
    found = {q.cue.text: (q.text, q.speaker.text if q.speaker else None) for q in quotes(parsed)}
    assert found["claiming"] == ("the rule would cost him money", "Lee")


def test_the_clauses_subject_after_that_hung_on_the_cue_leaves_the_speaker_to_the_verb_it_joins():
    text = "Ruiz was angry and argues that new taxes will hurt."
    parsed = build(
        text,
        [
            "Ruiz/PROPN/3/nsubj was/AUX/3/cop/be angry/ADJ/0/root and/CCONJ/5/cc argues/VERB/3/conj/argue/VBZ "
            "that/SCONJ/10/mark new/ADJ/8/amod taxes/NOUN/5/nsubj will/AUX/10/aux hurt/VERB/5/ccomp "
            "./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("that new taxes will hurt", "Ruiz")


def test_a_bracketed_party_tag_between_the_name_and_the_cue_is_skipped():
    text = "On Sunday, Ann Lee (D-Ohio) said state officials are trying hard."
    parsed = build(
        text,
        [
            "On/ADP/2/case Sunday/PROPN/11/nsubj ,/PUNCT/4/punct Ann/PROPN/2/conj Lee/PROPN/4/flat "
            "(/PUNCT/7/punct D/PROPN/4/appos -/PUNCT/9/punct Ohio/PROPN/7/flat )/PUNCT/9/punct "
            "said/VERB/0/root/say/VBD state/NOUN/13/compound officials/NOUN/11/nsubj are/AUX/15/aux "
            "trying/VERB/11/ccomp/try/VBG hard/ADV/15/advmod ./PUNCT/11/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("state officials are trying hard", "Ann Lee")


def test_a_when_asked_question_opening_the_sentence_is_put_to_the_main_clauses_subject():
    # the question hung on the answer's verb, as parsers often do
    text = "When asked why Lee quit, Ruiz said he did not know."
    parsed = build(
        text,
        [
            "When/ADV/2/advmod asked/VERB/8/advcl/ask/VBD why/ADV/5/advmod Lee/PROPN/5/nsubj quit/VERB/8/ccomp/quit/VBD "
            ",/PUNCT/2/punct Ruiz/PROPN/8/nsubj said/VERB/0/root/say/VBD he/PRON/12/nsubj did/AUX/12/aux/do "
            "not/PART/12/advmod know/VERB/8/ccomp/know/VB ./PUNCT/8/punct"
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.cue.text == "asked"]
    assert (q.text, q.speaker) == ("why Lee quit", None)
    assert q.addressee is not None and q.addressee.text == "Ruiz"


def test_said_when_asked_answers_the_reporters_question_put_to_the_speaker():
    text = "Ruiz said it was fine when asked how the talks went."
    parsed = build(
        text,
        [
            "Ruiz/PROPN/2/nsubj said/VERB/0/root/say/VBD it/PRON/5/nsubj was/AUX/5/cop/be fine/ADJ/2/ccomp "
            "when/ADV/7/advmod asked/VERB/2/advcl/ask/VBD how/ADV/11/advmod the/DET/10/det talks/NOUN/11/nsubj "
            "went/VERB/7/ccomp/go/VBD ./PUNCT/2/punct"
        ],
    )
    found = {q.cue.text: q for q in quotes(parsed)}
    assert (found["said"].text, found["said"].speaker.name) == ("it was fine", "Ruiz")
    question = found["asked"]
    assert (question.text, question.speaker) == ("how the talks went", None)
    assert question.addressee is not None and question.addressee.text == "Ruiz"


def test_a_described_speaker_after_an_inverted_cue_is_no_complement_whichever_subject_the_parser_gave_it():
    # "grad" and "whose firm" both made subjects of the description's verb
    text = "The plan will work, said Lee, a grad whose firm has won awards."
    parsed = build(
        text,
        [
            "The/DET/2/det plan/NOUN/4/nsubj will/AUX/4/aux work/VERB/0/root/work/VB ,/PUNCT/6/punct "
            "said/VERB/4/conj/say/VBD Lee/PROPN/6/nsubj ,/PUNCT/10/punct a/DET/10/det grad/NOUN/14/nsubj "
            "whose/PRON/12/nmod:poss firm/NOUN/14/nsubj has/AUX/14/aux won/VERB/6/ccomp/win/VBN "
            "awards/NOUN/14/obj ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("The plan will work", "Lee")


def test_a_subject_after_the_cue_is_the_clauses_when_the_cue_has_one_before_it():
    # "her group" hung on "said", "planned" a complement with no subject, and the description's
    # relative clause taken for a complement before the cue
    text = "Lee, head of a union that backed Ruiz, also said her group planned to march."
    parsed = build(
        text,
        [
            "Lee/PROPN/12/nsubj ,/PUNCT/3/punct head/NOUN/1/appos of/ADP/6/case a/DET/6/det union/NOUN/3/nmod "
            "that/PRON/8/nsubj backed/VERB/12/ccomp/back/VBD Ruiz/PROPN/8/obj ,/PUNCT/1/punct also/ADV/12/advmod "
            "said/VERB/0/root/say/VBD her/PRON/14/nmod:poss group/NOUN/12/nsubj planned/VERB/12/ccomp/plan/VBN "
            "to/PART/17/mark march/VERB/15/xcomp ./PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("her group planned to march", "Lee")


def test_a_clause_inside_the_subjects_description_is_not_what_the_cue_reports():
    text = "Ann Lee, head of the fund, a PAC allied with the party, said every donor calls."
    parsed = build(
        text,
        [
            "Ann/PROPN/16/nsubj Lee/PROPN/1/flat ,/PUNCT/4/punct head/NOUN/1/appos of/ADP/7/case the/DET/7/det "
            "fund/NOUN/4/nmod ,/PUNCT/1/punct a/DET/10/det PAC/PROPN/11/nsubj allied/VERB/16/ccomp/ally/VBN "
            "with/ADP/14/case the/DET/14/det party/NOUN/11/obl ,/PUNCT/1/punct said/VERB/0/root/say/VBD "
            "every/DET/18/det donor/NOUN/16/nsubj calls/NOUN/16/obj ./PUNCT/16/punct"
        ],
    )
    assert not any("allied" in q.text for q in quotes(parsed))


def test_a_that_clause_taken_for_a_relative_clause_on_the_addressee_is_what_was_told():
    # "thinks" parsed as a relative clause on "Post", so every verb after "tells" is in its object
    text = "Lee tells the Post that she thinks the plan will fail."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj tells/VERB/0/root/tell/VBZ the/DET/4/det Post/PROPN/2/obj that/SCONJ/7/mark "
            "she/PRON/7/nsubj thinks/VERB/4/acl:relcl/think/VBZ the/DET/9/det plan/NOUN/11/nsubj "
            "will/AUX/11/aux fail/VERB/7/ccomp/fail/VB ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text, q.cue.text) == ("that she thinks the plan will fail", "Lee", "tells")


@pytest.mark.parametrize(
    ("text", "spec", "content"),
    [
        (
            "Lee said the vote came late, when the polls had closed.",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det vote/NOUN/5/nsubj came/VERB/2/ccomp/come/VBD "
            "late/ADV/5/advmod ,/PUNCT/12/punct when/ADV/12/advmod the/DET/10/det polls/NOUN/12/nsubj "
            "had/AUX/12/aux closed/VERB/5/advcl/close/VBN ./PUNCT/2/punct",
            "the vote came late, when the polls had closed",
        ),
        (
            "Lee said the vote went fine, especially since nobody came.",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det vote/NOUN/5/nsubj went/VERB/2/ccomp/go/VBD "
            "fine/ADV/5/advmod ,/PUNCT/11/punct especially/ADV/11/advmod since/SCONJ/11/mark nobody/PRON/11/nsubj "
            "came/VERB/5/advcl/come/VBD ./PUNCT/2/punct",
            "the vote went fine",
        ),
    ],
)
def test_an_adverbial_clause_after_the_claim_is_part_of_it_unless_it_elaborates(text, spec, content):
    (q,) = quotes(build(text, [spec]))
    assert q.text == content


def test_a_predicate_hung_on_the_cue_after_a_comma_goes_on_with_the_clause():
    text = "Lee said she wanted change, but missed the old plan."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD she/PRON/4/nsubj wanted/VERB/2/ccomp/want/VBD "
            "change/NOUN/4/obj ,/PUNCT/8/punct but/CCONJ/8/cc missed/VERB/2/conj/miss/VBD the/DET/11/det "
            "old/ADJ/11/amod plan/NOUN/8/obj ./PUNCT/2/punct"
        ],
    )
    found = {q.cue.text: q.text for q in quotes(parsed)}
    assert found["said"] == "she wanted change, but missed the old plan"


def test_a_statement_goes_on_into_a_participle_after_it():
    text = "Lee says the firm raised money, bringing its total to a record."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj says/VERB/0/root/say/VBZ the/DET/4/det firm/NOUN/5/nsubj raised/VERB/2/ccomp/raise/VBD "
            "money/NOUN/5/obj ,/PUNCT/8/punct bringing/VERB/5/advcl/bring/VBG its/PRON/10/nmod:poss "
            "total/NOUN/8/obj to/ADP/13/case a/DET/13/det record/NOUN/8/obl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the firm raised money, bringing its total to a record"


def test_a_clause_after_another_speech_participle_is_that_participles_not_the_cues():
    # "wants" hung on "said" though "noting" stands between
    text = "The plan is bad, Lee said, noting the mayor wants more."
    parsed = build(
        text,
        [
            "The/DET/2/det plan/NOUN/4/nsubj is/AUX/4/cop/be bad/ADJ/7/ccomp ,/PUNCT/4/punct Lee/PROPN/7/nsubj "
            "said/VERB/0/root/say/VBD ,/PUNCT/9/punct noting/VERB/7/advcl/note/VBG the/DET/11/det "
            "mayor/NOUN/9/obj wants/VERB/7/ccomp/want/VBZ more/ADJ/12/obj ./PUNCT/7/punct"
        ],
    )
    found = {q.cue.text: q.text for q in quotes(parsed)}
    assert found["said"] == "The plan is bad"


def test_a_relative_clause_on_the_addressee_taken_for_a_complement_is_not_the_cues_complement():
    text = "Lee told Ann Ray, who opened her door."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj told/VERB/0/root/tell/VBD Ann/PROPN/2/iobj Ray/PROPN/3/flat ,/PUNCT/7/punct "
            "who/PRON/7/nsubj opened/VERB/2/ccomp/open/VBD her/PRON/9/nmod:poss door/NOUN/7/obj ./PUNCT/2/punct"
        ],
    )
    told = parsed.sentences[0].words[1]
    assert _complement(told, lexicons.load()) is None


def test_a_time_alone_after_a_cue_is_no_report():
    text = "The campaign responded Friday, saying lobbyists had donated."
    parsed = build(
        text,
        [
            "The/DET/2/det campaign/NOUN/3/nsubj responded/VERB/0/root/respond/VBD Friday/PROPN/3/obl:tmod "
            ",/PUNCT/6/punct saying/VERB/3/advcl/say/VBG lobbyists/NOUN/9/nsubj had/AUX/9/aux "
            "donated/VERB/6/ccomp/donate/VBN ./PUNCT/3/punct"
        ],
    )
    found = {q.cue.text: q.text for q in quotes(parsed)}
    assert found == {"saying": "lobbyists had donated"}


def test_a_report_read_on_the_surface_stops_before_another_reports_closing_frame():
    # "added" has no clause of its own: the only verb after it is the closing frame's
    text = "Organizers added more guards along the route, the Times reported."
    parsed = build(
        text,
        [
            "Organizers/NOUN/2/nsubj added/VERB/11/ccomp/add/VBD more/ADJ/4/amod guards/NOUN/2/obj "
            "along/ADP/7/case the/DET/7/det route/NOUN/2/obl ,/PUNCT/11/punct the/DET/10/det "
            "Times/PROPN/11/nsubj reported/VERB/0/root/report/VBD ./PUNCT/11/punct"
        ],
    )
    found = {q.cue.text: q.text for q in quotes(parsed)}
    assert "added" not in found
    assert found["reported"] == "Organizers added more guards along the route"


def test_a_that_clause_right_after_another_cue_is_that_cues_not_the_main_verbs():
    # the clause hung on "said", the main verb, though "pointed out" stands right before its "that"
    text = "When Lee pointed out that the vote failed, Ruiz said nothing."
    parsed = build(
        text,
        [
            "When/ADV/3/advmod Lee/PROPN/3/nsubj pointed/VERB/11/advcl/point/VBD out/ADP/3/compound:prt "
            "that/SCONJ/8/mark the/DET/7/det vote/NOUN/8/nsubj failed/VERB/11/ccomp/fail/VBD ,/PUNCT/3/punct "
            "Ruiz/PROPN/11/nsubj said/VERB/0/root/say/VBD nothing/PRON/11/obj ./PUNCT/11/punct"
        ],
    )
    said = parsed.sentences[0].words[10]
    assert _complement(said, lexicons.load()) is None


def test_a_speech_participle_that_opens_a_quotation_ends_the_reported_clause_before_it():
    text = (
        "The spokesman said there was no call planned with the mayor, adding: “If one is proposed we will consider it.”"
    )
    parsed = build(
        text,
        [
            "The/DET/2/det spokesman/NOUN/3/nsubj said/VERB/0/root/say/VBD there/PRON/5/expl was/VERB/3/ccomp/be/VBD "
            "no/DET/7/det call/NOUN/5/nsubj planned/VERB/7/acl/plan/VBN with/ADP/11/case the/DET/11/det "
            "mayor/NOUN/8/obl ,/PUNCT/13/punct adding/VERB/5/advcl/add/VBG :/PUNCT/22/punct “/PUNCT/19/punct "
            "If/SCONJ/19/mark one/PRON/19/nsubj:pass is/AUX/19/aux:pass/be/VBZ proposed/VERB/13/advcl/propose/VBN "
            "we/PRON/22/nsubj will/AUX/22/aux consider/VERB/13/ccomp/consider/VB it/PRON/22/obj ./PUNCT/3/punct "
            "”/PUNCT/3/punct"
        ],
    )
    got = [([text[s:e] for s, e in q.spans], q.cue.text) for q in quotes(parsed)]
    assert got == [
        (["there was no call planned with the mayor"], "said"),
        (["If one is proposed we will consider it."], "adding"),
    ]


def test_the_it_of_put_it_is_the_phrasal_cues_own_never_what_was_said():
    text = "Did you put it in a trash bag?"
    parsed = build(
        text,
        [
            "Did/AUX/3/aux/do/VBD you/PRON/3/nsubj/you/PRP put/VERB/0/root/put/VB it/PRON/3/obj/it/PRP "
            "in/ADP/8/case a/DET/8/det trash/NOUN/8/compound bag/NOUN/3/obl/bag/NN ?/PUNCT/3/punct"
        ],
    )
    assert quotes(parsed, scope="attributions") == ()


def test_passive_speech_act_has_its_subject_as_content():
    text = "Trump has been criticized for his remarks."
    parsed = build(
        text,
        [
            "Trump/PROPN/4/nsubj:pass has/AUX/4/aux been/AUX/4/aux:pass criticized/VERB/0/root/criticize/VBN "
            "for/ADP/7/case his/PRON/7/nmod:poss remarks/NOUN/4/obl/remark ./PUNCT/4/punct"
        ],
    )
    assert quotes(parsed) == ()
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    # right after the cue, the preposition is the cue's ("criticized for"), as in "called on Congress"
    assert [text[a:b] for a, b in q.spans] == ["Trump", "his remarks"]
    assert q.speaker is None and q.cue is not None and q.cue.text == "criticized"


def test_passive_speech_act_agent_speaks():
    text = "Trump was criticized by Democrats for his remarks."
    parsed = build(
        text,
        [
            "Trump/PROPN/3/nsubj:pass was/AUX/3/aux:pass criticized/VERB/0/root/criticize/VBN by/ADP/5/case "
            "Democrats/PROPN/3/obl:agent for/ADP/8/case his/PRON/8/nmod:poss remarks/NOUN/3/obl/remark ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    assert [text[a:b] for a, b in q.spans] == ["Trump", "for his remarks"]
    assert q.speaker is not None and q.speaker.text == "Democrats"


@pytest.mark.parametrize(
    ("text", "spec", "content"),
    [
        (
            "The plan was announced on Monday.",
            "The/DET/2/det plan/NOUN/4/nsubj:pass was/AUX/4/aux:pass announced/VERB/0/root/announce/VBN "
            "on/ADP/6/case Monday/PROPN/4/obl/Monday ./PUNCT/4/punct",
            ["The plan"],
        ),
        # the one asked is spoken to, not spoken of: the topic is the question put to them
        (
            "Reporters were asked about the plan.",
            "Reporters/NOUN/3/nsubj:pass were/AUX/3/aux:pass asked/VERB/0/root/ask/VBN about/ADP/6/case "
            "the/DET/6/det plan/NOUN/3/obl/plan ./PUNCT/3/punct",
            ["the plan"],
        ),
        # a thought on its subject: what it is taken for
        (
            "He is best known for his jokes.",
            "He/PRON/4/nsubj:pass is/AUX/4/aux:pass best/ADV/4/advmod known/VERB/0/root/know/VBN for/ADP/7/case "
            "his/PRON/7/nmod:poss jokes/NOUN/4/obl/joke ./PUNCT/4/punct",
            ["He", "his jokes"],
        ),
        # a thing found is no thought about it
        (
            "The bodies were found in the river.",
            "The/DET/2/det bodies/NOUN/4/nsubj:pass were/AUX/4/aux:pass found/VERB/0/root/find/VBN in/ADP/7/case "
            "the/DET/7/det river/NOUN/4/obl/river ./PUNCT/4/punct",
            None,
        ),
        # a race called is a result declared
        (
            "Texas was called early.",
            "Texas/PROPN/3/nsubj:pass was/AUX/3/aux:pass called/VERB/0/root/call/VBN early/ADV/3/advmod ./PUNCT/3/punct",
            None,
        ),
    ],
)
def test_passive_report_subject(text, spec, content):
    found = [[text[a:b] for a, b in q.spans] for q in quotes(build(text, [spec]), scope=Scope.ATTRIBUTIONS)]
    assert found == ([content] if content else [])


def test_fronted_subject_before_attribution_the_parser_joined_to_it():
    # the parser hung the speaker on the clause's subject and made that the cue's subject
    text = "Trump, Sexton said, has created a new zone."
    parsed = build(
        text,
        [
            "Trump/PROPN/4/nsubj ,/PUNCT/1/punct Sexton/PROPN/1/flat said/VERB/0/root/say ,/PUNCT/1/punct "
            "has/AUX/7/aux created/VERB/4/ccomp/create a/DET/10/det new/ADJ/10/amod zone/NOUN/7/obj ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["Trump", "has created a new zone"]
    assert q.speaker is not None and q.speaker.text == "Sexton"


def test_fronted_subject_before_attribution_with_addressee():
    text = "The solution, the partner told them, was simple."
    parsed = build(
        text,
        [
            "The/DET/2/det solution/NOUN/6/nsubj ,/PUNCT/2/punct the/DET/5/det partner/NOUN/6/nsubj "
            "told/VERB/0/root/tell them/PRON/6/iobj ,/PUNCT/10/punct was/AUX/10/cop simple/ADJ/6/ccomp ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["The solution", "was simple"]
    assert q.speaker is not None and q.speaker.text == "the partner"


def test_question_put_to_passive_subject_is_their_addressee():
    text = "Clinton was asked about the speeches."
    parsed = build(
        text,
        [
            "Clinton/PROPN/3/nsubj:pass was/AUX/3/aux:pass asked/VERB/0/root/ask/VBN about/ADP/6/case "
            "the/DET/6/det speeches/NOUN/3/obl/speech ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    assert q.text == "the speeches" and q.speaker is None
    assert q.addressee is not None and q.addressee.text == "Clinton"


def test_base_form_conjunct_of_the_cue_goes_on_its_infinitive():
    # the parser hung "fix" on "vowed"; a bare base form cannot go with a past tense
    text = "He vowed to enact reform, fix the system and end corruption."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj vowed/VERB/0/root/vow/VBD to/PART/4/mark enact/VERB/2/xcomp/enact/VB reform/NOUN/4/obj "
            ",/PUNCT/7/punct fix/VERB/2/conj/fix/VB the/DET/9/det system/NOUN/7/obj and/CCONJ/11/cc "
            "end/VERB/7/conj/end/VB corruption/NOUN/11/obj ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    assert q.text == "to enact reform, fix the system and end corruption"


def test_base_form_conjunct_after_a_clause_of_the_writer_is_not_the_infinitive():
    text = "He declined to speak, saying it was late, let alone comment."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj declined/VERB/0/root/decline/VBD to/PART/4/mark speak/VERB/2/xcomp/speak/VB "
            ",/PUNCT/6/punct saying/VERB/2/advcl/say/VBG it/PRON/9/nsubj was/AUX/9/cop late/ADJ/6/ccomp "
            ",/PUNCT/11/punct let/VERB/2/conj/let/VB alone/ADV/11/advmod comment/VERB/11/xcomp/comment/VB ./PUNCT/2/punct"
        ],
    )
    assert "to speak" in [q.text for q in quotes(parsed, scope=Scope.ATTRIBUTIONS)]


def test_evidence_shows_where_its_object_stands():
    text = "Several polls show Sanders within two points of Clinton."
    parsed = build(
        text,
        [
            "Several/ADJ/2/amod polls/NOUN/3/nsubj/poll show/VERB/0/root/show/VBP Sanders/PROPN/3/obj "
            "within/ADP/7/case two/NUM/7/nummod points/NOUN/3/obl/point of/ADP/9/case Clinton/PROPN/7/nmod ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    assert q.text == "Sanders within two points of Clinton"
    assert q.speaker is not None and q.speaker.text == "Several polls"


def test_finding_oneself_somewhere_is_no_evidence():
    text = "The campaign found itself in a tight race with the senator."
    parsed = build(
        text,
        [
            "The/DET/2/det campaign/NOUN/3/nsubj found/VERB/0/root/find/VBD itself/PRON/3/obj in/ADP/8/case "
            "a/DET/8/det tight/ADJ/8/amod race/NOUN/3/obl/race with/ADP/11/case the/DET/11/det senator/NOUN/8/nmod ./PUNCT/3/punct"
        ],
    )
    assert quotes(parsed, scope=Scope.ATTRIBUTIONS) == ()


def test_appearance_with_a_like_phrase():
    text = "This seems like a fine idea."
    parsed = build(
        text,
        [
            "This/PRON/2/nsubj seems/VERB/0/root/seem/VBZ like/ADP/6/case a/DET/6/det fine/ADJ/6/amod "
            "idea/NOUN/2/obl/idea ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    assert [text[a:b] for a, b in q.spans] == ["This", "like a fine idea"] and q.speaker is None


def test_request_infinitive_hung_on_the_addressee():
    # the parser made "to disavow" a clause on "leaders", as in "leaders to watch"
    text = "He asked Republican leaders to disavow Trump."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj asked/VERB/0/root/ask/VBD Republican/ADJ/4/amod leaders/NOUN/2/obj/leader "
            "to/PART/6/mark disavow/VERB/4/acl/disavow/VB Trump/PROPN/6/obj ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    assert q.text == "Republican leaders to disavow Trump"
    assert q.addressee is not None and q.addressee.text == "Republican leaders"


def test_reported_clause_stops_before_participle_after_closed_fragment():
    text = "He said things “should be wrapped up by Cleveland,” referring to the convention."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj said/VERB/0/root/say/VBD things/NOUN/2/obj/thing “/PUNCT/3/punct should/AUX/7/aux "
            "be/AUX/7/aux:pass wrapped/VERB/2/ccomp/wrap/VBN up/ADP/7/compound:prt by/ADP/10/case Cleveland/PROPN/7/obl "
            ",/PUNCT/13/punct ”/PUNCT/7/punct referring/VERB/7/advcl/refer/VBG to/ADP/16/case the/DET/16/det "
            "convention/NOUN/13/obl/convention ./PUNCT/2/punct"
        ],
    )
    said = [q for q in quotes(parsed) if q.cue is not None and q.cue.text == "said"]
    assert [q.text for q in said] == ["things “should be wrapped up by Cleveland,”"]


def test_reported_clause_stops_before_speakers_next_speech_participle():
    text = "Packer said the focus is taking a toll, pointing to the victories."
    parsed = build(
        text,
        [
            "Packer/PROPN/2/nsubj said/VERB/0/root/say/VBD the/DET/4/det focus/NOUN/6/nsubj is/AUX/6/aux "
            "taking/VERB/2/ccomp/take/VBG a/DET/8/det toll/NOUN/6/obj ,/PUNCT/10/punct pointing/VERB/6/advcl/point/VBG "
            "to/ADP/13/case the/DET/13/det victories/NOUN/10/obl/victory ./PUNCT/2/punct"
        ],
    )
    said = [q for q in quotes(parsed) if q.cue is not None and q.cue.text == "said"]
    assert [q.text for q in said] == ["the focus is taking a toll"]


def test_thought_on_a_topic():
    text = "Voters worried about the cost of the plan."
    parsed = build(
        text,
        [
            "Voters/NOUN/2/nsubj/voter worried/VERB/0/root/worry/VBD about/ADP/5/case the/DET/5/det "
            "cost/NOUN/2/obl/cost of/ADP/8/case the/DET/8/det plan/NOUN/5/nmod/plan ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, scope=Scope.ATTRIBUTIONS)
    assert q.text == "the cost of the plan" and q.category.value == "cognition"


@pytest.mark.parametrize(
    ("text", "spec", "content"),
    [
        # a person finding a thing is no evidence
        (
            "He found sanctuary in Russia.",
            "He/PRON/2/nsubj found/VERB/0/root/find/VBD sanctuary/NOUN/2/obj in/ADP/5/case Russia/PROPN/2/obl ./PUNCT/2/punct",
            None,
        ),
        # a judgement, with the predicate the parser made the object's head
        (
            "I find his message chilling.",
            "I/PRON/2/nsubj find/VERB/0/root/find/VBP his/PRON/5/nmod:poss message/NOUN/5/compound "
            "chilling/NOUN/2/obj/chill ./PUNCT/2/punct",
            "his message chilling",
        ),
        # a source of its own
        (
            "The poll found Trump ahead in Ohio.",
            "The/DET/2/det poll/NOUN/3/nsubj found/VERB/0/root/find/VBD Trump/PROPN/3/obj ahead/ADV/3/advmod "
            "in/ADP/7/case Ohio/PROPN/3/obl ./PUNCT/3/punct",
            "Trump ahead in Ohio",
        ),
        # turning up is no showing
        (
            "Hundreds showed up to hear the speech.",
            "Hundreds/NOUN/2/nsubj showed/VERB/0/root/show/VBD up/ADP/2/compound:prt to/PART/5/mark hear/VERB/2/advcl/hear "
            "the/DET/7/det speech/NOUN/5/obj ./PUNCT/2/punct",
            None,
        ),
    ],
)
def test_evidence_needs_a_source(text, spec, content):
    found = [q.text for q in quotes(build(text, [spec]), scope=Scope.ATTRIBUTIONS) if q.category.value == "evidence"]
    assert found == ([content] if content else [])


def test_reported_clause_stops_before_relative_hung_on_the_cue():
    # the parser hung the relative clause's verb on the cue: the stretch to the end stops at it
    text = "Officials said the regime had a bomb, which would have more power."
    parsed = build(
        text,
        [
            "Officials/NOUN/2/nsubj/official said/VERB/0/root/say/VBD the/DET/4/det regime/NOUN/5/nsubj "
            "had/VERB/2/ccomp/have a/DET/7/det bomb/NOUN/5/obj ,/PUNCT/11/punct which/PRON/11/nsubj "
            "would/AUX/11/aux have/VERB/2/parataxis/have more/ADJ/13/amod power/NOUN/11/obj ./PUNCT/2/punct"
        ],
    )
    said = [q for q in quotes(parsed) if q.cue is not None and q.cue.text == "said"]
    assert [q.text for q in said] == ["the regime had a bomb"]


@pytest.mark.parametrize(
    ("text", "spec", "category"),
    [
        (
            "Trump is said to be considering a run.",
            "Trump/PROPN/3/nsubj:pass is/AUX/3/aux:pass said/VERB/0/root/say/VBN to/PART/6/mark be/AUX/6/aux "
            "considering/VERB/3/xcomp/consider/VBG a/DET/8/det run/NOUN/6/obj ./PUNCT/3/punct",
            "evidence",
        ),
        (
            "Betting was once thought to be a cash machine.",
            "Betting/NOUN/4/nsubj:pass was/AUX/4/aux:pass once/ADV/4/advmod thought/VERB/0/root/think/VBN "
            "to/PART/9/mark be/AUX/9/cop a/DET/9/det cash/NOUN/9/compound machine/NOUN/4/xcomp/machine ./PUNCT/4/punct",
            "cognition",
        ),
    ],
)
def test_passive_hearsay_is_cited_to_no_one(text, spec, category):
    (q,) = quotes(build(text, [spec]), scope=Scope.ATTRIBUTIONS)
    subject, rest = text.split(" ")[0], text[text.index(" to ") + 1 : -1]
    assert [text[a:b] for a, b in q.spans] == [subject, rest]
    assert q.speaker is None and q.category.value == category


def test_attribution_inside_the_clause_is_cut_out_when_the_parse_scatters_it():
    # "close" hung on the cue: the speaker's words are not one subtree, yet never content
    text = "At times last year, people close to the president said, he was frustrated."
    parsed = build(
        text,
        [
            "At/ADP/2/case times/NOUN/11/obl/time last/ADJ/4/amod year/NOUN/2/nmod:unmarked ,/PUNCT/4/punct "
            "people/NOUN/11/nsubj close/ADJ/11/ccomp to/ADP/10/case the/DET/10/det president/NOUN/6/nmod "
            "said/VERB/0/root/say/VBD ,/PUNCT/2/punct he/PRON/15/nsubj was/AUX/15/cop frustrated/ADJ/11/ccomp ./PUNCT/11/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["At times last year", "he was frustrated"]
