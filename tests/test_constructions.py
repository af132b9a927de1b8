"""Special constructions (quotesvc.constructions) on hand-built parses: according to, be/feel like, you know, parentheticals."""

import pytest

from quotesvc.extract import build_result
from tests.helpers import build, quotes


def test_attribution_according_to():
    text = "According to ABC News, the boat sank on Friday."
    parsed = build(
        text,
        [
            "According/VERB/4/case to/ADP/1/fixed ABC/PROPN/4/compound News/PROPN/7/obl ,/PUNCT/4/punct the/DET/7/det "
            "boat/NOUN/8/nsubj sank/VERB/0/root/sink on/ADP/10/case Friday/PROPN/8/obl ./PUNCT/8/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "indirect"
    assert q.text == "the boat sank on Friday"
    assert q.speaker.name == "ABC News"


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


def test_according_phrase_ends_at_its_comma_when_a_clause_follows():
    # The parser made "the UN and the US" conjuncts of "AFP": the source is still only AFP.
    text = "Malaysia kept a policy which, according to AFP, the UN and the US have criticised."
    parsed = build(
        text,
        [
            "Malaysia/PROPN/2/nsubj kept/VERB/0/root/keep/VBD a/DET/4/det policy/NOUN/2/obj which/PRON/17/obj/which/WDT "
            ",/PUNCT/9/punct according/VERB/9/case/accord/VBG to/ADP/7/fixed AFP/PROPN/17/obl ,/PUNCT/12/punct "
            "the/DET/12/det UN/PROPN/9/conj and/CCONJ/15/cc the/DET/15/det US/PROPN/12/conj have/AUX/17/aux/have/VBP "
            "criticised/VERB/4/acl:relcl/criticise/VBN ./PUNCT/2/punct"
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
            "curator/NOUN/8/appos of/ADP/14/case the/DET/14/det exhibit/NOUN/11/nmod ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "The photos were donated" and q.speaker.name == "Kristen Wilkins"


def test_according_phrase_attributes_the_clause_before_it_not_a_participle_or_a_conjunct_after():
    # the parser hung "involved ..." on the clause; it modifies the source and is no claim
    text = "The mayor is nearing a deal, according to aides involved in the talks."
    parsed = build(
        text,
        [
            "The/DET/2/det mayor/NOUN/4/nsubj is/AUX/4/aux/be/VBZ nearing/VERB/0/root/near/VBG a/DET/6/det "
            "deal/NOUN/4/obj ,/PUNCT/11/punct according/VERB/10/case/accord/VBG to/ADP/8/fixed aides/NOUN/11/obl "
            "involved/VERB/4/advcl/involve/VBN in/ADP/14/case the/DET/14/det talks/NOUN/11/obl ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "The mayor is nearing a deal" and q.speaker.text == "aides"
    # a clause after the phrase that opens with a conjunction is the writer's next one
    text = "Ann Lee has won 758 delegates, according to a tally, but her path is narrowing."
    parsed = build(
        text,
        [
            "Ann/PROPN/4/nsubj Lee/PROPN/1/flat has/AUX/4/aux/have/VBZ won/VERB/0/root/win/VBN 758/NUM/6/nummod "
            "delegates/NOUN/4/obj ,/PUNCT/11/punct according/VERB/11/case/accord/VBG to/ADP/8/fixed a/DET/11/det "
            "tally/NOUN/4/obl ,/PUNCT/18/punct but/CCONJ/18/cc her/PRON/15/nmod:poss path/NOUN/18/nsubj "
            "is/AUX/18/aux/be/VBZ narrowing/VERB/4/conj/narrow/VBG ./PUNCT/4/punct"
        ],
    )
    (q,) = [q for q in quotes(parsed) if q.cue.lemma == "accord"]
    assert q.text == "Ann Lee has won 758 delegates" and q.speaker.text == "a tally"


def test_inverted_parenthetical_cue_splits_the_reported_clause():
    text = "Institutional recipients, said Mauer, are required to exhibit the photographs."
    parsed = build(
        text,
        [
            "Institutional/ADJ/2/amod recipients/NOUN/4/nsubj ,/PUNCT/2/punct said/VERB/0/root/say/VBD "
            "Mauer/PROPN/4/nsubj ,/PUNCT/2/punct are/AUX/8/aux:pass/be/VBP required/VERB/4/ccomp/require/VBN "
            "to/PART/10/mark exhibit/VERB/8/xcomp/exhibit/VB the/DET/12/det photographs/NOUN/10/obj ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.text == "Mauer"
    assert [text[s:e] for s, e in q.spans] == ["Institutional recipients", "are required to exhibit the photographs"]


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
    assert len(quotes(build(text, [spec]), "attributions")) == expected


def test_feel_like_with_a_clause_is_a_stance():
    text = "I feel like there is nothing else to do, so we stay inside."
    parsed = build(
        text,
        [
            "I/PRON/2/nsubj feel/VERB/0/root/feel/VBP like/SCONJ/5/mark there/PRON/5/expl is/VERB/2/advcl/be/VBZ "
            "nothing/PRON/5/nsubj else/ADJ/6/amod to/PART/9/mark do/VERB/6/acl/do/VB ,/PUNCT/13/punct "
            "so/CCONJ/13/cc we/PRON/13/nsubj stay/VERB/2/conj/stay/VBP inside/ADV/13/advmod ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed, "attributions")
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
            "will/AUX/8/aux/will/MD fail/VERB/5/ccomp/fail/VB next/ADJ/10/amod year/NOUN/8/obl:unmarked ./PUNCT/8/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[s:e] for s, e in q.spans] == ["The plan", "will fail next year"]
    assert q.text == text[q.start : q.end] and q.speaker.text == "he"


def test_a_name_and_a_colon_label_the_statement_after_them():
    text = "Paul Ryan: FBI decision defies explanation\n\nThe result: Cruz must travel far."
    parsed = build(
        text,
        [
            "Paul/PROPN/2/compound Ryan/PROPN/0/root :/PUNCT/2/punct FBI/PROPN/5/compound decision/NOUN/6/nsubj "
            "defies/VERB/2/appos/defy explanation/NOUN/6/obj",
            "The/DET/2/det result/NOUN/0/root :/PUNCT/2/punct Cruz/PROPN/6/nsubj must/AUX/6/aux "
            "travel/VERB/2/appos far/ADV/6/advmod ./PUNCT/2/punct",
        ],
    )
    (q,) = quotes(parsed)  # "The result" is no name
    assert q.type.value == "indirect" and q.text == "FBI decision defies explanation"
    assert q.speaker.name == "Paul Ryan"


def test_an_acronym_or_plural_label_the_article_mentions_again_is_a_speaker():
    # "AP" tagged a verb and "Insiders" a common noun: each is a name because the article names it again
    text = (
        "AP: Trump aide routed money to lobbyists.\n\nInsiders: The senator will rebound.\n\n"
        "BOOM: The mayor fires back at critics.\n\nThe AP and the insiders agree."
    )
    parsed = build(
        text,
        [
            "AP/VERB/_/_ :/PUNCT/_/_ Trump/PROPN/_/_ aide/NOUN/_/_ routed/VERB/_/_ money/NOUN/_/_ to/ADP/_/_ "
            "lobbyists/NOUN/_/_ ./PUNCT/_/_",
            "Insiders/NOUN/_/_/insider/NNS :/PUNCT/_/_ The/DET/_/_ senator/NOUN/_/_ will/AUX/_/_ rebound/VERB/_/_ "
            "./PUNCT/_/_",
            "BOOM/NOUN/_/_/boom/NN :/PUNCT/_/_ The/DET/_/_ mayor/NOUN/_/_ fires/VERB/_/_ back/ADV/_/_ at/ADP/_/_ "
            "critics/NOUN/_/_ ./PUNCT/_/_",
            "The/DET/_/_ AP/PROPN/_/_ and/CCONJ/_/_ the/DET/_/_ insiders/NOUN/_/_/insider/NNS agree/VERB/_/_ "
            "./PUNCT/_/_",
        ],
    )
    # "BOOM" is shouted, not a name: the article never mentions it again
    assert [(q.text, q.speaker.text) for q in quotes(parsed)] == [
        ("Trump aide routed money to lobbyists", "AP"),
        ("The senator will rebound", "Insiders"),
    ]


def test_a_label_after_a_kicker_or_with_a_place_and_a_name_of_common_words_mentioned_again_speak():
    text = (
        "EXCLUSIVE – Dana Voss: Do not trust the count.\n\nJudge Lee at Forum: The court was misled.\n\n"
        "Civic Watch: The council hid the emails.\n\nThe Latest: The council meets at noon.\n\n"
        "Civic Watch sued the council."
    )
    parsed = build(
        text,
        [
            "EXCLUSIVE/NOUN/_/_ –/PUNCT/_/_ Dana/PROPN/_/_ Voss/PROPN/_/_ :/PUNCT/_/_ Do/AUX/_/_ not/PART/_/_ "
            "trust/VERB/_/_ the/DET/_/_ count/NOUN/_/_ ./PUNCT/_/_",
            "Judge/PROPN/_/_ Lee/PROPN/_/_ at/ADP/_/_ Forum/PROPN/_/_ :/PUNCT/_/_ The/DET/_/_ court/NOUN/_/_ "
            "was/AUX/_/_ misled/VERB/_/_ ./PUNCT/_/_",
            "Civic/ADJ/2/amod Watch/NOUN/0/root :/PUNCT/6/punct The/DET/5/det council/NOUN/6/nsubj "
            "hid/VERB/2/parataxis the/DET/8/det emails/NOUN/6/obj ./PUNCT/2/punct",
            "The/DET/_/_ Latest/ADJ/_/_ :/PUNCT/_/_ The/DET/_/_ council/NOUN/_/_ meets/VERB/_/_ at/ADP/_/_ "
            "noon/NOUN/_/_ ./PUNCT/_/_",
            "Civic/ADJ/_/_ Watch/NOUN/_/_ sued/VERB/_/_ the/DET/_/_ council/NOUN/_/_ ./PUNCT/_/_",
        ],
    )
    # "The Latest:" is the AP's live-update heading, no speaker
    assert [(q.text, q.speaker.text) for q in quotes(parsed)] == [
        ("Do not trust the count", "Dana Voss"),
        ("The court was misled", "Judge Lee"),
        ("The council hid the emails", "Civic Watch"),
    ]


def test_a_plural_label_before_words_without_a_verb_is_a_list_item_not_a_speaker():
    text = "Dinghies: 225 kroner per hour.\n\nThe dinghies are red."
    parsed = build(
        text,
        [
            "Dinghies/NOUN/_/_/dinghy/NNS :/PUNCT/_/_ 225/NUM/_/_ kroner/NOUN/_/_ per/ADP/_/_ hour/NOUN/_/_ ./PUNCT/_/_",
            "The/DET/_/_ dinghies/NOUN/_/_/dinghy/NNS are/AUX/_/_ red/ADJ/_/_ ./PUNCT/_/_",
        ],
    )
    assert quotes(parsed) == ()


def test_a_label_to_an_addressee_gives_the_speaker_and_a_heading_gives_none():
    text = "Lee to Congress: The budget comes first.\n\nUpdate: The vote was delayed again."
    parsed = build(
        text,
        [
            "Lee/PROPN/_/_ to/ADP/_/_ Congress/PROPN/_/_ :/PUNCT/_/_ The/DET/_/_ budget/NOUN/_/_ comes/VERB/_/_ "
            "first/ADV/_/_ ./PUNCT/_/_",
            "Update/PROPN/_/_ :/PUNCT/_/_ The/DET/_/_ vote/NOUN/_/_ was/AUX/_/_ delayed/VERB/_/_ again/ADV/_/_ "
            "./PUNCT/_/_",
        ],
    )
    assert [(q.text, q.speaker.text) for q in quotes(parsed)] == [("The budget comes first", "Lee")]


INTERVIEW = (
    "The Times spoke with Senator Ann Lee on Monday.\n\nQ: What will you do next?\n\n"
    "A: We will cut taxes and balance the budget.\n\nLee: The budget comes first this year."
)
INTERVIEW_SENTENCES = [
    "The/DET/_/_ Times/PROPN/_/_ spoke/VERB/_/_/speak with/ADP/_/_ Senator/PROPN/_/_ Ann/PROPN/_/_ Lee/PROPN/_/_ "
    "on/ADP/_/_ Monday/PROPN/_/_ ./PUNCT/_/_",
    "Q/NOUN/_/_ :/PUNCT/_/_ What/PRON/_/_ will/AUX/_/_ you/PRON/_/_ do/VERB/_/_ next/ADV/_/_ ?/PUNCT/_/_",
    # the tokenizer made each label a sentence of its own
    "A/NOUN/_/_ :/PUNCT/_/_",
    "We/PRON/_/_ will/AUX/_/_ cut/VERB/_/_ taxes/NOUN/_/_ and/CCONJ/_/_ balance/VERB/_/_ the/DET/_/_ "
    "budget/NOUN/_/_ ./PUNCT/_/_",
    "Lee/PROPN/_/_ :/PUNCT/_/_",
    "The/DET/_/_ budget/NOUN/_/_ comes/VERB/_/_ first/ADV/_/_ this/DET/_/_ year/NOUN/_/_ ./PUNCT/_/_",
]


def test_interview_answers_and_turn_labels_belong_to_the_interviewee():
    result = build_result(build(INTERVIEW, INTERVIEW_SENTENCES))
    assert [(q.text, q.speaker.name) for q in result.quotes] == [
        ("We will cut taxes and balance the budget", "Ann Lee"),
        ("The budget comes first this year", "Ann Lee"),
    ]


def test_an_answer_label_without_a_named_interviewee_speaks_as_the_label():
    # the article names nobody: the answer is still a statement, its speaker the label it gives
    text = INTERVIEW.replace("The Times spoke with Senator Ann Lee on Monday.", "The Times met a senator on Monday.")
    sentences = [
        "The/DET/_/_ Times/PROPN/_/_ met/VERB/_/_/meet a/DET/_/_ senator/NOUN/_/_ on/ADP/_/_ Monday/PROPN/_/_ ./PUNCT/_/_"
    ] + INTERVIEW_SENTENCES[1:]
    result = build_result(build(text, sentences))
    assert [(q.text, q.speaker.text) for q in result.quotes] == [
        ("We will cut taxes and balance the budget", "A"),
        ("The budget comes first this year", "Lee"),
    ]


def test_a_turn_label_ends_where_the_next_label_begins():
    text = "Ann Lee: We will cut taxes this year. Tom Baker: We will not cut them."
    parsed = build(
        text,
        [
            "Ann/PROPN/_/_ Lee/PROPN/_/_ :/PUNCT/_/_",
            "We/PRON/_/_ will/AUX/_/_ cut/VERB/_/_ taxes/NOUN/_/_ this/DET/_/_ year/NOUN/_/_ ./PUNCT/_/_",
            "Tom/PROPN/_/_ Baker/PROPN/_/_ :/PUNCT/_/_",
            "We/PRON/_/_ will/AUX/_/_ not/PART/_/_ cut/VERB/_/_ them/PRON/_/_ ./PUNCT/_/_",
        ],
    )
    assert [(q.text, q.speaker.name) for q in build_result(parsed).quotes] == [
        ("We will cut taxes this year", "Ann Lee"),
        ("We will not cut them", "Tom Baker"),
    ]


def test_a_turn_label_gives_its_speaker_the_whole_turn():
    text = "TAPPER: Will you vote for him?\n\nOKAFOR: I think so. He is trying to unite the party."
    parsed = build(
        text,
        [
            "TAPPER/PROPN/_/_ :/PUNCT/_/_ Will/AUX/_/_ you/PRON/_/_ vote/VERB/_/_ for/ADP/_/_ him/PRON/_/_ ?/PUNCT/_/_",
            "OKAFOR/PROPN/_/_ :/PUNCT/_/_ I/PRON/_/_ think/VERB/_/_ so/ADV/_/_ ./PUNCT/_/_",
            "He/PRON/_/_ is/AUX/_/_ trying/VERB/_/_ to/PART/_/_ unite/VERB/_/_ the/DET/_/_ party/NOUN/_/_ ./PUNCT/_/_",
        ],
    )
    assert [(q.text, q.speaker.text) for q in build_result(parsed).quotes] == [
        ("Will you vote for him", "TAPPER"),
        ("I think so. He is trying to unite the party", "OKAFOR"),
    ]


def test_according_source_is_not_joined_to_an_oblique_before_it():
    # The parser hangs "reports" and "campaign" on one verb, both as obliques: they are not
    # coordinated speakers ("witnesses and sources said"), so the source stays "press reports".
    text = "Lee said he would quit if it happened in his campaign, according to press reports."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say he/PRON/6/nsubj would/AUX/5/aux quit/VERB/2/ccomp if/SCONJ/8/mark "
            "it/PRON/8/nsubj happened/VERB/5/advcl/happen in/ADP/11/case his/PRON/11/nmod:poss campaign/NOUN/8/obl "
            ",/PUNCT/16/punct according/VERB/16/case/accord/VBG to/ADP/13/fixed press/NOUN/16/compound "
            "reports/NOUN/8/obl ./PUNCT/2/punct"
        ],
    )
    by_cue = {q.cue.text: q for q in quotes(parsed)}
    assert by_cue["according"].speaker.text == "press reports"
    assert by_cue["said"].text == "he would quit if it happened in his campaign"


def test_adverb_before_an_interrupting_attribution_stays_out_of_it():
    # "Six months ago" hangs on the cue, but it opens the clause the attribution interrupts.
    text = "Six months ago, the senator said, the media considered him a fringe candidate."
    parsed = build(
        text,
        [
            "Six/NUM/2/nummod months/NOUN/3/obl:unmarked ago/ADV/7/advmod ,/PUNCT/3/punct the/DET/6/det "
            "senator/NOUN/7/nsubj said/VERB/0/root/say ,/PUNCT/11/punct the/DET/10/det media/NOUN/11/nsubj "
            "considered/VERB/7/ccomp/consider him/PRON/11/iobj a/DET/16/det fringe/ADJ/16/amod "
            "candidate/NOUN/11/obj ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["Six months ago", "the media considered him a fringe candidate"]


def test_according_phrase_interrupting_a_clause_attributes_both_its_pieces():
    text = "One of the choices the campaign made, according to a person close to the process, is to ignore the attacks."
    parsed = build(
        text,
        [
            "One/NUM/20/nsubj:outer/one/CD of/ADP/4/case/of/IN the/DET/4/det/the/DT choices/NOUN/1/nmod/choice/NNS "
            "the/DET/6/det/the/DT campaign/NOUN/7/nsubj/campaign/NN made/VERB/4/acl:relcl/make/VBD ,/PUNCT/20/punct "
            "according/VERB/12/case/accord/VBG to/ADP/9/fixed/to/IN a/DET/12/det/a/DT person/NOUN/7/obl/person/NN "
            "close/ADJ/12/amod/close/JJ to/ADP/16/case/to/IN the/DET/16/det/the/DT process/NOUN/13/obl/process/NN "
            ",/PUNCT/12/punct is/AUX/20/cop/be/VBZ to/PART/20/mark/to/TO ignore/VERB/0/root/ignore/VB "
            "the/DET/22/det/the/DT attacks/NOUN/20/obj/attack/NNS ./PUNCT/20/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["One of the choices the campaign made", "is to ignore the attacks"]
    assert q.speaker.text == "a person close to the process"


def test_according_phrase_after_an_opening_phrase_of_time_attributes_it_with_the_clause():
    text = "Since November, according to the group, the forces have killed 400 protesters."
    parsed = build(
        text,
        [
            "Since/ADP/2/case November/PROPN/12/obl ,/PUNCT/2/punct according/VERB/7/case/accord/VBG "
            "to/ADP/4/fixed the/DET/7/det group/NOUN/12/obl ,/PUNCT/7/punct the/DET/10/det forces/NOUN/12/nsubj "
            "have/AUX/12/aux killed/VERB/0/root/kill/VBN 400/NUM/14/nummod protesters/NOUN/12/obj ./PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["Since November", "the forces have killed 400 protesters"]
    assert q.speaker.text == "the group"


def test_according_phrase_attributes_the_clause_before_it_not_a_subordinate_clause_after():
    # the parser took "as" for a preposition and hung the last clause on the first as a conjunct
    text = "Union members favored Obama by 20 points, according to polling by the union, even as white men favored the Republican."
    parsed = build(
        text,
        [
            "Union/NOUN/2/compound members/NOUN/3/nsubj/member/NNS favored/VERB/0/root/favor/VBD Obama/PROPN/3/obj "
            "by/ADP/7/case 20/NUM/7/nummod points/NOUN/3/obl/point/NNS ,/PUNCT/11/punct according/VERB/11/mark/accord/VBG "
            "to/ADP/9/fixed polling/VERB/7/acl/poll/VBG by/ADP/14/case the/DET/14/det union/NOUN/11/obl ,/PUNCT/21/punct "
            "even/ADV/21/advmod as/ADP/20/case white/ADJ/20/amod men/NOUN/21/nsubj/man/NNS favored/VERB/3/conj/favor/VBD "
            "the/DET/23/det Republican/PROPN/21/obj ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["Union members favored Obama by 20 points"]


def test_according_phrase_attributes_the_finite_clause_before_it_not_a_longer_participle_after():
    text = "The senator approved the plan, according to court records, making her the largest donor in the state."
    parsed = build(
        text,
        [
            "The/DET/2/det/the/DT senator/NOUN/3/nsubj/senator/NN approved/VERB/0/root/approve/VBD the/DET/5/det/the/DT "
            "plan/NOUN/3/obj/plan/NN ,/PUNCT/10/punct according/VERB/10/case/accord/VBG to/ADP/7/fixed/to/IN "
            "court/NOUN/10/compound/court/NN records/NOUN/3/obl/record/NNS ,/PUNCT/12/punct "
            "making/VERB/3/advcl/make/VBG her/PRON/12/iobj/she/PRP the/DET/16/det/the/DT largest/ADJ/16/amod/large/JJS "
            "donor/NOUN/12/obj/donor/NN in/ADP/19/case/in/IN the/DET/19/det/the/DT state/NOUN/16/nmod/state/NN "
            "./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "The senator approved the plan" and q.speaker.name == "court records"


@pytest.mark.parametrize(
    "text, spec, content, source",
    [
        (
            # a relative clause on the source, parsed as a clause of the main verb
            "The plan may not be so lucky, according to Dana Lee, who was an adviser to the campaign.",
            "The/DET/2/det plan/NOUN/7/nsubj may/AUX/7/aux not/PART/7/advmod be/AUX/7/cop/be so/ADV/7/advmod "
            "lucky/ADJ/0/root ,/PUNCT/11/punct according/VERB/11/case/accord/VBG to/ADP/9/fixed Dana/PROPN/7/obl "
            "Lee/PROPN/11/flat ,/PUNCT/17/punct who/PRON/17/nsubj was/AUX/17/cop/be/VBD an/DET/17/det "
            "adviser/NOUN/7/advcl to/ADP/20/case the/DET/20/det campaign/NOUN/17/nmod ./PUNCT/7/punct",
            "The plan may not be so lucky",
            "Lee",
        ),
        (
            # a bracketed aside after the source
            "Lee won the vote, according to exit polls (a margin that is wide).",
            "Lee/PROPN/2/nsubj won/VERB/0/root/win/VBD the/DET/4/det vote/NOUN/2/obj ,/PUNCT/9/punct "
            "according/VERB/9/case/accord/VBG to/ADP/6/fixed exit/NOUN/9/compound polls/NOUN/2/obl/poll/NNS "
            "(/PUNCT/12/punct a/DET/12/det margin/NOUN/2/parataxis that/PRON/15/nsubj is/AUX/15/cop/be/VBZ "
            "wide/ADJ/12/acl:relcl )/PUNCT/12/punct ./PUNCT/2/punct",
            "Lee won the vote",
            "polls",
        ),
    ],
)
def test_according_to_keeps_what_describes_the_source_out_of_the_claim(text, spec, content, source):
    (q,) = quotes(build(text, [spec]))
    assert q.text == content and q.speaker.text.endswith(source)


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "Lee has won 5,000 votes since June, according to CrowdTangle, a tool that monitors social media.",
            "Lee/PROPN/3/nsubj has/AUX/3/aux/have/VBZ won/VERB/0/root/win/VBN 5,000/NUM/5/nummod "
            "votes/NOUN/3/obj/vote/NNS since/ADP/7/case June/PROPN/3/obl ,/PUNCT/11/punct "
            "according/VERB/11/case/accord/VBG to/ADP/9/fixed CrowdTangle/PROPN/3/obl ,/PUNCT/14/punct "
            "a/DET/14/det tool/NOUN/3/obl that/PRON/16/nsubj monitors/VERB/14/acl:relcl/monitor/VBZ "
            "social/ADJ/18/amod media/NOUN/16/obj ./PUNCT/3/punct",
        ),
        (
            "Lee has won 5,000 votes since June, according to the tally, where the counts are kept.",
            "Lee/PROPN/3/nsubj has/AUX/3/aux/have/VBZ won/VERB/0/root/win/VBN 5,000/NUM/5/nummod "
            "votes/NOUN/3/obj/vote/NNS since/ADP/7/case June/PROPN/3/obl ,/PUNCT/12/punct "
            "according/VERB/12/case/accord/VBG to/ADP/9/fixed the/DET/12/det tally/NOUN/3/obl ,/PUNCT/19/punct "
            "where/ADV/19/advmod the/DET/16/det counts/NOUN/19/nsubj:pass are/AUX/19/aux:pass "
            "kept/VERB/12/acl:relcl/keep/VBN ./PUNCT/3/punct",
        ),
        # "Poll released" parsed as a clause of its own: it runs on from the source with no comma
        (
            "Lee has won 5,000 votes since June, according to a Globe Poll released Sunday.",
            "Lee/PROPN/3/nsubj has/AUX/3/aux/have/VBZ won/VERB/0/root/win/VBN 5,000/NUM/5/nummod "
            "votes/NOUN/3/obj/vote/NNS since/ADP/7/case June/PROPN/3/obl ,/PUNCT/14/punct "
            "according/VERB/12/case/accord/VBG to/ADP/9/fixed a/DET/12/det Globe/PROPN/14/nsubj "
            "Poll/PROPN/14/nsubj released/VERB/3/conj/release/VBD Sunday/PROPN/14/obj ./PUNCT/3/punct",
        ),
    ],
)
def test_according_to_attributes_the_clause_before_it_when_a_description_of_the_source_follows(text, spec):
    (q,) = quotes(build(text, [spec]))
    assert q.text == "Lee has won 5,000 votes since June"


def test_a_label_before_a_list_of_names_gives_no_statement():
    text = "Nevada: Adam Khan, Ann Lee, Bo Ruiz, Cy Young."
    parsed = build(
        text,
        [
            "Nevada/PROPN/_/_ :/PUNCT/_/_ Adam/PROPN/_/_ Khan/PROPN/_/_ ,/PUNCT/_/_ Ann/PROPN/_/_ Lee/PROPN/_/_ "
            ",/PUNCT/_/_ Bo/PROPN/_/_ Ruiz/PROPN/_/_ ,/PUNCT/_/_ Cy/PROPN/_/_ Young/PROPN/_/_ ./PUNCT/_/_"
        ],
    )
    assert quotes(parsed) == ()


def test_according_phrase_attributes_the_clause_before_a_participle_with_a_relative_report_inside():
    # "said" inside the participle's relative clause gives the right side no clause of its own
    text = "Consumer prices rose sharply, according to the agency, ending a strike that officials said would last."
    parsed = build(
        text,
        [
            "Consumer/NOUN/2/compound prices/NOUN/3/nsubj/price/NNS rose/VERB/0/root/rise/VBD sharply/ADV/3/advmod "
            ",/PUNCT/9/punct according/VERB/9/case/accord/VBG to/ADP/6/fixed the/DET/9/det agency/NOUN/3/obl "
            ",/PUNCT/11/punct ending/VERB/3/advcl/end/VBG a/DET/13/det strike/NOUN/11/obj that/PRON/16/obj "
            "officials/NOUN/16/nsubj/official/NNS said/VERB/13/acl:relcl/say/VBD would/AUX/18/aux "
            "last/VERB/13/acl:relcl ./PUNCT/3/punct"
        ],
    )
    found = {q.cue.text: (q.text, q.speaker.text) for q in quotes(parsed)}
    assert found["according"] == ("Consumer prices rose sharply", "the agency")


def test_a_cue_inside_a_relative_clause_leaves_the_relative_word_and_the_clause_as_two_pieces():
    text = "Lee cited the cuts, which he said had hurt the city."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj cited/VERB/0/root/cite/VBD the/DET/4/det cuts/NOUN/2/obj ,/PUNCT/8/punct "
            "which/PRON/10/obj he/PRON/8/nsubj said/VERB/4/acl:relcl/say/VBD had/AUX/10/aux "
            "hurt/VERB/8/ccomp/hurt/VBN the/DET/12/det city/NOUN/10/obj ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["which", "had hurt the city"]
    assert q.speaker.text == "he"


def test_a_relative_word_the_parser_made_a_second_subject_of_the_cue_is_still_a_piece():
    text = "The rules, which officials said will start in May, do not apply to students."
    parsed = build(
        text,
        [
            "The/DET/2/det/the/DT rules/NOUN/14/nsubj/rule/NNS ,/PUNCT/2/punct which/PRON/6/nsubj/which/WDT "
            "officials/NOUN/6/nsubj/official/NNS said/VERB/2/acl:relcl/say/VBD will/AUX/8/aux/will/MD "
            "start/VERB/6/ccomp/start/VB in/ADP/10/case May/PROPN/8/obl ,/PUNCT/8/punct do/AUX/14/aux "
            "not/PART/14/advmod apply/VERB/0/root/apply/VB to/ADP/16/case students/NOUN/14/obl ./PUNCT/14/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["which", "will start in May"]
    assert q.speaker.text == "officials"


def test_a_relative_that_before_the_cue_is_no_piece_of_what_was_said():
    text = "Lee missed a deadline that aides said had passed unnoticed."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj missed/VERB/0/root/miss/VBD a/DET/4/det deadline/NOUN/2/obj that/SCONJ/9/mark "
            "aides/NOUN/7/nsubj/aide/NNS said/VERB/4/acl:relcl/say/VBD had/AUX/9/aux/have/VBD "
            "passed/VERB/7/ccomp/pass/VBN unnoticed/VERB/9/xcomp/unnotice/VBN ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["had passed unnoticed"]


def test_a_relative_word_before_a_cue_with_an_infinitive_is_no_piece_of_it():
    text = "Lee thanked the donors, whom he promised to repay."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj thanked/VERB/0/root/thank/VBD the/DET/4/det donors/NOUN/2/obj/donor/NNS "
            ",/PUNCT/8/punct whom/PRON/8/obj/whom/WP he/PRON/8/nsubj/he/PRP promised/VERB/4/acl:relcl/promise/VBD "
            "to/PART/10/mark/to/TO repay/VERB/8/xcomp/repay/VB ./PUNCT/2/punct"
        ],
    )
    found = {q.cue.text: [text[a:b] for a, b in q.spans] for q in quotes(parsed, scope="attributions")}
    assert found["promised"] == ["to repay"]


def test_a_trailing_according_to_vouches_for_the_relative_clause_that_runs_to_it():
    text = "Lee closed the gap in delegates, which stood at 263 on Tuesday, according to the AP."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj closed/VERB/0/root/close/VBD the/DET/4/det gap/NOUN/2/obj in/ADP/6/case "
            "delegates/NOUN/4/nmod ,/PUNCT/9/punct which/PRON/9/nsubj stood/VERB/6/acl:relcl/stand/VBD "
            "at/ADP/11/case 263/NUM/9/obl on/ADP/13/case Tuesday/PROPN/9/obl ,/PUNCT/18/punct "
            "according/VERB/18/case to/ADP/15/fixed the/DET/18/det AP/PROPN/2/obl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("which stood at 263 on Tuesday", "the AP")


def test_a_trailing_according_to_vouches_for_the_clause_after_a_colon():
    text = "The tax did not hurt: London stayed the top market, according to one index."
    parsed = build(
        text,
        [
            "The/DET/2/det tax/NOUN/5/nsubj did/AUX/5/aux not/PART/5/advmod hurt/VERB/0/root/hurt/VB "
            ":/PUNCT/8/punct London/PROPN/8/nsubj stayed/VERB/5/parataxis/stay/VBD the/DET/11/det top/ADJ/11/amod "
            "market/NOUN/8/xcomp ,/PUNCT/16/punct according/VERB/16/case to/ADP/13/fixed one/NUM/16/nummod "
            "index/NOUN/8/obl ./PUNCT/5/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "London stayed the top market"
