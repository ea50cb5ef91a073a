"""Near-miss questions: the corpus states something beside what is asked (another case's
date, a superset's count, initials for a real name), and the answer must not pass it off
as the answer. Unit tests on the checks, then the bundled corpus end to end."""

from __future__ import annotations

import pytest

from app.answerability import check_anchors, name_anchors
from app.answertypes import expected_type, has_type, lead_type
from app.assistant import Assistant
from app.config import Settings
from app.documents import Document


def test_a_question_opening_with_a_name_the_corpus_writes_as_one_names_it() -> None:
    names = {"bordeaux", "shiksaitov"}.__contains__

    def known(word: str) -> bool:
        return names(word.lower())

    question = "Bordeaux Court of Appeal: exact date of the ruling on H.?"
    assert ("Bordeaux",) not in name_anchors(question)  # a capitalised first word may be any word
    assert ("Bordeaux",) in name_anchors(question, known)
    assert ("Besides",) not in name_anchors("Besides Liu, who was arrested?", known)
    other_case = "On 26 July 2018 the Court of Appeal upheld the decision of the Regional Court."
    assert check_anchors(question, [other_case], passages=[other_case], any_name=True).answerable
    verdict = check_anchors(question, [other_case], passages=[other_case], any_name=True, known_name=known)
    assert not verdict.answerable and "Bordeaux" in verdict.reason


def test_the_corpus_knows_which_words_it_writes_as_names(bundled_assistant: Assistant) -> None:
    index = bundled_assistant.retriever.index
    for name in ("Bordeaux", "Shiksaitov", "Safeguard"):
        assert index.known_name(name), name
    # function words and question words of every language, capitalised only to open a sentence
    for word in ("Besides", "Secondo", "Según", "Quel", "Roughly"):
        assert not index.known_name(word), word


def test_a_real_or_full_name_asks_for_a_person() -> None:
    for question in (
        "What is the real name of the businessman H.?",
        "Quel est le véritable nom de l'homme d'affaires H. ?",
        "What are the full names of the five applicants in M.A. and Others v. Bulgaria?",
        "Qual è il vero nome dell'imprenditore H.?",
        "¿Cuál es el nombre real del empresario H.?",
        "İş adamı H.'nin gerçek adı nedir?",
        "商人H.的真实姓名是什么？",
    ):
        assert expected_type(question) == "person", question
    # initials and a spouse's first name are no one's full name
    question = "What is the real name of the businessman H.?"
    assert not has_type("French officers had arrested H. at the Bordeaux airport.", "person", question)
    assert has_type("The businessman, Huang Wenzhou, was arrested in Bordeaux.", "person", question)
    assert not has_type("H. appeared in tabloids beside his wife, Zhao Wei, a film star.", "person", question)


def test_two_ordinary_words_are_no_persons_name() -> None:
    def common(word: str) -> bool:
        return word.lower() in {"human", "rights", "southern", "weekend"}

    text = "the Protection of Human Rights, as Southern Weekend reported, and Wang Bo said so"
    assert has_type(text, "person", "Who said so?")
    assert not has_type(
        "the Protection of Human Rights, as Southern Weekend reported", "person", "Who?", common
    )
    assert has_type(text, "person", "Who said so?", common)  # Wang Bo


def test_a_real_name_the_corpus_withholds_is_not_answered(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "What is the real name of the businessman H. arrested at Bordeaux airport?"
    )
    assert answer.abstained


def test_a_party_named_by_initials_in_a_premise_is_still_the_one_asked_about(
    bundled_assistant: Assistant,
) -> None:
    """ "Q.J. … had worked in the grain sector. In which city was it based?": the sentence
    giving a city must be about Q.J., not a scam hub's city from a news report."""
    answer = bundled_assistant.ask(
        "Q.J., refused to China by the Swedish Supreme Court, worked in the state grain sector. "
        "Which enterprise employed him, and in which city was it based?"
    )
    assert answer.abstained
    # … while a premise naming someone else's case is checked against its own quote
    answer = bundled_assistant.ask(
        "Cambodia handed Chen Zhi to China. Since what year have Chinese police had a joint "
        "office with their Cambodian counterparts?"
    )
    assert not answer.abstained and "2019" in answer.answer


def test_a_month_is_the_same_word_in_every_language() -> None:
    from app.answering import _term_overlap
    from app.answertypes import months_named

    assert months_named("tra luglio e ottobre 2011") == {7, 10}
    assert months_named("under perioden juli-oktober 2011") == {7, 10}
    assert months_named("2011年7月至10月") == {7, 10}
    assert months_named("Article 3 may be invoked") == set()
    question = "Quale importo riguardava la condotta collocata tra luglio e ottobre 2011?"
    sentences = [
        "a) förskingring av cirka 57 miljoner yuan under perioden juni-oktober 2011,",
        "d) förskingring av cirka 55 miljoner yuan under perioden juli-oktober 2011, och",
    ]
    plain = _term_overlap(question, sentences)
    assert plain[0] == plain[1]  # no word in common but the year
    with_months = _term_overlap(question, sentences, months=True)
    assert with_months[1] > with_months[0]


def test_the_sentence_stating_a_count_names_what_the_question_counts(bundled_assistant: Assistant) -> None:
    """ICIJ gives how many of the "100 Top Red Notice" targets China says it brought back, not
    from which countries: a count of them is no count of those from the United States."""
    answer = bundled_assistant.ask(_FROM_THE_US)
    assert answer.abstained and "United States" in answer.answer
    answer = bundled_assistant.ask(
        "How many of its 100 Top Red Notice targets does China say it has repatriated?"
    )
    assert not answer.abstained and "62" in answer.answer


def test_the_check_on_the_counts_sentence_can_be_turned_off(bundled_settings: Settings) -> None:
    assistant = Assistant.load(bundled_settings.replace(value_names=False), build=False)
    answer = assistant.ask(_FROM_THE_US)
    assert not answer.abstained  # the paragraph names the U.S. elsewhere: quoted, as before


_FROM_THE_US = "Of the 62 'Top Red Notice' targets China repatriated, how many came from the United States?"


def test_english_names_a_country_in_institution_words_too() -> None:
    from app.countries import english_plain_named

    question = "How many of them came from the United States, and how many from the UK?"
    assert english_plain_named(question) == ("US", "GB")
    assert english_plain_named("What did the United Nations Committee decide?") == ()
    counted = "It also says they have repatriated 62 of the targets."
    assert not check_anchors(question, [counted], passages=[counted]).answerable
    both = "Of them, 40 came from the U.S. and two from Britain."
    assert check_anchors(question, [both], passages=[both]).answerable
    # as written: "the US" names it, "help us" does not
    assert check_anchors("Who indicted him in the United States?", ["indicted in the US"]).answerable
    assert not check_anchors("Who indicted him in the United States?", ["let us indict him"]).answerable


def test_a_count_counts_what_the_question_counts() -> None:
    """'Of the 105 victims, how many were Uyghurs?' is not answered by '23 countries'; a
    count of something the lexicon does not know is given the benefit of the doubt."""
    from app.counted import asked_kinds, counted_kind

    assert asked_kinds("How many of those deleted notices had been requested by China?") == {"notice"}
    assert asked_kinds("How many Fuzhou-run overseas police stations were there?") == {"facility"}
    assert asked_kinds("De las 105 víctimas entrevistadas, ¿cuántas eran uigures?") == {"person"}
    assert asked_kinds("Quante persone sono state convinte a rientrare?") == {"person"}
    assert asked_kinds("该工作组共有多少名成员？") == {"person"}
    # leaders and judges are people: "as one article puts it" counts none of them
    leaders = "Dei 135 dirigenti di comunità di Qingtian, quanti operano in Italia?"
    assert asked_kinds(leaders) == {"person"}
    assert not has_type("or as one article puts it: “extending the service”", "number", leaders)
    assert asked_kinds("该案有多少名法官参与审理？") == {"person"}
    assert asked_kinds("How many returns had Sky Net claimed?") == frozenset()
    text = "interviews with 105 victims in 23 countries, and eight of China’s red notice targets"
    assert counted_kind(text, text.index("23") + 2) == "place"
    assert counted_kind(text, text.index("eight") + 5) == "person"  # targets, not notices
    question = "De las 105 víctimas entrevistadas por ICIJ, ¿cuántas eran uigures?"
    assert not has_type("It interviewed 105 victims in 23 countries.", "number", question)
    assert has_type("Of them, 40 were Uyghurs.", "number", question)
    assert has_type("Of them, about 40 came forward.", "number", question)  # unknown: not refused


def test_a_percentage_is_a_share_not_a_count() -> None:
    question = (
        "ICIJ says China paid $13.7 million into Interpol in 2024. What percentage of the budget was that?"
    )
    assert expected_type(question) == "percentage"  # not the premise's sum
    assert expected_type("¿En qué porcentaje han aumentado las solicitudes?") == "percentage"
    assert not has_type("China paid $13.7 million in 2024.", "percentage", question)
    assert has_type("China's dues were 9.1% of the budget in 2024.", "percentage", question)
    # a share is not a growth rate; a growth asked about is
    assert not has_type("Complaints have surged a whopping 350% in the last decade.", "percentage", question)
    grew = "¿En qué porcentaje han aumentado las solicitudes?"
    assert has_type("Complaints have surged a whopping 350% in the last decade.", "percentage", grew)
    assert has_type("Cases have fallen by 86.2 per cent since 2013.", "percentage", grew)
    # … and a share answers no "how many"
    assert not has_type(
        "Complaints have surged 350% in a decade.", "number", "How many complaints were filed?"
    )


def test_question_cues_for_a_country_a_date_and_a_term() -> None:
    assert expected_type("Which member country's National Central Bureau published the notice?") == "country"
    assert expected_type("Which members of the Commission sat?") == "person"
    assert expected_type("Was Mr Kim surrendered to China, and if so when?") == "date"
    assert expected_type("What range of imprisonment did he face under Article 266?") == "penalty"


def test_hong_kong_and_macao_by_their_short_names() -> None:
    from app.countries import country_anchors

    assert country_anchors("澳门终审法院是否拒绝过移交？", "zh") == ("MO",)
    assert country_anchors("香港政府请求引渡的案件", "zh") == ("HK",)
    hong_kong = "Statuant sur le pourvoi, dans la procédure d'extradition suivie à la demande de Hong-Kong"
    question = "La chambre criminelle a-t-elle statué sur l'extradition vers Hong-Kong ?"
    assert check_anchors(question, [hong_kong], document_languages=["fr"], passages=[hong_kong]).answerable


def test_a_court_the_corpus_lacks_named_in_chinese_is_not_answered(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("澳门终审法院是否曾以当事人可能得不到公正审判为由拒绝向内地移交逃犯？")
    assert answer.abstained and "Macao" in answer.answer
    answer = bundled_assistant.ask("香港政府请求法国引渡的案件中，法国最高法院刑事庭的判决是哪一天作出的？")
    assert not answer.abstained


def test_a_share_the_corpus_does_not_give_is_not_answered(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "ICIJ says China paid $13.7 million into Interpol in 2024. What percentage of Interpol's total budget was that?"
    )
    assert answer.abstained and "percentage" in answer.answer
    answer = bundled_assistant.ask(
        "By what percentage have complaints for correction or deletion of INTERPOL data grown in the last decade?"
    )
    assert not answer.abstained and "350%" in answer.answer


def test_a_partial_judgments_case_is_answered_from_its_complete_summary(bundled_assistant: Assistant) -> None:
    """A.L. (X.W.) v. Russia: the corpus holds the judgment's opening only, and the legal
    summary with its outcome; a question about why the Court concluded is answered from it."""
    answer = bundled_assistant.ask(
        "In A.L. (X.W.) v. Russia, what did the Russian court fail to do that led the Court to find "
        "that expelling him to China would breach Article 2?"
    )
    assert not answer.abstained and "death penalty" in answer.answer


def test_an_italian_court_list_names_its_judges_surname_first() -> None:
    from app.answertypes import values_of
    from app.events import roles_in

    assert values_of("Dott. DE AMICIS Gaetano - Consigliere", "person") == ["Dott. DE AMICIS Gaetano"]
    assert values_of("Dott. DI NICOLA T. Paola - Consigliere", "person") == ["Dott. DI NICOLA T. Paola"]
    question = "Oltre alla presidente Calvanese, da quali altri consiglieri era composto il collegio?"
    assert expected_type(question) == "person"
    assert "judge" in roles_in("Dott. DE AMICIS Gaetano - Consigliere")
    assert expected_type("瑞典最高法院的裁决中，担任报告法官的是哪一位大法官？") == "person"
    # who dissented is asked of the vote (test_who_dissented_is_asked_of_the_vote_not_of_the_bench)
    assert expected_type("瑞典最高法院的裁决中，提出异议意见的是哪一位大法官？") == "vote"


def test_the_judges_of_a_cassation_bench_are_quoted(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "Cass. pen., Sez. VI, n. 21125/2023: oltre alla presidente Calvanese e al relatore Di Geronimo, "
        "da quali altri consiglieri era composto il collegio?"
    )
    assert not answer.abstained and "DE AMICIS Gaetano" in answer.answer


def test_which_court_asks_for_a_court_the_question_does_not_name() -> None:
    from app.answertypes import lead_type, values_of
    from app.questionparts import question_parts

    for question in (
        "Which court rejected China's request to extradite H.?",
        "In which U.S. federal court was Chen Zhi indicted?",
        "Quelle juridiction a rejeté la demande d'extradition ?",
        "Quale Corte d'appello aveva emesso la sentenza impugnata?",
        "¿Ante qué juzgado central de instrucción se tramitó?",
        "Hangi mahkeme iadeyi reddetti?",
        "哪个法院拒绝了引渡请求？",
    ):
        assert expected_type(question) == "court", question
    # a court named in passing asks for something else
    assert expected_type("What order did the Court of Appeal make on costs?") != "court"
    assert expected_type("Which court's ruling did the CCF rely on?") is None
    question = "Which Chinese court handed down the death sentences over the Kokang operation?"
    assert not has_type("A Chinese court sentenced 11 people to death.", "court", question)
    assert not has_type("The application was lodged with the Court on 3 May.", "court", question)
    assert has_type("The Intermediate People's Court of Wenzhou sentenced them.", "court", question)
    assert has_type("In July 2021, the Bordeaux Court of Appeal rejected the request.", "court", question)
    assert values_of("dalla Corte di appello di Ancona;", "court") == ["Corte di appello di Ancona"]
    assert values_of("usnesením Vrchního soudu v Praze ze dne", "court") == ["Vrchního soudu v Praze"]
    # asked first, then a city: the lead names the court
    question = "Which Chinese court sentenced them, and in which city does that court sit?"
    assert lead_type(question, question_parts(question)) == "court"


def test_a_court_the_corpus_does_not_name_is_not_answered(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "In which U.S. federal court or district was Chen Zhi indicted before Cambodia extradited him to China?"
    )
    assert answer.abstained and "court" in answer.answer
    answer = bundled_assistant.ask(
        "Which court rejected China's request to extradite the businessman H. arrested in Bordeaux?"
    )
    assert not answer.abstained and "Bordeaux Court of Appeal" in answer.answer


def test_a_day_asked_in_a_month_is_a_day_of_that_month() -> None:
    from app.answertypes import about_another_month

    question = "On what day in November 2016 did the Slovak Supreme Court hold his extradition inadmissible?"
    assert about_another_month("The applications were lodged on 22 September 2016.", question)
    assert not about_another_month("On 29 November 2016 the Supreme Court held it inadmissible.", question)
    assert about_another_month("karar 3/3/2019 tarihinde verildi", "Kasım ayının hangi günü karar verildi?")
    # a question naming no month, or a day itself, is not checked
    assert not about_another_month("lodged on 22 September 2016", "On what date did the Court rule?")
    assert not about_another_month("lodged on 22 September 2016", "What happened on 3 November 2016?")


def test_a_paragraph_number_counts_nothing_and_a_time_limit_is_a_term() -> None:
    from app.counted import asked_kinds

    question = "Combien de demandes de suppression la CCF a-t-elle reçues en 2023 ?"
    assert not has_type("1. On [date], Mr Aaa BBB lodged a request for the deletion.", "number", question)
    assert has_type("In 2023 it received 1,200 requests.", "number", question)
    assert asked_kinds(
        "Of the roughly 4,100 cross-border criminal syndicates broken up, how many were Chinese?"
    ) == {"organisation"}
    assert expected_type("Dans quel délai la notice doit-elle être supprimée ?") == "duration"
    assert expected_type("Within what time limit must INTERPOL delete the notice?") == "duration"


def test_an_expiry_date_is_not_another_events_date() -> None:
    from app.events import same_event

    question = "Vizesinin süresi hangi tarihte doldu?"
    assert not same_event(question, "Başvurucu 4/1/2018 tarihinde ikamet izni başvurusunda bulundu.", "")
    assert same_event(question, "Vizesinin süresi 1/1/2017 tarihinde doldu.", "Vizesinin süresi doldu.")


def test_which_bureau_prison_or_firm_asks_for_an_institution_by_its_kind() -> None:
    from app.institutions import kinds_asked

    for question, kinds in (
        ("In which Chinese prison would Hung Tao Liu have been held?", ["prison"]),
        ("在X.Q.L.案中，是中国哪个公安局的人员搜查了她的住所？", ["organisation"]),
        (
            "Quel cabinet d'avocats ou quelle association représentait la plaignante ?",
            ["firm", "association"],
        ),
        ("Hangi hukuk bürosu başvurucuyu temsil etti?", ["firm"]),
        ("¿Qué órgano de INTERPOL decide sobre las solicitudes?", ["organisation"]),
        ("按照国际刑警组织章程，哪一个机构拥有最高权力？", ["organisation"]),
        ("In quale carcere italiano è stata detenuta?", ["prison"]),
        ("Paris'teki istasyonu hangi hemşehri derneği işletiyor?", ["association"]),  # dernek → derneği
        # Turkish adjectives come first: the province's bureau is asked for, not the province
        ("Görevliler hangi il devlet güvenlik bürosuna bağlıydı?", ["organisation"]),
        ("Which province's public security bureau searched her home?", ["organisation"]),
    ):
        assert expected_type(question) == "institution", question
        assert kinds_asked(question) == kinds, question
    # not a question for an institution: what a body said, what kind of body, a day
    for question in (
        "What did the association say about the red notice?",
        "What kind of body reviews the files?",
        "In the Liu v. Poland case, how seriously had the judges engaged with what international bodies had reported?",
        "2019年哪一天向委员会提出申请？",
        "¿Qué argumentos dieron las autoridades búlgaras?",
    ):
        assert expected_type(question) != "institution", question


def test_an_institution_is_named_beside_the_word_of_its_kind() -> None:
    question = "According to the ECtHR in Liu v. Poland, in which Chinese prison would Liu have been held?"
    assert not has_type("He would be placed within the Chinese penitentiary system.", "institution", question)
    assert not has_type(
        "Mr Liu was detained in Poland after Interpol published a notice.", "institution", question
    )
    assert has_type("He would be held in Qincheng Prison near Beijing.", "institution", question)
    question = "In X.Q.L. v. Australia, which public security bureau searched her home?"
    officials = "In 2008, three officials of the Fengman Public Security Bureau came to her home."
    assert has_type(officials, "institution", question)
    assert not has_type("Three officials came to her home and searched it.", "institution", question)
    # the body the question names in French is no association that represented her
    question = "Devant le Comité contre la torture, quelle association représentait la plaignante ?"
    assert not has_type(
        "Decision adopted by the Committee against Torture under article 22", "institution", question
    )
    assert has_type(
        "The complainant was represented by the Balmain Refugee Association.", "institution", question
    )
    # a body whose name is all generic words is named all the same
    question = "Which body of INTERPOL holds supreme authority?"
    assert has_type("The General Assembly shall be the body of supreme authority.", "institution", question)
    # "Polish" is no Swedish or Turkish "polis": a notice to a government names no police
    question = "在Liu诉波兰案中，国际逮捕令是由中国哪个机关签发的？"
    notice = 'the decision to give notice to the Polish Government ("the Government") of the complaints'
    assert not has_type(notice, "institution", question)
    assert has_type("Gripen greps av Stockholms polis i maj.", "institution", question)
    # nor is "accompanied" a company, nor "confirmed" a firm
    question = "Which company employed Mr Wang in Shenzhen?"
    assert not has_type(
        "He was accompanied by Mr Li, as Wang confirmed in Shenzhen.", "institution", question
    )
    assert has_type("He worked for the Huawei company in Shenzhen.", "institution", question)


def test_an_institution_the_corpus_does_not_name_is_not_answered(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "According to the ECtHR in Liu v. Poland, in which Chinese prison or detention centre would "
        "Hung Tao Liu have been held had Poland surrendered him?"
    )
    assert answer.abstained and "institution" in answer.answer
    answer = bundled_assistant.ask("按照国际刑警组织章程，组织内部哪一个机构拥有最高权力？")
    assert not answer.abstained and "General Assembly" in answer.answer
    # a headnote's clauses open with capitals, and a prosecution is no prosecutor's office
    question = "在Liu诉波兰案中，国际逮捕令是由中国哪个机关签发的？"
    common = bundled_assistant.index.ordinary_word
    headnote = (
        "Applicant's allegations not duly examined by the domestic authorities - Considerable weight "
        "attached to credible and consistent allegations"
    )
    assert not has_type(headnote, "institution", question, common)
    prosecution = "Unlawful detention not guaranteeing the pursuing of his prosecution in another State"
    assert not has_type(prosecution, "institution", question, common)
    assert has_type("Ordered by the Zhengzhou Public Security Bureau.", "institution", question, common)
    # the Polish Government is no authority of China's
    answer = bundled_assistant.ask("在Liu诉波兰案中，导致他在波兰被捕的国际逮捕令是由中国哪个机关签发的？")
    assert answer.abstained, answer.answer


def test_the_day_of_a_surrender_the_corpus_does_not_record_is_not_answered(
    bundled_assistant: Assistant,
) -> None:
    question = (
        "Following the Supreme Court's 2022 judgment in Minister of Justice v Kim (No 2), on which date "
        "was Kyung Yup Kim handed over to the Chinese authorities?"
    )
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.answer
    answer = bundled_assistant.ask(
        "On what date did the Supreme Court give judgment in Minister of Justice v Kim (No 2)?"
    )
    assert not answer.abstained and "13 April 2022" in answer.answer


def test_a_court_of_some_nationality_names_no_court() -> None:
    question = "Abdulkadir Yapçan'ın iadesini 2019'da hangi ağır ceza mahkemesi reddetti?"
    assert expected_type(question) == "court"
    assert not has_type(
        "A Turkish court rejected a Chinese request to extradite Yapchan in 2019.", "court", question
    )
    assert has_type("The Istanbul 14th High Criminal Court rejected the request in 2019.", "court", question)
    # where it sits names it enough; the definite "the Turkish court" refers to one named before
    assert has_type("In 2019 a court in Istanbul rejected the request.", "court", question)
    assert has_type("The Turkish court rejected the request.", "court", question)


def test_a_sum_asked_in_other_languages_is_an_amount() -> None:
    for question in (
        "Nel caso A.L. (X.W.) c. Russia, quale somma ha liquidato la Corte?",
        "¿Qué suma concedió el Tribunal al demandante?",
        "中方指控的贪污行为合计金额约为多少元人民币？",
        "Mahkeme kaç avro tazminat verdi?",
        "2022年全年共拦截了多少诈骗资金？",
    ):
        assert expected_type(question) == "amount", question


def test_a_footnote_mark_or_a_dates_day_counts_nothing() -> None:
    question = "How many suspects did police arrest in 2021?"
    for sentence in (
        "The campaign had effectively curbed the growth of online fraud crimes.54",
        "China Daily reported that the number had “significantly decreased”55.",
        "On 22 January 2022, Liu Rongyan announced the campaign.",
        "Judgment: 13 April 2022",
    ):
        assert not has_type(sentence, "number", question), sentence
    assert has_type("Police arrested 634,000 suspects in 2021.54", "number", question)
    # a count in words in the judgments' languages
    acts = "How many acts was Q.J. suspected of?"
    assert has_type("Härav framgår att Q.J. är misstänkt för fem olika gärningar:", "number", acts)


def test_a_number_naming_an_article_a_case_or_a_house_counts_nothing() -> None:
    question = "How many people did China ask Spain to extradite?"
    for sentence in (
        "The applicant complained that his extradition would violate Article 3 and Article 6 § 1.",
        "the application (no. 37610/18) against the Republic of Poland",
        "actuó en el centro de operaciones de la calle Cantos Negros núm. 7 de Madrid",
        "Mediante nota verbal núm. 3-17 de la Embajada",
        "Inadmite a trámite el recurso de amparo 2320-2018.",
        "under s 30 of the Extradition Act 1999",
        "and complaints”.44",
        "CCF在第14 (2018)号决定中",
    ):
        assert not has_type(sentence, "number", question), sentence
    for sentence in ("China's 11 officers at Interpol", "3-4 people were arrested", "detained for 21 months"):
        assert has_type(sentence, "number", question), sentence
    assert lead_type("他在波兰被羁押的时间一共有多长？", ["他在波兰被羁押的时间一共有多长？"]) == "duration"


def test_an_instruments_article_the_corpus_lacks_is_not_answered_from_another_instruments(
    bundled_assistant: Assistant,
) -> None:
    """The European Convention on Extradition is held up to Article 2: INTERPOL's page on
    Article 3 of its own Constitution says nothing of the Convention's Article 3."""
    answer = bundled_assistant.ask(
        "Che cosa prevede l'art. 3 della Convenzione europea di estradizione del 1957 in materia di reati politici?"
    )
    assert answer.abstained and "without the article" in answer.answer


def test_turkish_letters_and_case_endings_in_names() -> None:
    # a name whole with its Turkish letters, and a case ending closes it
    assert name_anchors("Anayasa Mahkemesi, Abulıkemu Helili kararında ne dedi?")[-1] == (
        "Abulıkemu",
        "Helili",
    )
    assert ("İstanbul'daki",) in name_anchors("Acaba İstanbul'daki Fuzhou polis istasyonu nerede?")
    assert expected_type("Yapçan'ın iadesini reddeden Türk mahkemesi hangisiydi?") == "court"


def test_a_city_named_with_a_turkish_capital_is_sought_in_english(bundled_assistant: Assistant) -> None:
    """ "İstanbul" is the English documents' "Istanbul": the passage about Paris's station
    does not answer for Istanbul's; "İnternet" is no name to find ("internet" is a word)."""
    answer = bundled_assistant.ask("İstanbul'daki Fuzhou polis istasyonunu hangi dernek işletiyor?")
    assert answer.abstained and "Istanbul" in answer.answer
    index = bundled_assistant.retriever.index
    assert index.name_languages("Internet") == frozenset()
    assert index.name_languages("Bordeaux") == {"en"}


def test_a_full_name_is_the_initials_an_anonymised_ruling_gives() -> None:
    question = (
        "How much money was Qiao Jianjun accused of embezzling, according to the Swedish Supreme Court?"
    )
    ruling = "utlämning till kina av q.j. förskingring av cirka 3 miljoner yuan"
    assert check_anchors(question, [ruling], passages=[ruling], any_name=True).answerable
    assert not check_anchors(question, ["utlämning av h.k."], passages=["utlämning av h.k."]).answerable


def test_a_turkish_capital_i_is_the_same_letter_as_the_questions() -> None:
    """ "İstanbul" lower-cases to "i̇stanbul", with a combining dot."""
    question = "When did Helili apply to the Istanbul migration office for a residence permit?"
    ruling = "Başvurucu İstanbul İl Göç İdaresine ikamet izni başvurusunda bulundu."
    assert check_anchors(question, [ruling], passages=[ruling], any_name=True).answerable


def test_a_reports_figure_is_of_what_its_sentence_names(bundled_assistant: Assistant) -> None:
    """ICIJ gives the number of red notices all members had published in 2023, not China's:
    the report's title ("China's use of INTERPOL red notices") does not make it China's."""
    answer = bundled_assistant.ask(
        "How many new red notices did Interpol publish at China's request in 2023?"
    )
    assert answer.abstained
    answer = bundled_assistant.ask("How many red notices did Interpol publish in 2023, according to ICIJ?")
    assert not answer.abstained and "12,260" in answer.answer


def test_a_country_named_only_in_a_list_is_not_what_a_count_is_about() -> None:
    from app.countries import country_anchors, listed_only

    passage = "China warned its citizens against nine countries, Cambodia, Turkey and Malaysia among them."
    assert listed_only("TR", passage) and not listed_only("TR", passage + " Turkey returned 300.")
    assert not listed_only("TR", "Turkey and Italy")  # two are no list
    assert country_anchors("Come si sono pronunciati i giudici albanesi?", "it") == ("AL",)
    assert country_anchors("les juges albanais", "fr") == ("AL",)

    def in_passage(word: str) -> frozenset[str]:  # the English words the passage holds
        return frozenset({"en"}) if word.lower() in passage.lower() else frozenset()

    english = {"document_languages": ["en"], "word_languages": in_passage}
    question = "Quanti cittadini cinesi sono stati persuasi a rientrare dalla Turchia?"
    counted = passage + " In all, 230,000 were persuaded to return."
    assert not check_anchors(question, [counted], passages=[counted], **english).answerable  # type: ignore[arg-type]
    # a question asking something else of the country may be answered where the list names it
    question = "La Turchia è tra i paesi contro cui la Cina ha messo in guardia i suoi cittadini?"
    assert check_anchors(question, [passage], passages=[passage], **english).answerable  # type: ignore[arg-type]


def test_a_court_of_a_country_the_corpus_names_in_a_list_only_is_not_answered(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask(
        "马来西亚法院是否曾以存在政治迫害风险为由，拒绝将维吾尔人引渡至中国？是哪一起案件？"
    )
    assert answer.abstained and "Malaysia" in answer.answer


def test_a_sessions_span_of_days_is_no_day_a_decision_was_taken() -> None:
    """The CCF's decisions give the session's days and redact the day of deliberation."""
    question = "On what exact date did the CCF Requests Chamber deliberate on Decision No. 10 of 2018?"
    assert not has_type("(104th session, 23 to 27 April 2018)", "day", question)
    assert not has_type("(105th session, 3–5 July 2018)", "day", question)
    assert has_type("The Commission deliberated on 25 April 2018.", "day", question)


def test_a_value_asked_of_a_partial_case_is_not_taken_from_another(bundled_assistant: Assistant) -> None:
    """CCF Decision No. 17 (2018) is held up to its tags and bench: the requesting country
    is in the part the corpus lacks, whatever country another ruling's death-penalty
    passage names."""
    answer = bundled_assistant.ask(
        "CCF Decision No. 17 (2018) is tagged 'right to life'. Which country had the red notice issued, "
        "and did the applicant face the death penalty there?"
    )
    assert answer.abstained and "only part of" in answer.answer
    answer = bundled_assistant.ask(
        "In CCF Decision No. 18 (2018), why did one member of the Commission not take part in the decision?"
    )
    assert not answer.abstained and answer.citations[0].doc_id == "ccf-2018-18"


def test_a_court_of_a_country_is_in_a_passage_naming_a_court_and_that_country() -> None:
    from app.answerability import court_countries

    assert court_countries(
        "Le Tribunal fédéral suisse a-t-il déjà refusé une extradition vers la Chine ?", "fr"
    ) == {"CH"}
    assert court_countries("Has a Malaysian court ever refused to extradite Uyghurs to China?", "en") == {
        "MY"
    }
    assert court_countries("泰国法院是否审查过遣返决定？", "zh") == {"TH"}
    assert court_countries("Au cours de la procédure en France, quand a-t-il été arrêté ?", "fr") == set()
    # a country the question names for another reason is not the court's
    for question, language, court in (
        ("X.W.主张被驱逐至中国将使其面临死刑，俄罗斯法院为何驳回这一主张？", "zh", {"RU"}),
        (
            "What became of the decision to surrender Kim to the PRC — first in the Court of Appeal?",
            "en",
            set(),
        ),
        ("¿Qué temores sobre su vuelta a China consideró el Tribunal lo bastante serios?", "es", set()),
        ("İsveç Yüksek Mahkemesi, Çin'e iadeyi neden reddetti?", "tr", {"SE"}),
        ("Have the courts of Sweden refused an extradition to China?", "en", {"SE"}),
    ):
        assert court_countries(question, language) == court, question
    question = "Has a Swiss court ever refused to extradite someone to China?"
    refugee = (
        "Switzerland\nHer application for asylum in Switzerland has been rejected and she risks deportation."
    )
    swedish = "Sweden\nThe Supreme Court found impediments to extradition to China."
    english = {"document_languages": ["en"], "known_word": lambda word: True}
    verdict = check_anchors(question, [refugee, swedish], passages=[refugee, swedish], **english)  # type: ignore[arg-type]
    assert not verdict.answerable and "court of Switzerland" in verdict.reason
    swiss = "Switzerland\nThe Federal Supreme Court of Switzerland refused the extradition to China."
    assert check_anchors(question, [swiss], passages=[swiss], **english).answerable  # type: ignore[arg-type]
    # a report's paragraph naming the country in one place and another court far from it
    report = (
        "China is not on the list, according to Slovenia's Interior Ministry. "
        + "The revelation came in response to questions about a red notice case. " * 3
        + "After the Bordeaux court rejected H.'s extradition, he stayed in France."
    )
    question = "What did the Slovenian court decide in the red notice case?"
    verdict = check_anchors(question, [report], passages=[report], **english)  # type: ignore[arg-type]
    assert not verdict.answerable and "court of Slovenia" in verdict.reason
    peoples = (
        "People's Republic of China\n"
        + "The pilots were rolled out in some ten provinces of the country. " * 3
        + "They were applauded by the Supreme People’s Court on 31 January 2019."
    )
    question = "When did China's top court praise the pilots?"
    assert check_anchors(question, [peoples], passages=[peoples], **english).answerable  # type: ignore[arg-type]


def test_a_proportion_asks_for_a_percentage() -> None:
    for question in (
        "What proportion of all criminal cases in China involved scams in 2021?",
        "Quelle proportion des affaires pénales concernait des escroqueries ?",
        "Qual è la proporzione dei casi di truffa?",
        "¿Qué proporción de los casos penales eran estafas?",
        "2021年诈骗案件占全部刑事案件的比例是多少？",
    ):
        assert expected_type(question) == "percentage", question
    question = "What proportion of all criminal cases in China involved scams in 2021?"
    assert not has_type("Scams were the fastest-growing kind of crime in 2021.", "percentage", question)


def test_the_names_of_people_ask_for_persons() -> None:
    for question in (
        "What are the names of the ten other Uyghurs China accused of terrorism in 2003?",
        "Quels sont les noms des cinq requérants ouïghours ?",
        "Quali sono i nomi dei ricorrenti uiguri?",
        "¿Cuáles son los nombres de los demandantes uigures?",
        "Çin'in 2003'te suçladığı diğer 10 Uygur'un isimleri neler?",
    ):
        assert expected_type(question) == "person", question
    # why they were withheld is no name asked for
    assert expected_type("AİHM kararında başvurucuların isimleri neden açıklanmadı?") != "person"
    question = "What are the names of the ten other Uyghurs China accused with Abdulkadir Yapchan in 2003?"
    assert not has_type(
        "China first requested a red notice against Abdulkadir Yapchan in 2003, accusing him and 10 other Uyghurs.",
        "person",
        question,
    )


def test_a_name_is_given_by_a_sentence_about_what_the_question_names(bundled_assistant: Assistant) -> None:
    """The kingpins article names She Zhijiang's Yatai Group beside Chen Zhi, and never
    names Chen Zhi's group: its sentence is no answer for him."""
    answer = bundled_assistant.ask(
        "Kamboçya'dan Çin'e iade edilen ve ABD'de \"geniş bir siber dolandırıcılık imparatorluğu\"nu "
        "yönetmekle suçlanan Chen Zhi'nin başında bulunduğu şirketler grubunun adı nedir?"
    )
    assert answer.abstained
    answer = bundled_assistant.ask("She Zhijiang'ın kurduğu şirketler grubunun adı nedir?")
    assert not answer.abstained and "Yatai Group" in answer.answer


def test_which_six_countries_asks_for_six() -> None:
    from app.answertypes import countries_asked

    question = "According to the Slovenian Interior Ministry, which six countries are under Interpol corrective measures?"
    assert expected_type(question) == "country" and countries_asked(question) == 6
    turkish = "INTERPOL'ün düzeltici tedbir uyguladığı altı üye ülke hangileri?"
    assert expected_type(turkish) == "country" and countries_asked(turkish) == 6
    for other in (
        "受国际刑警组织纠正措施约束的六个国家分别是哪些？",
        "哪六个国家受到纠正措施？",
        "Quels sont les six pays soumis à des mesures correctives ?",
        "¿Cuáles son los seis países sometidos a medidas correctivas?",
        # "member states", and "哪几个" (which ones) is no "how many"
        "目前正受到纠正措施的六个成员国分别是哪几个？",
    ):
        assert expected_type(other) == "country" and countries_asked(other) == 6, other
    assert expected_type("哪几个国家拒绝了引渡？") == "country"
    assert expected_type("有几个国家拒绝了引渡？") == "number"
    two = "China is not on Interpol's list of six countries under corrective measures, Slovenia's ministry said."
    assert not has_type(two, "country", question)
    six = "They are Russia, Syria, Iran, Belarus, Venezuela and Nicaragua."
    assert has_type(six, "country", question)
    assert has_type(two, "country", "Which country's ministry gave the list?")


def test_the_name_of_a_firm_or_unit_asks_for_an_institution() -> None:
    for question in (
        "What was the name of the security company in which Sun Lijun asked H. to invest?",
        "What was the online lending firm that Z. chaired called?",
        "公安部设立的负责国际合作的专门机构叫什么名称？",
        "Come si chiama la società tecnologica statunitense di cui Tang Hao è azionista?",
        "Bakanlığın kurduğu bu birimin resmi adı nedir?",  # its official name
    ):
        assert expected_type(question) == "institution", question
    assert expected_type("What is the name of the businessman arrested in Bordeaux?") == "name"
    # a U.S. company, or TikTok the question names, is no firm named
    question = "Come si chiama la società statunitense, candidata all'acquisizione di TikTok, di cui Tang Hao è azionista?"
    text = "Tang Hao, a major shareholder of a U.S. tech company bidding to acquire the popular Chinese app TikTok."
    assert not has_type(text, "institution", question)
    assert has_type("Tang Hao is a major shareholder of the tech company Triller.", "institution", question)


def test_whether_a_decision_was_unanimous_asks_for_a_vote(bundled_assistant: Assistant) -> None:
    for question in (
        "Was the Grand Chamber's judgment unanimous?",
        "Anayasa Mahkemesi kararını oybirliğiyle mi verdi?",
        "五位大法官是否意见一致？",
        "La Cour a-t-elle statué à l'unanimité ?",
    ):
        assert expected_type(question) == "vote", question
    # the majority's reasons are no vote
    assert expected_type("Which judge wrote the majority's reasons?") != "vote"
    question = "Was the Grand Chamber's judgment unanimous?"
    assert has_type("The Court held unanimously that there had been a violation.", "vote", question)
    assert has_type("Judge X expressed a dissenting opinion.", "vote", question)
    assert not has_type("The Court held that there had been a violation of Article 3.", "vote", question)
    # the corpus records no ruling's vote
    answer = bundled_assistant.ask(
        "Did the Swedish Supreme Court decide the Q.J. extradition case unanimously?"
    )
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "Which judge of the Fifth Section attached a dissenting opinion to M.A. and Others v. Bulgaria?",
        "¿Qué magistrada firmó el voto particular al Auto 10/2019 y qué sostenía en él?",
        "Quel juge a joint une opinion dissidente à l'arrêt Liu c. Pologne ?",
        "Helili kararında karşı oy yazan üye kimdi?",
        "西班牙宪法法院2019年第10号裁定所附的反对意见是哪位大法官提出的？",
    ],
)
def test_who_dissented_is_asked_of_the_vote_not_of_the_bench(
    bundled_assistant: Assistant, question: str
) -> None:
    # a ruling's heading names its judges; none of its passages speaks of a dissent
    assert expected_type(question) == "vote"
    answer = bundled_assistant.ask(question)
    assert answer.abstained and "vote" in answer.answer


def test_the_penalties_a_code_provides_are_asked_for_as_penalties(bundled_assistant: Assistant) -> None:
    for question in (
        "What maximum penalties do Articles 382 and 384 of the Chinese Criminal Law provide?",
        "Quali pene massime prevedono gli articoli 382 e 384 del codice penale cinese?",
        "Quelles peines encourt-il selon le code pénal chinois ?",
        "¿Qué penas prevé el artículo 382 del código penal chino?",
    ):
        assert expected_type(question) == "penalty", question
    # the Swedish ruling cites the articles; no passage states what they punish with
    answer = bundled_assistant.ask(
        "Caso Qiao Jianjun (Svezia, 2019): quali pene massime prevedono gli articoli 382 e 384 "
        "del codice penale cinese richiamati nella domanda di estradizione?"
    )
    assert answer.abstained


def test_what_an_instrument_provides_is_not_answered_from_its_publication_decree(
    bundled_assistant: Assistant,
) -> None:
    """The corpus holds the France–China treaty's publication decree, not its articles (its
    completeness note says so): what the treaty provides is not in the corpus, while when it
    was published or ratified is."""
    index = bundled_assistant.retriever.index
    assert index.documents["fr-decret-2015-1216-traite-extradition-france-chine"].articles_missing
    assert not index.documents["treaty-european-convention-extradition-1957"].articles_missing
    answer = bundled_assistant.ask(
        "What does the France–China extradition treaty provide about refusing extradition for political offences?"
    )
    assert answer.abstained and "only part of" in answer.answer
    answer = bundled_assistant.ask(
        "Par quel décret le traité d'extradition franco-chinois a-t-il été publié ?"
    )
    assert not answer.abstained
    assert answer.citations[0].doc_id == "fr-decret-2015-1216-traite-extradition-france-chine"


def test_a_case_against_a_state_is_one_whose_title_names_it(bundled_assistant: Assistant) -> None:
    """The corpus holds no ruling against Albania, which ICIJ names only in a list of
    countries arresting on red notices; M.A. and Others v. Bulgaria is not that ruling."""
    from app.answerability import respondent_countries

    for question, language, states in (
        ("What did the Court hold in its judgment against Albania?", "en", {"AL"}),
        ("In Liu v. Poland, what did the Court find?", "en", {"PL"}),
        ("A.D. ve Diğerleri - Türkiye davasında ne karar verildi?", "tr", {"TR"}),
        ("在D.Z.诉瑞士案中，申诉人的庇护申请结果如何？", "zh", {"CH"}),
        ("Qu'a jugé la Cour dans l'arrêt rendu contre la Bulgarie ?", "fr", {"BG"}),
        ("Cosa ha deciso la sentenza della Corte EDU contro l'Albania?", "it", {"AL"}),
        ("Minister of Justice v Kim (No 2): what orders?", "en", set()),
        ("Why was the extradition request against a Swedish resident refused?", "en", set()),
        # the case asked for is no anchor
        (
            "In A.L. (X.W.) v. Russia, which judgment against the United Kingdom did the Court cite?",
            "en",
            {"RU"},
        ),
    ):
        assert respondent_countries(question, language) == states, question
    answer = bundled_assistant.ask(
        "What did the European Court of Human Rights hold in its judgment against Albania about "
        "arresting a Chinese national solely on the basis of a red notice?"
    )
    assert answer.abstained and "against Albania" in answer.answer
    answer = bundled_assistant.ask(
        "What did the European Court of Human Rights hold in its judgment against Bulgaria about the "
        "expulsion of the Uighur applicants to China?"
    )
    assert not answer.abstained and "bulgaria" in answer.citations[0].doc_id


def test_a_countrys_adjective_is_named_by_its_capital(bundled_assistant: Assistant) -> None:
    """ICIJ calls Ben Keith "a London-based human rights lawyer": the British lawyer a
    question paraphrases him as."""
    question = "How did a British human rights lawyer describe the opacity of INTERPOL's procedures?"
    assert check_anchors(question, ["A London-based human rights lawyer called it a black box."]).answerable
    assert not check_anchors(
        question, ["A Paris-based human rights lawyer called it a black box."]
    ).answerable
    answer = bundled_assistant.ask(
        "What image did a British human rights lawyer who acts for many Chinese nationals use to "
        "describe how opaque INTERPOL's procedures are?"
    )
    assert not answer.abstained and "black box" in answer.answer


def test_a_sum_paid_to_interpol_is_stated_by_a_sentence_naming_interpol(bundled_assistant: Assistant) -> None:
    """ICIJ gives China's contribution for 2024 only; in 2023 its officers paid an informer
    $100,000, which is no sum paid to INTERPOL."""
    answer = bundled_assistant.ask("2023年中国向国际刑警组织缴纳的会费是多少？")
    assert answer.abstained
    answer = bundled_assistant.ask("按照ICIJ的数据，中国2024年向国际刑警组织出资多少？")
    assert not answer.abstained and "13.7 million" in answer.answer
    handed = "缅甸向中国交付了多少名嫌疑人？"  # 交付 (handed over) is no payment
    assert lead_type(handed, [handed]) != "amount"
    assert lead_type("美国的出资额又是多少？", ["美国的出资额又是多少？"]) == "amount"


def test_the_role_asked_for_is_in_the_sentence_asking() -> None:
    """A premise naming the minister does not make "who challenged the rulings?" ask for one."""
    from app.questionparts import asked_sentences

    assert (
        asked_sentences(
            "El Tribunal Supremo desestimó la propuesta de la ministra sobre L. W.-K. "
            "¿Fueron esas resoluciones impugnadas, y por quién?"
        )
        == "¿Fueron esas resoluciones impugnadas, y por quién?"
    )
    # an abbreviation's full stop ends no sentence
    question = "¿Quién presidía la sala que rechazó la extradición de H. a China?"
    assert asked_sentences(question) == question
    assert asked_sentences("Le ministre a décidé. Qui a contesté ?") == "Qui a contesté ?"


def test_the_same_day_is_a_duration() -> None:
    question = "Combien de temps a-t-il fallu pour que la plainte soit transmise à la Commission ?"
    assert expected_type(question) == "duration"
    sentence = "a complaint addressed to the INTERPOL General Secretariat, and forwarded to the Commission on the same day."
    assert has_type(sentence, "duration", question)
    assert not has_type("a complaint addressed to the INTERPOL General Secretariat.", "duration", question)


def test_the_reasons_of_a_decision_the_corpus_holds_without_them_are_not_answered(
    bundled_assistant: Assistant,
) -> None:
    """CCF Decision No. 14 (2018) is held up to its bench: its tags say which articles, not
    why; a report's line or another decision's reasons do not stand in for them."""
    from app.answertypes import asks_reasons

    for question in (
        "What reasons did the CCF give in Decision No. 14 (2018) for finding that the red notice breached Article 2?",
        "Quels motifs la CCF a-t-elle retenus dans sa décision n° 14 (2018) pour conclure à une violation ?",
        "CCF在第14 (2018)号决定中认定该红色通缉令违反《国际刑警组织章程》第2条，理由是什么？",
        "¿Por qué motivo inadmitió el Tribunal Constitucional el recurso de amparo en el ATC 10/2019?",
        # by the applicant's full name, as the title of the Turkish ruling carries it
        "Anayasa Mahkemesi Abulıkemu Helili kararında başvurucunun sınır dışı edilmesi hakkında hangi "
        "gerekçelerle karar verdi?",
    ):
        assert asks_reasons(question), question
        answer = bundled_assistant.ask(question)
        assert answer.abstained and "without the reasons" in answer.answer, question
    # a why about anything but the decision, and "por qué delito" (for which offence)
    for question in (
        "In CCF Decision No. 18 (2018), why did one member of the Commission not take part in the decision?",
        "¿Por qué delito reclamó China la extradición de Cheng Jiun Liu según el ATC 10/2019?",
        "在CCF第18 (2018)号决定中，委员会的一名成员为何没有参与该决定？",
    ):
        assert not asks_reasons(question), question
    answer = bundled_assistant.ask(
        "In CCF Decision No. 18 (2018), why did one member of the Commission not take part in the decision?"
    )
    assert not answer.abstained
    answer = bundled_assistant.ask("Abulıkemu Helili hangi yıl doğdu?")  # the facts it holds
    assert not answer.abstained and "1990" in answer.answer


def test_a_case_is_named_by_its_neutral_citation_or_as_a_sequel() -> None:
    from app.namedcases import named_cases

    def doc(doc_id: str, title: str) -> Document:
        return Document(id=doc_id, title=title, text="", source="", sha256="")

    docs = [
        doc("kim-2021", "Minister of Justice v Kim [2021] NZSC 57 (SC 57/2019)"),
        doc("kim-2022", "Minister of Justice v Kim (No 2) [2022] NZSC 44 (SC 57/2019)"),
        doc("kim-2019", "Kim v Minister of Justice of New Zealand [2019] NZCA 209 (CA562/2017)"),
    ]
    ids = lambda q: [d.id for d in named_cases(q, docs)]  # noqa: E731
    assert ids("What orders did the Court make in Minister of Justice v Kim, [2021] NZSC 57?") == ["kim-2021"]
    assert ids("新西兰最高法院在[2022] NZSC 44案中") == ["kim-2022"]
    assert ids("Using the later Kim (No 2) judgment, on what date?") == ["kim-2022"]
    assert ids("What did the Court of Appeal hold in Kim?") == []


def test_what_a_case_held_without_its_reasons_is_not_taken_from_another_document(
    bundled_assistant: Assistant,
) -> None:
    """Kim (No 2) is held as its cover, orders and contents: what the PRC undertook in the
    assurances it considered is in its reasons, not in the Court of Appeal's summary of the
    first ones."""
    answer = bundled_assistant.ask(
        "What exactly did the PRC undertake in the two further assurances on torture considered in "
        "Minister of Justice v Kim (No 2)?"
    )
    assert answer.abstained and "without its reasons" in answer.answer
    # a question comparing several cases is not held to one of them
    answer = bundled_assistant.ask(
        "Do both the New Zealand Court of Appeal in Kim (2019) and the Czech Constitutional Court "
        "(II. ÚS 2299/19) treat Chinese diplomatic assurances as something to be assessed?"
    )
    assert "without its reasons" not in answer.answer


def test_a_city_asked_for_is_a_town_the_gazetteer_knows() -> None:
    """ "In which city" wants a town: capitalised words that are no city ("Deutsche Welle"),
    or a city in another country than the one asked about, do not answer it."""
    from app.answertypes import has_type

    question = "Yapchan Türkiye'nin hangi şehrinde yaşıyor?"
    assert not has_type("ICIJ's media partner Deutsche Welle Turkey obtained the records.", "place", question)
    assert not has_type("He was wanted by Beijing for two decades.", "place", question)
    assert has_type("He lives in İstanbul'da, near the trader's shop.", "place", question)
    chinese = "被请求引渡至中国的L. W.-K.出生在中国哪个城市？"
    assert not has_type("usnesení Městského soudu v Praze, narozeného XY v XY", "place", chinese)
    assert has_type("He was born in Dongguan, Guangdong.", "place", chinese)
    # two-word and hyphenated towns
    question = "In which city did the Executive Committee meet in 1987?"
    assert has_type("its 84th session (Saint Cloud, France, 4-6 March 1987)", "place", question)
    assert has_type("its 84th session at Saint-Cloud", "place", question)
    # a province or a place in general may be any name
    assert has_type("The prosecutors of the Xyzabc region asked.", "place", "In which region?")


def test_a_high_court_asked_about_is_the_court_of_a_cited_passage(bundled_assistant: Assistant) -> None:
    """The corpus holds no Cour de cassation ruling on H. or Tang Hao: the Bordeaux Court of
    Appeal's refusal, or the 2012 Cour de cassation ruling on a Hong Kong request, is no
    answer to what the Cour de cassation decided in their cases."""
    from app.courtranks import court_ranks

    assert court_ranks("La Cour de cassation a-t-elle confirmé le refus ?") == {"cassation", "supreme"}
    assert court_ranks("il ricorso per cassazione del sig. Liu") == frozenset()
    assert court_ranks("la Corte Suprema di Cassazione, Sezione Sesta") == {"cassation", "supreme"}
    assert court_ranks("İsveç Yüksek Mahkemesi'nin kararında") == {"supreme"}
    assert court_ranks("Anayasa Mahkemesi İçtüzüğü'nün 73. maddesi") == {"constitutional"}
    assert court_ranks("捷克宪法法院和瑞典最高法院") == {"constitutional", "supreme"}
    assert court_ranks("the Bordeaux Court of Appeal rejected the request") == frozenset()
    answer = bundled_assistant.ask(
        "Qu'a décidé la Cour de cassation sur le pourvoi formé contre l'arrêt de la cour d'appel de "
        "Bordeaux qui a refusé l'extradition de l'homme d'affaires H. vers la Chine ?"
    )
    assert answer.abstained and "cassation court" in answer.answer
    answer = bundled_assistant.ask(
        "La Cour de cassation a-t-elle confirmé le refus d'extradition vers la Chine de Tang Hao, et par "
        "quel arrêt de la chambre criminelle ?"
    )
    assert answer.abstained and "not about the case the question names" in answer.answer
    # the court's own ruling answers
    answer = bundled_assistant.ask(
        "Dans l'arrêt de la Cour de cassation du 14 février 2012, quel avis la chambre de "
        "l'instruction de Paris avait-elle émis sur l'extradition demandée par Hong Kong ?"
    )
    assert not answer.abstained and "fr-cass" in answer.citations[0].doc_id


def test_a_decision_number_written_out_names_its_case() -> None:
    """ "2023年第1号决定" and "No. 1 of 2023" are CCF Decision No. 1 (2023), as "No. 1 (2023)" is."""
    from app.namedcases import named_cases

    def doc(doc_id: str, title: str) -> Document:
        return Document(id=doc_id, title=title, text="Request concerning Aaa BBB", source="", sha256="")

    docs = [doc("ccf-2023-1", "CCF Decision No. 1 (2023)"), doc("ccf-2018-10", "CCF Decision No. 10 (2018)")]
    ids = lambda q: [d.id for d in named_cases(q, docs)]  # noqa: E731
    assert ids("国际刑警组织档案监管委员会（CCF）2023年第1号决定中，申请人的真实姓名是什么？") == [
        "ccf-2023-1"
    ]
    assert ids("CCF 2018年第10号决定所涉的蓝色通报") == ["ccf-2018-10"]
    assert ids("CCF 2018年第1号决定") == []  # not No. 10 nor No. 1 (2023)
    # the number, then the year, in words: "No. 10 of 2018", "n.º 1 de 2023", "n. 10 del 2018"
    assert ids("In CCF decision No. 10 of 2018, why was the Blue Notice deleted?") == ["ccf-2018-10"]
    assert ids("En la decisión n.º 1 de 2023 de la CCF, ¿qué se resolvió?") == ["ccf-2023-1"]
    assert ids("Nella decisione n. 10 del 2018 la CCF ha deciso?") == ["ccf-2018-10"]
    assert ids("Which of the No. 10 notices of 2018 were deleted?") == []


def test_a_role_asked_for_by_name_in_chinese_is_a_person(bundled_assistant: Assistant) -> None:
    """ "这名使馆代表叫什么名字" asks for a person holding a role, after a premise: ICIJ leaves
    the embassy's representative unnamed, and Sun Lijun, a former minister, is not him."""
    from app.answertypes import expected_type

    assert expected_type("这位使馆代表叫什么名字？") == "person"
    assert expected_type("该公司叫什么名字？") != "person"
    answer = bundled_assistant.ask(
        "H.在波尔多被捕后，中国驻法国大使馆一名代表曾三次联系波尔多检察官以“推进”引渡请求。这名使馆代表叫什么名字？"
    )
    assert answer.abstained


def test_a_chinese_question_names_foreign_places_as_the_corpus_spells_them(
    bundled_assistant: Assistant,
) -> None:
    """CC-CEDICT gives "波尔多" as Bordeaux and "科托努" as Cotonou: names pinyin cannot find,
    which the passage stating a figure must then name (Z.'s 200 days in an Italian prison
    are not H.'s in Bordeaux). A country's name is matched through CLDR instead."""
    from app.answertypes import has_type
    from app.glosses import english_names

    assert ("Bordeaux",) in english_names("商人H.在波尔多被羁押")
    assert ("Cotonou",) in english_names("他在科托努被关押")
    names = bundled_assistant.retriever.pinyin_names("商人H.在波尔多被羁押，后来去了美国和国际刑警组织")
    assert "bordeaux" in names and not {"us", "usa", "interpol"} & set(names)
    # a length of time dating one thing from another is no length of detention
    question = "赵薇前夫、商人H.因红色通缉令在波尔多被羁押了多少天？"
    assert not has_type(
        "Just a month before Ma’s call, French officers had arrested H.", "duration", question
    )
    assert has_type("Z. spent more than 200 days in an Italian prison.", "duration", question)
    assert has_type(
        "He was arrested a month before the call.", "duration", "How long before the call was he arrested?"
    )
    answer = bundled_assistant.ask(question)
    assert answer.abstained


def test_a_court_named_by_a_direction_is_unnamed_and_a_total_is_no_part(bundled_assistant: Assistant) -> None:
    """ "A court in Southern France" names no court, as "a French court" does not; the
    Swedish ruling's total, in kronor, is not the 2008 act's sum (given only in yuan)."""
    from app.answertypes import currencies_in, values_of

    assert values_of("For example, a court in Southern France recently rejected it", "court") == []
    assert values_of("a court in Bordeaux rejected it", "court") == ["court in Bordeaux"]
    assert currencies_in("İsveç kronu olarak ne kadardı?") == {"krona"}
    assert currencies_in("en couronnes suédoises") == {"krona"}
    answer = bundled_assistant.ask(
        "Çin'in Abdulkadir Yapchan hakkındaki iade talebini 2019'da siyasi amaçlı bularak reddeden Türk "
        "mahkemesi hangi ağır ceza mahkemesiydi?"
    )
    assert answer.abstained
    answer = bundled_assistant.ask(
        "İsveç Yüksek Mahkemesi'nin Qiao Jianjun kararında, zamanaşımı nedeniyle iadeye engel görülen 2008 "
        "tarihli zimmet eyleminin tutarı İsveç kronu olarak ne kadardı?"
    )
    assert answer.abstained
    # the total asked for is stated
    answer = bundled_assistant.ask(
        "In the Swedish Supreme Court's Qiao Jianjun decision (NJA 2019 s. 611), what total amount in "
        "Swedish kronor did the prosecutor give for the alleged acts?"
    )
    assert not answer.abstained and "280-290" in answer.answer


def test_a_states_formal_name_names_no_institution() -> None:
    """A question asking "哪个机关" asks for an authority; "the People's Republic of China"
    names none, even where a window around "authorities" cuts it short."""
    from app.answertypes import expected_type, has_type

    question = "导致他在波兰被捕的国际逮捕令是由中国哪个机关签发的？"
    assert expected_type(question) == "institution"
    text = "In September 2017 the Chinese authorities requested Poland to extradite him to the People’s Republic of China."
    assert not has_type(text, "institution", question)
    assert has_type(
        "The Henan Provincial People's Procuratorate authorities issued it.", "institution", question
    )


def test_a_treaty_named_by_its_parties_is_answered_from_that_treaty(bundled_assistant: Assistant) -> None:
    """The corpus holds the France–China extradition treaty's decree: it answers for that
    treaty, not for one between Italy (or Türkiye) and China."""
    from app.answerability import treaty_parties

    assert treaty_parties(
        "When did the extradition treaty between Italy and China enter into force?", "en"
    ) == (frozenset({"IT", "CN"}),)
    assert treaty_parties("Türkiye ile Çin arasındaki iade anlaşması ne zaman onaylandı?", "tr") == (
        frozenset({"TR", "CN"}),
    )
    # a kind of treaty, one state alone, or a convention many states are party to: no pair
    assert treaty_parties("中国与柬埔寨等亚洲国家的引渡条约为何很少被使用？", "zh") == ()
    assert treaty_parties("How many extradition treaties has China signed?", "en") == ()
    assert (
        treaty_parties("When did Switzerland and Australia accept the Convention against Torture?", "en")
        == ()
    )
    answer = bundled_assistant.ask(
        "Quando è entrato in vigore il trattato di estradizione tra Italia e Cina?"
    )
    assert answer.abstained and "treaty" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Quando è entrato in vigore il trattato di estradizione tra Francia e Cina?"
    )
    assert not answer.abstained and "17 juillet 2015" in answer.answer


def test_a_full_name_the_corpus_writes_in_one_language_only_is_checked_all_the_same(
    bundled_assistant: Assistant,
) -> None:
    """ "Abulıkemu Helili" is named only in the Turkish Constitutional Court's ruling: a
    Turkish question placing him before the ECtHR is not answered by A.D. and Others v.
    Turkey's Rule 39 date, while what his own ruling says is answered."""
    answer = bundled_assistant.ask(
        "AİHM, Abulıkemu Helili için İçtüzüğün 39. kuralı uyarınca hangi tarihte geçici tedbir kararı verdi?"
    )
    assert answer.abstained and "Abulıkemu Helili" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Anayasa Mahkemesi, Abulıkemu Helili'nin sınır dışı edilmesini İçtüzüğün hangi maddesine göre durdurdu?"
    )
    assert not answer.abstained and "73. maddesi" in answer.answer


@pytest.mark.parametrize(
    ("doc_type", "completeness", "missing"),
    [
        ("ccf_decision", "partial (opening of the page only; all later text is missing)", True),
        ("ruling", "partial (BAILII text from the heading to paragraph 4; THE FACTS onward missing)", True),
        (
            "ruling",
            "partial (cover data and paragraphs 1.1–1.3 (1.3 cut); rest missing and marked as a gap)",
            True,
        ),
        # a part that reasons or states the holding is held
        ("ruling", "partial (heading, Facts and the start of 'Law – Articles 2 and 3'; rest missing)", False),
        (
            "ruling",
            "partial (lagen.nu opening with the NJA headnote and paragraphs 1–3; everything after is missing)",
            False,
        ),
        (
            "ruling",
            "partial (page heading, Result and summary up to a cut in 'Issue One'; rest missing)",
            False,
        ),
        # not a ruling: a report cut short has no reasons to lack
        ("report", "partial (page top up to a cut in the fourth paragraph; rest missing)", False),
    ],
)
def test_a_ruling_cut_before_its_reasons_is_held_without_them(
    doc_type: str, completeness: str, missing: bool
) -> None:
    document = Document(
        id="x", title="X", text="", source="", sha256="", doc_type=doc_type, completeness=completeness
    )
    assert document.reasons_missing is missing


def test_according_to_is_no_decision_granted() -> None:
    from app.answertypes import asks_reasons

    assert not asks_reasons(
        "According to her account in Z v. Australia, why did the officers beat her in 2008?"
    )
    assert asks_reasons("Pourquoi la Cour a-t-elle accordé la mesure provisoire ?")


def test_a_judge_of_a_court_named_by_its_seat_sits_on_that_court(bundled_assistant: Assistant) -> None:
    """The Court of Cassation's bench is listed above the line naming the Ancona judgment
    under appeal: its rapporteur is not the Ancona Court of Appeal's."""
    answer = bundled_assistant.ask(
        "Chi era il relatore della sentenza della Corte d'appello di Ancona nel procedimento di estradizione verso la Cina?"
    )
    assert answer.abstained and "another court" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Chi era il consigliere relatore della Corte di Cassazione nella sentenza n. 21125 del 2023?"
    )
    assert not answer.abstained and "DI GERONIMO" in answer.answer


def test_the_unit_the_ministry_set_up_is_unnamed(bundled_assistant: Assistant) -> None:
    """ICIJ says the Ministry of Public Security "set up a special unit" and names none:
    Interpol, the Ministry's own words or another sentence's body are not its name."""
    for question in (
        "What is the name of the special unit that the Ministry of Public Security set up in charge of international cooperation?",
        "公安部为推进“猎狐”“天网”行动而设立的负责国际合作的专门机构叫什么名称？",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained and "without naming it" in answer.answer, answer.answer
    # an institution the corpus names beside its word is still found
    answer = bundled_assistant.ask(
        "2019年5月23日，报道青田县公安局设立海外警侨服务中心的文章刊登在哪家报纸上？"
    )
    assert not answer.abstained and "People's Public Security News" in answer.answer


def test_how_much_a_state_contributed_asks_for_a_sum(bundled_assistant: Assistant) -> None:
    """ "Ne kadar katkı" asks for money: China's 11 officers posted in 2023 are no sum, and
    its 2024 contribution is not 2023's."""
    from app.answertypes import expected_type

    assert expected_type("Çin 2023 yılında INTERPOL bütçesine ne kadar katkı yaptı?") == "amount"
    assert bundled_assistant.ask("Çin 2023 yılında INTERPOL bütçesine ne kadar katkı yaptı?").abstained
    answer = bundled_assistant.ask("Çin 2024 yılında INTERPOL bütçesine ne kadar katkı yaptı?")
    assert not answer.abstained and "13.7 million" in answer.answer, answer.answer


def test_a_removal_centre_is_a_place_of_detention(bundled_assistant: Assistant) -> None:
    """Helili's paragraphs name no removal centre; the GÖÇNET query's sentence names none."""
    from app.institutions import kinds_asked

    question = "Abulıkemu Helili hangi geri gönderme merkezinde idari gözetim altında tutuldu?"
    assert kinds_asked(question) == ["prison"]
    answer = bundled_assistant.ask(question)
    assert answer.abstained and "institution" in answer.answer, answer.answer


def test_a_case_named_by_number_whose_own_part_is_too_far_is_not_answered_by_another(
    bundled_assistant: Assistant,
) -> None:
    """The Chinese question names CCF Decision No. 18 (2018), whose copy redacts the member
    who withdrew; its own passage is too far from the question to quote, and a report's
    "18 September 2018" is no answer about that decision."""
    answer = bundled_assistant.ask(
        "国际刑警组织档案控制委员会（CCF）2018年第18号决定（第106届会议）中，哪位委员回避、未参加该案审议？"
    )
    assert answer.abstained and "CCF Decision No. 18 (2018)" in answer.answer, answer.answer


def test_the_audiencia_nacional_is_a_court_of_its_own(bundled_assistant: Assistant) -> None:
    """Tang Hao's extradition was refused by a court in southern France, not by Spain's
    Audiencia Nacional; a question naming the Constitutional Court's review of an Audiencia
    Nacional order asks about the Constitutional Court."""
    from app.courtranks import court_ranks

    assert court_ranks("la Audiencia Nacional") == {"national"}
    answer = bundled_assistant.ask(
        "¿Con qué fundamentos denegó la Audiencia Nacional la extradición a China de Tang Hao, "
        "el accionista de la empresa estadounidense que pujaba por TikTok?"
    )
    assert answer.abstained and "national court" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "What reasons did Spain's Constitutional Court give for declaring inadmissible the amparo appeal "
        "of Roberto, whose extradition the Audiencia Nacional's Third Section granted in December 2017?"
    )
    assert answer.abstained and "constitutional court" in answer.answer, answer.answer


def test_what_a_ruling_relied_on_is_not_a_reports_account(bundled_assistant: Assistant) -> None:
    """ICIJ reports the 2019 Turkish refusal "finding it politically motivated"; the ruling
    itself is not in the corpus, so the reasons it rested on are not either. Asked how the
    court characterised the request, the report answers."""
    answer = bundled_assistant.ask(
        "Uygur aktivist Abdulkadir Yapçan hakkında Çin'in iade talebini reddeden 2019 tarihli kararda "
        "mahkeme hangi gerekçelere dayanmıştı?"
    )
    assert answer.abstained and "relied on" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Uygur aktivist Abdulkadir Yapchan'ın Çin'e iadesi talebini bir Türk mahkemesi hangi yıl ve hangi gerekçeyle reddetti?"
    )
    assert not answer.abstained and "politically motivated" in answer.answer, answer.answer


def test_what_the_france_china_treaty_provides_is_not_in_its_decree(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "Quels motifs de refus obligatoire le traité d'extradition franco-chinois prévoit-il, "
        "notamment pour l'infraction politique et la peine de mort ?"
    )
    assert answer.abstained and "Décret n° 2015-1216" in answer.answer, answer.answer


def test_a_difference_between_two_years_needs_both_figures(bundled_assistant: Assistant) -> None:
    """ICIJ gives China's contribution for 2024 only: how much more than in 2023 is not
    answered by the 2024 sum beside a sentence on 2023's officers."""
    answer = bundled_assistant.ask("中国2024年向国际刑警组织缴纳的会费比2023年多了多少？")
    assert answer.abstained and "2023" in answer.answer, answer.answer
    answer = bundled_assistant.ask("中国2024年向国际刑警组织缴纳了多少会费？")
    assert not answer.abstained and "13.7 million" in answer.answer, answer.answer


def test_a_state_security_bureau_is_an_institution_a_countrys_bureau_a_country() -> None:
    from app.answertypes import expected_type

    assert expected_type("Çinli yetkililer hangi devlet güvenlik bürosuna bağlıydı?") == "institution"
    assert expected_type("Which member country's bureau had requested the notice?") == "country"
    assert (
        expected_type("A.L.（X.W.）诉俄罗斯案中，申请人被关押在哪一个外国人临时羁押中心？") == "institution"
    )


def test_a_court_decision_placed_in_a_country_is_that_countrys_court(bundled_assistant: Assistant) -> None:
    """ICIJ lists Albania among the countries that arrest on a red notice; no Albanian court's
    ruling is in the corpus. Asked for "a court decision in Albania" (or, in Turkish, a court
    decision with the country in the locative several words before), the assistant abstains;
    asked the same of Sweden, whose Supreme Court's holding is in the corpus, it answers."""
    for question in (
        "Is there a court decision in Albania refusing the extradition of a person arrested on a "
        "Chinese red notice, and on what grounds?",
        "Arnavutluk'ta, Çin'in kırmızı bülteni üzerine yakalanan bir kişinin iadesini reddeden bir "
        "mahkeme kararı var mı; varsa gerekçesi neydi?",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained and "Albania" in answer.answer, answer.answer
    for question in (
        "Is there a court ruling in Sweden refusing an extradition to China, and on what ground?",
        "İsveç'te, Çin'e iadeyi reddeden bir mahkeme kararı var mı?",
    ):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained and "Supreme Court" in answer.answer, answer.answer


def test_a_latin_name_run_into_chinese_characters_is_no_place_asked_for(bundled_assistant: Assistant) -> None:
    """ "Tang Hao称其…" — the name is the question's own even with no space before the
    characters: the province of the official Tang accuses is not "Tang Hao"; ICIJ says only
    "a provincial Chinese public security official"."""
    from app.answertypes import has_type

    question = "Tang Hao称其因拒绝把部分利润交给一名公安官员而被申请红色通缉，这名官员是哪个省公安厅的？"
    sentence = (
        "For example, a court in Southern France recently rejected the extradition of Tang Hao, a major "
        "shareholder of a U.S. tech company bidding to acquire the popular Chinese app TikTok."
    )
    assert not has_type(sentence, "place", question)
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.answer


def test_the_town_asked_for_may_be_in_the_sentence_after_the_one_naming_the_person(
    bundled_assistant: Assistant,
) -> None:
    """ICIJ names Gao Jianhuan in one sentence and says in the next that he was held in
    Sharjah: the town is the answer to where he was held, in English as in Chinese."""
    for question in ("In which city was Gao Jianhuan held?", "Gao Jianhuan在哪个城市被关押？"):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained and "Sharjah" in answer.answer, answer.answer


def test_a_word_of_a_titled_persons_name_is_no_town() -> None:
    """ "Mr Hung Tao Liu": Tao is a town in the gazetteer, not the city of the Polish
    Regional Court, which the corpus does not name."""
    from app.answertypes import has_type

    question = "In which city is the Regional Court that found Mr Liu's extradition lawful?"
    assert not has_type(
        'by Mr Hung Tao Liu ("the applicant") from Taiwan, on 9 August 2018;', "place", question
    )
    assert has_type("The applicant was arrested in Warsaw on 6 August 2017.", "place", question)


def test_the_grand_chamber_is_a_court_of_its_own(bundled_assistant: Assistant) -> None:
    """No judgment of the European Court's Grand Chamber is in the corpus: asked whether M.A.
    and Others v. Bulgaria went there (in Turkish, "Büyük Daire"), the Chamber's judgment
    does not answer."""
    from app.courtranks import court_ranks

    assert court_ranks("Büyük Daire'ye gönderildi mi") == {"grand chamber"}
    assert court_ranks("la Grande Chambre de la Cour") == {"grand chamber"}
    answer = bundled_assistant.ask(
        "M.A. ve Diğerleri - Bulgaristan (5115/18) kararı Büyük Daire'ye gönderildi mi; Büyük Daire hangi tarihte "
        "ve ne yönde karar verdi?"
    )
    assert answer.abstained and "Grand Chamber" in answer.answer, answer.answer
    answer = bundled_assistant.ask("What did the Chamber decide in M.A. and Others v. Bulgaria?")
    assert not answer.abstained and "M.A. and Others v. Bulgaria" in answer.answer, answer.answer


def test_which_one_ranks_first_needs_a_sentence_stating_a_rank(bundled_assistant: Assistant) -> None:
    """ICIJ says China was "among the top 10" countries the CCF's 2016 complaints were about:
    that is no answer to which country topped the list. The Constitution's "body of supreme
    authority" answers which organ holds the highest power."""
    from app.answertypes import ranked_first_unstated

    among = "China was among the top 10 countries that were the subjects of new complaints."
    assert ranked_first_unstated("Which country topped the CCF's 2016 list?", among, "country")
    assert not ranked_first_unstated(
        "Which country topped the CCF's 2016 list?", "China had the most.", "country"
    )
    assert not ranked_first_unstated("Which countries were on the CCF's 2016 list?", among, "country")
    # a court's name is no rank asked for
    assert not ranked_first_unstated(
        "Which official appealed to Poland's highest court?", "The Prosecutor.", "person"
    )
    assert not ranked_first_unstated(
        "瑞典最高法院认定他还持有哪个国家的国籍？", "He is also a citizen of Sweden.", "country"
    )
    for question in (
        "Which country topped the CCF's 2016 list of countries most often targeted by new complaints and "
        "information requests from red notice subjects?",
        "ICIJ审查的近50名2016年改革后遭中国通过国际刑警组织追缉的对象中，在哪个国家被捕的人数最多？",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained and "ranks first" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "按照国际刑警组织章程，组织内部哪一个机构拥有最高权力？该机构由哪些人组成？"
    )
    assert not answer.abstained and "supreme authority" in answer.answer, answer.answer


def test_a_label_or_a_time_of_day_counts_nothing(bundled_assistant: Assistant) -> None:
    """ "Issue One: Is reliance upon diplomatic assurances…" heads a part of the judgment and
    "11 June 2019 at 9 am" dates it: neither says how many assurances the Minister obtained,
    which the Court of Appeal's summary calls only "various"."""
    from app.answertypes import has_type
    from app.counted import asked_kinds

    question = "How many assurances did the Minister obtain before the 2019 judgment?"
    assert not has_type(
        "Issue One: Is reliance upon diplomatic assurances consistent with it?", "number", question
    )
    assert not has_type("Judgment: 11 June 2019 at 9 am", "number", question)
    assert has_type("The Minister obtained two assurances.", "number", question)
    assert asked_kinds("司法部长一共从中方取得了几项外交保证？") == {"document"}
    answer = bundled_assistant.ask(
        "金京烨（Kyung Yup Kim）引渡案中，在2019年新西兰上诉法院判决之前，司法部长一共从中方取得了几项外交保证？"
    )
    assert answer.abstained, answer.answer
    answer = bundled_assistant.ask("据南方周末估计，各地一共发布了多少份劝返公告？")
    assert not answer.abstained and "110 announcements" in answer.answer, answer.answer


def test_the_answers_a_question_offers_are_read_in_each_language() -> None:
    from app.alternatives import names_one, offered

    assert offered(
        "Helili dosyasında kodu hangi kurum koydurmuş: Emniyet Genel Müdürlüğü mü, MİT mi?", "tr"
    ) == [
        "Emniyet Genel Müdürlüğü",
        "MİT",
    ]
    assert offered("驳回申请的是瑞士哪个机关？是国家移民秘书处还是联邦行政法院？", "zh") == [
        "国家移民秘书处",
        "联邦行政法院",
    ]
    assert offered(
        "Which standard did the majority adopt — ordinary reasonableness or a more intensive review?", "en"
    ) == [
        "ordinary reasonableness",
        "more intensive review",
    ]
    assert offered(
        "Quelle juridiction a statué : la cour d'appel de Bordeaux ou la Cour de cassation ?", "fr"
    ) == [
        "cour d'appel de Bordeaux",
        "Cour de cassation",
    ]
    # an open list excludes nothing; clauses are no answers to choose from
    assert offered("What did she fear — religion, political activity or something else?", "en") == []
    assert offered("Who presided, who reported, and when was it heard?", "en") == []
    assert offered("哪个法院作出的判决？", "zh") == []
    # named in the text's own language, or through a Chinese word's English renderings
    text = [("The Federal Administrative Court dismissed her appeal.", "en")]
    assert names_one(["国家移民秘书处", "联邦行政法院"], "zh", text) is True
    assert names_one(["国家移民秘书处", "最高法院"], "zh", text) is False
    assert names_one(
        ["Emniyet Genel Müdürlüğü", "MİT"], "tr", [("Emniyet Genel Müdürlüğünce konuldu.", "tr")]
    )
    # a Turkish name against an English text cannot be checked
    assert names_one(["ağır ceza mahkemesi", "Anayasa Mahkemesi"], "tr", text) is None


def test_evidence_naming_none_of_the_offered_answers_does_not_answer(bundled_assistant: Assistant) -> None:
    """Helili's entry ban was found by the migration office's officers; the ruling does not
    say which body imposed it. Offered the police or the intelligence service, the answer
    naming the migration office is no answer; offered the migration office, it is."""
    answer = bundled_assistant.ask(
        "Helili dosyasında başvurucuya G-87 tahdit kodunu hangi kurum koydurmuş: Emniyet Genel Müdürlüğü mü, MİT mi?"
    )
    assert answer.abstained and "names neither" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Helili'nin uzun dönem ikamet izni başvurusunu hangi kurum almıştı: İstanbul İl Göç İdare Müdürlüğü mü, Emniyet mi?"
    )
    assert not answer.abstained and "Göç İdare" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "禁止酷刑委员会D.Z.诉瑞士案（第790/2016号来文）中，驳回D.Z.庇护申请的是瑞士哪个机关——国家移民秘书处还是联邦行政法院？"
    )
    assert answer.abstained and "names neither" in answer.answer, answer.answer


def test_a_rank_after_the_first_must_be_stated(bundled_assistant: Assistant) -> None:
    """ICIJ names China Interpol's second largest contributor, behind the U.S.: who came
    third it does not say, in any language the question is asked in."""
    from app.answertypes import ranks_unstated

    text = "China is Interpol’s second largest contributor, spending $13.7 million in 2024, behind the U.S."
    assert ranks_unstated("Which country was the third-largest contributor?", text) == [3]
    assert ranks_unstated("INTERPOL'e en çok katkı yapan üçüncü ülke hangisi?", text) == [3]
    assert ranks_unstated("Which country was the second-largest contributor?", text) == []
    # an ordinal naming a section or an application is no rank
    assert ranks_unstated("İkinci Bölüm dairesinde karar veren yargıç kimdir?", text) == []
    assert ranks_unstated("Who filed the second application?", "") == []
    for question in (
        "Which member country was INTERPOL's third-largest contributor in 2024?",
        "2024年国际刑警组织的第三大出资国是哪个国家？",
        "Quale paese era il terzo maggior contributore dell'INTERPOL nel 2024?",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained and "ranks third" in answer.answer, answer.answer
    answer = bundled_assistant.ask("2024年国际刑警组织的第二大出资国是哪个国家？")
    assert not answer.abstained and "second largest contributor" in answer.answer, answer.answer


def test_which_stipulation_of_a_treaty_held_without_its_articles(bundled_assistant: Assistant) -> None:
    """The France–China treaty's publication decree is in the corpus; the treaty's articles
    are not, so no stipulation of it can be quoted."""
    answer = bundled_assistant.ask(
        "Dans le traité d'extradition franco-chinois, quelle stipulation permet de refuser l'extradition "
        "lorsque l'infraction est punie de la peine capitale ?"
    )
    assert answer.abstained and "without the article" in answer.answer, answer.answer


def test_a_list_broken_off_at_a_gap_does_not_answer_what_follows(bundled_assistant: Assistant) -> None:
    """The Liu v. Poland summary breaks off at "for example, by United Nations bodies and"
    before a gap: whose information followed is lost. Its sentence before, complete, still
    answers."""
    answer = bundled_assistant.ask(
        "Liu v. Poland: apart from UN bodies, whose recent information should the Polish courts have analysed?"
    )
    assert answer.abstained and "breaks off" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "In Liu v. Poland, how did the Court describe the Polish courts' reference to the reports of international organisations?"
    )
    assert not answer.abstained and "only superficial" in answer.answer, answer.answer


def test_a_decision_named_by_its_turkish_number_is_that_decision(bundled_assistant: Assistant) -> None:
    """ "2018 yılı 18 sayılı karar" and "2018 tarihli 10 No'lu Karar" are CCF Decisions No. 18
    (2018) and No. 10 (2018): the member withdrawing from No. 18 is redacted there, and the
    names heading No. 17 are not its."""
    from app.namedcases import named_cases

    documents = bundled_assistant.retriever.index.documents.values()
    for question, doc_id in (
        ("CCF'nin 2018 yılı 18 sayılı kararında hangi üye çekildi?", "ccf-2018-18"),
        ("CCF'nin 2018 tarihli 10 No'lu Kararında ne karar verildi?", "ccf-2018-10"),
    ):
        assert [d.id for d in named_cases(question, documents)] == [doc_id], question
    answer = bundled_assistant.ask(
        "CCF'nin 2018 yılı 18 sayılı kararında (106. oturum), Çalışma Kuralları'nın 2.1(d) maddesine dayanarak "
        "dosyadan çekilen üyenin adı neydi?"
    )
    assert answer.abstained, answer.answer


def test_by_how_much_something_grew_asks_for_a_rate_not_a_sum() -> None:
    from app.answertypes import expected_type, has_type

    question = "What fraud totals did Chinese police announce for 2021, and by how much had each grown?"
    assert expected_type(question) == "percentage"
    assert has_type("394,000 cases – an increase of 28.5% and 76.6% respectively", "percentage", question)
    assert expected_type("How much did China pay INTERPOL in 2024?") == "amount"


def test_a_numbered_groups_members_listed_are_counted(bundled_assistant: Assistant) -> None:
    """ "The first, fourth and fifth applicants acquired Turkish citizenship": three did."""
    from app.answertypes import has_type

    question = "How many of the applicants acquired Turkish citizenship?"
    assert has_type(
        "The first, fourth and fifth applicants acquired Turkish citizenship.", "number", question
    )
    assert not has_type("The first applicant acquired Turkish citizenship.", "number", question)
    answer = bundled_assistant.ask(
        "In A.D. and Others v. Turkey, how many of the applicants acquired Turkish citizenship after applying to the Court?"
    )
    assert not answer.abstained and "first, fourth and fifth" in answer.answer, answer.answer


def test_a_premises_year_is_not_the_year_asked_about() -> None:
    from app.answertypes import about_another_year

    question = "In 2021, 210,000 people were persuaded to return home. How many returned in 2022?"
    assert about_another_year("In 2021, 210,000 suspects were persuaded to return.", question)
    assert not about_another_year("In 2022, 50,000 suspects returned.", question)
    assert not about_another_year("In 2021, 210,000 suspects returned.", "How many returned in 2021?")


def test_turkish_counts_of_officers_and_counts_of_categories() -> None:
    """ "Kaç görevli" counts officers; "two categories that critics say China often uses"
    counts kinds of people, not officers posted anywhere."""
    from app.answertypes import has_type
    from app.counted import asked_kinds

    question = "Çin 2024'te İnterpol Genel Sekreterliği'nde kaç görevli konuşlandırmıştı?"
    assert asked_kinds(question) == {"person"}
    assert not has_type(
        "to hunt for terrorists and fugitives worldwide — two categories that critics say", "number", question
    )
    assert has_type("China posted 11 officers at Interpol’s General Secretariat.", "number", question)
    # a police station counts stations, not police officers
    assert asked_kinds("Yurt dışında kaç polis hizmet istasyonu açtı?") != {"person"}


def test_turkish_birth_and_a_spanish_don_are_read(bundled_assistant: Assistant) -> None:
    """ "Hangi yılda doğmuştur?" asks for a birth year, as "in which year was she born?"
    does; "don Cheng Jiun Liu" is a person, and "Cheng" in his name no town."""
    from app.answertypes import has_type

    question = "Liu - Polonya davasında Bölge Mahkemesi hangi şehirdeydi?"
    assert not has_type("promovido por don Cheng Jiun Liu en proceso de extradición.", "place", question)
    answer = bundled_assistant.ask(
        "Z - Avustralya (CAT 802/2017): Şikâyetçi tam olarak hangi yılda doğmuştur?"
    )
    assert answer.abstained, answer.answer
    answer = bundled_assistant.ask(
        "D.Z. - İsviçre (790/2016) davasında Çin vatandaşı şikâyetçi D.Z. hangi yıl doğmuştur?"
    )
    assert not answer.abstained and "1973" in answer.answer, answer.answer


def test_interpols_corrective_measures_are_a_sanction_in_every_language(bundled_assistant: Assistant) -> None:
    """ICIJ says INTERPOL has named only Russia and Syria among the countries under
    corrective measures since 2012, not the year Russia's began; "by 2016, China was among
    the top 10" dates no measure."""
    from app.events import events_in

    for question in (
        "In which year were corrective measures imposed on Russia?",
        "Rusya'ya düzeltici tedbirler hangi yıl uygulandı?",
        "对俄罗斯采取纠正措施是在哪一年？",
        "¿En qué año se impusieron medidas correctivas a Rusia?",
    ):
        assert "sanction" in events_in(question), question
    answer = bundled_assistant.ask(
        "ICIJ'nin haberine göre İnterpol, 2012'den bu yana düzeltici tedbirlere tabi tuttuğu ülkelerden kamuoyuna "
        "yalnızca Rusya ve Suriye'nin adını açıkladı. Rusya'ya düzeltici tedbirler hangi yıl uygulandı?"
    )
    assert answer.abstained, answer.answer


def test_a_day_the_question_gives_in_its_own_language_is_given() -> None:
    """ "6 Ağustos 2017'de yakalanmasının ardından … hangi gün?" gives the arrest's day: the
    sentence stating "arrested … on 6 August 2017" states no other."""
    from app.answertypes import has_type

    text = "The applicant was arrested in Poland on 6 August 2017 on an international arrest warrant."
    question = "Başvurucunun 6 Ağustos 2017'de yakalanmasının ardından iade talebi hangi gün yapıldı?"
    assert not has_type(text, "day", question)
    assert has_type(text, "day", "Başvurucu hangi gün yakalandı?")


def test_a_day_asked_in_a_year_is_not_another_years() -> None:
    from app.answertypes import about_another_month

    decision = "den 9 juli 2019 meddelade HD följande beslut."
    assert about_another_month(decision, "On what exact date in 2018 did China submit its request?")
    assert about_another_month(decision, "中国具体是在2018年的哪一天向瑞典提交请求的？")
    assert not about_another_month(decision, "On what date did the Supreme Court decide?")
    # a case number's digits are no year asked about
    assert not about_another_month(
        "4/1/2018 tarihinde başvurdu.", "申请号2021/7144案中，申请人是哪一天申请的？"
    )


def test_a_share_is_not_a_growth_rate_and_a_year_then_its_number_names_a_decision(
    bundled_assistant: Assistant,
) -> None:
    from app.answertypes import has_type
    from app.namedcases import named_cases

    question = "2021'de Çin'deki tüm ceza davalarının ne kadarlık bir oranı dolandırıcılıkla ilgiliydi?"
    grew = "they had resolved 394,000 cases in 2021 – an increase of 28.5% and 76.6% respectively"
    assert not has_type(grew, "percentage", question)
    assert has_type("in 2020, about 40 per cent of criminal cases involved scams", "percentage", question)
    assert has_type(grew, "percentage", "By how much had the cases grown?")
    documents = bundled_assistant.retriever.index.documents.values()
    for q in (
        "In the 2018 ruling (No. 14), which bureau requested the notice?",
        "2018 tarihli kararda (No. 14) bülteni kim talep etti?",
    ):
        assert [d.id for d in named_cases(q, documents)] == ["ccf-2018-14"], q


def test_what_a_turkish_partitive_counts_and_what_counts_nothing() -> None:
    """ "Silinen bu bültenlerden kaçı" counts notices; "one of nearly 300" picks one case out
    of a count and "a 43-year-old travel agent" gives an age: neither counts anything."""
    from app.answertypes import has_type
    from app.counted import asked_kinds

    assert asked_kinds("Silinen bu bültenlerden kaçı Çin tarafından talep edilmişti?") == {"notice"}
    assert asked_kinds("Bu 210.000 kişiden kaçı Kamboçya'dan döndü?") == {"person"}
    question = "How many of the deleted notices had China requested?"
    assert not has_type(
        "H.’s case was one of nearly 300 in which the CCF removed a notice.",
        "number",
        question.replace("How many of the deleted", "Of the 300 deleted, how many"),
    )
    assert not has_type(
        "Gao, a 43-year-old travel agent at the time, was released.",
        "number",
        "How many people were released?",
    )
    assert has_type("Gao and 43 others were released.", "number", "How many people were released?")


def test_a_decisions_tag_naming_an_article_does_not_say_what_it_provides(
    bundled_assistant: Assistant,
) -> None:
    """The corpus holds Articles 1–3 of the CCF Statute; a decision tagged "Article 35 of the
    Statute of the CCF – Access to files" names the article and quotes none of it."""
    answer = bundled_assistant.ask(
        "CCF Decision No. 17 (2018) is tagged 'Article 35 of the Statute of the CCF'. What does Article 35 of the "
        "CCF Statute provide about refusing an applicant access to his data?"
    )
    assert answer.abstained and "without the article" in answer.answer, answer.answer


def test_the_court_asked_for_is_the_one_that_did_what_the_question_says(bundled_assistant: Assistant) -> None:
    """The encyclopedia says only that "a Chinese court sentenced 11 individuals to death";
    the Supreme People's Court named in a 2021 bulletin sentenced no one. A court asked for
    by what it did is named in a passage telling that (the premise's arrest aside)."""
    answer = bundled_assistant.ask("2025年9月，对果敢电诈和强迫劳动案的11名被告判处死刑的是中国的哪家法院？")
    assert answer.abstained and "court of conviction" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Quelle juridiction a rejeté la demande chinoise d'extradition visant H., arrêté à Bordeaux sur notice rouge ?"
    )
    assert not answer.abstained and "Bordeaux Court of Appeal" in answer.answer, answer.answer


def test_an_ordinal_counts_nothing() -> None:
    """ "At the 77th session (St Petersburg - 2008) … provisions concerning the Commission
    inserted in Articles 36 and 37" numbers a session; it says how many members sit on
    nothing."""
    from app.answertypes import has_type

    question = "How many members sit on INTERPOL's Commission for the Control of Files?"
    assert not has_type(
        "At the 77th session (St Petersburg - 2008), the following amendments were made.", "number", question
    )
    assert not has_type("adoptée à la 86e session de l'Assemblée générale", "number", question)
    assert has_type("The Commission is composed of seven members.", "number", question)


def test_an_administrative_court_is_a_court_of_its_own(bundled_assistant: Assistant) -> None:
    """The corpus holds the Turkish Constitutional Court's Helili judgment, not any ruling of
    an Istanbul administrative court; M.A. and Others v. Bulgaria does quote Bulgaria's
    Supreme Administrative Court."""
    answer = bundled_assistant.ask(
        "Abulıkemu Helili'nin sınır dışı etme kararına karşı açtığı iptal davasını İstanbul İdare Mahkemesi "
        "hangi gerekçeyle reddetti?"
    )
    assert answer.abstained and "administrative court" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "In M.A. and Others v. Bulgaria, what did the Supreme Administrative Court do about the applicants' expulsion?"
    )
    assert not answer.abstained and "Supreme Administrative Court" in answer.answer, answer.answer


def test_a_case_in_which_is_no_question_which() -> None:
    from app.answertypes import expected_type

    assert (
        expected_type("Is there a reported case in which defence counsel argued that custody was prolonged?")
        is None
    )
    assert expected_type("In which city was he held?") == "place"
    assert expected_type("Which defence counsel argued that custody was prolonged?") == "person"


def test_a_second_question_after_its_own_premise_phrase_is_a_part() -> None:
    from app.questionparts import question_parts

    question = (
        "What objection did the French prosecutor raise to China's request, and under Article 2 of the 1957 "
        "European Convention on Extradition, what minimum penalty must an offence carry?"
    )
    assert question_parts(question) == [
        "What objection did the French prosecutor raise to China's request",
        "under Article 2 of the 1957 European Convention on Extradition, what minimum penalty must an offence carry?",
    ]
    # one question asking two things stays whole
    assert len(question_parts("At which session, and in which city, was the resolution adopted?")) == 1


def test_turkish_counts_the_last_noun_of_its_phrase() -> None:
    """Turkish puts the counted noun last: "kaç telekom dolandırıcılığı şüphelisi" counts
    suspects, "şüphelilerin sayısı" too; "kaç ay tutuklu kaldı" counts months, not detainees."""
    from app.counted import asked_kinds

    assert asked_kinds("2020'de kaç telekom dolandırıcılığı şüphelisi Çin'e döndü?") == {"person"}
    assert asked_kinds("Geri dönen dolandırıcılık şüphelilerinin sayısı nedir?") == {"person"}
    assert asked_kinds("Kaç kırmızı bülten yayımlandı?") == {"notice"}
    assert asked_kinds("Slovakya'da kaç ay tutuklu kaldı?") == frozenset()


def test_a_quoted_name_or_one_of_his_counts_nothing() -> None:
    """ "an “110 Overseas” notice … one of his employees" names a service and picks out one
    man: it says how many suspects returned nowhere."""
    from app.answertypes import has_type

    question = "How many telecom-fraud suspects were persuaded to return in 2020?"
    text = (
        "On April 11, 2022, an “110 Overseas” notice was received from Mozambique, with a businessman "
        "reporting that one of his employees had stolen cash before fleeing back to China in 2020."
    )
    assert not has_type(text, "number", question)
    assert has_type("In 2020, 110 suspects were persuaded to return.", "number", question)


def test_a_dropped_subject_is_the_one_named_before(bundled_assistant: Assistant) -> None:
    """Chinese and Turkish drop the pronoun: "获释后得到了多少赔偿？" after a sentence about
    Gao Jianhuan asks what he was paid. The corpus says what Z. was paid in Italy, not Gao."""
    answer = bundled_assistant.ask("Gao Jianhuan 在沙迦的警察局被关押。获释后得到了多少赔偿？")
    assert answer.abstained and "Gao Jianhuan" in answer.answer, answer.answer
    answer = bundled_assistant.ask("Z. 在意大利被关押了200多天。获释后得到了多少赔偿？")
    assert not answer.abstained and "52,000" in answer.answer, answer.answer


def test_a_chinese_proportion_asked_about_is_a_percentage() -> None:
    """ "所占的比例大约是多少" (roughly what share) asks for a share, which "394,000 cases" is not."""
    from app.answertypes import expected_type

    assert expected_type("2021年全国刑事案件中诈骗类案件所占的比例大约是多少？") == "percentage"
    assert expected_type("诈骗案件的比例是多少？") == "percentage"
    assert expected_type("2021年破获了多少起诈骗案件？") == "number"


def test_a_birth_date_given_is_not_asked(bundled_assistant: Assistant) -> None:
    """ "1978 doğumlu … başvurucu" describes the complainant: "since which year did she
    practise Falun Gong?" is not answered by "born on 8 October 1978", nor by another
    complainant's "In 2006, the complainant began practising Falun Gong"."""
    from app.answertypes import has_type

    question = "1978 doğumlu Çinli kadın başvurucu hangi yıldan beri Falun Gong uyguluyordu?"
    assert not has_type(
        "1.1 The complainant is X.Q.L., a Chinese national, born on 8 October 1978.", "year", question
    )
    assert has_type(
        "1.1 The complainant is X.Q.L., born on 8 October 1978.", "year", "X.Q.L. hangi yıl doğdu?"
    )
    answer = bundled_assistant.ask(
        "BM İşkenceye Karşı Komite'ye 2011'de başvuran 1978 doğumlu Çinli kadın hangi yıldan beri Falun Gong uyguluyordu?"
    )
    assert answer.abstained, answer.answer
    answer = bundled_assistant.ask("X.Q.L. hangi yıl doğdu?")
    assert not answer.abstained and "1978" in answer.answer, answer.answer


def test_a_caption_gives_no_reasons(bundled_assistant: Assistant) -> None:
    """ "avverso la sentenza emessa il 5/12/2022 dalla Corte di appello di Ancona;" and
    "contre l'arrêt de la chambre de l'instruction … du 13 octobre 2011" name the decision
    appealed against: they say which court and what day, not on what it rested."""
    answer = bundled_assistant.ask(
        "Quali garanzie cinesi aveva ritenuto sufficienti la Corte di appello di Ancona nella sentenza del 5/12/2022?"
    )
    assert answer.abstained and "decision under appeal" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Pour quels motifs la chambre de l'instruction de Paris avait-elle émis, le 13 octobre 2011, un avis "
        "favorable à l'extradition de M. Adalberto X... ?"
    )
    assert answer.abstained and "decision under appeal" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Quelle juridiction avait rendu l'arrêt du 13 octobre 2011 frappé de pourvoi dans l'affaire Adalberto X... ?"
    )
    assert not answer.abstained and "chambre de l'instruction" in answer.answer, answer.answer


def test_a_caption_answers_only_for_its_own_case(bundled_assistant: Assistant) -> None:
    """ "contre l'arrêt de la chambre de l'instruction de la cour d'appel de PARIS … en date
    du 13 octobre 2011" dates and names the decision under appeal in the Hong Kong case: not
    the court that sentenced Meng Hongwei. Named by its number, date or town, the case's
    own question is answered by it."""
    answer = bundled_assistant.ask(
        "据ICIJ报道，孟宏伟后来被判处13年有期徒刑。是中国哪家法院、哪一年作出这一判决的？"
    )
    assert answer.abstained, answer.answer
    answer = bundled_assistant.ask(
        "Dans l'arrêt de la chambre criminelle du 14 février 2012, quelle juridiction avait rendu l'avis "
        "favorable frappé de pourvoi ?"
    )
    assert not answer.abstained and "cour d'appel de PARIS" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Con quale motivazione la Cassazione, nella sentenza n. 21125/2023, ha riconosciuto a Z. la riparazione "
        "per ingiusta detenzione?"
    )
    assert answer.abstained, answer.answer


def test_turkish_case_endings_and_compounds_are_no_places() -> None:
    """ "başvurucunun Türkiye'ye 26/9/2016 tarihinde giriş yaptığı … GÖÇNET Sistemi" says
    he entered Türkiye (which the question names) as a system recorded: no border gate."""
    from app.answertypes import has_type, values_of

    question = "Helili 26/9/2016 tarihinde Türkiye'ye hangi sınır kapısından giriş yapmıştı?"
    text = "GÖÇNET Sistemi üzerinden yapılan sorgulamada başvurucunun Türkiye'ye 26/9/2016 tarihinde giriş yaptığı tespit edilmiştir."
    assert values_of(text, "place") == []
    assert not has_type(text, "place", question)
    assert "Dhabi" in values_of("He was held in Abu Dhabi.", "place")
    assert has_type("Başvurucu Türkiye'ye İstanbul Havalimanı üzerinden giriş yaptı.", "place", question)


def test_a_matter_still_pending_is_no_decision(bundled_assistant: Assistant) -> None:
    """ "while Interpol's CCF was reviewing his petition to have his name removed": what the
    CCF decided on Gao Jianhuan's petition the corpus does not say."""
    answer = bundled_assistant.ask(
        "What did the CCF finally decide on Gao Jianhuan's request to have his name deleted from INTERPOL's database?"
    )
    assert answer.abstained and "pending" in answer.answer, answer.answer
    # what became of him is told
    answer = bundled_assistant.ask(
        "Gao Jianhuan, Benin'de aynı kırmızı bülten üzerine yeniden tutuklandıktan sonra sonunda ne oldu?"
    )
    assert not answer.abstained, answer.answer
