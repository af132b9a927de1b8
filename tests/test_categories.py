"""Attribution categories and the scope option on hand-built parses: statements by default, speech
acts, cognition and evidence with scope "attributions"."""

import pytest

from quotesvc.extract import build_result
from quotesvc.results import QuoteCategory, Scope
from tests.helpers import build

URGED = (
    "The senator urged Congress to act on the bill.",
    "The/DET/2/det senator/NOUN/3/nsubj urged/VERB/0/root/urge/VBD Congress/PROPN/3/obj to/PART/6/mark "
    "act/VERB/3/xcomp on/ADP/9/case the/DET/9/det bill/NOUN/6/obl ./PUNCT/3/punct",
)
POLL = (
    "A new poll showed that Clinton leads in Ohio.",
    "A/DET/3/det new/ADJ/3/amod poll/NOUN/4/nsubj showed/VERB/0/root/show/VBD that/SCONJ/7/mark "
    "Clinton/PROPN/7/nsubj leads/VERB/4/ccomp/lead/VBZ in/ADP/9/case Ohio/PROPN/7/obl ./PUNCT/4/punct",
)
BELIEVES = (
    "Mayor Ann Lee believes that the plan will fail.",
    "Mayor/PROPN/3/compound Ann/PROPN/3/compound Lee/PROPN/4/nsubj believes/VERB/0/root/believe/VBZ "
    "that/SCONJ/9/mark the/DET/7/det plan/NOUN/9/nsubj will/AUX/9/aux/will/MD fail/VERB/4/ccomp ./PUNCT/4/punct",
)
WANTS = (
    "The governor wants to cut taxes next year.",
    "The/DET/2/det governor/NOUN/3/nsubj wants/VERB/0/root/want/VBZ to/PART/5/mark cut/VERB/3/xcomp "
    "taxes/NOUN/5/obj next/ADJ/8/amod year/NOUN/5/obl:tmod ./PUNCT/3/punct",
)
SAID = (
    "The minister said the bridge would reopen.",
    "The/DET/2/det minister/NOUN/3/nsubj said/VERB/0/root/say/VBD the/DET/5/det bridge/NOUN/7/nsubj "
    "would/AUX/7/aux/will/MD reopen/VERB/3/ccomp ./PUNCT/3/punct",
)
CALLED_ON = (
    "Clinton called on Sanders to do the same.",
    "Clinton/PROPN/2/nsubj called/VERB/0/root/call/VBD on/ADP/4/case Sanders/PROPN/2/obl to/PART/6/mark "
    "do/VERB/2/xcomp the/DET/8/det same/ADJ/6/obj ./PUNCT/2/punct",
)
VOWED = (
    "Both candidates vowed to fight illegal immigration.",
    "Both/DET/2/det candidates/NOUN/3/nsubj vowed/VERB/0/root/vow/VBD to/PART/5/mark fight/VERB/3/xcomp "
    "illegal/ADJ/7/amod immigration/NOUN/5/obj ./PUNCT/3/punct",
)

SUPPORTS = (
    "The governor supports the new bill.",
    "The/DET/2/det governor/NOUN/3/nsubj supports/VERB/0/root/support/VBZ the/DET/6/det new/ADJ/6/amod "
    "bill/NOUN/3/obj ./PUNCT/3/punct",
)
DECLINED = (
    "Officials declined to comment.",
    "Officials/NOUN/2/nsubj declined/VERB/0/root/decline/VBD to/PART/4/mark comment/VERB/2/xcomp ./PUNCT/2/punct",
)
CRITICIZED = (
    "Trump criticized Sanders for stealing data.",
    "Trump/PROPN/2/nsubj criticized/VERB/0/root/criticize/VBD Sanders/PROPN/2/obj for/SCONJ/5/mark "
    "stealing/VERB/2/advcl/steal/VBG data/NOUN/5/obj ./PUNCT/2/punct",
)
ENDORSED_IN = (
    "The union endorsed Sanders in the primary.",
    "The/DET/2/det union/NOUN/3/nsubj endorsed/VERB/0/root/endorse/VBD Sanders/PROPN/3/obj in/ADP/7/case "
    "the/DET/7/det primary/NOUN/3/obl ./PUNCT/3/punct",
)
PRAISED_AT = (
    "The mayor praised the police at a news conference.",
    "The/DET/2/det mayor/NOUN/3/nsubj praised/VERB/0/root/praise/VBD the/DET/5/det police/NOUN/3/obj "
    "at/ADP/9/case a/DET/9/det news/NOUN/9/compound conference/NOUN/3/obl ./PUNCT/3/punct",
)
PAINTED_AS = (
    "The mayor painted the budget as a sham.",
    "The/DET/2/det mayor/NOUN/3/nsubj painted/VERB/0/root/paint/VBD the/DET/5/det budget/NOUN/3/obj as/ADP/8/case "
    "a/DET/8/det sham/NOUN/3/obl ./PUNCT/3/punct",
)
VOUCHED_FOR = (
    "Two senators vouched for the nominee.",
    "Two/NUM/2/nummod senators/NOUN/3/nsubj/senator/NNS vouched/VERB/0/root/vouch/VBD for/ADP/6/case "
    "the/DET/6/det nominee/NOUN/3/obl ./PUNCT/3/punct",
)
RAILED_AGAINST = (
    "The governor railed against the trade deal.",
    "The/DET/2/det governor/NOUN/3/nsubj railed/VERB/0/root/rail/VBD against/ADP/7/case the/DET/7/det "
    "trade/NOUN/7/compound deal/NOUN/3/obl ./PUNCT/3/punct",
)
FOUND_AFTER = (
    "The fund paid the fees, a state audit found.",
    "The/DET/2/det fund/NOUN/3/nsubj paid/VERB/0/root/pay/VBD the/DET/5/det fees/NOUN/3/obj ,/PUNCT/10/punct "
    "a/DET/9/det state/NOUN/9/compound audit/NOUN/10/nsubj found/VERB/3/parataxis/find/VBD ./PUNCT/3/punct",
)
THINKS_AFTER = (
    "The fund paid the fees, the mayor thinks.",
    "The/DET/2/det fund/NOUN/3/nsubj paid/VERB/0/root/pay/VBD the/DET/5/det fees/NOUN/3/obj ,/PUNCT/9/punct "
    "the/DET/8/det mayor/NOUN/9/nsubj thinks/VERB/3/parataxis/think/VBZ ./PUNCT/3/punct",
)
AS_FOUND = (
    "As the audit found, the fund paid the fees.",
    "As/SCONJ/4/mark the/DET/3/det audit/NOUN/4/nsubj found/VERB/8/advcl/find/VBD ,/PUNCT/4/punct "
    "the/DET/7/det fund/NOUN/8/nsubj paid/VERB/0/root/pay/VBD the/DET/10/det fees/NOUN/8/obj ./PUNCT/8/punct",
)
POLL_SHOWS = (
    "A new poll shows Sanders leading Clinton.",
    "A/DET/3/det new/ADJ/3/amod poll/NOUN/4/nsubj shows/VERB/0/root/show/VBZ Sanders/PROPN/4/obj "
    "leading/VERB/4/xcomp/lead/VBG Clinton/PROPN/6/obj ./PUNCT/4/punct",
)
ANNOUNCED = (
    "The senator announced her candidacy on Monday.",
    "The/DET/2/det senator/NOUN/3/nsubj announced/VERB/0/root/announce/VBD her/PRON/5/nmod:poss "
    "candidacy/NOUN/3/obj on/ADP/7/case Monday/PROPN/3/obl ./PUNCT/3/punct",
)
ASKED = (
    "The senator asked the council for help.",
    "The/DET/2/det senator/NOUN/3/nsubj asked/VERB/0/root/ask/VBD the/DET/5/det council/NOUN/3/obj "
    "for/ADP/7/case help/NOUN/3/obl ./PUNCT/3/punct",
)
DISCUSSED = (
    "The mayor discussed the budget with reporters.",
    "The/DET/2/det mayor/NOUN/3/nsubj discussed/VERB/0/root/discuss/VBD the/DET/5/det budget/NOUN/3/obj "
    "with/ADP/7/case reporters/NOUN/3/obl ./PUNCT/3/punct",
)
CONSIDERING = (
    "The party is considering a rule change.",
    "The/DET/2/det party/NOUN/4/nsubj is/AUX/4/aux considering/VERB/0/root/consider/VBG a/DET/7/det "
    "rule/NOUN/7/compound change/NOUN/4/obj ./PUNCT/4/punct",
)
TALKED_ABOUT = (
    "The governor talked about the economy in Ohio.",
    "The/DET/2/det governor/NOUN/3/nsubj talked/VERB/0/root/talk/VBD about/ADP/6/case the/DET/6/det "
    "economy/NOUN/3/obl in/ADP/8/case Ohio/PROPN/3/obl ./PUNCT/3/punct",
)
# the gerund after "about" parsed as a clause with "about" as its marker
TALKED_ABOUT_GERUND = (
    "The governor talked about raising taxes.",
    "The/DET/2/det governor/NOUN/3/nsubj talked/VERB/0/root/talk/VBD about/SCONJ/5/mark "
    "raising/VERB/3/advcl/raise/VBG taxes/NOUN/5/obj/tax/NNS ./PUNCT/3/punct",
)
EXPLAINED_WHAT = (
    "The governor explained what he likes about the plan.",
    "The/DET/2/det governor/NOUN/3/nsubj explained/VERB/0/root/explain/VBD what/PRON/3/obj he/PRON/6/nsubj "
    "likes/VERB/4/acl:relcl/like/VBZ about/ADP/9/case the/DET/9/det plan/NOUN/6/obl ./PUNCT/3/punct",
)
EXPECTING = (
    "Officials are expecting a record turnout.",
    "Officials/NOUN/3/nsubj/official/NNS are/AUX/3/aux/be/VBP expecting/VERB/0/root/expect/VBG a/DET/6/det "
    "record/NOUN/6/compound turnout/NOUN/3/obj ./PUNCT/3/punct",
)
BOASTED_OF = (
    "The candidate boasted of his skills at the rally.",
    "The/DET/2/det candidate/NOUN/3/nsubj boasted/VERB/0/root/boast/VBD of/ADP/6/case his/PRON/6/nmod:poss "
    "skills/NOUN/3/obl/skill/NNS at/ADP/9/case the/DET/9/det rally/NOUN/3/obl ./PUNCT/3/punct",
)
PROMISED_IN_RELATIVE = (
    "The bill goes to the White House, where Obama has promised to veto it.",
    "The/DET/2/det bill/NOUN/3/nsubj goes/VERB/0/root/go/VBZ to/ADP/7/case the/DET/7/det White/ADJ/7/amod "
    "House/PROPN/3/obl ,/PUNCT/12/punct where/ADV/12/advmod Obama/PROPN/12/nsubj has/AUX/12/aux/have/VBZ "
    "promised/VERB/7/acl:relcl/promise/VBN to/PART/14/mark veto/VERB/12/xcomp it/PRON/14/obj ./PUNCT/3/punct",
)
SAID_THE_SAME = (
    "A third of voters said the same of the senator.",
    "A/DET/2/det third/NOUN/5/nsubj of/ADP/4/case voters/NOUN/2/nmod said/VERB/0/root/say/VBD the/DET/7/det "
    "same/ADJ/5/obj of/ADP/10/case the/DET/10/det senator/NOUN/5/obl ./PUNCT/5/punct",
)
ASKED_FOR = (
    "The campaign asked for a recount in Ohio.",
    "The/DET/2/det campaign/NOUN/3/nsubj asked/VERB/0/root/ask/VBD for/ADP/6/case a/DET/6/det "
    "recount/NOUN/3/obl in/ADP/8/case Ohio/PROPN/6/nmod ./PUNCT/3/punct",
)
# Not attributions: an aspectual "continue", a participle that names.
CONTINUED = (
    "He continued to raise money.",
    "He/PRON/2/nsubj continued/VERB/0/root/continue/VBD to/PART/4/mark raise/VERB/2/xcomp money/NOUN/4/obj "
    "./PUNCT/2/punct",
)
SEEMED = (
    "The senator seemed to lose patience.",
    "The/DET/2/det senator/NOUN/3/nsubj seemed/VERB/0/root/seem/VBD to/PART/5/mark lose/VERB/3/xcomp "
    "patience/NOUN/5/obj ./PUNCT/3/punct",
)
ECHOED = (
    "The senator echoed Obama on the plan.",
    "The/DET/2/det senator/NOUN/3/nsubj echoed/VERB/0/root/echoe/VBD Obama/PROPN/3/obj on/ADP/7/case "
    "the/DET/7/det plan/NOUN/3/obl ./PUNCT/3/punct",
)
NAMED = (
    "She wrote a book called Women Who Work.",
    "She/PRON/2/nsubj wrote/VERB/0/root/write/VBD a/DET/4/det book/NOUN/2/obj called/VERB/4/acl/call/VBN "
    "Women/PROPN/5/xcomp Who/PRON/8/nsubj Work/VERB/6/acl:relcl ./PUNCT/2/punct",
)

ASSAILED = (
    "The governor assailed the council for its delay.",
    "The/DET/2/det governor/NOUN/3/nsubj assailed/VERB/0/root/assail/VBD the/DET/5/det council/NOUN/3/obj "
    "for/ADP/8/case its/PRON/8/nmod:poss delay/NOUN/3/obl ./PUNCT/3/punct",
)
REFERENCING = (
    "The mayor spoke for an hour, referencing the flood of 1998.",
    "The/DET/2/det mayor/NOUN/3/nsubj spoke/VERB/0/root/speak/VBD for/ADP/6/case an/DET/6/det hour/NOUN/3/obl "
    ",/PUNCT/8/punct referencing/VERB/3/advcl/reference/VBG the/DET/10/det flood/NOUN/8/obj of/ADP/12/case "
    "1998/NUM/10/nmod ./PUNCT/3/punct",
)
AIMS = (
    "The plan aims to cut waiting times.",
    "The/DET/2/det plan/NOUN/3/nsubj aims/VERB/0/root/aim/VBZ to/PART/5/mark cut/VERB/3/xcomp/cut/VB "
    "waiting/NOUN/7/compound times/NOUN/5/obj/time/NNS ./PUNCT/3/punct",
)


def _quotes(case, scope):
    text, spec = case
    return build_result(build(text, [spec]), scope=scope).quotes


@pytest.mark.parametrize(
    "case,category,content,speaker",
    [
        (URGED, QuoteCategory.SPEECH_ACT, "Congress to act on the bill", "The senator"),
        (CALLED_ON, QuoteCategory.SPEECH_ACT, "Sanders to do the same", "Clinton"),
        (VOWED, QuoteCategory.SPEECH_ACT, "to fight illegal immigration", "Both candidates"),
        (POLL, QuoteCategory.EVIDENCE, "that Clinton leads in Ohio", "A new poll"),
        (BELIEVES, QuoteCategory.COGNITION, "that the plan will fail", "Mayor Ann Lee"),
        (WANTS, QuoteCategory.COGNITION, "to cut taxes next year", "The governor"),
        (SUPPORTS, QuoteCategory.COGNITION, "the new bill", "The governor"),
        (DECLINED, QuoteCategory.COGNITION, "to comment", "Officials"),
        (CRITICIZED, QuoteCategory.SPEECH_ACT, "Sanders for stealing data", "Trump"),
        (POLL_SHOWS, QuoteCategory.EVIDENCE, "Sanders leading Clinton", "A new poll"),
        (ANNOUNCED, QuoteCategory.SPEECH_ACT, "her candidacy", "The senator"),
        (DISCUSSED, QuoteCategory.SPEECH_ACT, "the budget with reporters", "The mayor"),
        (CONSIDERING, QuoteCategory.COGNITION, "a rule change", "The party"),
        (TALKED_ABOUT, QuoteCategory.SPEECH_ACT, "the economy", "The governor"),
        (TALKED_ABOUT_GERUND, QuoteCategory.SPEECH_ACT, "about raising taxes", "The governor"),
        (BOASTED_OF, QuoteCategory.SPEECH_ACT, "his skills", "The candidate"),
        (EXPECTING, QuoteCategory.COGNITION, "a record turnout", "Officials"),
        (EXPLAINED_WHAT, QuoteCategory.SPEECH_ACT, "what he likes about the plan", "The governor"),
        (PROMISED_IN_RELATIVE, QuoteCategory.SPEECH_ACT, "to veto it", "Obama"),
        (SAID_THE_SAME, QuoteCategory.SPEECH_ACT, "the same of the senator", "A third of voters"),
        (ASKED_FOR, QuoteCategory.SPEECH_ACT, "a recount in Ohio", "The campaign"),
        (ASSAILED, QuoteCategory.SPEECH_ACT, "the council for its delay", "The governor"),
        (REFERENCING, QuoteCategory.SPEECH_ACT, "the flood of 1998", "The mayor"),
        (AIMS, QuoteCategory.COGNITION, "to cut waiting times", "The plan"),
        (ENDORSED_IN, QuoteCategory.SPEECH_ACT, "Sanders in the primary", "The union"),
        (PRAISED_AT, QuoteCategory.SPEECH_ACT, "the police", "The mayor"),
        (RAILED_AGAINST, QuoteCategory.SPEECH_ACT, "the trade deal", "The governor"),
        (PAINTED_AS, QuoteCategory.SPEECH_ACT, "the budget as a sham", "The mayor"),
        (VOUCHED_FOR, QuoteCategory.SPEECH_ACT, "the nominee", "Two senators"),
        (FOUND_AFTER, QuoteCategory.EVIDENCE, "The fund paid the fees", "a state audit"),
        (AS_FOUND, QuoteCategory.EVIDENCE, "the fund paid the fees", "the audit"),
    ],
)
def test_category_other_attributions_only_with_scope_attributions(case, category, content, speaker):
    (q,) = _quotes(case, Scope.ATTRIBUTIONS)
    assert (q.category, q.text, q.speaker.text) == (category, content, speaker)
    assert _quotes(case, Scope.STATEMENTS) == ()
    assert _quotes(case, "statements") == ()


EXPECTED = (
    "The House is expected to pass the bill.",
    "The/DET/2/det House/PROPN/4/nsubj:pass is/AUX/4/aux:pass expected/VERB/0/root/expect/VBN to/PART/6/mark "
    "pass/VERB/4/xcomp the/DET/8/det bill/NOUN/6/obj ./PUNCT/4/punct",
)


CONSIDERED = (
    "The strike is considered one of the largest in its history.",
    "The/DET/2/det strike/NOUN/4/nsubj:pass is/AUX/4/aux:pass considered/VERB/0/root/consider/VBN "
    "one/NUM/4/xcomp of/ADP/8/case the/DET/8/det largest/ADJ/5/nmod in/ADP/11/case its/PRON/11/nmod:poss "
    "history/NOUN/8/nmod ./PUNCT/4/punct",
)
SEEN_AS = (
    "The committee is seen as aligned with the mayor.",
    "The/DET/2/det committee/NOUN/4/nsubj:pass is/AUX/4/aux:pass seen/VERB/0/root/see/VBN as/ADP/6/mark "
    "aligned/ADJ/4/advcl with/ADP/9/case the/DET/9/det mayor/NOUN/6/obl ./PUNCT/4/punct",
)


@pytest.mark.parametrize(
    "case,category,pieces",
    [
        (SEEMED, QuoteCategory.EVIDENCE, ["The senator", "to lose patience"]),
        (EXPECTED, QuoteCategory.COGNITION, ["The House", "to pass the bill"]),
        (CONSIDERED, QuoteCategory.COGNITION, ["The strike", "one of the largest in its history"]),
        (SEEN_AS, QuoteCategory.COGNITION, ["The committee", "as aligned with the mayor"]),
    ],
)
def test_category_seeming_and_expectation_cite_no_one(case, category, pieces):
    # PolNeAR annotates them as attributions without a source: the writer's judgement.
    (q,) = _quotes(case, Scope.ATTRIBUTIONS)
    assert q.category is category and q.speaker is None
    assert [case[0][s:e] for s, e in q.spans] == pieces
    assert _quotes(case, Scope.STATEMENTS) == ()


@pytest.mark.parametrize("case", [CONTINUED, NAMED, ASKED, ECHOED])
def test_category_aspect_and_naming_are_no_attribution(case):
    for scope in Scope:
        assert _quotes(case, scope) == ()


def test_category_statement_in_every_scope():
    for scope in Scope:
        (q,) = _quotes(SAID, scope)
        assert (q.category, q.text) == (QuoteCategory.STATEMENT, "the bridge would reopen")


def test_category_quoted_fragment_is_a_statement_in_every_scope():
    text = "The minister described the plan as “a disaster for the region.”"
    spec = (
        "The/DET/2/det minister/NOUN/3/nsubj described/VERB/0/root/describe/VBD the/DET/5/det plan/NOUN/3/obj "
        "as/ADP/9/case “/PUNCT/9/punct a/DET/9/det disaster/NOUN/3/obl for/ADP/13/case the/DET/13/det "
        "region/NOUN/9/nmod ./PUNCT/3/punct ”/PUNCT/3/punct"
    )
    # the cue frames the quoted words: no second, speech-act quote over its arguments
    for scope in Scope:
        (q,) = build_result(build(text, [spec]), scope=scope).quotes
        assert (q.category, q.type.value, q.text) == (
            QuoteCategory.STATEMENT,
            "mixed",
            "the plan as “a disaster for the region.”",
        )


def test_category_numbering_follows_the_scope():
    text = f"{BELIEVES[0]} {SAID[0]}"
    parsed = build(text, [BELIEVES[1], SAID[1]])
    assert [(q.id, q.category.value) for q in build_result(parsed, scope="attributions").quotes] == [
        ("q1", "cognition"),
        ("q2", "statement"),
    ]
    assert [(q.id, q.category.value) for q in build_result(parsed).quotes] == [("q1", "statement")]


def test_category_unknown_scope_is_an_error():
    with pytest.raises(ValueError):
        build_result(build(SAID[0], [SAID[1]]), scope="everything")


SAID_SUPPORT = (
    "Clinton said she would support a wage increase.",
    "Clinton/PROPN/2/nsubj said/VERB/0/root/say/VBD she/PRON/5/nsubj would/AUX/5/aux/would/MD "
    "support/VERB/2/ccomp/support/VB a/DET/8/det wage/NOUN/8/compound increase/NOUN/5/obj ./PUNCT/2/punct",
)


def test_category_attribution_inside_another_quotes_content_is_part_of_it():
    # "support" is a stance cue, but it sits in what Clinton said: one attribution, not two.
    for scope in Scope:
        (q,) = _quotes(SAID_SUPPORT, scope)
        assert (q.category, q.text) == (QuoteCategory.STATEMENT, "she would support a wage increase")


MAINTAINS = (
    "Clinton maintains a big lead in the polls.",
    "Clinton/PROPN/2/nsubj maintains/VERB/0/root/maintain/VBZ a/DET/5/det big/ADJ/5/amod lead/NOUN/2/obj "
    "in/ADP/8/case the/DET/8/det polls/NOUN/5/nmod ./PUNCT/2/punct",
)


def test_category_a_thing_kept_or_added_is_no_speech_act():
    for scope in Scope:
        assert _quotes(MAINTAINS, scope) == ()


URGED_WHILE = (
    "The senator urged Congress to act, while others wait.",
    "The/DET/2/det senator/NOUN/3/nsubj urged/VERB/0/root/urge/VBD Congress/PROPN/3/obj to/PART/6/mark "
    "act/VERB/3/xcomp ,/PUNCT/10/punct while/SCONJ/10/mark others/NOUN/10/nsubj wait/VERB/6/advcl ./PUNCT/3/punct",
)


def test_category_speech_act_arguments_stop_before_the_writers_aside():
    (q,) = _quotes(URGED_WHILE, Scope.ATTRIBUTIONS)
    assert (q.category, q.text) == (QuoteCategory.SPEECH_ACT, "Congress to act")


SEES_AS = (
    "Many voters see him as the stronger candidate.",
    "Many/ADJ/2/amod voters/NOUN/3/nsubj see/VERB/0/root/see/VBP him/PRON/3/obj as/ADP/8/case the/DET/8/det "
    "stronger/ADJ/8/amod candidate/NOUN/3/obl ./PUNCT/3/punct",
)


def test_category_seeing_something_as_something_is_a_belief():
    (q,) = _quotes(SEES_AS, Scope.ATTRIBUTIONS)
    assert (q.category, q.text, q.speaker.text) == (
        QuoteCategory.COGNITION,
        "him as the stronger candidate",
        "Many voters",
    )
    assert _quotes(SEES_AS, Scope.STATEMENTS) == ()


def test_the_relative_word_a_cue_takes_as_object_is_what_the_act_is_about():
    # "which" stands for Florida, what he describes; "that" and "what" are no such object
    text = "He won Florida, which he describes as his second home, and the race that he wanted."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj/he/PRP won/VERB/0/root/win/VBD Florida/PROPN/2/obj/Florida/NNP ,/PUNCT/7/punct "
            "which/PRON/7/obj/which/WDT he/PRON/7/nsubj/he/PRP describes/VERB/3/acl:relcl/describe/VBZ "
            "as/ADP/11/case his/PRON/11/nmod:poss/his/PRP$ second/ADJ/11/amod/second/JJ home/NOUN/7/obl/home/NN "
            ",/PUNCT/15/punct and/CCONJ/15/cc the/DET/15/det race/NOUN/3/conj/race/NN that/PRON/18/obj/that/WDT "
            "he/PRON/18/nsubj/he/PRP wanted/VERB/15/acl:relcl/want/VBD ./PUNCT/2/punct"
        ],
    )
    (q,) = build_result(parsed, scope=Scope.ATTRIBUTIONS).quotes
    assert [text[a:b] for a, b in q.spans] == ["which", "his second home"]
    assert (q.cue.text, q.category) == ("describes", QuoteCategory.SPEECH_ACT)
    assert build_result(parsed, scope=Scope.STATEMENTS).quotes == ()


CAST_AS = (
    "Lee cast her rival as a tool of the banks.",
    "Lee/PROPN/2/nsubj cast/VERB/0/root/cast/VBD her/PRON/4/nmod:poss/her/PRP$ rival/NOUN/2/obj as/ADP/7/case "
    "a/DET/7/det tool/NOUN/2/obl of/ADP/10/case the/DET/10/det banks/NOUN/7/nmod/bank/NNS ./PUNCT/2/punct",
)
CAST_VOTES = (
    "Delegates cast their votes for Lee.",
    "Delegates/NOUN/2/nsubj/delegate/NNS cast/VERB/0/root/cast/VBD their/PRON/4/nmod:poss/their/PRP$ "
    "votes/NOUN/2/obj/vote/NNS for/ADP/6/case Lee/PROPN/2/obl ./PUNCT/2/punct",
)


PUSHED_FOR = (
    "Unions pushed for a higher wage.",
    "Unions/NOUN/2/nsubj/union/NNS pushed/VERB/0/root/push/VBD for/ADP/6/case a/DET/6/det higher/ADJ/6/amod "
    "wage/NOUN/2/obl ./PUNCT/2/punct",
)
SPOKE_ABOUT = (
    "Lee spoke with reporters about the budget on Monday.",
    "Lee/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD with/ADP/4/case reporters/NOUN/2/obl/reporter/NNS "
    "about/ADP/7/case the/DET/7/det budget/NOUN/2/obl on/ADP/9/case Monday/PROPN/2/obl ./PUNCT/2/punct",
)
PUSHED_CART = (
    "Lee pushed the cart for an hour.",
    "Lee/PROPN/2/nsubj pushed/VERB/0/root/push/VBD the/DET/4/det cart/NOUN/2/obj for/ADP/7/case an/DET/7/det "
    "hour/NOUN/2/obl ./PUNCT/2/punct",
)


def test_a_verb_that_is_a_speech_act_only_in_its_phrase_reports_that_phrase():
    (q,) = _quotes(CAST_AS, Scope.ATTRIBUTIONS)
    assert (q.category, q.text, q.speaker.text) == (QuoteCategory.SPEECH_ACT, "her rival as a tool of the banks", "Lee")
    (q,) = _quotes(PUSHED_FOR, Scope.ATTRIBUTIONS)
    assert (q.category, q.text, q.speaker.text) == (QuoteCategory.SPEECH_ACT, "a higher wage", "Unions")
    (q,) = _quotes(SPOKE_ABOUT, Scope.ATTRIBUTIONS)
    assert (q.category, q.text, q.speaker.text) == (QuoteCategory.SPEECH_ACT, "the budget", "Lee")
    assert _quotes(CAST_AS, Scope.STATEMENTS) == _quotes(PUSHED_FOR, Scope.STATEMENTS) == ()
    # without the phrase, or with a thing pushed, no speech act
    assert _quotes(CAST_VOTES, Scope.ATTRIBUTIONS) == _quotes(PUSHED_CART, Scope.ATTRIBUTIONS) == ()


def test_a_verb_with_its_object_or_particle_and_phrase_is_a_speech_act_on_the_phrase():
    took_aim = (
        "Lee took aim at the new tax.",
        "Lee/PROPN/2/nsubj took/VERB/0/root/take/VBD aim/NOUN/2/obj at/ADP/7/case the/DET/7/det new/ADJ/7/amod "
        "tax/NOUN/2/obl ./PUNCT/2/punct",
    )
    came_out = (
        "Lee came out against the new tax.",
        "Lee/PROPN/2/nsubj came/VERB/0/root/come/VBD out/ADP/2/compound:prt against/ADP/7/case the/DET/7/det "
        "new/ADJ/7/amod tax/NOUN/2/obl ./PUNCT/2/punct",
    )
    took_bus = (
        "Lee took the bus at noon.",
        "Lee/PROPN/2/nsubj took/VERB/0/root/take/VBD the/DET/4/det bus/NOUN/2/obj at/ADP/6/case noon/NOUN/2/obl "
        "./PUNCT/2/punct",
    )
    for case in (took_aim, came_out):
        (q,) = _quotes(case, Scope.ATTRIBUTIONS)
        assert (q.category, q.text, q.speaker.text) == (QuoteCategory.SPEECH_ACT, "the new tax", "Lee")
    assert _quotes(took_bus, Scope.ATTRIBUTIONS) == ()


def test_a_verb_that_is_a_speech_act_only_in_its_phrase_reports_no_clause_the_parser_put_before_it():
    # the tagger split "Thirty-seven" and the parser hung the verb on "Thirty" as a parataxis
    case = (
        "Thirty-seven percent would vote for Lee.",
        "Thirty/NUM/0/root/thirty/CD -/PUNCT/4/punct seven/NUM/4/nummod/seven/CD percent/NOUN/6/nsubj "
        "would/AUX/6/aux/would/MD vote/VERB/1/parataxis/vote/VB for/ADP/8/case Lee/PROPN/6/obl ./PUNCT/1/punct",
    )
    (q,) = _quotes(case, Scope.ATTRIBUTIONS)
    assert (q.cue.text, q.text) == ("vote", "Lee")


def test_a_noun_seen_as_something_is_a_belief_of_the_agent_or_of_no_one():
    text = "An option seen by organizers as a lifeboat failed. The comments seen as insulting drew fire."
    parsed = build(
        text,
        [
            "An/DET/2/det option/NOUN/9/nsubj seen/VERB/2/acl/see/VBN by/ADP/5/case organizers/NOUN/3/obl/organizer/NNS "
            "as/ADP/8/case a/DET/8/det lifeboat/NOUN/3/obl failed/VERB/0/root/fail/VBD ./PUNCT/9/punct",
            "The/DET/2/det comments/NOUN/6/nsubj/comment/NNS seen/VERB/2/acl/see/VBN as/SCONJ/5/mark "
            "insulting/ADJ/3/advcl/insulting/JJ drew/VERB/0/root/draw/VBD fire/NOUN/6/obj ./PUNCT/6/punct",
        ],
    )
    found = {q.text: q for q in build_result(parsed, scope=Scope.ATTRIBUTIONS).quotes}
    assert sorted(found) == ["a lifeboat", "insulting"]
    assert found["a lifeboat"].speaker.text == "organizers"
    assert found["insulting"].speaker is None
    assert found["insulting"].category is QuoteCategory.COGNITION


def test_proving_something_is_the_writers_judgement_not_evidence():
    from tests.helpers import build, quotes

    text = "Hurdles from years past proved to be insurmountable."
    parsed = build(
        text,
        [
            "Hurdles/NOUN/5/nsubj from/ADP/3/case years/NOUN/1/nmod past/ADJ/3/amod proved/VERB/0/root/prove/VBD "
            "to/PART/8/mark be/AUX/8/cop insurmountable/ADJ/5/xcomp ./PUNCT/5/punct"
        ],
    )
    assert quotes(parsed, scope="attributions") == ()


REPORTEDLY = (
    "Anti-Trump delegates reportedly erupted in a chorus of boos.",
    "Anti-Trump/ADJ/2/amod delegates/NOUN/4/nsubj reportedly/ADV/4/advmod erupted/VERB/0/root/erupt/VBD "
    "in/ADP/7/case a/DET/7/det chorus/NOUN/4/obl of/ADP/9/case boos/NOUN/7/nmod ./PUNCT/4/punct",
)


def test_reportedly_attributes_its_clause_to_unnamed_reports():
    (q,) = _quotes(REPORTEDLY, Scope.ATTRIBUTIONS)
    assert q.category is QuoteCategory.EVIDENCE and q.speaker is None and q.cue.text == "reportedly"
    text = REPORTEDLY[0]
    assert [text[a:b] for a, b in q.spans] == ["Anti-Trump delegates", "erupted in a chorus of boos"]
    assert _quotes(REPORTEDLY, Scope.STATEMENTS) == ()


LED_IN_POLL = (
    "Lee led Park by ten points in a new survey.",
    "Lee/PROPN/2/nsubj led/VERB/0/root/lead/VBD Park/PROPN/2/obj by/ADP/6/case ten/NUM/6/nummod "
    "points/NOUN/2/obl/point/NNS in/ADP/10/case a/DET/10/det new/ADJ/10/amod survey/NOUN/2/obl/survey/NN "
    "./PUNCT/2/punct",
)
HUNG_ON_OBJECT = (
    "Lee had 38 percent in a Fox poll.",
    "Lee/PROPN/2/nsubj had/VERB/0/root/have/VBD 38/NUM/4/nummod percent/NOUN/2/obj in/ADP/8/case "
    "a/DET/8/det Fox/PROPN/8/compound poll/NOUN/4/nmod/poll/NN ./PUNCT/2/punct",
)
FRAMED_POLL = (
    "In March, Lee had 45 percent in the latest poll.",
    "In/ADP/2/case March/PROPN/5/obl ,/PUNCT/2/punct Lee/PROPN/5/nsubj had/VERB/0/root/have/VBD "
    "45/NUM/7/nummod percent/NOUN/5/obj in/ADP/11/case the/DET/11/det latest/ADJ/11/amod "
    "poll/NOUN/5/obl/poll/NN ./PUNCT/5/punct",
)
INTERRUPTING_POLL = (
    "Lee, in the new poll, leads Park by ten points.",
    "Lee/PROPN/8/nsubj ,/PUNCT/6/punct in/ADP/6/case the/DET/6/det new/ADJ/6/amod poll/NOUN/8/obl/poll/NN "
    ",/PUNCT/6/punct leads/VERB/0/root/lead/VBZ Park/PROPN/8/obj by/ADP/12/case ten/NUM/12/nummod "
    "points/NOUN/8/obl/point/NNS ./PUNCT/8/punct",
)
AFTER_POLL = (
    "Lee has led Park in every poll, usually by double digits.",
    "Lee/PROPN/3/nsubj has/AUX/3/aux led/VERB/0/root/lead/VBN Park/PROPN/3/obj in/ADP/7/case "
    "every/DET/7/det poll/NOUN/3/obl/poll/NN ,/PUNCT/12/punct usually/ADV/12/advmod by/ADP/12/case "
    "double/ADJ/12/amod digits/NOUN/3/obl/digit/NNS ./PUNCT/3/punct",
)


@pytest.mark.parametrize(
    "case,pieces,speaker",
    [
        (LED_IN_POLL, ["Lee led Park by ten points"], "a new survey"),
        # the parse hung the poll on the verb's object: the finding is still the clause
        (HUNG_ON_OBJECT, ["Lee had 38 percent"], "a Fox poll"),
        # a phrase set off before the subject frames the finding
        (FRAMED_POLL, ["Lee had 45 percent"], "the latest poll"),
        # the poll's phrase interrupts the clause: two pieces around it
        (INTERRUPTING_POLL, ["Lee", "leads Park by ten points"], "the new poll"),
        # what follows the phrase without the verb or its subject adds to the finding
        (AFTER_POLL, ["Lee has led Park"], "every poll"),
    ],
)
def test_category_a_clause_placed_in_a_poll_is_its_finding(case, pieces, speaker):
    # PolNeAR annotates "[Trump leads] in a new poll" as the poll's evidence, as it does
    # "according to a new poll"
    (q,) = _quotes(case, Scope.ATTRIBUTIONS)
    assert q.category is QuoteCategory.EVIDENCE and q.speaker is not None
    assert [case[0][s:e] for s, e in q.spans] == pieces
    assert q.speaker.text == speaker
    assert _quotes(case, Scope.STATEMENTS) == ()


ROSE_IN_POLLS = (
    "Lee rose in the polls after the debate.",
    "Lee/PROPN/2/nsubj rose/VERB/0/root/rise/VBD in/ADP/5/case the/DET/5/det polls/NOUN/2/obl/poll/NNS "
    "after/ADP/8/case the/DET/8/det debate/NOUN/2/obl ./PUNCT/2/punct",
)
SURVEYED_IN_POLL = (
    "Most of the voters surveyed in the poll were women.",
    "Most/ADJ/10/nsubj of/ADP/4/case the/DET/4/det voters/NOUN/1/nmod/voter/NNS surveyed/VERB/4/acl/survey/VBN "
    "in/ADP/8/case the/DET/8/det poll/NOUN/5/obl/poll/NN were/AUX/10/cop/be women/NOUN/0/root/woman/NNS "
    "./PUNCT/10/punct",
)
FOUND_IN_POLL = (
    "In a new poll, the group found that voters were angry.",
    "In/ADP/3/case a/DET/3/det poll/NOUN/7/obl ,/PUNCT/3/punct the/DET/6/det group/NOUN/7/nsubj "
    "found/VERB/0/root/find/VBD that/SCONJ/11/mark voters/NOUN/11/nsubj/voter/NNS were/AUX/11/cop/be "
    "angry/ADJ/7/ccomp ./PUNCT/7/punct",
)


@pytest.mark.parametrize("case", [ROSE_IN_POLLS, SURVEYED_IN_POLL])
def test_category_no_finding_in_the_polls_or_of_those_surveyed(case):
    # "the polls" place a candidate in no one poll's findings; a participle's "in" phrase is its own
    assert _quotes(case, Scope.ATTRIBUTIONS) == ()


def test_category_a_finding_reported_in_a_poll_is_the_finders():
    # the group found it: its clause is the group's evidence, and the poll is where it was found
    (q,) = _quotes(FOUND_IN_POLL, Scope.ATTRIBUTIONS)
    assert (q.text, q.speaker.text if q.speaker else None) == ("that voters were angry", "the group")


IT_SEEMS = (
    "It seems the council has too many members.",
    "It/PRON/2/nsubj seems/VERB/0/root/seem/VBZ the/DET/4/det council/NOUN/5/nsubj has/VERB/2/ccomp/have/VBZ "
    "too/ADV/7/advmod many/ADJ/8/amod members/NOUN/5/obj/member/NNS ./PUNCT/2/punct",
)
IT_SEEMS_LIKELY = (
    "It seems increasingly likely that Lee will win.",
    "It/PRON/2/expl seems/VERB/0/root/seem/VBZ increasingly/ADV/4/advmod likely/ADJ/2/xcomp "
    "that/SCONJ/8/mark Lee/PROPN/8/nsubj will/AUX/8/aux/will/MD win/VERB/4/ccomp/win/VB ./PUNCT/2/punct",
)
IT_APPEARS_CERTAIN = (
    "It appears certain to pass.",
    "It/PRON/2/nsubj appears/VERB/0/root/appear/VBZ certain/ADJ/2/xcomp to/PART/5/mark pass/VERB/3/xcomp/pass/VB "
    "./PUNCT/2/punct",
)


@pytest.mark.parametrize(
    "case,pieces",
    [
        # an empty "it": what seems so is the clause, one piece
        (IT_SEEMS, ["the council has too many members"]),
        (IT_SEEMS_LIKELY, ["increasingly likely that Lee will win"]),
        # no clause: the "it" stands for something, a piece of its own
        (IT_APPEARS_CERTAIN, ["It", "certain to pass"]),
    ],
)
def test_category_it_seems_that_is_evidence_of_the_clause(case, pieces):
    (q,) = _quotes(case, Scope.ATTRIBUTIONS)
    assert q.category is QuoteCategory.EVIDENCE and q.speaker is None
    assert [case[0][s:e] for s, e in q.spans] == pieces


def test_a_thought_after_its_clause_reports_nothing():
    # unlike a finding after its clause (FOUND_AFTER, with the other attributions above)
    assert _quotes(THINKS_AFTER, Scope.ATTRIBUTIONS) == ()


WANT_AS_SHOWN = (
    "Most voters want change, as a recent poll showed.",
    "Most/ADJ/2/amod voters/NOUN/3/nsubj want/VERB/0/root/want/VBP change/NOUN/3/obj ,/PUNCT/10/punct "
    "as/SCONJ/10/mark a/DET/9/det recent/ADJ/9/amod poll/NOUN/10/nsubj showed/VERB/3/advcl/show/VBD ./PUNCT/3/punct",
)


def test_a_trailing_as_frame_is_no_part_of_the_arguments_it_frames():
    from quotesvc import lexicons
    from quotesvc.reported import _argument_words

    parsed = build(*[WANT_AS_SHOWN[0]], [WANT_AS_SHOWN[1]])
    want = parsed.sentences[0].words[2]
    assert " ".join(w.text for w in _argument_words(want, lexicons.load())) == "change"
    (q,) = _quotes(WANT_AS_SHOWN, Scope.ATTRIBUTIONS)
    assert (q.category, q.text, q.speaker.text) == (QuoteCategory.EVIDENCE, "Most voters want change", "a recent poll")
