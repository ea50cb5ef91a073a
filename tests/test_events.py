"""Events a date or figure belongs to, and roles a person holds (app/events.py), in the corpus' languages."""

from __future__ import annotations

import pytest

from app.answering import eventful_parts
from app.events import events_in, roles_in, same_event, same_role
from app.questionparts import question_parts


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("How many of them were later convicted?", "conviction"),
        ("combien ont ensuite été condamnées par les tribunaux chinois ?", "conviction"),
        ("quante sono state poi condannate?", "conviction"),
        ("¿cuántas fueron condenadas después?", "conviction"),
        ("kaçı daha sonra mahkûm edildi?", "conviction"),
        ("后来有多少人被中国法院定罪？", "conviction"),
        ("On what date was he apprehended at the border?", "arrest"),
        ("À quelle date a-t-il été interpellé ?", "arrest"),
        ("Slovakya sınırında hangi tarihte yakalandı?", "arrest"),
        ("是在哪一天在斯洛伐克边境被捕的？", "arrest"),
        ("Stěžovatel byl zadržen dne 3. 5. 2018.", "arrest"),
        ("Skarżący został zatrzymany w Polsce.", "arrest"),
        ("were rescued and flown back to China", "release"),
        ("ont-ils été libérés", "release"),
        ("1000多名中国公民获救", "release"),
        ("In che anno hanno firmato il trattato?", "signature"),
        ("Çin ile Türkiye iade anlaşmasını ne zaman imzaladı?", "signature"),
        ("persuaded to return to China", "return"),
        ("在被“劝返”的23万人中", "return"),
        ("the applicants' deportation to China", "deportation"),
        ("Helili'nin sınır dışı edilmesi", "deportation"),
        ("$52,000 in compensation for unjust imprisonment", "award"),
        ("the Court indicated to the Government under Rule 39 of the Rules of Court", "interim"),
        ("à quelle date la Cour a-t-elle indiqué, au titre de l'article 39 du règlement", "interim"),
        ("Başvurucu hakkında geçici tedbir kararı verildi.", "interim"),
        ("in che data si è tenuta l'udienza?", "hearing"),
        ("Hearing: 4 February 2022", "hearing"),
        ("Duruşma hangi tarihte yapıldı?", "hearing"),
        ("In which city was he born?", "birth"),
        ("Nella sentenza, in quale città è nata la ricorrente?", "birth"),
        ("Başvurucu 1990 doğumlu bir erkek olup", "birth"),
        ("被请求引渡的人出生在哪个城市？", "birth"),
        ("L. W.-K., narozeného XY v XY", "birth"),
        ("on what date was he actually handed over to the Chinese authorities?", "surrender"),
        ("Mr Kim was surrendered to the PRC on 3 May 2022.", "surrender"),
        ("Kim Çin makamlarına hangi tarihte teslim edildi?", "surrender"),
        ("金某是哪一天被移交给中国当局的？", "surrender"),
    ],
)
def test_an_event_is_named_in_each_language(text: str, event: str) -> None:
    assert event in events_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Court delivered its judgment on 13 April 2022.",  # no event of the lexicon
        "La Cour d'appel a rendu son arrêt le 5 mai.",  # a judgment ("arrêt"), not an arrest
        "the decision on the extradition of Q.J.",  # the case, not an event asked about
        "Kaç kişi?",  # Turkish "how many"
        "a NATO summit",  # not Italian "nato" (born)
        "Bu doğru bir karar.",  # Turkish "doğru" (right), not "doğum" (birth)
    ],
)
def test_words_that_only_look_like_an_event_name_none_or_the_right_one(text: str) -> None:
    assert not events_in(text) & {"arrest", "return", "birth"}


def test_a_figure_belongs_to_the_event_the_question_names() -> None:
    question = "How many of the 230,000 people persuaded to return were later convicted?"
    returns = "230,000 nationals had been persuaded to return to face criminal proceedings."
    assert not same_event(question, returns, returns)  # a count of returns
    convictions = "Of those who returned, 1,200 were convicted."
    assert same_event(question, convictions, convictions)
    # One event in the sentence, the other in its passage: a two-part question is answered
    # by a sentence each.
    question = "When was he arrested, and when was he released?"
    sentence = "He was arrested in Poland on 6 August 2017."
    passage = sentence + " He was released on 4 September 2019."
    assert same_event(question, sentence, passage)
    assert not same_event(question, sentence, sentence)
    # A question naming no event of the lexicon is not checked.
    assert same_event("When did the Court rule?", "The hearing was held on 3 May.", "")


@pytest.mark.parametrize(
    "text",
    [
        "The Minister's decision of 19 September 2016 to surrender the respondent is reinstated.",
        "the Minister determined that Mr Kim be surrendered under s 30",
        "the surrender order was quashed",
        "部长作出的移交决定",
    ],
)
def test_a_decision_to_surrender_is_no_surrender(text: str) -> None:
    assert "surrender" not in events_in(text)


def test_a_count_of_citizens_is_not_a_count_of_applicants() -> None:
    question = "M.A. ve Diğerleri/Bulgaristan davasındaki beş başvurucudan kaçı Bulgar vatandaşlığı kazandı?"
    five = "The application was lodged by five Chinese nationals, Mr M.A. and four others."
    assert not same_event(question, five, five)
    acquired = "The first, fourth and fifth applicants acquired Turkish citizenship after lodging their applications."
    assert same_event(question, acquired, acquired)
    assert "citizenship" in events_in("她后来取得了新加坡国籍")


def test_the_day_someone_was_handed_over_is_not_the_day_of_a_judgment() -> None:
    question = "On what date was Kyung Yup Kim actually handed over to the Chinese authorities?"
    passage = "Judgment: 13 April 2022. The Minister's decision to surrender Mr Kim is reinstated."
    assert not same_event(question, "Judgment: 13 April 2022", passage)
    surrendered = "Mr Kim was surrendered to the PRC on 3 May 2022."
    assert same_event(question, surrendered, surrendered)


def test_the_date_of_an_interim_measure_is_not_the_date_an_application_was_lodged() -> None:
    question = (
        "On what date did the Court indicate to the Bulgarian Government, under Rule 39, not to deport them?"
    )
    lodged = "The application was lodged on 2 March 2018 by five Chinese nationals."
    assert not same_event(question, lodged, lodged)
    indicated = "On 5 March 2018 the Court indicated to the Government under Rule 39 that they should not be deported."
    assert same_event(question, indicated, indicated)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("What was the name of the High Court judge who refused it?", "judge"),
        ("(Given by Winkelmann J)", "judge"),
        ("¿Cómo se llama el magistrado que formuló el voto particular?", "judge"),
        ("Dott. DI GERONIMO Paolo - rel. Consigliere", "rapporteur"),
        ("Vekili : Av. Ahmet UYGUR", "counsel"),
        ("represented by Ms O. Tseytlina, a lawyer practising in St Petersburg", "counsel"),
        ("Quel avocat représentait Q.J. ?", "counsel"),
        ("Le Premier ministre et le ministre des affaires étrangères", "minister"),
        ("Hükümet ajanının (Agent) adı neydi?", "agent"),
        ("Who was the director of the unit handling the case?", "head"),
        ("Come si chiama il direttore dell'Ufficio di investigazione criminale?", "head"),
        ("Guido Raimondi, President,", "president"),
        ("İkinci Bölüm'ün başkanı kimdi?", "president"),
        ("上诉法院审判庭由谁担任审判长？", "president"),
        ("合议庭的审判员是谁？", "judge"),
    ],
)
def test_a_role_is_named_in_each_language(text: str, role: str) -> None:
    assert role in roles_in(text)


def test_a_charge_is_no_head() -> None:
    """French "chef d'accusation" is a charge, not a chief."""
    assert "head" not in roles_in("Sous quel chef d'accusation A.L. (X.W.) était-il recherché en Chine ?")


def test_the_head_of_a_unit_is_not_answered_by_another_person() -> None:
    question = "ICIJ quotes the deputy director of the unit. Who was the director of that unit?"
    assert not same_role(question, "Actress Zhao Wei, who was married to businessman H.")
    assert same_role(question, "The unit was headed by Mr X.")


def test_initials_are_no_judge() -> None:
    assert "judge" not in roles_in("Counsel: A J Ellis, B J R Keith and G K Edgeler for Respondent")


def test_a_person_belongs_to_the_role_the_question_names() -> None:
    question = "What was the name of the High Court judge who refused Mr Kim's application?"
    assert not same_role(question, "Counsel: U R Jagose QC, A F Todd and G M Taylor for Appellants")
    assert same_role(question, "The application was heard by Justice Clark.")
    assert same_role("Who signed the decree?", "Counsel: A J Ellis")  # no role asked: not checked
    # the Agent who represented the Government is asked for, not the applicants' lawyers
    question = (
        "A.D. ve Diğerleri - Türkiye davasında Türk Hükümeti'ni temsil eden Hükümet ajanının adı neydi?"
    )
    lawyers = (
        "The applicants were represented by Mr A. Yılmaz and Ms S.N. Yılmaz, lawyers practising in Istanbul."
    )
    assert not same_role(question, lawyers)
    assert same_role(question, "The Turkish Government were represented by their Agent, Mr X.")
    assert same_role("Who represented the applicants?", lawyers)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("On what date did the Russian court dismiss his appeal?", "dismissal"),
        ("On 26 July 2018 the Court of Appeal upheld the decision of the Regional Court.", "dismissal"),
        ("La Cour de cassation a rejeté le pourvoi.", "dismissal"),
        ("How many red notices did INTERPOL publish in 2019?", "publication"),
        ("the 100 Top Red Notice targets that the government began to publicize in 2015", "publication"),
        ("R.G. Tarih ve Sayı: karar Resmî Gazete'de yayımlandı", "publication"),
        ("李江舟是在哪一年受到美国制裁的？", "sanction"),
        ("an official sanctioned by the U.S. government", "sanction"),
    ],
)
def test_dismissals_and_publications_are_events(text: str, event: str) -> None:
    assert event in events_in(text)


def test_public_security_is_no_publication() -> None:
    for text in ("l'Ufficio di pubblica sicurezza di Fuzhou", "the Fuzhou Public Security Bureau"):
        assert "publication" not in events_in(text)


def test_a_sentence_names_the_event_of_the_part_it_answers() -> None:
    question = (
        "When was Hung Tao Liu arrested in Poland, and on what date did the Polish Court of Appeal "
        "uphold the ruling that his extradition was lawful?"
    )
    arrested = (
        "The applicant was arrested in Poland on 6 August 2017 on the basis of an international warrant."
    )
    # the whole question's events (arrest and an appeal dismissed) are not all in its passage …
    assert not same_event(question, arrested, arrested)
    # … but the part it answers asks about the arrest alone
    parts = eventful_parts(question, question_parts(question))
    assert len(parts) == 2
    assert any(same_event(part, arrested, arrested) for part in parts)
    # a part asking for no date, figure or place names no event to check
    assert eventful_parts(
        "Who was her lawyer? And how much did she pay?", ["Who was her lawyer", "how much did she pay?"]
    ) == ["how much did she pay?"]


def test_a_return_asked_of_someone_is_no_return() -> None:
    question = "Li Qingqing, Çin'e hangi tarihte geri döndü?"
    asked = (
        "On 11 March 2022, Li Qingqing (pseudonym), a woman from Yuanzhuang township, who currently "
        "runs a restaurant in Phnom Penh, was asked by the Yuanzhuang police to return."
    )
    assert not same_event(question, asked, asked)
    returned = "On 2 May 2022 she returned to China."
    assert same_event(question, returned, returned)
    # unless the request is what the question asks about
    assert same_event("On what date did the Committee ask her to return?", asked, asked)


def test_a_short_part_asks_about_the_event_of_the_part_before() -> None:
    question = "Kyung Yup Kim是否已被实际移交中国？具体在哪一天？"
    parts = question_parts(question)
    assert len(parts) == 2
    assert eventful_parts(question, parts) == [f"{parts[0]} {parts[1]}"]
    judgment = "Judgment: 13 April 2022"
    assert not any(same_event(p, judgment, judgment) for p in eventful_parts(question, parts))
    # a part asking where something is names no event of the part before
    located = ["More than 960 suspects surrendered through Wanding.", "In which city is Wanding located?"]
    assert eventful_parts(" ".join(located), located) == [located[1]]
