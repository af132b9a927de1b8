"""Direct quotes (quotesvc.direct) on hand-built parses: cues beside quote marks, split quotes, fragments, titles."""

import pytest

from tests.helpers import build, quotes


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


def test_attribution_subject_inside_the_quote_is_not_the_speaker():
    # The parser made the quote's first pronoun a second subject of "said", nearer than the real one.
    text = 'Suleiman al-Amr, in remarks to the television, said "All those wounded are in hospital."'
    parsed = build(
        text,
        [
            "Suleiman/PROPN/9/nsubj al-Amr/PROPN/1/flat ,/PUNCT/5/punct in/ADP/5/case remarks/NOUN/9/obl "
            'to/ADP/8/case the/DET/8/det television/NOUN/5/nmod said/VERB/0/root/say "/PUNCT/12/punct '
            "All/DET/12/det:predet those/PRON/9/nsubj wounded/VERB/12/acl are/AUX/17/cop in/ADP/17/case "
            'hospital/NOUN/9/ccomp ./PUNCT/9/punct "/PUNCT/9/punct'
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Suleiman al-Amr"


def test_attribution_fragment_framed_by_call_is_mixed():
    text = "He called ISIS “a threat to the entire region,” warning against funding."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj called/VERB/0/root/call ISIS/PROPN/2/obj “/PUNCT/6/punct a/DET/6/det threat/NOUN/2/xcomp "
            "to/ADP/10/case the/DET/10/det entire/ADJ/10/amod region/NOUN/6/nmod ,/PUNCT/6/punct ”/PUNCT/6/punct "
            "warning/VERB/2/advcl/warn against/ADP/15/case funding/NOUN/13/obl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed"
    # the label with what it labels; the clause a comma sets off is not part of it
    assert q.text == "ISIS “a threat to the entire region,”"
    assert q.speaker.text == "He"


def test_labelled_phrase_takes_what_is_labelled_and_its_relative_clause():
    text = "Lee called the judge a “hater of robots” who had ruled against him."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj called/VERB/0/root/call/VBD the/DET/4/det judge/NOUN/2/obj a/DET/7/det "
            "“/PUNCT/7/punct hater/NOUN/2/obj of/ADP/9/case robots/NOUN/7/nmod/robot ”/PUNCT/7/punct "
            "who/PRON/13/nsubj had/AUX/13/aux/have ruled/VERB/7/acl:relcl/rule against/ADP/15/case "
            "him/PRON/13/obl/he ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.text, q.speaker.text) == (
        "mixed",
        "the judge a “hater of robots” who had ruled against him",
        "Lee",
    )


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        (
            "Rivera warned of the “fevered dreams” of a brokered convention.",
            "Rivera/PROPN/2/nsubj warned/VERB/0/root/warn/VBD of/ADP/7/case the/DET/7/det “/PUNCT/7/punct "
            "fevered/VERB/7/amod/fever/VBN dreams/NOUN/2/obl/dream/NNS ”/PUNCT/7/punct of/ADP/12/case "
            "a/DET/12/det brokered/VERB/12/amod/broker/VBN convention/NOUN/7/nmod ./PUNCT/2/punct",
            "the “fevered dreams” of a brokered convention",
        ),
        (
            "Rivera accused him of an “artful smear” of the council.",
            "Rivera/PROPN/2/nsubj accused/VERB/0/root/accuse/VBD him/PRON/2/obj/he of/ADP/8/case "
            "an/DET/8/det “/PUNCT/8/punct artful/ADJ/8/amod smear/NOUN/2/obl ”/PUNCT/8/punct "
            "of/ADP/12/case the/DET/12/det council/NOUN/8/nmod ./PUNCT/2/punct",
            "him of an “artful smear” of the council",
        ),
    ],
)
def test_a_fragment_in_what_a_speech_verb_speaks_of_is_quoted_with_its_phrase(text, spec, expected):
    (q,) = quotes(build(text, [spec]))
    assert (q.type.value, q.text, q.speaker.text) == ("mixed", expected, "Rivera")


def test_labelled_phrase_stops_before_the_subjects_next_verb():
    text = "Ms. Okafor called the plan “badly drawn” and asserted that the council would vote again."
    parsed = build(
        text,
        [
            "Ms./PROPN/3/nsubj Okafor/PROPN/3/nsubj called/VERB/0/root/call/VBD the/DET/5/det plan/NOUN/3/obj "
            "“/PUNCT/8/punct badly/ADV/8/advmod drawn/VERB/3/xcomp/draw/VBN ”/PUNCT/8/punct and/CCONJ/11/cc "
            "asserted/VERB/3/conj/assert/VBD that/SCONJ/16/mark the/DET/14/det council/NOUN/16/nsubj "
            "would/AUX/16/aux vote/VERB/11/ccomp/vote/VB again/ADV/16/advmod ./PUNCT/3/punct"
        ],
    )
    labelled, asserted = quotes(parsed)
    assert (labelled.type.value, labelled.text) == ("mixed", "the plan “badly drawn”")
    assert (asserted.cue.lemma, asserted.text) == ("assert", "that the council would vote again")


def test_two_labels_of_one_phrase_are_one_quote():
    text = "He called the plan a “total disaster” and a “betrayal of the voters.”"
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj called/VERB/0/root/call/VBD the/DET/4/det plan/NOUN/2/obj a/DET/8/det "
            "“/PUNCT/8/punct total/ADJ/8/amod disaster/NOUN/2/obj ”/PUNCT/8/punct and/CCONJ/13/cc a/DET/13/det "
            "“/PUNCT/13/punct betrayal/NOUN/8/conj of/ADP/16/case the/DET/16/det voters/NOUN/13/nmod/voter "
            "./PUNCT/2/punct ”/PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "the plan a “total disaster” and a “betrayal of the voters.”"


def test_fragment_framed_by_a_speech_verb_is_mixed_over_the_whole_reported_clause():
    # a paraphrase that quotes a few words: the quote is the clause, not the quoted words alone
    text = "She promised to “fight hard” in every county that votes late."
    parsed = build(
        text,
        [
            "She/PRON/2/nsubj promised/VERB/0/root/promise to/PART/5/mark “/PUNCT/5/punct fight/VERB/2/xcomp "
            "hard/ADV/5/advmod ”/PUNCT/5/punct in/ADP/10/case every/DET/10/det county/NOUN/5/obl that/PRON/12/nsubj "
            "votes/VERB/10/acl:relcl/vote late/ADV/12/advmod ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed"
    assert q.text == "to “fight hard” in every county that votes late"
    assert q.speaker.text == "She" and q.cue.lemma == "promise"
    # the same for what the verb takes as its object
    text = "He claimed victory in the so-called “governors bracket” on Monday."
    parsed = build(
        text,
        [
            "He/PRON/2/nsubj claimed/VERB/0/root/claim victory/NOUN/2/obj in/ADP/9/case the/DET/9/det "
            "so-called/ADJ/9/amod “/PUNCT/9/punct governors/NOUN/9/compound bracket/NOUN/3/nmod ”/PUNCT/9/punct "
            "on/ADP/12/case Monday/PROPN/2/obl ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed" and q.text == "victory in the so-called “governors bracket”"


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
            "”/PUNCT/_/_ the/DET/_/_ mayor/NOUN/_/_ said/VERB/_/_/say ./PUNCT/_/_"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "We will not leave this city,"
    assert q.speaker is not None and q.speaker.text == "the mayor"  # the noun phrase, read on the surface


def test_attribution_long_apposition_between_quote_and_cue():
    text = "“It would have been much worse,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said."
    parsed = build(
        text,
        [
            "“/PUNCT/7/punct It/PRON/7/nsubj would/AUX/7/aux have/AUX/7/aux been/AUX/7/cop much/ADV/7/advmod "
            "worse/ADJ/0/root ,/PUNCT/7/punct ”/PUNCT/7/punct Khaled/PROPN/23/nsubj Al/PROPN/10/flat -/PUNCT/13/punct "
            "Maeena/PROPN/10/flat ,/PUNCT/15/punct editor/NOUN/10/appos at/ADP/17/case large/ADJ/15/nmod at/ADP/21/case "
            "the/DET/21/det Saudi/PROPN/21/compound Gazette/PROPN/15/nmod ,/PUNCT/10/punct said/VERB/7/parataxis/say ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Khaled Al-Maeena"
    # the mention is the whole noun phrase the text gives, the name the person's
    assert q.speaker.text == "Khaled Al-Maeena, editor at large at the Saudi Gazette"


def test_a_description_between_speaker_and_cue_the_parser_hung_elsewhere_is_part_of_the_mention():
    text = "“Cruz is not my favorite,” Graham, a former candidate, told CBS."
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct Cruz/PROPN/6/nsubj is/AUX/6/cop not/PART/6/advmod my/PRON/6/nmod:poss "
            "favorite/NOUN/15/ccomp ,/PUNCT/9/punct ”/PUNCT/9/punct Graham/PROPN/6/vocative ,/PUNCT/13/punct "
            "a/DET/13/det former/ADJ/13/amod candidate/NOUN/6/appos ,/PUNCT/6/punct told/VERB/0/root/tell "
            "CBS/PROPN/15/iobj ./PUNCT/15/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.name, q.speaker.text) == ("Graham", "Graham, a former candidate")


def test_a_description_before_the_cue_may_open_with_now_or_an_age():
    text = "“Cruz is not my favorite,” Graham, now a senator, told CBS."
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct Cruz/PROPN/6/nsubj is/AUX/6/cop not/PART/6/advmod my/PRON/6/nmod:poss "
            "favorite/NOUN/15/ccomp ,/PUNCT/9/punct ”/PUNCT/9/punct Graham/PROPN/6/vocative ,/PUNCT/13/punct "
            "now/ADV/13/advmod a/DET/13/det senator/NOUN/6/appos ,/PUNCT/6/punct told/VERB/0/root/tell "
            "CBS/PROPN/15/iobj ./PUNCT/15/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.name, q.speaker.text) == ("Graham", "Graham, now a senator")


def test_a_description_closing_the_sentence_after_an_inverted_speaker_is_part_of_the_mention():
    # the parser hung "host" on the cue as a complement
    text = "“Why not?” asked Bennett, now a radio host."
    parsed = build(
        text,
        [
            "“/PUNCT/2/punct Why/ADV/6/advmod not/PART/2/advmod ?/PUNCT/2/punct ”/PUNCT/2/punct "
            "asked/VERB/0/root/ask/VBD Bennett/PROPN/6/nsubj ,/PUNCT/12/punct now/ADV/12/advmod a/DET/12/det "
            "radio/NOUN/12/compound host/NOUN/6/ccomp ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.name, q.speaker.text) == ("Bennett", "Bennett, now a radio host")


def test_the_name_opening_a_frame_speaks_when_the_parse_took_it_into_the_quotations_clause():
    # "Ann Lee" made the subject of "like" inside the quotation; "Globe" is the addressee
    text = "Ann Lee, who was on the slate, told the Globe, “I like Kasich.”"
    parsed = build(
        text,
        [
            "Ann/PROPN/16/nsubj Lee/PROPN/1/flat ,/PUNCT/1/punct who/PRON/8/nsubj was/AUX/8/cop on/ADP/8/case "
            "the/DET/8/det slate/NOUN/1/acl:relcl ,/PUNCT/1/punct told/VERB/0/root/tell/VBD the/DET/12/det "
            "Globe/PROPN/10/iobj ,/PUNCT/16/punct “/PUNCT/16/punct I/PRON/16/nsubj like/VERB/10/ccomp "
            "Kasich/PROPN/16/obj ./PUNCT/10/punct ”/PUNCT/16/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("I like Kasich.", "Ann Lee")


def test_a_description_set_off_after_the_opening_name_and_taken_for_the_subject_gives_way_to_the_name():
    text = "Ann Lee, herself a supporter, drew boos upon saying, “We will win.”"
    parsed = build(
        text,
        [
            "Ann/PROPN/8/nsubj Lee/PROPN/1/flat ,/PUNCT/1/punct herself/PRON/8/nsubj a/DET/6/det "
            "supporter/NOUN/8/nsubj ,/PUNCT/6/punct drew/VERB/0/root/draw/VBD boos/NOUN/8/obj/boo "
            "upon/SCONJ/11/mark saying/VERB/8/advcl/say/VBG ,/PUNCT/16/punct “/PUNCT/16/punct "
            "We/PRON/16/nsubj will/AUX/16/aux win/VERB/11/ccomp ./PUNCT/16/punct ”/PUNCT/16/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("We will win.", "Ann Lee")


def test_an_ing_noun_with_its_determiner_before_a_quotation_is_no_cue():
    text = "Ann Lee said before a Senate hearing, “We will win.”"
    parsed = build(
        text,
        [
            "Ann/PROPN/3/nsubj Lee/PROPN/1/flat said/VERB/0/root/say/VBD before/ADP/7/case a/DET/7/det "
            "Senate/PROPN/7/compound hearing/NOUN/3/obl/hearing/NN ,/PUNCT/12/punct “/PUNCT/12/punct "
            "We/PRON/12/nsubj will/AUX/12/aux win/VERB/3/ccomp ./PUNCT/12/punct ”/PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.text, q.speaker.name) == ("said", "Ann Lee")


def test_a_capitalised_word_between_the_quote_and_its_cue_names_the_speaker_whatever_its_tag():
    text = '"My apologies," Quick said after a debate.'
    parsed = build(
        text,
        [
            '"/PUNCT/3/punct My/PRON/3/nmod:poss apologies/NOUN/7/ccomp/apology ,/PUNCT/3/punct "/PUNCT/3/punct '
            "Quick/ADV/7/advmod/quick/RB said/VERB/0/root/say after/ADP/10/case a/DET/10/det debate/NOUN/7/obl "
            "./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker is not None and q.speaker.text == "Quick"


def test_a_relative_clause_the_parser_hung_on_the_cue_is_part_of_the_speakers_mention():
    text = "“This is a campaign of slogans,” said Cordesman, who has advised McCain."
    parsed = build(
        text,
        [
            "“/PUNCT/5/punct This/PRON/5/nsubj is/AUX/5/cop a/DET/5/det campaign/NOUN/10/ccomp of/ADP/7/case "
            "slogans/NOUN/5/nmod/slogan ,/PUNCT/5/punct ”/PUNCT/5/punct said/VERB/0/root/say "
            "Cordesman/PROPN/10/nsubj ,/PUNCT/15/punct who/PRON/15/nsubj has/AUX/15/aux "
            "advised/VERB/10/ccomp/advise/VBN McCain/PROPN/15/obj ./PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.name, q.speaker.text) == ("Cordesman", "Cordesman, who has advised McCain")


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
    # one piece: only layout (the break, the repeated opening mark) stands between the paragraphs
    assert [text[s:e] for s, e in q2.spans] == ["It will take a year.\n\n“We start in May."]
    assert q2.speaker.name == q1.speaker.name == "the mayor"
    assert q2.paragraph == 0


def test_attribution_colon_introduced_statement():
    text = "The ministry said in a statement: the border will stay closed until Friday."
    parsed = build(
        text,
        [
            "The/DET/2/det ministry/NOUN/3/nsubj said/VERB/0/root/say in/ADP/6/case a/DET/6/det statement/NOUN/3/obl "
            ":/PUNCT/3/punct the/DET/9/det border/NOUN/11/nsubj will/AUX/11/aux stay/VERB/3/parataxis closed/ADJ/11/xcomp "
            "until/ADP/14/case Friday/PROPN/11/obl ./PUNCT/3/punct"
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
            "”/PUNCT/5/punct said/VERB/5/parataxis/say John/PROPN/8/nsubj Kerry/PROPN/9/flat ./PUNCT/5/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "John Kerry" and q.cue.lemma == "say"


def test_leading_name_before_apposition_when_parse_gives_cue_no_subject():
    # The parser hung the name on the quote's verb, so "said" has no subject of its own.
    text = "“It would have been worse,” Khaled Al-Maeena, editor at the Saudi Gazette, said."
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct It/PRON/6/nsubj would/AUX/6/aux have/AUX/6/aux been/AUX/6/cop worse/ADJ/18/ccomp "
            ",/PUNCT/6/punct ”/PUNCT/6/punct Khaled/PROPN/6/nsubj Al-Maeena/PROPN/9/flat ,/PUNCT/12/punct "
            "editor/NOUN/9/appos at/ADP/16/case the/DET/16/det Saudi/PROPN/16/compound Gazette/PROPN/12/nmod "
            ",/PUNCT/9/punct said/VERB/0/root/say ./PUNCT/18/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker is not None and q.speaker.name == "Khaled Al-Maeena"
    assert q.speaker.text == "Khaled Al-Maeena, editor at the Saudi Gazette"


def test_gerund_tagged_as_noun_before_a_quote_is_the_cue_and_its_noun_speaks():
    text = "All they get is a message stating, “The word means truth.”"
    parsed = build(
        text,
        [
            "All/DET/7/nsubj they/PRON/3/nsubj get/VERB/1/acl:relcl/get/VBP is/AUX/7/cop/be/VBZ a/DET/6/det "
            "message/NOUN/7/compound stating/NOUN/0/root/stating/NN ,/PUNCT/12/punct “/PUNCT/12/punct The/DET/11/det "
            "word/NOUN/12/nsubj means/VERB/7/parataxis/mean/VBZ truth/NOUN/12/obj ./PUNCT/12/punct ”/PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "direct" and q.text == "The word means truth."
    assert q.cue.text == "stating" and q.speaker.text == "a message"


def test_turn_label_names_the_speaker_of_the_quote_after_its_colon():
    text = "Mayor Ann Lee: “We will appeal the ruling.”\n\nThe paper reports: “The council agreed.”"
    parsed = build(
        text,
        [
            "Mayor/PROPN/3/compound Ann/PROPN/3/compound Lee/PROPN/0/root :/PUNCT/3/punct “/PUNCT/8/punct "
            "We/PRON/8/nsubj will/AUX/8/aux appeal/VERB/3/appos the/DET/10/det ruling/NOUN/8/obj ./PUNCT/8/punct "
            "”/PUNCT/8/punct",
            "The/DET/2/det paper/NOUN/3/nsubj reports/NOUN/0/root/report :/PUNCT/3/punct “/PUNCT/8/punct "
            "The/DET/7/det council/NOUN/8/nsubj agreed/VERB/3/appos/agree ./PUNCT/8/punct ”/PUNCT/8/punct",
        ],
    )
    first, second = quotes(parsed)
    assert first.text == "We will appeal the ruling." and first.speaker.name == "Ann Lee"
    assert second.cue.lemma == "report"  # a clause before the colon is its cue's, not a label


def test_any_verb_framing_a_quotation_with_its_subject_is_the_cue():
    text = "“We will win the county,” Lee joked with reporters."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct We/PRON/3/nsubj win/VERB/0/root the/DET/5/det county/NOUN/3/obj ,/PUNCT/3/punct "
            "”/PUNCT/3/punct Lee/PROPN/9/nsubj joked/VERB/3/parataxis/joke with/ADP/11/case reporters/NOUN/9/obl "
            "./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.cue.lemma, q.speaker.name) == ("We will win the county,", "joke", "Lee")


def test_a_framing_verb_that_took_the_quotation_for_its_complement_is_still_the_cue():
    text = "“We will win the county,” Lee surmised."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct We/PRON/3/nsubj win/VERB/9/ccomp the/DET/5/det county/NOUN/3/obj ,/PUNCT/3/punct "
            "”/PUNCT/3/punct Lee/PROPN/9/nsubj surmised/VERB/0/root/surmise/VBD ./PUNCT/9/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.lemma, q.speaker.name) == ("surmise", "Lee")


def test_a_pronominal_word_after_an_inverted_cue_speaks():
    text = "“Watch out for the mayor,” tweeted another."
    parsed = build(
        text,
        [
            "“/PUNCT/2/punct Watch/VERB/9/ccomp out/ADP/2/compound:prt for/ADP/6/case the/DET/6/det mayor/NOUN/2/obl "
            ",/PUNCT/2/punct ”/PUNCT/2/punct tweeted/VERB/0/root/tweet/VBD another/DET/9/obj ./PUNCT/9/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker is not None and q.speaker.text == "another"


def test_a_quotation_ending_the_clause_a_cues_that_opens_is_one_mixed_quote_over_the_clause():
    text = "Lee then tweeted that the ruling was “Disgraceful!”"
    parsed = build(
        text,
        [
            "Lee/PROPN/3/nsubj then/ADV/3/advmod tweeted/VERB/0/root/tweet/VBD that/SCONJ/9/mark the/DET/6/det "
            "ruling/NOUN/9/nsubj was/AUX/9/cop “/PUNCT/9/punct Disgraceful/ADJ/3/ccomp !/PUNCT/9/punct "
            "”/PUNCT/9/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.text, q.speaker.name) == ("mixed", "that the ruling was “Disgraceful!”", "Lee")


def test_a_verb_after_a_quotation_with_an_object_of_its_own_frames_nothing():
    text = "“We will win the county,” the players left the field."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct We/PRON/3/nsubj win/VERB/0/root the/DET/5/det county/NOUN/3/obj ,/PUNCT/3/punct "
            "”/PUNCT/3/punct the/DET/9/det players/NOUN/10/nsubj left/VERB/3/parataxis/leave the/DET/12/det "
            "field/NOUN/10/obj ./PUNCT/3/punct"
        ],
    )
    assert all(q.cue is None for q in quotes(parsed))


@pytest.mark.parametrize(
    "text",
    [
        "“We will not back down from this fight.” — Linda Okafor, the mayor",
        "“We will not back down from this fight.”\n\n— Linda Okafor, the mayor",
    ],
)
def test_sign_off_after_a_quotation_names_its_speaker(text):
    quote = "“/PUNCT/_/_ We/PRON/_/_ will/AUX/_/_ not/PART/_/_ back/VERB/_/_ down/ADV/_/_ from/ADP/_/_ this/DET/_/_ fight/NOUN/_/_ ./PUNCT/_/_ ”/PUNCT/_/_"
    signed = "—/PUNCT/_/_ Linda/PROPN/_/_ Okafor/PROPN/_/_ ,/PUNCT/_/_ the/DET/_/_ mayor/NOUN/_/_"
    sentences = [quote + " " + signed] if "\n" not in text else [quote, signed]
    (q,) = quotes(build(text, sentences))
    assert q.text == "We will not back down from this fight."
    assert q.speaker is not None and q.speaker.name == "Linda Okafor"


def test_a_dash_and_a_sentence_is_no_sign_off():
    text = "“We will not back down from this fight.”\n\n— Linda Okafor left the city hall on Monday."
    parsed = build(
        text,
        [
            "“/PUNCT/_/_ We/PRON/_/_ will/AUX/_/_ not/PART/_/_ back/VERB/_/_ down/ADV/_/_ from/ADP/_/_ this/DET/_/_ fight/NOUN/_/_ ./PUNCT/_/_ ”/PUNCT/_/_",
            "—/PUNCT/_/_ Linda/PROPN/_/_ Okafor/PROPN/_/_ left/VERB/_/_ the/DET/_/_ city/NOUN/_/_ hall/NOUN/_/_ on/ADP/_/_ Monday/PROPN/_/_ ./PUNCT/_/_",
        ],
    )
    assert all(q.speaker is None for q in quotes(parsed))


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        (
            "Lee said so in an interview with “Fox News Sunday.”",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say so/ADV/2/advmod in/ADP/6/case an/DET/6/det interview/NOUN/2/obl "
            "with/ADP/11/case “/PUNCT/11/punct Fox/PROPN/11/compound News/PROPN/11/compound Sunday/PROPN/6/nmod "
            "./PUNCT/2/punct ”/PUNCT/2/punct",
        ),
        (
            "Lee said so on MSNBC's “Morning Joe.”",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say so/ADV/2/advmod on/ADP/9/case MSNBC/PROPN/9/nmod:poss "
            "'s/PART/5/case “/PUNCT/9/punct Morning/PROPN/9/compound Joe/PROPN/2/obl ./PUNCT/2/punct ”/PUNCT/2/punct",
        ),
        (
            "Lee read from a book titled “The Long Road Home,” she said.",
            "Lee/PROPN/2/nsubj read/VERB/15/ccomp/read from/ADP/5/case a/DET/5/det book/NOUN/2/obl "
            "titled/VERB/5/acl/title/VBN “/PUNCT/11/punct The/DET/11/det Long/PROPN/11/amod Road/PROPN/11/compound "
            "Home/PROPN/6/xcomp ,/PUNCT/2/punct ”/PUNCT/2/punct she/PRON/15/nsubj said/VERB/0/root/say ./PUNCT/15/punct",
        ),
        # a title right after a common noun names what the noun names (and after a comma, in apposition)
        (
            "Lee, star of the show “The Long Road,” said she was tired.",
            "Lee/PROPN/13/nsubj ,/PUNCT/3/punct star/NOUN/1/appos of/ADP/6/case the/DET/6/det show/NOUN/3/nmod "
            "“/PUNCT/10/punct The/DET/10/det Long/PROPN/10/amod Road/PROPN/6/appos ,/PUNCT/10/punct "
            "”/PUNCT/10/punct said/VERB/0/root/say she/PRON/16/nsubj was/AUX/16/cop tired/ADJ/13/ccomp "
            "./PUNCT/13/punct",
        ),
    ],
)
def test_title_after_a_preposition_possessive_or_naming_participle_is_not_a_quote(text, spec):
    title_start = text.index("“") + 1
    assert all(q.start != title_start for q in quotes(build(text, [spec])))


def test_quotation_after_a_preposition_that_reads_as_speech_is_kept():
    text = "Lee said on Monday: “We Will Not Back Down from this fight, not now and not ever.”"
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj said/VERB/0/root/say on/ADP/4/case Monday/PROPN/2/obl :/PUNCT/2/punct “/PUNCT/10/punct "
            "We/PRON/10/nsubj Will/AUX/10/aux Not/PART/10/advmod Back/VERB/2/parataxis/back Down/ADP/10/compound:prt "
            "from/ADP/14/case this/DET/14/det fight/NOUN/10/obl ,/PUNCT/18/punct not/PART/18/advmod now/ADV/18/advmod "
            "and/CCONJ/21/cc not/PART/21/advmod ever/ADV/14/conj ./PUNCT/2/punct ”/PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text.startswith("We Will Not Back Down")


def test_short_sentence_with_a_cue_announces_the_quotation_after_it():
    text = "Mayor Ann Lee agreed. “We are running out of time to fix the bridge.”"
    parsed = build(
        text,
        [
            "Mayor/PROPN/3/compound Ann/PROPN/3/compound Lee/PROPN/4/nsubj agreed/VERB/0/root/agree ./PUNCT/4/punct",
            "“/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/aux running/VERB/0/root/run out/ADP/7/case of/ADP/7/case "
            "time/NOUN/4/obl to/PART/9/mark fix/VERB/4/advcl the/DET/11/det bridge/NOUN/9/obj ./PUNCT/4/punct "
            "”/PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Ann Lee" and q.cue.text == "agreed"


def test_an_announcing_sentence_with_a_description_of_its_speaker_announces_the_quotation():
    # 15 words with the apposition: still a sentence that only announces
    text = "Sam Lau, the communications director for the state party, said in a statement. “We will recount every ballot in the county.”"
    parsed = build(
        text,
        [
            "Sam/PROPN/12/nsubj Lau/PROPN/1/flat ,/PUNCT/6/punct the/DET/6/det communications/NOUN/6/compound "
            "director/NOUN/1/appos for/ADP/10/case the/DET/10/det state/NOUN/10/compound party/NOUN/6/nmod "
            ",/PUNCT/1/punct said/VERB/0/root/say in/ADP/15/case a/DET/15/det statement/NOUN/12/obl "
            "./PUNCT/12/punct",
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux recount/VERB/0/root/recount every/DET/6/det "
            "ballot/NOUN/4/obj in/ADP/9/case the/DET/9/det county/NOUN/4/obl ./PUNCT/4/punct ”/PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Sam Lau" and q.cue.text == "said"


def test_sentence_that_reports_something_itself_announces_nothing():
    text = "Lee denied the charge. “We are running out of time to fix the bridge.”"
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj denied/VERB/0/root/deny the/DET/4/det charge/NOUN/2/obj ./PUNCT/2/punct",
            "“/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/aux running/VERB/0/root/run out/ADP/7/case of/ADP/7/case "
            "time/NOUN/4/obl to/PART/9/mark fix/VERB/4/advcl the/DET/11/det bridge/NOUN/9/obj ./PUNCT/4/punct "
            "”/PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    # not announced (that would be a direct quote's own cue, confidence 0.9): the quotation only
    # falls to the subject of the sentence before it, as the last resort of linking
    assert q.speaker.name == "Lee" and q.confidence == 0.6


_WAR = (
    "“/PUNCT/6/punct We/PRON/6/nsubj/we/PRP are/AUX/6/cop/be/VBP not/PART/6/advmod/not/RB at/ADP/6/case/at/IN "
    "war/NOUN/13/ccomp/war/NN with/ADP/9/case/with/IN the/DET/9/det/the/DT farmers/NOUN/6/nmod/farmer/NNS "
    ",/PUNCT/6/punct ”/PUNCT/6/punct she/PRON/13/nsubj/she/PRP said/VERB/0/root/say/VBD ,/PUNCT/18/punct "
)


def test_unquoted_words_ending_the_sentence_after_the_attribution_go_on_with_the_quote():
    text = "“We are not at war with the farmers,” she said, only with the bankers."
    parsed = build(
        text,
        [
            _WAR + "only/ADV/18/advmod/only/RB with/ADP/18/case/with/IN the/DET/18/det/the/DT "
            "bankers/NOUN/13/obl/banker/NNS ./PUNCT/13/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["We are not at war with the farmers,", "only with the bankers"]
    assert q.type.value == "mixed" and q.cue.text == "said"


@pytest.mark.parametrize(
    "after",
    [
        # the writer's: a participle, a circumstance of the saying
        "angered/VERB/13/advcl/anger/VBD by/ADP/18/case/by/IN the/DET/18/det/the/DT bankers/NOUN/15/obl/banker/NNS "
        "./PUNCT/13/punct",
        "with/ADP/17/case/with/IN a/DET/17/det/a/DT smile/NOUN/13/obl/smile/NN at/ADP/19/case/at/IN "
        "bankers/NOUN/17/nmod/banker/NNS ./PUNCT/13/punct",
    ],
)
def test_the_writers_words_after_the_attribution_are_not_the_quotes(after):
    words = [item.split("/")[0] for item in after.split(" ")]
    text = "“We are not at war with the farmers,” she said, " + " ".join(words[:-1]) + "."
    parsed = build(text, [_WAR + after])
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["We are not at war with the farmers,"]
    assert q.type.value == "direct"


def test_a_quoted_phrase_with_a_trailing_attribution_is_the_whole_sentence_before_it():
    text = "The vote signals “the beginning of the end” for the union, said Geert Wilders."
    parsed = build(
        text,
        [
            "The/DET/2/det vote/NOUN/3/nsubj signals/VERB/15/ccomp/signal/VBZ “/PUNCT/6/punct the/DET/6/det "
            "beginning/NOUN/3/obj of/ADP/9/case the/DET/9/det end/NOUN/6/nmod ”/PUNCT/6/punct for/ADP/13/case "
            "the/DET/13/det union/NOUN/3/obl ,/PUNCT/3/punct said/VERB/0/root/say/VBD Geert/PROPN/15/nsubj "
            "Wilders/PROPN/16/flat ./PUNCT/15/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "The vote signals “the beginning of the end” for the union"
    assert q.type.value == "mixed" and q.speaker.name == "Geert Wilders"


def test_unquoted_words_between_a_quotation_and_its_attribution_are_the_speakers():
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
    (q,) = quotes(parsed)
    assert q.text == "These groups set the table,” in contrast to earlier years"
    assert q.type.value == "mixed" and q.speaker.name == "Dana Lee"


def test_a_title_before_the_trailing_speaker_stays_out_of_the_quote():
    text = "“We won the vote,” State spokesman John Kirby said."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct We/PRON/3/nsubj/we/PRP won/VERB/12/ccomp/win/VBD the/DET/5/det/the/DT vote/NOUN/3/obj/vote/NN "
            ",/PUNCT/3/punct ”/PUNCT/3/punct State/PROPN/9/compound/State/NNP spokesman/NOUN/10/nmod:desc/spokesman/NN "
            "John/PROPN/12/nsubj/John/NNP Kirby/PROPN/10/flat/Kirby/NNP said/VERB/0/root/say/VBD ./PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "We won the vote," and q.type.value == "direct"


def test_a_description_after_the_cue_speaks_whatever_the_parser_made_of_it():
    text = "“Donald is an amazing leader,” said the 46-year-old."
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct Donald/PROPN/6/nsubj/Donald/NNP is/AUX/6/cop/be/VBZ an/DET/6/det/a/DT "
            "amazing/ADJ/6/amod/amazing/JJ leader/NOUN/9/ccomp/leader/NN ,/PUNCT/6/punct ”/PUNCT/6/punct "
            "said/VERB/0/root/say/VBD the/DET/15/det/the/DT 46/NUM/13/nummod/46/CD -/PUNCT/11/punct/-/HYPH "
            "year/NOUN/15/obl:unmarked/year/NN -/PUNCT/13/punct/-/HYPH old/ADJ/9/ccomp/old/JJ ./PUNCT/9/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker is not None and q.speaker.text == "the 46-year-old"


def test_a_quotation_closing_inside_the_quote_still_leaves_room_for_the_attribution():
    text = "“I just say, ‘Thank you for voting,’” Lee explained."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct I/PRON/4/nsubj/I/PRP just/ADV/4/advmod/just/RB say/VERB/7/advcl/say/VBP ,/PUNCT/4/punct "
            "‘/PUNCT/4/punct Thank/VERB/15/ccomp/thank/VBP you/PRON/7/obj/you/PRP for/SCONJ/10/mark/for/IN "
            "voting/VERB/7/advcl/voting/VBG ,/PUNCT/4/punct ’/PUNCT/4/punct ”/PUNCT/4/punct "
            "Lee/PROPN/15/nsubj/Lee/NNP explained/VERB/0/root/explain/VBD ./PUNCT/15/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.text == "I just say, ‘Thank you for voting,’" and q.speaker.name == "Lee"


@pytest.mark.parametrize(
    "text, spec, speaker",
    [
        (
            # the period of "N.Y." is no sentence end: the attribution goes on after it
            "“They have nothing to worry about,” Sen. Ann Lee (D-N.Y.) said Tuesday.",
            "“/PUNCT/3/punct They/PRON/3/nsubj/they/PRP have/VERB/19/ccomp/have/VBP nothing/PRON/3/obj/nothing/NN "
            "to/PART/6/mark/to/TO worry/VERB/4/acl/worry/VB about/ADP/6/obl/about/IN ,/PUNCT/3/punct ”/PUNCT/3/punct "
            "Sen./PROPN/19/nsubj/Sen./NNP Ann/PROPN/10/flat/Ann/NNP Lee/PROPN/10/flat/Lee/NNP (/PUNCT/14/punct "
            "D/PROPN/10/appos/D/NNP -/PUNCT/14/punct N.Y/PROPN/14/flat/N.Y/NNP ./PUNCT/14/punct )/PUNCT/14/punct "
            "said/VERB/0/root/say/VBD Tuesday/PROPN/19/nsubj/Tuesday/NNP ./PUNCT/19/punct",
            "Ann Lee",
        ),
        (
            # the inverted subject taken for an object: the name after the cue speaks
            "“The math is daunting for Sanders,” explained Democratic strategist Simon Rosenberg.",
            "“/PUNCT/5/punct The/DET/3/det/the/DT math/NOUN/5/nsubj/math/NN is/AUX/5/cop/be/VBZ "
            "daunting/ADJ/10/ccomp/daunting/JJ for/ADP/7/case/for/IN Sanders/PROPN/5/obl/Sanders/NNP ,/PUNCT/5/punct "
            "”/PUNCT/5/punct explained/VERB/0/root/explain/VBD Democratic/ADJ/12/amod/Democratic/NNP "
            "strategist/NOUN/10/obj/strategist/NN Simon/PROPN/12/appos/Simon/NNP Rosenberg/PROPN/13/flat/Rosenberg/NNP "
            "./PUNCT/10/punct",
            "Simon Rosenberg",
        ),
        (
            # a name with a title in it opens the attribution, not the noun of an aside after it
            "“We have had better conventions,” Texas delegate Bill Eastland, wearing a cowboy hat, said.",
            "“/PUNCT/4/punct We/PRON/4/nsubj/we/PRP have/AUX/4/aux/have/VBP had/VERB/19/ccomp/have/VBN "
            "better/ADJ/6/amod/good/JJR conventions/NOUN/4/obj/convention/NNS ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "Texas/PROPN/10/compound/Texas/NNP delegate/NOUN/4/obj/delegate/NN Bill/PROPN/10/appos/Bill/NNP "
            "Eastland/PROPN/11/flat/Eastland/NNP ,/PUNCT/14/punct wearing/VERB/4/advcl/wear/VBG a/DET/17/det/a/DT "
            "cowboy/NOUN/17/compound/cowboy/NN hat/NOUN/14/obj/hat/NN ,/PUNCT/4/punct said/VERB/0/root/say/VBD "
            "./PUNCT/19/punct",
            "Bill Eastland",
        ),
    ],
)
def test_trailing_speaker_the_parser_lost(text, spec, speaker):
    (q,) = quotes(build(text, [spec]))
    assert q.speaker is not None and q.speaker.name == speaker


def test_according_to_before_a_quotation_gives_its_speaker():
    text = "According to the Gazette, “The robots were late.”"
    parsed = build(
        text,
        [
            "According/VERB/4/case/accord/VBG to/ADP/1/fixed the/DET/4/det Gazette/PROPN/10/obl ,/PUNCT/4/punct "
            "“/PUNCT/10/punct The/DET/8/det robots/NOUN/10/nsubj/robot were/AUX/10/cop/be late/ADJ/0/root "
            "./PUNCT/10/punct ”/PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.text, q.cue.text, q.speaker.text) == (
        "direct",
        "The robots were late.",
        "According",
        "the Gazette",
    )


def test_according_to_after_a_quotation_gives_its_speaker():
    text = "“The files show a pattern,” according to the Gazette."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct The/DET/3/det files/NOUN/4/nsubj/file/NNS show/VERB/0/root/show/VBP a/DET/6/det "
            "pattern/NOUN/4/obj ,/PUNCT/4/punct ”/PUNCT/4/punct according/VERB/12/case/accord/VBG "
            "to/ADP/9/fixed the/DET/12/det Gazette/PROPN/4/obl ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.text, q.cue.text, q.speaker.text) == (
        "direct",
        "The files show a pattern,",
        "according",
        "the Gazette",
    )


@pytest.mark.parametrize(
    "text, specs",
    [
        (
            # the name hung on "response": the name before the verb is its subject
            "In response, Mayor Dana Okafor issued the following statement: “We will rebuild the bridge.”",
            [
                "In/ADP/2/case response/NOUN/7/obl ,/PUNCT/2/punct Mayor/PROPN/6/compound Dana/PROPN/6/compound "
                "Okafor/PROPN/2/appos issued/VERB/0/root/issue/VBD the/DET/10/det following/VERB/10/amod/follow/VBG "
                "statement/NOUN/7/obj :/PUNCT/7/punct",
                "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux rebuild/VERB/0/root the/DET/6/det bridge/NOUN/4/obj "
                "./PUNCT/4/punct ”/PUNCT/4/punct",
            ],
        ),
        (
            # one sentence, the root inside the quotation
            "Dana Okafor issued a statement: “We will rebuild the bridge.”",
            [
                "Dana/PROPN/3/nsubj Okafor/PROPN/1/flat issued/VERB/10/ccomp/issue/VBD a/DET/5/det statement/NOUN/3/obj "
                ":/PUNCT/3/punct “/PUNCT/10/punct We/PRON/10/nsubj will/AUX/10/aux rebuild/VERB/0/root the/DET/12/det "
                "bridge/NOUN/10/obj ./PUNCT/10/punct ”/PUNCT/10/punct"
            ],
        ),
    ],
)
def test_colon_frame_without_a_speech_verb(text, specs):
    (q,) = quotes(build(text, specs))
    assert (q.text, q.cue.text, q.speaker.name) == ("We will rebuild the bridge.", "issued", "Dana Okafor")


@pytest.mark.parametrize(
    "spec",
    [
        # as the bundled model parses it: the quoted words a subject of "told"
        "Citing/VERB/10/advcl/cite/VBG “/PUNCT/3/punct obligations/NOUN/10/nsubj/obligation/NNS in/ADP/5/case "
        "Ohio/PROPN/3/nmod ,/PUNCT/3/punct ”/PUNCT/3/punct the/DET/9/det spokeswoman/NOUN/10/nsubj "
        "told/VERB/0/root/tell/VBD reporters/NOUN/10/iobj/reporter/NNS that/SCONJ/14/mark Lee/PROPN/14/nsubj "
        "plans/VERB/10/ccomp/plan/VBZ to/PART/16/mark skip/VERB/14/xcomp the/DET/18/det vote/NOUN/16/obj "
        "./PUNCT/10/punct",
        # the quoted words the object of "Citing", as they are
        "Citing/VERB/10/advcl/cite/VBG “/PUNCT/3/punct obligations/NOUN/1/obj/obligation/NNS in/ADP/5/case "
        "Ohio/PROPN/3/nmod ,/PUNCT/3/punct ”/PUNCT/3/punct the/DET/9/det spokeswoman/NOUN/10/nsubj "
        "told/VERB/0/root/tell/VBD reporters/NOUN/10/iobj/reporter/NNS that/SCONJ/14/mark Lee/PROPN/14/nsubj "
        "plans/VERB/10/ccomp/plan/VBZ to/PART/16/mark skip/VERB/14/xcomp the/DET/18/det vote/NOUN/16/obj "
        "./PUNCT/10/punct",
    ],
)
def test_a_fragment_another_verb_cites_is_not_what_the_next_cue_reports(spec):
    text = "Citing “obligations in Ohio,” the spokeswoman told reporters that Lee plans to skip the vote."
    found = quotes(build(text, [spec]))
    assert [(q.cue.text, q.text) for q in found if q.cue.text == "told"] == [
        ("told", "that Lee plans to skip the vote")
    ]
    # what she cited is hers through "Citing", if anything
    assert all(q.cue.text == "Citing" for q in found if "obligations" in q.text)


def test_a_fragment_under_an_opening_participle_is_not_the_main_verbs():
    text = "Invoking “the spirit of the founders,” the mayor said the vote would come soon."
    spec = (
        "Invoking/VERB/12/advcl/invoke/VBG “/PUNCT/4/punct the/DET/4/det spirit/NOUN/1/obj of/ADP/7/case "
        "the/DET/7/det founders/NOUN/4/nmod/founder/NNS ,/PUNCT/4/punct ”/PUNCT/4/punct the/DET/11/det "
        "mayor/NOUN/12/nsubj said/VERB/0/root/say/VBD the/DET/14/det vote/NOUN/16/nsubj would/AUX/16/aux "
        "come/VERB/12/ccomp soon/ADV/16/advmod ./PUNCT/12/punct"
    )
    (q,) = quotes(build(text, [spec]))
    assert (q.text, q.cue.text) == ("the vote would come soon", "said")


def test_a_quotation_after_cue_that_is_that_cues_not_the_next_ones():
    text = "As Lee claimed that “General Okafor was late,” the mayor said the vote was fine."
    parsed = build(
        text,
        [
            "As/SCONJ/3/mark Lee/PROPN/3/nsubj claimed/VERB/14/advcl/claim/VBD that/SCONJ/9/mark “/PUNCT/9/punct "
            "General/PROPN/7/compound Okafor/PROPN/9/nsubj was/AUX/9/cop/be late/ADJ/3/ccomp ,/PUNCT/9/punct "
            "”/PUNCT/9/punct the/DET/13/det mayor/NOUN/14/nsubj said/VERB/0/root/say/VBD the/DET/16/det "
            "vote/NOUN/18/nsubj was/AUX/18/cop/be fine/ADJ/14/ccomp ./PUNCT/14/punct"
        ],
    )
    by_cue = {q.cue.text: (q.text, q.speaker.text) for q in quotes(parsed)}
    assert by_cue["said"] == ("the vote was fine", "the mayor")
    assert by_cue["claimed"][1] == "Lee" and "Okafor was late" in by_cue["claimed"][0]


@pytest.mark.parametrize(
    ("second", "spec"),
    [
        (
            "But, come on.",
            "“/PUNCT/4/punct But/CCONJ/4/cc ,/PUNCT/4/punct come/VERB/0/root on/ADV/4/advmod ./PUNCT/4/punct ”/PUNCT/4/punct",
        ),
        ("Donald Trump.", "“/PUNCT/2/punct Donald/PROPN/0/root Trump/PROPN/2/flat ./PUNCT/2/punct ”/PUNCT/2/punct"),
    ],
)
def test_a_short_quoted_sentence_after_an_attribution_goes_on_with_its_speaker(second, spec):
    text = f"“It is a tough charge,” Lee said. “{second}”"
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct It/PRON/6/nsubj is/AUX/6/cop/be a/DET/6/det tough/ADJ/6/amod charge/NOUN/0/root "
            ",/PUNCT/6/punct ”/PUNCT/6/punct Lee/PROPN/10/nsubj said/VERB/6/parataxis/say ./PUNCT/6/punct",
            spec,
        ],
    )
    assert [(q.text, q.speaker.name) for q in quotes(parsed)] == [("It is a tough charge,", "Lee"), (second, "Lee")]


def test_a_short_quoted_sentence_after_a_long_attribution_that_opens_with_its_cue_goes_on_with_its_speaker():
    text = "“It is a tough charge,” said Ann Lee, a lawyer who once worked for the city and the state. “Come on.”"
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct It/PRON/6/nsubj is/AUX/6/cop/be a/DET/6/det tough/ADJ/6/amod charge/NOUN/9/ccomp "
            ",/PUNCT/6/punct ”/PUNCT/6/punct said/VERB/0/root/say Ann/PROPN/9/nsubj Lee/PROPN/10/flat "
            ",/PUNCT/14/punct a/DET/14/det lawyer/NOUN/10/appos who/PRON/17/nsubj once/ADV/17/advmod "
            "worked/VERB/14/acl:relcl for/ADP/20/case the/DET/20/det city/NOUN/17/obl and/CCONJ/23/cc "
            "the/DET/23/det state/NOUN/20/conj ./PUNCT/9/punct",
            "“/PUNCT/2/punct Come/VERB/0/root on/ADV/2/advmod ./PUNCT/2/punct ”/PUNCT/2/punct",
        ],
    )
    assert [(q.text, q.speaker.name) for q in quotes(parsed)] == [
        ("It is a tough charge,", "Ann Lee"),
        ("Come on.", "Ann Lee"),
    ]


def test_a_sentence_opened_by_a_word_and_ended_by_a_quotation_after_an_attribution_goes_on_in_its_voice():
    text = "“It is a tough charge,” Lee said. Instead, “it is a fair one.”"
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct It/PRON/6/nsubj is/AUX/6/cop/be a/DET/6/det tough/ADJ/6/amod charge/NOUN/0/root "
            ",/PUNCT/6/punct ”/PUNCT/6/punct Lee/PROPN/10/nsubj said/VERB/6/parataxis/say ./PUNCT/6/punct",
            "Instead/ADV/8/advmod ,/PUNCT/8/punct “/PUNCT/8/punct it/PRON/8/nsubj is/AUX/8/cop/be a/DET/8/det "
            "fair/ADJ/8/amod one/NOUN/0/root ./PUNCT/8/punct ”/PUNCT/8/punct",
        ],
    )
    assert [(q.type.value, q.text, q.speaker.name) for q in quotes(parsed)] == [
        ("direct", "It is a tough charge,", "Lee"),
        ("mixed", "Instead, “it is a fair one.”", "Lee"),
    ]


def test_two_sentences_between_quotations_are_more_than_an_attribution():
    text = "“It is a tough charge,” said Ann Lee, a lawyer. The city paid her firm last year for the work. “Come on.”"
    parsed = build(
        text,
        [
            "“/PUNCT/6/punct It/PRON/6/nsubj is/AUX/6/cop/be a/DET/6/det tough/ADJ/6/amod charge/NOUN/9/ccomp "
            ",/PUNCT/6/punct ”/PUNCT/6/punct said/VERB/0/root/say Ann/PROPN/9/nsubj Lee/PROPN/10/flat "
            ",/PUNCT/14/punct a/DET/14/det lawyer/NOUN/10/appos ./PUNCT/9/punct",
            "The/DET/2/det city/NOUN/3/nsubj paid/VERB/0/root/pay her/PRON/5/nmod:poss firm/NOUN/3/obj "
            "last/ADJ/7/amod year/NOUN/3/obl:tmod for/ADP/10/case the/DET/10/det work/NOUN/3/obl ./PUNCT/3/punct",
            "“/PUNCT/2/punct Come/VERB/0/root on/ADV/2/advmod ./PUNCT/2/punct ”/PUNCT/2/punct",
        ],
    )
    assert [q.text for q in quotes(parsed)] == ["It is a tough charge,"]


def test_a_fragment_that_ends_the_sentence_with_its_own_period_is_quoted_with_its_clause():
    # the parser gave "said" a second complement ("here"), so the clause is found from the fragment
    text = 'The senator said his campaign here was "closing really strong."'
    parsed = build(
        text,
        [
            "The/DET/2/det senator/NOUN/3/nsubj said/VERB/0/root/say/VBD his/PRON/5/nmod:poss "
            'campaign/NOUN/9/nsubj here/ADV/3/ccomp was/AUX/9/aux/be/VBD "/PUNCT/9/punct '
            'closing/VERB/3/ccomp/close/VBG really/ADV/11/advmod strong/ADJ/9/xcomp ./PUNCT/3/punct "/PUNCT/3/punct'
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.text, q.speaker.text) == (
        "mixed",
        'his campaign here was "closing really strong."',
        "The senator",
    )


@pytest.mark.parametrize(("particle", "speaks"), [("back", True), ("off", False)])
def test_a_phrasal_speech_verb_speaks_only_with_its_particle(particle, speaks):
    text = f"Lee shot {particle}, “That would be good for the city.”"
    parsed = build(
        text,
        [
            f"Lee/PROPN/2/nsubj shot/VERB/0/root/shoot/VBD {particle}/ADP/2/compound:prt ,/PUNCT/2/punct "
            "“/PUNCT/9/punct That/PRON/9/nsubj would/AUX/9/aux be/AUX/9/cop good/ADJ/2/parataxis for/ADP/12/case "
            "the/DET/12/det city/NOUN/9/obl ./PUNCT/9/punct ”/PUNCT/9/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.lemma if q.cue else None, q.speaker.name if q.speaker else None) == (
        ("shoot", "Lee") if speaks else (None, None)
    )


def test_as_someone_put_it_attributes_the_quotation():
    text = "As Amar put it, “A compromise candidate may be better for them.”"
    parsed = build(
        text,
        [
            "As/SCONJ/3/mark Amar/PROPN/3/nsubj put/VERB/12/advcl/put/VBD it/PRON/3/obj ,/PUNCT/3/punct "
            "“/PUNCT/12/punct A/DET/9/det compromise/NOUN/9/compound candidate/NOUN/12/nsubj may/AUX/12/aux "
            "be/AUX/12/cop better/ADJ/0/root for/ADP/14/case them/PRON/12/obl ./PUNCT/12/punct ”/PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.cue.lemma, q.speaker.name) == ("put", "Amar")


def test_a_headline_credited_to_its_author_is_no_quotation():
    text = "SHORT READS: “Museum opens a new wing,” by the Post's Ann Lee."
    parsed = build(
        text,
        [
            "SHORT/ADJ/2/amod READS/NOUN/0/root/read/NNS :/PUNCT/2/punct “/PUNCT/6/punct Museum/PROPN/6/nsubj "
            "opens/VERB/2/appos/open/VBZ a/DET/9/det new/ADJ/9/amod wing/NOUN/6/obj ,/PUNCT/6/punct ”/PUNCT/6/punct "
            "by/ADP/17/case the/DET/14/det Post/PROPN/17/nmod:poss 's/PART/14/case Ann/PROPN/17/compound "
            "Lee/PROPN/6/obl ./PUNCT/2/punct"
        ],
    )
    assert not quotes(parsed)


def test_a_quoted_phrase_with_its_agent_is_still_quoted():
    text = "Critics called it a “witch hunt” by Democrats."
    parsed = build(
        text,
        [
            "Critics/NOUN/2/nsubj/critic/NNS called/VERB/0/root/call/VBD it/PRON/2/obj a/DET/7/det "
            "“/PUNCT/7/punct witch/NOUN/7/compound hunt/NOUN/2/xcomp ”/PUNCT/7/punct by/ADP/10/case "
            "Democrats/PROPN/7/nmod ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed" and "witch hunt" in q.text


def test_a_fragment_hung_on_a_later_cue_with_a_clause_of_its_own_goes_with_the_cue_before_it():
    text = "Although Lee admitted to the paper that he and the donor had “been friends for years,” he claimed they never met."
    parsed = build(
        text,
        [
            "Although/SCONJ/3/mark Lee/PROPN/3/nsubj admitted/VERB/21/advcl/admit/VBD to/ADP/6/case "
            "the/DET/6/det paper/NOUN/3/obl that/SCONJ/15/mark he/PRON/15/nsubj and/CCONJ/11/cc "
            "the/DET/11/det donor/NOUN/8/conj had/AUX/15/aux/have/VBD “/PUNCT/15/punct been/AUX/15/cop/be/VBN "
            "friends/NOUN/21/ccomp/friend/NNS for/ADP/17/case years/NOUN/15/obl/year/NNS ,/PUNCT/3/punct "
            "”/PUNCT/3/punct he/PRON/21/nsubj claimed/VERB/0/root/claim/VBD they/PRON/24/nsubj "
            "never/ADV/24/advmod met/VERB/21/ccomp/meet/VBD ./PUNCT/21/punct"
        ],
    )
    first = quotes(parsed)[0]
    assert (first.type.value, first.text, first.cue.text, first.speaker.name) == (
        "mixed",
        "that he and the donor had “been friends for years,”",
        "admitted",
        "Lee",
    )


def test_a_fragment_after_a_clause_the_parser_took_from_its_cue_is_mixed_over_that_clause():
    # "he was" hung on "comes" as a parataxis: the cue "told" has no clause, the quotation one
    text = "The vote comes after Lee told the Post he was “not quite there yet” on the bill."
    parsed = build(
        text,
        [
            "The/DET/2/det vote/NOUN/3/nsubj comes/VERB/0/root/come/VBZ after/SCONJ/6/mark Lee/PROPN/6/nsubj "
            "told/VERB/3/advcl/tell/VBD the/DET/8/det Post/PROPN/6/iobj he/PRON/14/nsubj was/AUX/14/cop/be/VBD "
            "“/PUNCT/14/punct not/PART/14/advmod quite/ADV/14/advmod there/ADV/3/parataxis yet/ADV/14/advmod "
            "”/PUNCT/14/punct on/ADP/19/case the/DET/19/det bill/NOUN/14/obl ./PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.text, q.cue.text, q.speaker.text) == (
        "mixed",
        "he was “not quite there yet”",
        "told",
        "Lee",
    )


def test_a_fragment_before_a_name_and_its_cue_is_that_persons_though_the_parser_lost_the_subject():
    # "question" parsed as the subject of "wrote", "Hasen" as the subject of "remains"
    text = "The “question of how to write a brief remains a great one,” Rick Hasen, a law professor, wrote."
    parsed = build(
        text,
        [
            "The/DET/3/det “/PUNCT/3/punct question/NOUN/23/nsubj of/SCONJ/7/mark how/ADV/7/advmod to/PART/7/mark "
            "write/VERB/3/acl/write a/DET/9/det brief/NOUN/7/obj remains/VERB/3/acl/remain a/DET/13/det "
            "great/ADJ/13/amod one/NOUN/10/obj ,/PUNCT/16/punct ”/PUNCT/16/punct Rick/PROPN/10/nsubj "
            "Hasen/PROPN/16/flat ,/PUNCT/21/punct a/DET/21/det law/NOUN/21/compound professor/NOUN/16/appos "
            ",/PUNCT/3/punct wrote/VERB/0/root/write ./PUNCT/23/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.speaker.name, q.cue.text) == ("Rick Hasen", "wrote") and "a great one" in q.text


@pytest.mark.parametrize(
    ("text", "spec", "title"),
    [
        # "show" tagged a verb after "TV": the title names the show, it is no quotation of Lee's
        (
            "Lee, the star of the TV show “The Apprentice,” said the event was dull.",
            "Lee/PROPN/14/nsubj ,/PUNCT/1/punct the/DET/4/det star/NOUN/1/appos of/ADP/7/case the/DET/7/det "
            "TV/NOUN/4/nmod show/VERB/14/ccomp/show “/PUNCT/11/punct The/DET/11/det Apprentice/PROPN/8/obj "
            ",/PUNCT/11/punct ”/PUNCT/11/punct said/VERB/0/root/say the/DET/16/det event/NOUN/18/nsubj "
            "was/AUX/18/cop dull/ADJ/14/ccomp ./PUNCT/14/punct",
            "Apprentice",
        ),
        # the programme told something
        (
            "Lee told “Fox and Friends,” reminding the hosts of the vote.",
            "Lee/PROPN/2/nsubj told/VERB/0/root/tell “/PUNCT/4/punct Fox/PROPN/2/iobj and/CCONJ/6/cc "
            "Friends/PROPN/4/conj ,/PUNCT/4/punct ”/PUNCT/4/punct reminding/VERB/2/advcl/remind the/DET/11/det "
            "hosts/NOUN/9/obj of/ADP/14/case the/DET/14/det vote/NOUN/9/obl ./PUNCT/2/punct",
            "Friends",
        ),
        # a title that modifies the noun after it
        (
            "“Daily Show” host Trevor Noah showed that the remarks were false.",
            "“/PUNCT/3/punct Daily/ADJ/3/amod Show/PROPN/5/compound ”/PUNCT/3/punct host/NOUN/8/nsubj "
            "Trevor/PROPN/5/appos Noah/PROPN/6/flat showed/VERB/0/root/show that/SCONJ/13/mark the/DET/11/det "
            "remarks/NOUN/13/nsubj were/AUX/13/cop false/ADJ/8/ccomp ./PUNCT/8/punct",
            "Daily Show",
        ),
    ],
)
def test_a_title_that_names_a_work_is_no_quotation(text, spec, title):
    assert not any(title in q.text for q in quotes(build(text, [spec])))


def test_an_inverted_description_stops_before_a_participle_that_follows_it():
    # "said one Republican [involved in the planning]" with the adjective-tagged noun and the
    # participle parsed as a clause: the description is the words before the participle
    text = "“We will win,” said one Republican involved in the planning."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/7/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "said/VERB/0/root/say/VBD one/NUM/9/nummod Republican/ADJ/10/amod involved/VERB/7/ccomp/involve/VBN "
            "in/ADP/13/case the/DET/13/det planning/NOUN/10/obl ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("We will win,", "one Republican")


def test_a_verb_right_after_a_quoted_fragment_reads_the_name_after_it_as_its_speaker():
    # "added Zarate" parsed with the name as the object: the verb opens a trailing attribution
    text = "Yet, “it is hard to link,” added Zarate, a former adviser."
    parsed = build(
        text,
        [
            "Yet/ADV/11/advmod ,/PUNCT/1/punct “/PUNCT/6/punct it/PRON/6/expl is/AUX/6/cop/be hard/ADJ/11/ccomp "
            "to/PART/8/mark link/VERB/6/csubj ,/PUNCT/6/punct ”/PUNCT/6/punct added/VERB/0/root/add/VBD "
            "Zarate/PROPN/11/obj ,/PUNCT/16/punct a/DET/16/det former/ADJ/16/amod adviser/NOUN/12/appos "
            "./PUNCT/11/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.speaker.name == "Zarate"


@pytest.mark.parametrize(
    ("frame", "spec", "speaker"),
    [
        ("Lee pressed.", "Lee/PROPN/_/_ pressed/VERB/_/_/press/VBD ./PUNCT/_/_", "Lee"),
        ("The senator laughed.", "The/DET/_/_ senator/NOUN/_/_ laughed/VERB/_/_/laugh/VBD ./PUNCT/_/_", "The senator"),
    ],
)
def test_a_bare_frame_in_an_unparsed_sentence_after_a_question_names_the_speaker(frame, spec, speaker):
    # the tokenizer ends the sentence at “?”, and the frame, with neither a quote nor a cue, is
    # tagged but not parsed
    text = "“Is it negotiable?” " + frame
    parsed = build(
        text,
        ["“/PUNCT/4/punct Is/AUX/4/cop/be it/PRON/4/nsubj negotiable/ADJ/0/root ?/PUNCT/4/punct ”/PUNCT/4/punct", spec],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("Is it negotiable?", speaker)


@pytest.mark.parametrize(
    ("heading", "spec", "name"),
    [
        (
            "Polls missed - Ann Lee: ",
            "Polls/NOUN/2/nsubj/poll/NNS missed/VERB/0/root/miss/VBD -/PUNCT/4/punct Ann/PROPN/2/appos "
            "Lee/PROPN/4/flat :/PUNCT/10/punct “/PUNCT/10/punct The/DET/9/det polls/NOUN/10/nsubj/poll/NNS "
            "closed/VERB/2/parataxis/close/VBD too/ADV/12/advmod soon/ADV/10/advmod ./PUNCT/10/punct ”/PUNCT/10/punct",
            "Ann Lee",
        ),
        (
            "POLLS WERE EARLY - Ann Lee and Bo Ruiz: ",
            "POLLS/NOUN/_/_ WERE/AUX/_/_ EARLY/ADJ/_/_ -/PUNCT/_/_ Ann/PROPN/_/_ Lee/PROPN/_/_ and/CCONJ/_/_ "
            "Bo/PROPN/_/_ Ruiz/PROPN/_/_ :/PUNCT/_/_ “/PUNCT/_/_ The/DET/_/_ polls/NOUN/_/_ closed/VERB/_/_/close "
            "too/ADV/_/_ soon/ADV/_/_ ./PUNCT/_/_ ”/PUNCT/_/_",
            "Bo Ruiz",
        ),
    ],
)
def test_a_name_between_a_round_up_heading_s_dash_and_a_colon_speaks(heading, spec, name):
    # a round-up item: a heading, a dash, the quoted writer's name and a colon; not the heading's
    # own verb's subject
    text = heading + "“The polls closed too soon.”"
    (q,) = quotes(build(text, [spec]))
    assert (q.text, q.speaker.name) == ("The polls closed too soon.", name)


def test_a_whole_sentence_quoted_after_a_clause_and_a_comma_goes_to_the_clause_s_subject():
    # no speech verb: the quotation ends the sentence after a comma, as it would after a colon
    text = "Lee shared her worry with the crowd, “Our city was attacked last night.”"
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj shared/VERB/0/root/share/VBD her/PRON/4/nmod:poss worry/NOUN/2/obj "
            "with/ADP/7/case the/DET/7/det crowd/NOUN/2/obl ,/PUNCT/13/punct “/PUNCT/13/punct "
            "Our/PRON/11/nmod:poss city/NOUN/13/nsubj:pass was/AUX/13/aux:pass/be "
            "attacked/VERB/2/parataxis/attack/VBN last/ADJ/15/amod night/NOUN/13/obl:tmod ./PUNCT/13/punct "
            "”/PUNCT/13/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("Our city was attacked last night.", "Lee")


def test_a_surface_subject_is_neither_a_day_after_the_cue_nor_a_bracketed_party():
    text = "“We will win,” Sen. Ann Lee (D-Ohio) said Tuesday."
    parsed = build(
        text,
        [
            "“/PUNCT/_/_ We/PRON/_/_ will/AUX/_/_ win/VERB/_/_ ,/PUNCT/_/_ ”/PUNCT/_/_ Sen./PROPN/_/_ Ann/PROPN/_/_ "
            "Lee/PROPN/_/_ (/PUNCT/_/_ D-Ohio/PROPN/_/_ )/PUNCT/_/_ said/VERB/_/_/say Tuesday/PROPN/_/_/tuesday "
            "./PUNCT/_/_"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("We will win,", "Ann Lee")


def test_a_verb_joined_after_the_quotation_leaves_it_to_the_colon_frame_before_it():
    # the tokenizer ends a sentence at the colon; "and vowing" goes on with Lee's frame, and its
    # climb finds only the quotation's own subject
    text = "Lee emailed supporters saying: “We will win the state” and vowing to fight on."
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj emailed/VERB/0/root/email/VBD supporters/NOUN/2/obj/supporter/NNS "
            "saying/VERB/2/xcomp/say/VBG :/PUNCT/2/punct",
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/0/root the/DET/7/det state/NOUN/4/obj "
            "”/PUNCT/4/punct and/CCONJ/9/cc vowing/VERB/4/conj/vow/VBG to/PART/11/mark fight/VERB/9/xcomp "
            "on/ADV/11/advmod ./PUNCT/4/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name, q.cue.text) == ("We will win the state", "Lee", "saying")


def test_an_unparsed_frame_before_the_quote_gives_it_to_the_name_before_the_cue():
    # the tokenizer starts a sentence at the opening mark, and neither part is parsed: the name
    # before "called" speaks, the one after it is who was called so
    text = "Lee called Ruiz “The best mayor in the state.”"
    parsed = build(
        text,
        [
            "Lee/PROPN/_/_ called/VERB/_/_/call/VBD Ruiz/PROPN/_/_",
            "“/PUNCT/_/_ The/DET/_/_ best/ADJ/_/_ mayor/NOUN/_/_ in/ADP/_/_ the/DET/_/_ state/NOUN/_/_ ./PUNCT/_/_ "
            "”/PUNCT/_/_",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("The best mayor in the state.", "Lee")


def test_lowercase_modifiers_before_an_inverted_name_do_not_hide_it():
    # the name after "said" hung on the quotation's own verb as its subject: read on the surface,
    # past "former"
    text = "“We will win,” said former Gov. Ann Lee, a Democrat."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/7/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct "
            "said/VERB/0/root/say/VBD former/ADJ/9/amod Gov./PROPN/4/nsubj Ann/PROPN/9/flat Lee/PROPN/9/flat "
            ",/PUNCT/14/punct a/DET/14/det Democrat/PROPN/9/appos ./PUNCT/7/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("We will win,", "Ann Lee")


def test_a_reporting_verb_tagged_a_plural_noun_after_a_name_frames_the_quote():
    text = "“We will win the state,” Viguerie notes."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/0/root the/DET/6/det state/NOUN/4/obj "
            ",/PUNCT/4/punct ”/PUNCT/4/punct Viguerie/PROPN/10/compound notes/NOUN/4/obj/note/NNS ./PUNCT/4/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name, q.cue.text) == ("We will win the state,", "Viguerie", "notes")


def test_a_copular_clause_closed_by_a_colon_frames_the_quotation():
    text = "The board was conclusive in its findings: “Further discussion is unnecessary.”"
    parsed = build(
        text,
        [
            "The/DET/2/det board/NOUN/4/nsubj was/AUX/4/cop/be conclusive/ADJ/0/root in/ADP/7/case "
            "its/PRON/7/nmod:poss findings/NOUN/4/obl/finding/NNS :/PUNCT/13/punct “/PUNCT/13/punct "
            "Further/ADJ/11/amod discussion/NOUN/13/nsubj is/AUX/13/cop/be unnecessary/ADJ/4/parataxis "
            "./PUNCT/13/punct ”/PUNCT/13/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.text) == ("Further discussion is unnecessary.", "The board")


def test_a_description_before_the_trailing_speaker_opens_the_attribution_that_widens_the_quote():
    # "Republican candidate" hung on the reported clause, not on the name: still the attribution's
    text = "“Boots on the ground” would work, Republican candidate Ann Lee said."
    parsed = build(
        text,
        [
            "“/PUNCT/2/punct Boots/NOUN/8/nsubj/boot/NNS on/ADP/5/case the/DET/5/det ground/NOUN/2/nmod "
            "”/PUNCT/2/punct would/AUX/8/aux work/VERB/14/ccomp ,/PUNCT/8/punct Republican/ADJ/11/amod "
            "candidate/NOUN/8/obl Ann/PROPN/14/nsubj Lee/PROPN/12/flat said/VERB/0/root/say/VBD "
            "./PUNCT/14/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.speaker.name) == ("mixed", "Ann Lee")
    assert q.text.endswith("would work")


def test_the_name_opening_a_trailing_attribution_speaks_when_the_parse_gives_the_cue_the_subject_before_the_quote():
    # "said" coordinated with "fail", so the parse's subject is "plans"; the comma before the name
    # hung on it
    text = "The plans “will fail,” Ann Lee, a senior aide, said."
    parsed = build(
        text,
        [
            "The/DET/2/det plans/NOUN/5/nsubj/plan/NNS “/PUNCT/5/punct will/AUX/5/aux fail/VERB/0/root "
            ",/PUNCT/8/punct ”/PUNCT/5/punct Ann/PROPN/5/vocative Lee/PROPN/8/flat ,/PUNCT/13/punct "
            "a/DET/13/det senior/ADJ/13/amod aide/NOUN/8/appos ,/PUNCT/15/punct said/VERB/5/conj/say/VBD "
            "./PUNCT/15/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.text, q.speaker.name) == ("mixed", "The plans “will fail,”", "Ann Lee")


def test_a_condition_before_the_attribution_opens_the_quote():
    text = "If Lee wins, Ruiz said, “We will fight.”"
    parsed = build(
        text,
        [
            "If/SCONJ/3/mark Lee/PROPN/3/nsubj wins/VERB/11/advcl/win/VBZ ,/PUNCT/3/punct Ruiz/PROPN/6/nsubj "
            "said/VERB/11/parataxis/say/VBD ,/PUNCT/6/punct “/PUNCT/11/punct We/PRON/11/nsubj will/AUX/11/aux "
            "fight/VERB/0/root/fight/VB ./PUNCT/11/punct ”/PUNCT/11/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["If Lee wins", "We will fight."]
    assert q.speaker.name == "Ruiz"


def test_a_time_before_the_attribution_is_the_writers():
    text = "On Monday, Ruiz said, “We will fight.”"
    parsed = build(
        text,
        [
            "On/ADP/2/case Monday/PROPN/10/obl ,/PUNCT/2/punct Ruiz/PROPN/5/nsubj said/VERB/10/parataxis/say/VBD "
            ",/PUNCT/5/punct “/PUNCT/10/punct We/PRON/10/nsubj will/AUX/10/aux fight/VERB/0/root/fight/VB "
            "./PUNCT/10/punct ”/PUNCT/10/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["We will fight."]


def test_an_inverted_frame_verb_with_the_name_parsed_as_its_object_attributes_the_quote():
    text = "“We won!” beamed Ann Lee."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/6/parataxis/win/VBD !/PUNCT/3/punct ”/PUNCT/3/punct "
            "beamed/VERB/0/root/beam/VBD Ann/PROPN/6/obj Lee/PROPN/7/flat ./PUNCT/6/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name, q.cue.text) == ("We won!", "Ann Lee", "beamed")


def test_the_noun_a_relative_clause_describes_speaks_when_the_parse_lost_the_subject():
    # "Wednesday" taken for the subject, "official" hung on the clause before; the name right
    # before the cue closes the relative clause on "official"
    text = "There was no overlap with the team, an official who spoke to discuss strategy said Wednesday, “We talk.”"
    parsed = build(
        text,
        [
            "There/PRON/2/expl was/VERB/16/advcl/be/VBD no/DET/4/det overlap/NOUN/2/nsubj with/ADP/7/case "
            "the/DET/7/det team/NOUN/4/nmod ,/PUNCT/10/punct an/DET/10/det official/NOUN/7/appos "
            "who/PRON/12/nsubj spoke/VERB/10/acl:relcl/speak/VBD to/PART/14/mark discuss/VERB/12/advcl/discuss/VB "
            "strategy/NOUN/14/obj said/VERB/0/root/say/VBD Wednesday/PROPN/16/nsubj ,/PUNCT/21/punct "
            "“/PUNCT/21/punct We/PRON/21/nsubj talk/VERB/16/ccomp/talk/VBP ./PUNCT/21/punct ”/PUNCT/21/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ("We talk.", "an official")


def test_a_fragment_in_the_clause_that_a_closing_cue_frames_makes_the_clause_the_quote():
    # the parse made a noun phrase of the clause ("signals" a noun), so only the surface tells
    text = 'The vote signals "the end" for the party, said Ann Lee.'
    parsed = build(
        text,
        [
            'The/DET/2/det vote/NOUN/12/nsubj signals/NOUN/2/nmod "/PUNCT/6/punct the/DET/6/det end/NOUN/2/appos '
            '"/PUNCT/6/punct for/ADP/10/case the/DET/10/det party/NOUN/6/nmod ,/PUNCT/2/punct '
            "said/VERB/0/root/say/VBD Ann/PROPN/12/nsubj Lee/PROPN/13/flat ./PUNCT/12/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name) == ('The vote signals "the end" for the party', "Ann Lee")


def test_a_label_closed_by_a_comma_ends_the_labelled_phrase():
    # the apposition after the label parsed as a conjunct of it
    text = "Banks formed what they called “financial supermarkets,” giant stores."
    parsed = build(
        text,
        [
            "Banks/NOUN/2/nsubj formed/VERB/0/root/form/VBD what/PRON/2/obj they/PRON/5/nsubj "
            "called/VERB/3/acl:relcl/call/VBD “/PUNCT/8/punct financial/ADJ/8/amod supermarkets/NOUN/5/obj "
            ",/PUNCT/12/punct ”/PUNCT/12/punct giant/ADJ/12/amod stores/NOUN/8/conj ./PUNCT/2/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert text[q.spans[-1][0] : q.spans[-1][1]].startswith("financial supermarkets")
    assert "giant" not in q.text


def test_a_cue_joined_by_but_speaks_with_the_speech_cue_before_it():
    # "said" given no subject (the name hung on a phrase before it), "added" hung inside its clause
    text = "At the rally, Ann Lee, 70, said it was early but added, “We will see.”"
    parsed = build(
        text,
        [
            "At/ADP/3/case the/DET/3/det rally/NOUN/10/obl ,/PUNCT/5/punct Ann/PROPN/3/appos Lee/PROPN/5/flat "
            ",/PUNCT/8/punct 70/NUM/5/flat ,/PUNCT/5/punct said/VERB/0/root/say/VBD it/PRON/13/expl "
            "was/AUX/13/cop/be early/ADJ/10/ccomp but/CCONJ/15/cc added/VERB/13/conj/add/VBD ,/PUNCT/15/punct "
            "“/PUNCT/20/punct We/PRON/20/nsubj will/AUX/20/aux see/VERB/15/ccomp/see/VB ./PUNCT/20/punct "
            "”/PUNCT/20/punct"
        ],
    )
    found = {q.cue.text: q for q in quotes(parsed)}
    assert found["added"].text == "We will see." and found["added"].speaker.name == "Ann Lee"


def test_a_sentence_of_only_a_name_and_a_speech_verb_after_a_full_stop_attributes_the_quote():
    text = "“We won the vote.” Lee said."
    parsed = build(
        text,
        [
            "“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/0/root/win/VBD the/DET/5/det vote/NOUN/3/obj "
            "./PUNCT/3/punct ”/PUNCT/3/punct",
            "Lee/PROPN/2/nsubj said/VERB/0/root/say/VBD ./PUNCT/2/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.text, q.speaker.name, q.cue.text) == ("We won the vote.", "Lee", "said")


def test_a_speaker_the_parse_lost_is_the_name_before_its_apposition_not_the_last_noun_in_it():
    # the parser hung the name on a noun of the opening phrase and gave "said" no subject
    text = "In a call on Monday, Col. Dana Voss, a spokesman in Baghdad, said, “It is a raid.”"
    parsed = build(
        text,
        [
            "In/ADP/3/case a/DET/3/det call/NOUN/16/obl on/ADP/5/case Monday/PROPN/3/nmod ,/PUNCT/7/punct "
            "Col./PROPN/5/appos Dana/PROPN/7/flat Voss/PROPN/7/flat ,/PUNCT/12/punct a/DET/12/det "
            "spokesman/NOUN/7/appos in/ADP/14/case Baghdad/PROPN/12/nmod ,/PUNCT/3/punct said/VERB/0/root/say/VBD "
            ",/PUNCT/22/punct “/PUNCT/22/punct It/PRON/22/nsubj is/AUX/22/cop/be a/DET/22/det raid/NOUN/16/ccomp "
            "./PUNCT/22/punct ”/PUNCT/22/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert quote.speaker.text == "Col. Dana Voss, a spokesman in Baghdad"
    assert quote.speaker.name == "Dana Voss"


@pytest.mark.parametrize(
    "text, spec, phrase",
    [
        (
            "Bush called the use of orders “quite dangerous.”",
            "Bush/PROPN/2/nsubj called/VERB/0/root/call/VBD the/DET/4/det use/NOUN/2/obj of/ADP/6/case "
            "orders/NOUN/4/nmod “/PUNCT/9/punct quite/ADV/9/advmod dangerous/ADJ/2/parataxis ./PUNCT/2/punct "
            "”/PUNCT/2/punct",
            "the use of orders “quite dangerous.”",
        ),
        (
            "Lee called the chief, Ann Kim, “incredibly driven” and left.",
            "Lee/PROPN/2/nsubj called/VERB/0/root/call/VBD the/DET/4/det chief/NOUN/2/obj ,/PUNCT/6/punct "
            "Ann/PROPN/4/appos Kim/PROPN/6/flat ,/PUNCT/6/punct “/PUNCT/11/punct incredibly/ADV/11/advmod "
            "driven/ADJ/2/parataxis ”/PUNCT/11/punct and/CCONJ/14/cc left/VERB/2/conj/leave/VBD ./PUNCT/2/punct",
            "the chief, Ann Kim, “incredibly driven”",
        ),
    ],
)
def test_a_label_the_parser_took_for_a_parataxis_is_quoted_with_the_phrase_it_labels(text, spec, phrase):
    [quote] = quotes(build(text, [spec]))
    assert [text[s:e] for s, e in quote.spans] == [phrase]


def test_a_dash_after_the_label_ends_the_labelled_phrase():
    text = "Kim called it a “let them bloom” approach - working with many groups."
    parsed = build(
        text,
        [
            "Kim/PROPN/2/nsubj called/VERB/0/root/call/VBD it/PRON/2/obj a/DET/10/det “/PUNCT/6/punct "
            "let/VERB/10/amod them/PRON/6/obj bloom/VERB/6/xcomp ”/PUNCT/6/punct approach/NOUN/2/xcomp "
            "-/PUNCT/12/punct working/VERB/10/acl/work/VBG with/ADP/15/case many/ADJ/15/amod groups/NOUN/12/obl "
            "./PUNCT/2/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert [text[s:e] for s, e in quote.spans] == ["it a “let them bloom” approach"]


def test_fragments_in_the_clause_before_a_closing_cue_and_its_subject_are_one_quote_of_the_clause():
    text = "Fundraising was “stagnant for weeks” as donors waited to see how a “turbulent cycle” played out, he said."
    parsed = build(
        text,
        [
            "Fundraising/NOUN/4/nsubj was/AUX/4/cop/be/VBD “/PUNCT/4/punct stagnant/ADJ/23/ccomp for/ADP/6/case "
            "weeks/NOUN/4/obl/week/NNS ”/PUNCT/4/punct as/SCONJ/10/mark donors/NOUN/10/nsubj/donor/NNS "
            "waited/VERB/4/advcl/wait/VBD to/PART/12/mark see/VERB/10/xcomp/see/VB how/ADV/19/advmod a/DET/17/det "
            "“/PUNCT/17/punct turbulent/ADJ/17/amod cycle/NOUN/19/nsubj ”/PUNCT/17/punct played/VERB/12/ccomp/play/VBD "
            "out/ADP/19/compound:prt ,/PUNCT/19/punct he/PRON/23/nsubj said/VERB/0/root/say/VBD ./PUNCT/23/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert [text[s:e] for s, e in quote.spans] == [
        "Fundraising was “stagnant for weeks” as donors waited to see how a “turbulent cycle” played out"
    ]
    assert (quote.speaker.text, quote.cue.text) == ("he", "said")


def test_a_fragment_clause_takes_its_subject_back_from_the_cues_object():
    # the parser made "the situation" the object of "conceded" and left the clause without subject
    from quotesvc import lexicons
    from quotesvc.candidates import ArticleIndex
    from quotesvc.direct import find_direct
    from quotesvc.paragraphs import find_paragraphs
    from quotesvc.quotemarks import find_quote_spans

    text = "Kim conceded the situation is “deeply regrettable.”"
    parsed = build(
        text,
        [
            "Kim/PROPN/2/nsubj conceded/VERB/0/root/concede/VBD the/DET/4/det situation/NOUN/2/obj is/AUX/8/cop/be/VBZ "
            "“/PUNCT/8/punct deeply/ADV/8/advmod regrettable/ADJ/2/ccomp ./PUNCT/2/punct ”/PUNCT/2/punct"
        ],
    )
    paragraphs = find_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    direct, _ = find_direct(spans, parsed, ArticleIndex(parsed, spans), lexicons.load(), [p.end for p in paragraphs])
    assert [[text[s:e] for s, e in c.spans] for c in direct] == [["the situation is “deeply regrettable.”"]]


def test_a_quotation_the_sentence_goes_on_after_takes_the_rest_of_the_clause():
    text = "Kim said, “I have not heard that concern” from the police, and left."
    parsed = build(
        text,
        [
            "Kim/PROPN/2/nsubj said/VERB/0/root/say/VBD ,/PUNCT/7/punct “/PUNCT/7/punct I/PRON/7/nsubj have/AUX/7/aux "
            "heard/VERB/2/ccomp/hear/VBN that/DET/9/det concern/NOUN/7/obj ”/PUNCT/7/punct from/ADP/13/case "
            "the/DET/13/det police/NOUN/7/obl ,/PUNCT/16/punct and/CCONJ/16/cc left/VERB/2/conj/leave/VBD ./PUNCT/2/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert [text[s:e] for s, e in quote.spans] == ["“I have not heard that concern” from the police"]
    assert quote.type.value == "mixed"


def test_a_quotation_closed_by_its_own_comma_ends_there():
    text = "Kim said, “I have not heard it,” adding nothing."
    parsed = build(
        text,
        [
            "Kim/PROPN/2/nsubj said/VERB/0/root/say/VBD ,/PUNCT/7/punct “/PUNCT/7/punct I/PRON/7/nsubj have/AUX/7/aux "
            "heard/VERB/2/ccomp/hear/VBN it/PRON/7/obj ,/PUNCT/7/punct ”/PUNCT/7/punct adding/VERB/2/advcl/add/VBG "
            "nothing/PRON/11/obj ./PUNCT/2/punct"
        ],
    )
    assert next([text[s:e] for s, e in q.spans] for q in quotes(parsed)) == ["I have not heard it,"]


def test_a_reporting_verb_tagged_a_noun_after_the_noun_phrase_that_follows_a_quotation_frames_it():
    text = "“The kingdom fights terrorism,” the Saudis state in the paper."
    parsed = build(
        text,
        [
            "“/PUNCT/4/punct The/DET/3/det kingdom/NOUN/4/nsubj fights/VERB/0/root/fight/VBZ terrorism/NOUN/4/obj "
            ",/PUNCT/4/punct ”/PUNCT/4/punct the/DET/10/det Saudis/PROPN/10/compound/Saudis/NNPS "
            "state/NOUN/4/parataxis/state/NN in/ADP/14/case the/DET/14/det paper/NOUN/10/nmod ./PUNCT/4/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert (quote.cue.text, quote.speaker.text) == ("state", "Saudis")


def test_the_clause_around_a_fragment_after_its_cue_takes_no_words_before_the_cue():
    # the parser made "Andres" a subject of "opted", in the clause after "said"
    text = "Andres, a spokesman, said Obama “opted for a takedown.”"
    parsed = build(
        text,
        [
            "Andres/PROPN/9/nsubj ,/PUNCT/4/punct a/DET/4/det spokesman/NOUN/1/appos ,/PUNCT/4/punct "
            "said/VERB/0/root/say/VBD Obama/PROPN/9/nsubj “/PUNCT/9/punct opted/VERB/6/ccomp/opt/VBD for/ADP/12/case "
            "a/DET/12/det takedown/NOUN/9/obl ./PUNCT/9/punct ”/PUNCT/9/punct"
        ],
    )
    assert [[text[s:e] for s, e in q.spans] for q in quotes(parsed)] == [["Obama “opted for a takedown.”"]]


def test_a_clause_the_quotation_opens_parsed_as_a_parataxis_is_the_fragments_clause():
    # the bundled model's parse: the quotation's mark hung on "night", its clause a parataxis
    text = (
        'Lee acknowledged in a forum Monday night "it will be very hard for us to win" if he continues to lose ground.'
    )
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj acknowledged/VERB/0/root/acknowledge/VBD in/ADP/5/case a/DET/5/det forum/NOUN/2/obl "
            'Monday/PROPN/7/compound night/NOUN/2/obl:unmarked "/PUNCT/7/punct it/PRON/13/nsubj will/AUX/13/aux '
            "be/AUX/13/cop/be/VB very/ADV/13/advmod hard/ADJ/2/parataxis for/ADP/15/case us/PRON/13/obl/we/PRP "
            'to/PART/17/mark win/VERB/13/advcl/win/VB "/PUNCT/17/punct if/SCONJ/21/mark he/PRON/21/nsubj '
            "continues/VERB/13/advcl/continue/VBZ to/PART/23/mark lose/VERB/21/xcomp/lose/VB ground/NOUN/23/obj "
            "./PUNCT/13/punct"
        ],
    )
    [quote] = quotes(parsed)
    assert [text[s:e] for s, e in quote.spans] == ['it will be very hard for us to win" if he continues to lose ground']


def test_the_relative_word_a_labelling_cue_names_is_a_piece_before_the_quoted_label():
    text = "The club grew under what Lee called “a bold new model.”"
    parsed = build(
        text,
        [
            "The/DET/2/det club/NOUN/3/nsubj grew/VERB/0/root/grow/VBD under/ADP/7/mark what/PRON/7/obj/what/WP "
            "Lee/PROPN/7/nsubj called/VERB/3/advcl/call/VBD “/PUNCT/12/punct a/DET/12/det bold/ADJ/12/amod "
            "new/ADJ/12/amod model/NOUN/7/obj ./PUNCT/3/punct ”/PUNCT/3/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert [text[a:b] for a, b in q.spans] == ["what", "a bold new model.”"]
    assert q.speaker.text == "Lee"


def test_attribution_a_cue_in_a_when_clause_after_the_quote_is_not_its_attribution():
    # the parser hung the "when" clause on the quoted verb; the cue before the quotation speaks,
    # and the question put to the speaker is a quote of its own, not more of the quotation
    text = 'Mr. Lee said, "We will see," when he was asked whether he would run.'
    parsed = build(
        text,
        [
            'Mr./PROPN/2/compound Lee/PROPN/3/nsubj said/VERB/0/root/say/VBD ,/PUNCT/8/punct "/PUNCT/8/punct '
            "We/PRON/8/nsubj will/AUX/8/aux/will/MD see/VERB/3/ccomp/see/VB ,/PUNCT/14/punct "
            '"/PUNCT/8/punct when/ADV/14/advmod he/PRON/14/nsubj:pass was/AUX/14/aux:pass/be/VBD '
            "asked/VERB/8/advcl/ask/VBN whether/SCONJ/18/mark he/PRON/18/nsubj would/AUX/18/aux/will/MD "
            "run/VERB/14/ccomp/run/VB ./PUNCT/3/punct"
        ],
    )
    first, second = quotes(parsed)
    assert (first.type.value, first.text, first.cue.lemma, first.speaker.name) == (
        "direct",
        "We will see,",
        "say",
        "Lee",
    )
    assert (second.text, second.cue.lemma) == ("whether he would run", "ask")


def test_attribution_a_report_of_its_own_joined_after_the_quote_is_not_its_attribution():
    # "denied" joined after the quotation with its own subject and clause: its own report; the
    # participle before the quotation attributes it
    text = 'Lee spoke, saying, "We never said that the men were soldiers," but he denied that they were paid.'
    parsed = build(
        text,
        [
            "Lee/PROPN/2/nsubj spoke/VERB/0/root/speak/VBD ,/PUNCT/4/punct saying/VERB/2/advcl/say/VBG "
            ',/PUNCT/4/punct "/PUNCT/4/punct We/PRON/9/nsubj never/ADV/9/advmod said/VERB/2/parataxis/say/VBD '
            "that/SCONJ/14/mark the/DET/12/det men/NOUN/14/nsubj/man/NNS were/AUX/14/cop/be/VBD "
            'soldiers/NOUN/9/ccomp/soldier/NNS ,/PUNCT/19/punct "/PUNCT/19/punct but/CCONJ/19/cc he/PRON/19/nsubj '
            "denied/VERB/9/conj/deny/VBD that/SCONJ/23/mark they/PRON/23/nsubj:pass were/AUX/23/aux:pass/be/VBD "
            "paid/VERB/19/ccomp/pay/VBN ./PUNCT/2/punct"
        ],
    )
    found = {q.type.value: q for q in quotes(parsed)}
    assert (found["direct"].text, found["direct"].cue.text) == ("We never said that the men were soldiers,", "saying")
    assert (found["indirect"].text, found["indirect"].cue.text) == ("that they were paid", "denied")


def test_attribution_one_cue_gives_one_quote_when_the_lead_in_is_read_as_reported_too():
    # the quotation (in the archive's ''…'' marks) and the words before the attribution are one
    # quote of "added", not that quote and a second one over the quotation alone, which ends one
    # character past the reported clause, at its own period
    text = "Mr. Lee spoke.\n\nWhether the issue is jobs, Mr. Lee added, ''it becomes harder to win.''"
    parsed = build(
        text,
        [
            "Mr./PROPN/2/nmod:desc Lee/PROPN/3/nsubj spoke/VERB/0/root/speak/VBD ./PUNCT/3/punct",
            "Whether/SCONJ/5/mark the/DET/3/det issue/NOUN/5/nsubj is/AUX/5/cop/be/VBZ jobs/NOUN/9/advcl/job/NNS "
            ",/PUNCT/5/punct Mr./PROPN/8/nmod:desc Lee/PROPN/9/nsubj added/VERB/0/root/add/VBD ,/PUNCT/13/punct "
            "''/PUNCT/13/punct it/PRON/13/nsubj becomes/VERB/9/ccomp/become/VBZ harder/ADJ/13/xcomp/hard/JJR "
            "to/PART/16/mark win/VERB/14/advcl/win/VB ./PUNCT/13/punct ''/PUNCT/9/punct",
        ],
    )
    (q,) = quotes(parsed)
    assert (q.type.value, q.cue.lemma, q.speaker.name) == ("mixed", "add", "Lee")
    assert [text[s:e] for s, e in q.spans] == ["Whether the issue is jobs", "it becomes harder to win"]


def test_short_verbless_quotation_ending_the_sentence_is_a_fragment():
    # capitalised and closed by the sentence's period, but a phrase after a word of the sentence
    text = "Clinton called the frontrunner “ISIS best recruiter.”"
    parsed = build(
        text,
        [
            "Clinton/PROPN/2/nsubj called/VERB/0/root/call/VBD the/DET/4/det frontrunner/NOUN/2/obj "
            "“/PUNCT/8/punct ISIS/PROPN/8/compound best/ADJ/8/amod recruiter/NOUN/2/obj ./PUNCT/2/punct ”/PUNCT/8/punct"
        ],
    )
    (q,) = quotes(parsed)
    assert q.type.value == "mixed" and q.text == "the frontrunner “ISIS best recruiter.”"
