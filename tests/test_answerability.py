"""Answer-type cues and anchors: the abstention checks beyond similarity."""

from __future__ import annotations

import pytest

from app.answerability import check_anchors, digit_anchors, missing_number, name_anchors
from app.answertypes import (
    about_another_day,
    about_another_year,
    asks_outcome,
    days_named,
    expected_type,
    has_type,
    lead_type,
    values_of,
)
from app.countries import country_anchors
from app.questionlanguage import question_language


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When did the Bordeaux Court of Appeal rule?", "date"),
        ("On what date was he arrested?", "day"),
        ("How many stations did Fuzhou open?", "number"),
        ("How much did the ECtHR award?", "amount"),
        ("Who presided over the chamber?", "person"),
        ("Qui a présidé la chambre ?", "person"),
        ("Raportör kimdir?", "person"),
        ("A quanto ammonta la riparazione?", "amount"),
        ("¿Cuándo se dictó el auto?", "date"),
        ("2024年中国向国际刑警组织缴纳了多少经费？", "amount"),
        ("À quelle date a-t-il été interpellé ?", "day"),
        ("Quels membres siégeaient à la chambre ?", "person"),
        ("Quelle somme la Cour a-t-elle allouée ?", "amount"),
        ("In the decision, what total amount did the prosecutor give?", "amount"),
        ("Quanto è durata la detenzione?", "duration"),
        ("¿Cuánto duró la detención?", "duration"),
        ("¿Cuánto dinero recibió?", "amount"),
        ("¿Qué importe total reclamó la fiscalía?", "amount"),
        ("Eylemlerin kaçı bakımından makul şüphe vardı?", "number"),
        ("Kanun nasıl bir hapis cezası öngörüyor?", "penalty"),
        ("该法对境外电信诈骗规定了怎样的监禁刑？", "penalty"),
        ("作出该决定的分庭由哪些成员组成？", "person"),
        ("羁押总共持续了多长时间？", "duration"),
        # words that only look like cues
        ("When can a state rely on diplomatic assurances?", None),
        ("¿Cuándo puede un Estado confiar en las garantías diplomáticas?", None),
        # words that only look like cues
        ("Pourquoi la cour qui a statué a-t-elle refusé l'extradition ?", None),
        ("What did the Supreme Court decide in Minister of Justice v Kim (No 2)?", None),
        ("What did the court examine when China requested the extradition?", None),
        ("Per quanto riguarda la Cina, cosa ha deciso la corte?", None),
    ],
)
def test_expected_answer_type(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_types_are_found_in_evidence() -> None:
    assert has_type("In July 2021, the court refused.", "date")
    assert has_type("The court ruled on 6 October 2022.", "day")
    assert not has_type("The court ruled in October 2022.", "day")
    assert has_type("She obtained about $52,000 in compensation.", "amount")
    assert not has_type("She obtained compensation.", "amount")
    assert has_type("Vitalie PIRLOG, Chairperson", "person")
    assert not has_type("The Bordeaux Court of Appeal rejected the request.", "person")
    # an anonymised party is no one's name; two fields on two lines are not a name either
    assert not has_type("Request concerning Aaa BBB", "person")
    assert not has_type("Decision: Compliant\nData type: Blue Notice", "person")


def test_a_function_word_and_a_name_are_not_a_persons_name() -> None:
    """A sentence opening "Besides Ma, two other friends called" names one man, known by one
    name: it does not answer "who presided over the chamber?"."""
    assert not has_type("Besides Ma, two other friends called with the same message.", "person")
    assert not has_type("However Interpol refused.", "person")
    # names spelled like a function word still are names
    assert has_type("Bill Browder has campaigned against the abuse of red notices.", "person")
    assert has_type("His wife, Zhao Wei, is a film star.", "person")


def test_anchors_must_be_in_the_cited_documents() -> None:
    assert digit_anchors("What did CCF Decision No. 14 (2018) find?") == {"14", "2018"}
    docs = ["CCF Decision No. 14 (2018)\nThe Commission found the data not compliant."]
    assert check_anchors("What did CCF Decision No. 14 (2018) find?", docs).answerable
    assert not check_anchors("What did CCF Decision No. 2 (2024) find?", docs).answerable
    known = {"commission", "ccf", "decision"}.__contains__
    verdict = check_anchors("Has a Brazilian court refused extradition?", docs, known_word=known)
    assert not verdict.answerable and "Brazilian" in verdict.reason


def test_a_full_name_is_found_by_any_of_its_parts() -> None:
    docs = ["The Minister of Justice ordered that Mr Kim be surrendered to the PRC."]
    known = {"kim", "minister", "justice"}.__contains__
    assert check_anchors("Why did Kim Kyung Yup challenge the Minister's decision?", docs, known).answerable
    # Each name group must still be there: an unknown second person is not.
    verdict = check_anchors(
        "Did the Minister discuss the case of Kim Kyung Yup with Zhang Wei before deciding?", docs, known
    )
    assert not verdict.answerable and "Zhang Wei" in verdict.reason
    # Institution words are not part of a name: "Brazilian" alone must be found.
    verdict = check_anchors(
        "Did the Brazilian Court hear the case of Kim before the Minister decided?", docs, known
    )
    assert not verdict.answerable and "Brazilian" in verdict.reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("usnesení ze dne 18. 4. 2019", "day"),
        ("Högsta domstolens beslut den 12 juni 2019", "day"),
        ("since the 1990s", "date"),
        ("costs of CHF 5,000", "amount"),
        ("odszkodowanie 5 000 zł", "amount"),
        ("náhrada 500 Kč", "amount"),
    ],
)
def test_answer_types_in_the_corpus_languages_formats(text: str, kind: str) -> None:
    assert has_type(text, kind)


def test_country_and_nationality_words_are_never_part_of_a_name() -> None:
    docs = ["Mr Liu, born in Taiwan, was arrested in Poland at China's request."]
    known = {"liu", "china", "poland"}.__contains__
    question = (
        "Did the court refuse to extradite the Taiwanese Liu to China because he was not a PRC national?"
    )
    verdict = check_anchors(question, docs, known)
    assert not verdict.answerable and "Taiwanese" in verdict.reason


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What prison sentence does the law prescribe?", "penalty"),
        ("¿A qué pena fue condenado?", "penalty"),
        ("Quale pena rischiava la ricorrente?", "penalty"),
        ("他被判处了什么刑罚？", "penalty"),
        ("2023年中国向国际刑警组织缴纳的会费是多少？", "amount"),
        ("2023年国际刑警组织有多少名中国官员？", "number"),
    ],
)
def test_penalty_and_chinese_amount_cues(question: str, kind: str) -> None:
    assert expected_type(question) == kind


def test_a_penalty_is_a_term_of_imprisonment_not_any_duration() -> None:
    assert has_type("He was sentenced to ten years.", "penalty")
    assert has_type("The offence carries 3 to 7 years' imprisonment.", "penalty")
    assert has_type("Il rischiava l'ergastolo.", "penalty")
    assert not has_type("Fifteen months later, he was arrested again in Benin.", "penalty")


def test_the_value_asked_for_is_not_one_the_question_names() -> None:
    question = "How many of the 230,000 people 'persuaded to return' were convicted?"
    assert not has_type("From April 2021 to July 2022, 230,000 nationals returned.", "number", question)
    assert has_type("Of the 230,000, some 5,000 were convicted.", "number", question)
    # Chinese runs its words together: the question's "约100人" names 100 all the same
    chinese = "南宁突击行动中被捕的约100人后来有多少人被正式起诉？"
    assert not has_type("Police arrested about 100 people in Nanning.", "number", chinese)
    assert has_type("共有1000多名嫌疑人被抓获。", "number", "有多少人被抓获？")
    assert not has_type("Mr Kim was surrendered to the PRC.", "person", "Who represented Mr Kim?")
    assert has_type("Mr Kim was represented by Ms Ellis.", "person", "Who represented Mr Kim?")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which Minister of Justice signed the surrender decision?", "person"),
        ("Which senior police official announced the figure?", "person"),
        ("Quel ministre a signé le décret ?", "person"),
        ("Quale funzionario ha annunciato la cifra?", "person"),
        ("¿Qué ministra firmó la orden?", "person"),
        ("Kararı hangi bakan imzaladı?", "person"),
        ("Which official bodies publish the notices?", "institution"),  # bodies, not officials
    ],
)
def test_a_role_asks_for_the_person_holding_it(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_counsel_listed_by_initials_are_people_and_party_roles_are_not() -> None:
    heading = "Between Minister of Justice First Appellant and Kyung Yup Kim Respondent"
    assert values_of(heading, "person") == ["Kyung Yup"]
    counsel = "A J Ellis, B J R Keith and G K Edgeler for Respondent"
    assert values_of(counsel, "person") == ["A J Ellis", "B J R Keith", "G K Edgeler"]
    assert values_of("A Chinese court refused.", "person") == []
    # the heading names the parties, not who signed: no person the question does not name
    assert not has_type(
        heading, "person", "Which Minister of Justice signed the decision to surrender Kyung Yup Kim?"
    )


def test_english_words_spelled_like_numbers_are_no_count() -> None:
    # Turkish "on" is ten and Italian "due" two, but not in "on social media" or "due to"
    assert not has_type("He relied on the report, due to the risk of torture.", "number", "How many?")
    assert has_type("On yıl hapis cezası verildi.", "number", "Kaç yıl?")
    assert has_type("Due persone sono state arrestate.", "number", "Quante persone?")


def test_a_figure_dated_to_another_year_does_not_answer() -> None:
    question = "How much did China pay INTERPOL in 2023?"
    assert about_another_year("China spent $13.7 million in 2024.", question)
    assert not about_another_year("China spent $13.7 million in 2023 and 2024.", question)
    assert not about_another_year("China spent $13.7 million.", question)


def test_sentence_initial_words_are_not_names() -> None:
    assert name_anchors("Safeguard Defenders says China evades it. What does that Convention require?") == [
        ("Defenders",),
        ("China",),
        ("Convention",),
    ]
    # an abbreviation's full stop does not start a sentence
    assert ("Kim",) in name_anchors("What did Mr. Kim argue in Liu v. Poland?")
    assert ("Poland",) in name_anchors("What did Mr. Kim argue in Liu v. Poland?")


def test_names_must_be_in_a_cited_passage_not_just_somewhere_in_a_long_report() -> None:
    report = "Chapter 1. Extradition to China from Sweden. Chapter 9. Japan signed no treaty."
    quoted = "If the Supreme Court finds impediments to extradition, extradition may not take place."
    known = {"japan", "china", "supreme", "court"}.__contains__
    question = "Does Japan's extradition law allow the surrender of nationals to China?"
    assert check_anchors(question, [report], known).answerable  # document-wide: found in chapter 9
    verdict = check_anchors(question, [report], known, passages=[quoted])
    assert not verdict.answerable and "Japan" in verdict.reason


def test_institution_words_of_the_questions_languages_are_no_names() -> None:
    # "Camera" is in English documents too ("deliberated in camera"): as a name to find it
    # sent the ECtHR Chamber's judgment date, asked in Italian, to abstention
    def word_languages(word: str) -> frozenset[str]:
        return frozenset({"en", "it"}) if word.lower() in {"camera", "turchia", "mahkemesi"} else frozenset()

    passage = ["Delivered in English, and notified in writing on 24 June 2014. A.D. and Others v. Turkey."]
    for question in (
        "Nel caso A.D. c. Turchia, in che data la Camera ha deliberato la sentenza?",
        "A.D. davasında Anayasa Mahkemesi kararını hangi tarihte verdi?",
    ):
        verdict = check_anchors(question, passage, document_languages=["en"], word_languages=word_languages)
        assert verdict.answerable, verdict.reason


def test_across_languages_only_names_spelled_alike_in_other_languages_are_checked() -> None:
    # "Bordeaux" and "Gao" occur in English documents: a French or Spanish question's
    # spelling of them can be checked; "Chine" occurs only in French ones (a translation).
    languages = {"bordeaux": frozenset({"en", "fr"}), "gao": frozenset({"en"}), "chine": frozenset({"fr"})}

    def word_languages(word: str) -> frozenset[str]:
        return languages.get(word.lower(), frozenset())

    passage = ["Le 13 octobre 2011, la cour d'appel de Paris a émis un avis favorable (Chine)."]
    question = "Quel jour la cour d'appel de Bordeaux a-t-elle refusé l'extradition vers la Chine ?"
    verdict = check_anchors(question, passage, document_languages=["fr"], word_languages=word_languages)
    assert not verdict.answerable and "Bordeaux" in verdict.reason
    question = "Quel jour la cour d'appel de Paris a-t-elle émis un avis favorable pour la Chine ?"
    assert check_anchors(
        question, passage, document_languages=["fr"], word_languages=word_languages
    ).answerable
    # a Turkish case ending is not part of the name
    question = "Türk mahkemesi Gao'nun iadesini hangi gün reddetti?"
    assert check_anchors(question, ["Gao Jianhuan was arrested."], word_languages=word_languages).answerable
    verdict = check_anchors(question, ["Yapchan was arrested."], word_languages=word_languages)
    assert not verdict.answerable and "'Gao'" in verdict.reason


def test_months_and_institution_words_are_not_names_to_check() -> None:
    assert name_anchors("How many stations had been reported by 21 June 2022?") == []
    passage = ["Neutrality was written into the text in 1948 and extended in 1956."]
    question = "When was the neutrality principle written into its Statute?"
    assert check_anchors(question, passage, {"statute"}.__contains__, passages=passage).answerable


def test_the_answering_passage_needs_only_one_of_the_names() -> None:
    question = "On what date did the Bordeaux court refuse Tang Hao's extradition?"
    other_case = ["On 13 October 2011 the Paris court gave a favourable opinion."]
    known = {"bordeaux", "tang", "hao", "paris"}.__contains__
    assert not check_anchors(question, other_case, known, passages=other_case, any_name=True).answerable
    same_case = ["On 6 October 2022 the Bordeaux court refused the request."]
    assert check_anchors(question, same_case, known, passages=same_case, any_name=True).answerable


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What did the ECtHR conclude on the merits in A.D. and Others v. Turkey?", True),
        ("Dans l'affaire n° 11-87679, la Cour de cassation a-t-elle cassé l'avis favorable ?", True),
        ("Quali conclusioni ha rassegnato il Procuratore generale?", True),
        ("Did the Supreme Court ultimately reinstate the decision?", True),
        ("这八名申诉人最终有没有被引渡到中国？", True),
        ("AİHM davada esasa ilişkin olarak ne sonuca vardı?", True),
        ("¿Cómo resolvió el Pleno el recurso de súplica 140/2018?", True),
        ("How did the Court of Appeal rule on Mr Kim's appeal?", True),
        ("What did the Supreme Court decide in the Qiao case?", True),
        ("Anayasa Mahkemesi başvuru hakkında nasıl karar verdi?", True),
        ("Comment la chambre de l'instruction a-t-elle statué ?", True),
        # why a lower court decided something is reasoning, not how the case ended
        ("Why did the Russian court reject X.W.'s argument?", False),
        ("Which court refused the extradition of H.?", False),
    ],
)
def test_questions_about_how_a_case_ended(question: str, asks: bool) -> None:
    assert asks_outcome(question) == asks


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Başvurucuya ne kadar manevi tazminat ödenmesine hükmetti?", "amount"),
        ("Verilen ceza en az ne kadar olmalıdır?", "number"),
        ("¿Cuánto tiempo estuvo detenido?", "duration"),
        ("¿Cuánto dinero pagó?", "amount"),
    ],
)
def test_how_much_is_an_amount_only_when_it_is_about_money(question: str, kind: str) -> None:
    assert expected_type(question) == kind


@pytest.mark.parametrize(
    ("question", "language", "countries"),
    [
        ("Un tribunal brésilien a-t-il refusé une extradition vers la Chine ?", "fr", ["BR", "CN"]),
        ("La legge giapponese consente al Giappone di estradare i suoi cittadini?", "it", ["JP"]),
        ("¿Algún tribunal brasileño ha rechazado una extradición?", "es", ["BR"]),
        ("Japonya'nın iade kanunu buna izin veriyor mu?", "tr", ["JP"]),
        # Turkish "of that country": the name and -lı/-li/-lu
        ("Polonyalı hâkimler raporları ne ölçüde incelemişti?", "tr", ["PL"]),
        ("Bir İsveçli mahkeme iadeyi reddetti mi?", "tr", ["SE"]),
        ("日本的引渡法是否允许日本向中国移交本国国民？", "zh", ["CN", "JP"]),
        # a region by the Chinese short form of its country's name
        ("2022年全年，公安部从缅北共劝返了多少名电信诈骗犯罪嫌疑人？", "zh", ["MM"]),
        ("Le ministre de la Nouvelle-Zélande a-t-il obtenu des assurances ?", "fr", ["NZ"]),
        # adjectives no ending makes from the name ("belge" from "Belgique"), in each form
        ("La Cour de cassation belge a-t-elle refusé une extradition ?", "fr", ["BE"]),
        ("Les juridictions grecques ont-elles statué ?", "fr", ["GR"]),
        ("I giudici tedeschi hanno mai rifiutato un'estradizione?", "it", ["DE"]),
        ("¿Qué decidió el Tribunal Supremo checo? ¿Y la Audiencia española?", "es", ["CZ", "ES"]),
        # a language is no country: "the English text"
        ("Le texte anglais du traité dit-il autre chose ?", "fr", []),
        # ordinary words spelled like a country, or starting like one, are not countries
        ("Bu mali suçlar için kırmızı bülten çıkarıldı mı?", "tr", []),
        ("Quelles décisions portent sur un risque de maltraitance ?", "fr", []),
        ("What did the Brazilian court decide?", "en", []),  # English names are checked as names
    ],
)
def test_countries_named_in_another_language(question: str, language: str, countries: list[str]) -> None:
    assert sorted(country_anchors(question, language)) == countries


def test_a_translated_country_must_be_in_the_cited_passages() -> None:
    about_sweden = ["Högsta domstolen\nSweden\nThe Supreme Court found an impediment to extradition."]
    question = "La loi japonaise permet-elle au Japon d'extrader ses ressortissants ?"
    verdict = check_anchors(
        question, about_sweden, document_languages=["sv"], word_languages=lambda w: frozenset()
    )
    assert not verdict.answerable and "Japan" in verdict.reason
    # Named in the document's own language, or in its English metadata, it counts.
    assert check_anchors(
        "Un tribunal suédois a-t-il refusé ?",
        about_sweden,
        document_languages=["sv"],
        word_languages=lambda w: frozenset(),
    ).answerable
    assert check_anchors(
        "Un tribunal suédois a-t-il refusé ?",
        ["Sveriges högsta domstol"],
        document_languages=["sv"],
        word_languages=lambda w: frozenset(),
    ).answerable


def test_chinese_questions_are_chinese_whatever_names_they_carry() -> None:
    assert (
        question_language("针对布拉格法院的Nt 405/2018号和14 To 127/2018号裁决，W.-K. L.提出了什么？") == "zh"
    )
    assert name_anchors("法国南部那家法院是在哪一天驳回对Tang Hao的引渡的？") == [("Tang", "Hao")]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # short questions that are mostly names: langdetect, used before, said sk, sw, tl, sw, pt, it, es, cy
        ("Liu v. Poland?", "en"),
        ("Chi è Gao Jianhuan?", "it"),
        ("Qui est Tang Hao ?", "fr"),
        ("Gao Jianhuan kimdir?", "tr"),
        ("Gao Jianhuan arrest date", "en"),
        ("CCF decision 2018 red notice deleted", "en"),
        ("Cosa ha deciso la CCF?", "it"),
        ("Çin'e iade reddedildi mi?", "tr"),
        ("¿Cuándo fue detenido Shiksaitov?", "es"),
        ("Wer ist Gao Jianhuan?", "de"),
    ],
)
def test_short_questions_full_of_names_get_their_language(question: str, language: str) -> None:
    """A lawyer types "Liu v. Poland?": treated as Slovak, it lost English BM25 and the
    English name checks."""
    assert question_language(question) == language


def test_a_country_has_its_usual_english_name_beside_cldrs() -> None:
    from app.countries import english_country_names

    assert english_country_names("TR") == ["Türkiye", "Turkey"]
    assert english_country_names("SE") == ["Sweden"]


def test_a_number_matches_however_its_thousands_are_separated() -> None:
    docs = ["In February 2025, more than 1,000 Chinese nationals were flown home."]
    assert check_anchors("Quando sono stati rimpatriati oltre 1.000 cittadini cinesi?", docs).answerable
    assert not check_anchors("Quando sono stati rimpatriati oltre 2.000 cittadini cinesi?", docs).answerable
    assert check_anchors("1000多名中国公民是什么时候被送回国的？", docs).answerable
    # a number is a whole number: "No. 18" is not found inside "2018"
    assert not check_anchors("What did Decision No. 18 find?", ["CCF Decision No. 17 (2018)"]).answerable
    assert check_anchors("What did Decision No. 17 find?", ["CCF Decision No. 17 (2018)"]).answerable
    assert not check_anchors("2000多名中国公民是什么时候被送回国的？", docs).answerable
    # A case number is matched only as written.
    assert not check_anchors("Che cosa ha deciso la sentenza 1.000/2019?", docs).answerable
    # French spaces its thousands; a number is not the tail of a larger one ("4,100" is no 100)
    assert check_anchors(
        "Quand plus de 1 000 ressortissants chinois ont-ils été rapatriés ?", docs
    ).answerable
    assert not check_anchors(
        "Quando sono stati rimpatriati 100 cittadini?", ["about 4,100 syndicates"]
    ).answerable
    assert check_anchors("How many of the 230,000 were convicted?", ["some 230.000 returned"]).answerable


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who is Meng Hongwei?", None),
        ("Qui est Tang Hao ?", None),
        ("Chi è Gao Jianhuan?", None),
        ("¿Quién es Chen Zhi?", None),
        ("Tang Hao kimdir?", None),
        ("孟宏伟是谁？", None),
        ("Who was Mr. Kim?", None),
        # a name is asked for: the role is given, or the name is part of a longer question
        ("Who was Mr Kim's lawyer?", "person"),
        ("Who represented Mr Kim?", "person"),
        ("Who is the rapporteur?", "person"),
        ("Davayı kim kazandı?", "person"),
    ],
)
def test_who_is_a_named_person_asks_what_they_are_not_for_a_name(question: str, kind: str | None) -> None:
    # "Who is Meng Hongwei?" is answered by "Meng Hongwei, then China's vice public
    # security minister": a sentence with another person's name in it is no better.
    assert expected_type(question) == kind


def test_a_capital_or_region_stands_for_its_countries() -> None:
    known = {"china", "russia", "russian", "nigeria", "campaigns"}.__contains__
    question = "Which two campaigns did Beijing launch to bring back officials who fled abroad?"
    passage = ["China launched Operation Fox Hunt in 2014 and Sky Net in 2015."]
    assert check_anchors(question, passage, known, passages=passage).answerable
    elsewhere = ["Sweden launched two campaigns in 2014."]
    verdict = check_anchors(question, elsewhere, known, passages=elsewhere)
    assert not verdict.answerable and "Beijing" in verdict.reason
    # "Moscow" is in no document, but Russia is: not "the corpus never mentions 'Moscow'"
    question = "Had Moscow signed the protocols abolishing the death penalty?"
    passage = ["The Russian Federation has not ratified Protocols Nos. 6 and 13."]
    assert check_anchors(question, passage, known, passages=passage).answerable
    question = "Was anyone living in Africa persuaded to return?"
    passage = ["A fugitive in Nigeria was persuaded to return after his relatives were visited."]
    assert check_anchors(question, passage, known, passages=passage).answerable
    verdict = check_anchors(question, elsewhere, known, passages=elsewhere)
    assert not verdict.answerable and "Africa" in verdict.reason


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("Polish", "Poland"),
        ("Spanish", "Spain"),
        ("French", "France"),
        ("Swiss", "Switzerland"),
        ("Dutch", "the Netherlands"),
    ],
)
def test_a_country_adjective_stands_for_its_country(adjective: str, country: str) -> None:
    # "the Polish Court of Appeal" is about Poland: the adjective's stem ("poli") is not
    # the name's ("pola"), so only the adjective's own country may stand for it.
    known = {"poland", "spain", "france", "switzerland", "netherlands", "sweden"}.__contains__
    question = f"When was the applicant arrested, and when did the {adjective} court of appeal rule?"
    passage = [
        f"The applicant was arrested in {country} on 6 August 2017; the court of appeal ruled in 2018."
    ]
    assert check_anchors(question, passage, known, passages=passage).answerable
    elsewhere = ["The applicant was arrested in Sweden on 6 August 2017; the court of appeal ruled in 2018."]
    verdict = check_anchors(question, elsewhere, known, passages=elsewhere)
    assert not verdict.answerable and adjective in verdict.reason


def test_a_cldr_name_with_a_parenthesis_is_found_without_it() -> None:
    # CLDR's English name of MM is "Myanmar (Burma)"; texts write "Myanmar".
    question = "中国法院以在缅甸从事诈骗为由判处11人死刑，是在什么时候？"
    passage = ["In September 2025, a Chinese court sentenced 11 individuals to death in Myanmar."]
    assert check_anchors(
        question, passage, document_languages=["en"], word_languages=lambda w: frozenset(), passages=passage
    ).answerable
    elsewhere = ["In September 2025, a Chinese court sentenced 11 individuals to death in Laos."]
    assert not check_anchors(
        question,
        elsewhere,
        document_languages=["en"],
        word_languages=lambda w: frozenset(),
        passages=elsewhere,
    ).answerable


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How long was Liu held in extradition detention?", "duration"),
        ("Combien de temps H. a-t-il passé en détention ?", "duration"),
        ("How long ago did it happen?", None),
        # a count of months or days is a length of time: "Article 42" does not answer it
        ("Within how many months must the CCF decide on a request?", "duration"),
        ("Combien de jours a duré la garde à vue ?", "duration"),
        ("Per quanti mesi è rimasto in detenzione?", "duration"),
        ("他在阿联酋被关押了多少天？", "duration"),
        ("How many people were arrested in 2019?", "number"),
        ("¿En qué año se celebró la reunión de noviembre?", "year"),
        ("In what year did China join INTERPOL?", "year"),
        ("How many yuan was he said to have embezzled?", "amount"),
        ("Quanto ha speso la Cina per le operazioni speciali?", "amount"),
        ("¿A cuánto ascendía el perjuicio de la estafa?", "amount"),
    ],
)
def test_duration_year_and_spending_cues(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_a_broadcaster_named_the_voice_of_a_country_is_no_country_anchor() -> None:
    # 德国之声 is Deutsche Welle: a question citing its records is not about Germany.
    question = "据ICIJ合作媒体德国之声土耳其台获得的审讯记录，官员要求这名商人采取什么做法？"
    assert country_anchors(question, "zh") == ("TR",)
    passage = [
        "The records say officials told the trader to buy a house near his residence, according to Deutsche Welle Turkey."
    ]
    assert check_anchors(
        question, passage, document_languages=["en"], word_languages=lambda w: frozenset(), passages=passage
    ).answerable
    # the country itself still counts
    assert sorted(country_anchors("德国法院是否拒绝过向中国引渡？", "zh")) == ["CN", "DE"]


def test_a_duration_a_year_and_a_count_are_what_they_say() -> None:
    # "how long" wants a length of time, not any number ("application no. 37610/18")
    assert has_type("His detention lasted more than 21 months.", "duration")
    assert has_type("羁押持续了21个月。", "duration")
    assert not has_type("The application (no. 37610/18) was lodged on 6 August 2017.", "duration")
    assert not has_type("2019年，法院拒绝了请求。", "duration")
    # "what year" wants a year, not a month
    assert not has_type("In November, China convened talks with Thailand.", "year")
    assert has_type("In November 2023, China convened talks with Thailand.", "year")
    # "how many officers" is not answered by a sum
    question = "How many officers did China post at the General Secretariat in 2024?"
    assert not has_type("China spent $13.7 million in 2024.", "number", question)
    assert not has_type("It embezzled about 3 miljoner yuan.", "number", question)
    assert has_type("China posted 11 officers there in 2024.", "number", question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What criminal charge was the applicant wanted for?", "offence"),
        ("For what offence did China seek his extradition?", "offence"),
        ("Sous quel chef d'accusation était-il recherché ?", "offence"),
        ("Pour quelles infractions l'extradition était-elle demandée ?", "offence"),
        ("Con quale accusa era ricercato in Cina?", "offence"),
        ("¿Por qué delito solicitaba China la extradición?", "offence"),
        ("Çin'de hangi suçlamayla aranıyordu?", "offence"),
        ("他在中国因什么罪名被通缉？", "offence"),
        ("Which countries gave New Zealand details?", "country"),
        ("What nationality does he hold besides Chinese?", "country"),
        ("Vers quel pays a-t-il été expulsé ?", "country"),
        ("Verso quale Stato era stato trasferito il procedimento?", "country"),
        ("¿A qué país fue extraditado?", "country"),
        ("Hangi ülkeye iade edildi?", "country"),
        ("除中国国籍外还持有哪个国家的国籍？", "country"),
        ("How many countries have such stations?", "number"),
        # a why-question asks for a reason, whatever it names on the way
        ("Why do the judgments not disclose which countries gave details?", None),
        ("Pourquoi la cour a-t-elle refusé ?", None),
        ("为什么哪些国家没有被公开？", None),
    ],
)
def test_offence_and_country_cues(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_an_offence_is_named_in_the_corpus_languages() -> None:
    question = "What criminal charge was he wanted for?"
    assert not has_type(
        "He was a wanted man in China who was living unlawfully in Russia.", "offence", question
    )
    assert has_type("He was sought on one count of intentional homicide.", "offence", question)
    assert has_type("pro spáchání trestného činu podvodu podle článku 266", "offence", question)
    assert has_type("accusé de blanchiment et d'escroquerie", "offence", question)
    assert has_type("因涉嫌诈骗被通缉", "offence", question)
    # French "vol" is a flight as often as a theft, "faux" false as often as forgery
    assert not has_type("Il a pris le vol de nuit ; un faux départ.", "offence", question)


def test_a_country_asked_for_is_one_the_question_does_not_name() -> None:
    question = "Which countries gave New Zealand details of their dealings with the PRC?"
    # New Zealand and China (as "the PRC", "People's Republic of China") are the question's own
    text = "In 2011, New Zealand received a request from the People’s Republic of China (the PRC)."
    assert not has_type(text, "country", question)
    assert has_type("Details were given by Australia.", "country", question)
    # a Chinese question, a Swedish answer: CLDR names in every corpus language
    zh = "瑞典最高法院的裁决中，Q.J.除中国国籍外还持有哪个国家的国籍？"
    assert has_type("Han är medborgare i Saint Kitts och Nevis.", "country", zh)
    assert not has_type("Han är medborgare i Kina.", "country", zh)


def test_countries_in_a_text_in_any_of_the_corpus_languages() -> None:
    from app.countries import countries_in

    def codes(text: str) -> list[str]:
        return [code for _, code in countries_in(text)]

    assert codes("vydání do Číny a na Kubu") == ["CN", "CU"]
    assert codes("Polska i Chiny") == ["PL", "CN"]
    assert codes("Çin'e iade") == ["CN"]
    assert codes("Hongkong och 香港") == ["HK", "HK"]
    assert codes("The U.S. and the UK; a Chinese court") == ["US", "GB", "CN"]
    # lower-case words and other words spelled like a country name none
    assert codes("mali durum; Malik; Pero no") == []


def test_a_party_named_by_initials_must_be_in_the_cited_passages() -> None:
    from app.answerability import initials_anchors

    question = "What criminal charge was A.L. (X.W.) wanted for in China?"
    assert initials_anchors(question) == ["A.L.", "X.W."]
    assert initials_anchors("What did the U.S. and M. Dupont say?") == []  # a country; "M." is "Mr"
    about_him = "Case of A.L. (X.W.) v. Russia. He was a wanted man in China."
    another = "He had been deceived into illegal online gambling and hoped to return to China."
    assert check_anchors(question, [another], passages=[another]).answerable is False
    # even the lighter test for the passage stating the answer wants the party, not just "China"
    assert check_anchors(question, [another], passages=[another], any_name=True).answerable is False
    assert check_anchors(question, [about_him], passages=[about_him], any_name=True).answerable
    # initials are the same in every language, and may come in another order
    czech = "f) W.-K. L., zastoupeného stejným advokátem, proti usnesení Vrchního soudu v Praze"
    french = "Les décisions concernant L. W.-K. ont-elles été attaquées devant la Cour constitutionnelle ?"
    assert initials_anchors(french) == ["L. W.-K."]
    assert check_anchors(french, [czech], passages=[czech], any_name=True).answerable


def test_the_answering_passage_needs_the_rarest_name_the_question_gives() -> None:
    question = "When did the Fuzhou police open their service station in Benin City, Nigeria?"
    lead = "On 22 January 2022, the Fuzhou Public Security Bureau opened 30 overseas police service stations."
    shares = {"fuzhou": 0.02, "benin": 0.001, "nigeria": 0.003}

    def share(word: str) -> float:
        return shares.get(word.lower(), 0.0)

    # one name suffices for the lighter test …
    assert check_anchors(question, [lead], passages=[lead], any_name=True).answerable
    # … but not when it is the common one and the specific one is missing
    verdict = check_anchors(question, [lead], passages=[lead], any_name=True, share=share)
    assert not verdict.answerable and "Benin" in verdict.reason
    benin = "A station opened in Benin City, Nigeria, in 2018, run by the Fuzhou police."
    assert check_anchors(question, [benin], passages=[benin], any_name=True, share=share).answerable


def test_dates_with_de_and_birth_dates() -> None:
    question = "¿En qué fecha acordó la Sección Tercera la extradición?"
    assert has_type("se dictó auto con fecha 13 de diciembre de 2017", "day", question)
    # a party's birth date, in every ruling's opening, answers no other "when"
    opening = "The complainant is X.Q.L., a Chinese national, born on 8 October 1978, residing in Australia."
    assert not has_type(opening, "day", "On what date was her protection visa application refused?")
    assert has_type(opening, "day", "When was X.Q.L. born?")


@pytest.mark.parametrize(
    ("question", "kind", "outcome"),
    [
        ("Under Article 83, what minimum penalty must the offence carry?", "penalty", False),
        ("What orders did the Supreme Court make in Minister of Justice v Kim?", None, True),
        ("新西兰最高法院在该案中作出了哪些命令？", None, True),
    ],
)
def test_penalty_and_orders_cues(question: str, kind: str | None, outcome: bool) -> None:
    assert expected_type(question) == kind
    assert asks_outcome(question) is outcome


def test_peoples_and_faiths_are_not_names() -> None:
    question = "What is the name of the trader paid to spy on Abdulkadir Yapchan?"
    text = "Officials paid a Uyghur textile trader to spy on Abdulkadir Yapchan, a Muslim Uyghur activist."
    assert not has_type(text, "person", question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Under which article did the commissioner step aside?", "provision"),
        ("Quel article le prévoit ?", "provision"),
        ("Con quali articoli della CEDU sarebbe incompatibile?", "provision"),
        ("6458 sayılı Kanun'un hangi maddesine dayandırdı?", "provision"),
        ("条约的哪一条规定了拒绝引渡？", "provision"),
        # what an article says is not which article
        ("What does Article 2 itself say about human rights?", None),
    ],
)
def test_provision_cues(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_a_provision_is_an_article_section_or_paragraph_number() -> None:
    question = "Quel article le prévoit ?"
    assert has_type("vydání pro trestný čin podvodu podle článku 266", "provision", question)
    assert has_type("oförenlig med artiklarna 2, 3 och 6 i Europakonventionen", "provision", question)
    assert has_type("Kanunun 54. maddesi uyarınca", "provision", question)
    assert not has_type("Le traité, signé à Paris le 20 mars 2007, sera publié.", "provision", question)
    # the article the question names is not the answer
    assert not has_type(
        "Article 3 is about neutrality.", "provision", "Besides Article 3, which article applies?"
    )


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("21 Haziran 2022 itibarıyla", {(21, 6)}),
        ("截至2022年6月21日", {(21, 6)}),
        ("the reported tally on 21 June standing at 38 stations", {(21, 6)}),
        ("June 21, 2022", {(21, 6)}),
        ("le 1er mars 2016", {(1, 3)}),
        ("13 de diciembre de 2017", {(13, 12)}),
        ("usnesení ze dne 18. 4. 2019", {(18, 4)}),
        ("dnia 6 sierpnia 2017 r.", {(6, 8)}),
        ("Article 3 may be invoked in 2021", set()),
        ("54. maddesi", set()),
    ],
)
def test_days_are_read_in_the_corpus_languages(text: str, days: set[tuple[int, int]]) -> None:
    assert days_named(text) == days


def test_a_figure_dated_to_another_day_is_another_days_figure() -> None:
    question = "21 Haziran 2022 itibarıyla Fuzhou'nun işlettiği kaç yurt dışı polis karakolu rapor edilmişti?"
    assert about_another_day("on 22 January 2022 he announced 30 stations in 21 countries", question)
    assert not about_another_day("the reported tally on 21 June standing at 38 stations", question)
    assert not about_another_day("38 stations across five continents", question)  # undated


def test_a_range_of_years_is_two_years_the_text_may_write_apart() -> None:
    """ "in 2017-2021" is "between 2017 and 2021" in the text; a case number stays whole."""
    assert digit_anchors("How many rings were dismantled in 2017-2021?") == {"2017", "2021"}
    assert digit_anchors("What did case 11 Tcu 116/2019 decide?") == {"11", "116/2019"}


@pytest.mark.parametrize(
    "text",
    [
        "punishable by deprivation of liberty or under a detention order for a maximum period of at least one year",
        "punis d'une peine privative de liberté ou d'une mesure de sûreté privative de liberté",
        "punibili con una pena privativa della libertà",
    ],
)
def test_a_term_of_deprivation_of_liberty_is_a_penalty(text: str) -> None:
    assert has_type(text, "penalty")


def test_descriptions_are_not_names_a_passage_must_carry() -> None:
    """A paraphrasing question describes what the passage names: "a Southeast Asian island
    nation" is the Philippines, "Anxi-style pilots" are Anxi's, "la República Popular China"
    is the PRC. None of those words need be in the passage; the name in a compound must."""
    passage = ["A Wuhan newspaper praised an officer who won over a judge in the Philippines."]
    known = {"southeast", "asian", "wuhan", "philippines", "popular", "anxi"}.__contains__
    question = "Which paper praised an officer for winning over a judge in a Southeast Asian island nation?"
    assert check_anchors(question, passage, known_word=known).answerable
    assert name_anchors("The Anxi-style pilots were praised by whom?") == [("Anxi",)]
    assert not check_anchors("Who praised the Anxi-style pilots?", passage, known_word=known).answerable
    spanish = "¿Por qué pidió la ministra garantías a la República Popular China?"
    languages = {"popular": frozenset({"en", "es"})}
    request = ["New Zealand received a request from the People’s Republic of China to extradite Mr Kim."]
    assert check_anchors(
        spanish,
        request,
        document_languages=["en"],
        word_languages=lambda w: languages.get(w.lower(), frozenset()),
    ).answerable


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What was the name of the security company Sun Lijun asked H. to invest in?", "institution"),
        # someone's real name: a person's (not initials, a nickname or a pseudonym)
        ("What is the real name of the officer nicknamed 'Boss'?", "person"),
        ("What was the online lending firm called?", "institution"),
        (
            "What was the online lending firm that Z. chaired before her arrest in Ancona called?",
            "institution",
        ),
        ("Quel est le nom de la société de prêt en ligne ?", "institution"),
        ("Comment s'appelle le journal de Wuhan ?", "institution"),
        ("Come si chiama la società tecnologica statunitense?", "institution"),
        ("¿Cómo se llama el complejo de estafas?", "name"),
        ("Şirketler grubunun adı nedir?", "name"),
        ("这名使馆代表叫什么名字？", "person"),
        ("In which city was the Regional Court?", "place"),
        ("Quelle ville ou province chinoise a sollicité la notice rouge ?", "place"),
        ("In quali città italiane si trovano i punti di contatto?", "place"),
        ("¿En qué ciudad se reunieron?", "place"),
        ("Başvurucular hangi şehirde ikamet ediyordu?", "place"),
        ("他出生在哪个城市？", "place"),
        ("Başvurucu Çin'in hangi şehrinde doğmuştur?", "place"),  # şehir, vowel dropped
        ("In quale località al confine è stato fermato?", "place"),
        ("Mahkeme hangi ilkeye dayandı?", None),  # a principle ("ilke"), not a province ("il")
        # a person asked for by a role stays a person; a name and a date is a date first
        ("Who presided over the chamber, and in which city did it sit?", "person"),
        ("When was the firm founded and what was it called?", "date"),
    ],
)
def test_a_name_or_a_place_asked_for(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_a_name_asked_for_is_a_proper_name_the_question_does_not_give() -> None:
    question = "What was the name of the online lending firm Z. chaired?"
    ordinary = {"regional", "provincial", "court"}.__contains__  # the corpus' lower-case words

    def has(text: str, q: str = question) -> bool:
        return has_type(text, "name", q, lambda w: ordinary(w.lower()))

    assert not has("Z., a former chairwoman of an online lending firm, spent 200 days in an Italian prison.")
    assert has("Z. chaired Tuandai, an online lending firm.")
    assert not has("The Regional Court in China held the request lawful.")  # ordinary word, a country
    assert not has("TikTok and WeChat were named.", "What was the app called, besides TikTok and WeChat?")
    assert not has("In March Beijing's police acted.", "What was the Beijing police unit called?")


def test_a_place_asked_for_may_be_a_city_state_but_no_other_country() -> None:
    question = "In which city did Meng Hongwei open the Interpol World Congress?"
    assert has_type("He opened the World Congress in Singapore in July 2017.", "place", question)
    assert has_type("The Interpol headquarters in Lyon, France.", "place", question)
    assert not has_type("He spoke in France in July 2017.", "place", question)
    assert not has_type("The extradition would be in conformity with Polish law.", "place", question)
    # the place the question itself gives is not its answer
    assert not has_type("Singapore hosted it.", "place", "Which city after Singapore hosted it?")


def test_a_name_or_place_asked_after_something_else_is_its_parts_to_state() -> None:
    from app.questionparts import question_parts

    later = (
        "La risoluzione del 2017 reca la sigla GA-2017-86-RES-09. Confrontandola con le note, "
        "in quale sessione e in quale città si è riunita l'Assemblea generale?"
    )
    assert expected_type(later) == "place"
    assert lead_type(later, question_parts(later)) is None
    first = "In which city did Meng Hongwei open the Congress, and when?"
    assert lead_type(first, question_parts(first)) == "place"
    premise = "一家公司曾三次联系波尔多检察官。这个项目叫什么名字？"
    assert lead_type(premise, question_parts(premise)) == "name"
    premise = "中国驻法国大使馆一名代表曾三次联系波尔多检察官。这名使馆代表叫什么名字？"
    assert lead_type(premise, question_parts(premise)) == "person"  # a role's holder


def test_a_when_clause_setting_the_scene_does_not_ask_for_a_date() -> None:
    question = (
        "When China asked Sweden in 2018 to hand over a Chinese citizen (the case decided in 2019), "
        "what material besides the request itself did Beijing send?"
    )
    assert expected_type(question) is None
    assert (
        expected_type("Quand la Chine a demandé son extradition, quelle ville a-t-elle nommée ?") == "place"
    )
    assert expected_type("When was the treaty signed?") == "date"
    assert expected_type("When was he arrested, and what happened next?") == "date"


def test_a_birth_date_asked_for_is_the_one_after_the_birth_word() -> None:
    question = "¿En qué día y mes de 1980 nació Roberto?"
    # the order's date is not his birth date, and the ruling withholds that one
    withheld = (
        "se dictó auto con fecha 13 de diciembre de 2017 contra Roberto, nacido el NUM000 de 1980 en Taiwán"
    )
    assert not has_type(withheld, "day", question)
    assert has_type("contra Roberto, nacido el 3 de mayo de 1980 en Taiwán", "day", question)
    assert has_type("他于1978年10月8日出生。", "day", "X.Q.L.是哪一天出生的？")


def test_a_sum_asked_for_in_one_currency_is_not_answered_in_another() -> None:
    question = "What was the total alleged embezzlement expressed in euros?"
    assert expected_type(question) == "amount"
    yuan = "The total, about 210 million yuan, is 280-290 million Swedish kronor."
    assert not has_type(yuan, "amount", question)
    assert has_type("about 25 million euros", "amount", question)
    # the currency the question names is no value it gives: the sum is
    assert has_type("cirka 3 miljoner yuan", "amount", "How many yuan was the act alleged to involve?")
    assert not has_type("He paid $5 million.", "amount", "Of the $5 million H. paid, how much went to X?")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("¿Qué condena recibió en China Xia?", "penalty"),
        ("Quels étaient les noms du Premier ministre et du ministre des affaires étrangères ?", "person"),
        ("Hükümet ajanının (Agent) adı neydi?", "person"),
        ("¿Cómo se llama el magistrado ponente del auto?", "person"),
        ("Come si chiama il suo avvocato?", "person"),
        ("What is the name of the judge who delivered the reasons of the Court?", "person"),
        ("What was the name of the firm?", "institution"),
        ("Şirketin adı neydi?", "institution"),
    ],
)
def test_a_role_named_asks_for_its_holder(question: str, kind: str) -> None:
    assert expected_type(question) == kind


def test_names_with_initials_or_a_judicial_rank_and_articles_that_are_none() -> None:
    text = (
        "The applicants were represented by Mr A. Yılmaz and Ms S.N. Yılmaz, lawyers practising in Istanbul."
    )
    assert values_of(text, "person") == ["Mr A. Yılmaz", "Ms S.N. Yılmaz"]
    assert values_of("REASONS OF THE COURT (Given by Winkelmann J)", "person") == ["Winkelmann J"]
    assert values_of("Le Premier ministre et le ministre des affaires étrangères", "person") == []
    assert "Ma Jian" in values_of("Ma Jian said so.", "person")  # a surname, not the French "ma"


def test_a_person_the_question_names_is_no_answer_by_another_part_of_the_name() -> None:
    question = "What was the name of the High Court judge who refused Mr Kim's second application?"
    parties = "Between Minister of Justice First Appellant and Kyung Yup Kim Respondent"
    assert not has_type(parties, "person", question)
    assert not has_type("Mr Kim appealed that decision to this Court.", "person", question)
    assert has_type("The judge, Ms Karen Clark, refused it.", "person", question)


def test_a_decade_is_no_year() -> None:
    question = "In exactly which year was the complainant born?"
    assert expected_type(question) == "year"
    assert not has_type("The complainant is Z, a national of China born in the 1970s.", "year", question)
    assert not has_type("nata negli anni 1970", "year", question)
    assert not has_type("1970年代出生", "year", question)
    assert has_type("She was born in 1975.", "year", question)
    assert has_type("1975年出生", "year", question)


def _anchored_across(
    question: str, passage: str, language: str, spelled_in: dict[str, frozenset[str]]
) -> bool:
    """check_anchors on one passage in ``language``, the corpus spelling each word of
    ``spelled_in`` in those languages (Index.word_languages)."""
    return check_anchors(
        question,
        [passage],
        document_languages=[language],
        word_languages=lambda w: spelled_in.get(w.lower(), frozenset()),
        passages=[passage],
    ).answerable


def test_a_name_is_found_at_a_words_start_not_inside_another_word() -> None:
    """ "Portugal" is not in "importe" (a four-letter stem anywhere had matched "port"), but
    its forms are: "portugués", "Bordeaux's"."""
    question = "¿Ha denegado el Supremo Tribunal de Justiça de Portugal una extradición a China?"
    spelled_in = {"portugal": frozenset({"en"}), "china": frozenset({"en", "es"})}

    def verdict(passage: str) -> bool:
        return _anchored_across(question, passage, "es", spelled_in)

    assert not verdict("El importe de la reclamación extradicional de la República Popular China.")
    assert verdict("El Tribunal portugués denegó la extradición a China.")


def test_a_name_is_found_in_its_cognate_in_another_language() -> None:
    """ "Cassation" is the Italian "Cassazione": five letters of a long name, not all but
    its ending, are compared (test_ask: the Italian judgment 21125/2023)."""
    question = "Which judgment was challenged in the appeal decided by Cassation judgment 21125/2023?"
    passage = "Corte di Cassazione, sentenza n. 21125/2023: la Corte di appello di Ancona"
    verdict = _anchored_across(question, passage, "it", {"cassation": frozenset({"fr"})})
    assert verdict


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("有几名法官审理了此案？", "number"),
        ("他被拘留了几个月？", "duration"),
        # "these Uyghurs", "these years", "almost": no count asked for
        ("法院认为，即使当局不把这几名维吾尔人直接遣返中国，保护上仍存在什么漏洞？", None),
        ("这几年他住在哪里？", None),
        ("几乎所有嫌疑人都被劝返了吗？", None),
    ],
)
def test_chinese_ji_asks_for_a_count_only_as_a_question_word(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_a_hyphenated_name_is_found_by_its_parts() -> None:
    question = "How many workers were freed on the Thai-Myanmar border in February 2025?"
    passage = "In February 2025 more than 1,000 nationals on the Thailand–Myanmar border were rescued."
    assert check_anchors(question, [passage], passages=[passage]).answerable
    assert not check_anchors(
        question, [passage.replace("Myanmar", "Laos")], passages=[passage.replace("Myanmar", "Laos")]
    ).answerable


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Decisione CCF n. 12 (2017): in quale giorno la Camera ha deliberato?", "day"),
        ("Quel est le véritable nom de l'homme d'affaires H. ?", "person"),  # a real name is a person's
        ("Helili Türkiye'ye hangi sınır kapısından giriş yapmıştı?", "place"),
    ],
)
def test_a_day_a_real_name_and_a_border_crossing_asked_for(question: str, kind: str) -> None:
    assert expected_type(question) == kind


def test_chinese_numerals_are_the_questions_own_figures() -> None:
    """ "百名红通人员中的62人": 100 and 62 are the question's; "62 of 100" answers nothing."""
    question = "中国政府称已追回“百名红通人员”中的62人，其中有多少人是从美国被遣返的？"
    assert not has_type("They have repatriated 62 of “100 Top Red Notice” targets.", "number", question)
    assert has_type("Of them, 40 came back from the United States.", "number", question)
    assert values_of("约23万名嫌疑人被劝返", "number")[0] == "23万"


def test_italian_per_is_no_country() -> None:
    from app.countries import countries_in

    assert countries_in("Per quanti dei fatti contestati la Corte suprema svedese…") == []
    assert [c for _, c in countries_in("vydání do Číny, Čína, Peru")] == ["CN", "CN", "PE"]


def test_slovenia_is_not_slovakia() -> None:
    """Their names share four letters: a country's key takes one more where another
    country's one-word name starts alike, not where its adjective would be lost."""
    from app.answerability import _names_country
    from app.countries import country_key, fold

    assert country_key("SI", "en") != country_key("SK", "en")
    for text, code in (
        ("the Slovak courts", "SK"),
        ("a Slovenian court", "SI"),
        ("Turkey deported them", "TR"),
    ):
        assert _names_country(code, fold(text.lower()), text, ["en"]), text
    assert not _names_country("SI", "the slovak courts", "the Slovak courts", ["en"])
    assert country_key("GR", "en") == "gree"  # "Greek"


def test_a_decisions_number_in_its_year_is_found_as_the_commission_writes_it() -> None:
    # the Italian "Decisione CCF n. 8/2017" is the corpus' "CCF Decision No. 8 (2017)"
    question = "Decisione CCF n. 8/2017: in base a quale norma è stato consultato l'NCB?"
    assert missing_number(question, "ccf decision no. 8 (2017)") is None
    assert missing_number(question, "ccf decision no. 18 (2017)") == "8/2017"
    # a case number is found only as it is written
    assert missing_number("Cass. pen. n. 21125/2023", "n. 21125 (2023)") == "21125/2023"


def test_a_court_named_by_its_seat_is_named_by_its_record() -> None:
    # "la Cour de Strasbourg": the legal summary's record names the European Court of Human
    # Rights, never the city
    question = "À quelle date la Cour de Strasbourg a-t-elle demandé à Varsovie de surseoir à l'extradition ?"

    def answerable(passage: str) -> bool:
        return check_anchors(
            question,
            [passage],
            document_languages=["en"],
            word_languages=lambda w: frozenset({"en"}) if w.lower() == "strasbourg" else frozenset(),
            passages=[passage],
        ).answerable

    summary = "liu v. poland\neuropean court of human rights (registry legal summary)\nthe court indicated interim measures"
    assert answerable(summary)
    other = "ccf decision no. 8 (2017)\ncommission for the control of interpol's files\nthe ncb was consulted"
    assert not answerable(other)
