"""What works for an English question works for its Turkish and Chinese translation
(evals/gold/dev-xl2.jsonl holds the English dev questions translated): the kind of value
asked for, the numbers and names the question pins the answer to, and the case it names.
Unit tests on the checks, then the bundled corpus end to end."""

from __future__ import annotations

import pytest

from app.answerability import court_countries, digit_anchors, names_all_countries
from app.answertypes import about_another_month, expected_type, lead_type
from app.assistant import Assistant
from app.countries import country_anchors
from app.events import events_in
from app.questionparts import question_parts


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("CCF'nin 2025 tarihli 1 No'lu Kararında Kırmızı Bülteni hangi üye ülke yayımlatmıştı?", "country"),
        ("在CCF 2025年第1号决定中，红色通缉令是由哪个成员国申请发布的？", "country"),
        ("Bordeaux İstinaf Mahkemesi: H.'nin iadesini reddeden kararın tam tarihi nedir?", "day"),
        ("Bu üyenin çekilmesi hangi kurala dayanıyordu?", "provision"),
        (
            "L. W.-K. Ceza Kanunu'nun 266. maddesi uyarınca hangi aralıkta hapis cezasıyla karşı karşıyaydı?",
            "penalty",
        ),
        ("根据第83条，犯罪须可处以多重的最低刑罚才能发布红色通缉令？", "penalty"),
        # a count of people sentenced is a number, not a penalty
        ("2025年，中国法院判处了多少名被告人死刑？", "number"),
        ("2021年中国警方破获的诈骗案件数量同比增长了多少比例？", "percentage"),
        (
            "2021'de Çin'deki tüm ceza davalarının ne kadarlık bir oranı dolandırıcılıkla ilgiliydi?",
            "percentage",
        ),
        ("CCF于2022年1月决定删除该通缉令，当时由哪些委员参与了审议？", "person"),
        ("该执行委员会会议是在哪个城镇举行的？", "place"),
        ("该红色通缉令是应哪个中国城市的检察机关的请求发布的？", "place"),
        ("Onu istihdam eden devlete ait tahıl şirketi hangisiydi?", "institution"),
        # a why-question second does not unmake the first's kind
        ("CCF请求审理庭在2017年第12号决定中是在哪一天进行评议的？为何认定该通缉令须经更新方为合规？", "day"),
    ],
)
def test_the_kind_asked_is_read_in_turkish_and_chinese(question: str, kind: str) -> None:
    assert lead_type(question, question_parts(question)) == kind


def test_a_court_of_heavy_penalties_is_a_court_not_a_penalty() -> None:
    assert expected_type("Yapçan'ın iadesini 2019'da hangi ağır ceza mahkemesi reddetti?") == "court"


def test_a_chinese_month_or_a_sum_in_ten_thousands_is_no_number_to_find_as_written() -> None:
    # the documents write "October 2018" and "$5 million"
    assert digit_anchors("在2018年第18号CCF决定（即2018年10月会议裁决的协查通报案）中") == {"2018", "18"}
    assert digit_anchors("要他向一家安保公司投资约500万美元") == set()
    assert digit_anchors("第802/2017号来文") == {"802/2017"}


def test_a_day_asked_in_a_month_and_year_is_that_years() -> None:
    chinese = "Liu诉波兰案：波兰地区法院具体是在2018年2月的哪一天裁定将Liu先生引渡至中国符合波兰法律的？"
    turkish = "Polonya Bölge Mahkemesi, iadenin hukuka uygun olacağına Şubat 2018'in tam olarak hangi gününde karar verdi?"
    for question in (chinese, turkish):
        assert about_another_month("Auto 10/2019, de 14 de febrero de 2019.", question)
        assert about_another_month("The application was lodged on 9 August 2018.", question)
        assert not about_another_month("On 14 February 2018 the Regional Court held so.", question)


def test_a_notice_issued_is_a_notice_published() -> None:
    assert "publication" in events_in("a red notice issued by Interpol against him")
    assert "publication" in events_in("国际刑警组织发布的红色通缉令")
    assert "publication" not in events_in("the issue of assurances")


def test_a_chinese_question_finds_no_name_in_the_syllables_of_two_words(bundled_assistant: Assistant) -> None:
    retriever = bundled_assistant.retriever
    # "是依据" (is based on): "是依" (shiyi) cuts "依据" in two
    assert retriever.pinyin_names("该回避是依据哪条规则作出的？") == []
    assert retriever.pinyin_names("孟宏伟被判处多少年？") == ["meng hongwei"]
    assert "fuzhou" in retriever.pinyin_names("福州市公安局在海外设了几个站？")


def test_a_chinese_question_about_a_partial_ruling_is_not_answered_from_another(
    bundled_assistant: Assistant,
) -> None:
    # CCF Decision No. 1 (2023) is held only in part and names no country; the English
    # question abstains, and so must the Chinese
    for question in (
        "In CCF Decision No. 1 (2023), which country had refused to extradite the applicant?",
        "在CCF 2023年第1号决定中，是哪个国家拒绝引渡申请人？委员会为何认为这一点与该协查通报相关？",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained, question
        assert "CCF Decision No. 1 (2023)" in answer.answer, question


def test_a_latin_name_in_a_chinese_question_is_sought_as_written(bundled_assistant: Assistant) -> None:
    # no passage names INTERPOL's Secretary General: not answered by another official's words
    for question in (
        "What did INTERPOL Secretary General Jürgen Stock tell ICIJ about China's use of red notices?",
        "国际刑警组织秘书长尤尔根·斯托克（Jürgen Stock）就中国使用红色通缉令的问题对ICIJ说了什么？",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained and "Jürgen Stock" in answer.answer, question


def test_a_high_courts_reasons_need_its_own_ruling(bundled_assistant: Assistant) -> None:
    # Liu v. Poland says only that the Polish Supreme Court dismissed the cassation appeal
    # on 1 October 2020; the Regional Court's reasons are not the Supreme Court's
    for question in (
        "On what grounds did the Polish Supreme Court dismiss, on 1 October 2020, the cassation appeal lodged on Mr Liu's behalf?",
        "Liu诉波兰案中，波兰最高法院于2020年驳回人权专员代申请人提出的撤销上诉，理由是什么？",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained and "whose reasons" in answer.answer, question
    # what the Swedish Supreme Court's own ruling held still answers
    answer = bundled_assistant.ask("瑞典最高法院为什么认为向中国引渡存在《引渡法》第7条规定的一般性障碍？")
    assert not answer.abstained and "se-hd" in answer.citations[0].doc_id


def test_a_turkish_people_word_names_its_country() -> None:
    # "Ermeni mahkemesi" (an Armenian court) names Armenia as "Armenian court" does
    assert country_anchors(
        "Erivan'daki sınır dışı etmeyi herhangi bir Ermeni mahkemesi incelemiş miydi?", "tr"
    ) == ("AM",)
    assert court_countries("Herhangi bir Ermeni mahkemesi bunu incelemiş miydi?", "tr") == {"AM"}
    assert set(country_anchors("Rus makamları ve Çek Anayasa Mahkemesi", "tr")) == {"RU", "CZ"}
    # lower case, "leh" is "in favour" (lehine), "fin" no people at all
    assert country_anchors("karar başvurucunun leh ve aleyhine", "tr") == ()
    # a French adjective is lower case and still counts
    assert country_anchors("un tribunal belge", "fr") == ("BE",)
    # the retriever does not rank by a people's word (see HybridRetriever._lexical_query)
    assert country_anchors("Ermeni mahkemesi", "tr", peoples=False) == ()


def test_a_person_based_in_a_capital_is_of_its_country() -> None:
    # ICIJ's "London-based lawyer" is a British lawyer in any language; a city listed among
    # a report's police stations is no country's mention
    languages = ["en"]
    assert names_all_countries(["GB"], "Ben Keith, a London-based lawyer, said", languages)
    assert not names_all_countries(["IT"], "stations in Rome, Milan and Prato", languages)


def test_how_closely_in_turkish_asks_for_no_number() -> None:
    for degree in (
        "INTERPOL prosedürlerinin ne kadar kapalı kutu olduğunu anlatmak için hangi benzetmeyi kullandı?",
        "Suçlamanın sağlam olup olmadığını ne kadar derinlemesine sınıyor?",
    ):
        assert lead_type(degree, question_parts(degree)) is None, degree
    for count in (
        "AİHM başvurucuya ne kadar ödenmesine hükmetti?",
        "Shiksaitov'un tutukluluğu toplamda ne kadar sürdü?",
    ):
        assert lead_type(count, question_parts(count)) is not None, count


def test_a_turkish_question_about_a_court_the_corpus_lacks_abstains(bundled_assistant: Assistant) -> None:
    # no Armenian court's ruling is in the corpus; the English question abstains, so must the Turkish
    for question in (
        "On what grounds did the Armenian court refuse China's extradition request?",
        "Ermeni mahkemesi Çin'in iade talebini hangi gerekçeyle reddetti?",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained, question


def test_a_countrys_short_form_in_the_questions_language_names_it() -> None:
    """CLDR lists "Birleşik Arap Emirlikleri", not the "BAE" a Turkish lawyer writes; nor
    "EE. UU." or "RPC". English abbreviations count in any language."""
    from app.countries import country_anchors, names_in_english

    assert country_anchors("BAE mahkemesi iadeyi reddetti mi?", "tr") == ("AE",)
    assert country_anchors("ÇHC'nin talebi", "tr") == ("CN",)
    assert country_anchors("中华人民共和国请求引渡", "zh") == ("CN",)
    assert country_anchors("¿Lo detuvieron en EE. UU.?", "es") == ("US",)
    assert country_anchors("la demande de la RPC", "fr") == ("CN",)
    assert country_anchors("una sentenza del UK", "it") == ("GB",)
    assert country_anchors("Bae Doona", "tr") == ()  # a name in lower case is no abbreviation
    assert names_in_english("AE", "UAE judicial records show") and not names_in_english("AE", "the Emirates")


def test_a_court_of_the_uae_named_by_its_short_form(bundled_assistant: Assistant) -> None:
    """Gao was released when China did not pursue its request: no court of the Emirates
    ruled on it. "BAE mahkemesi" is that court; the sentence on his second arrest, read with
    the one before ("UAE judicial records show"), is about the detention "in the UAE"."""
    answer = bundled_assistant.ask(
        "Gao Jianhuan 2023 başında Şarika'da gözaltına alındığında, BAE mahkemesi Çin'in iade talebini hangi "
        "gerekçeyle reddetti?"
    )
    assert answer.abstained and "United Arab Emirates" in answer.answer, answer.answer
    for question in (
        "How long after his detention in the United Arab Emirates was Gao Jianhuan arrested again?",
        "Gao Jianhuan, BAE'deki gözaltısından ne kadar süre sonra ve hangi ülkede aynı kırmızı bülten nedeniyle "
        "yeniden gözaltına alındı?",
    ):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained and "Fifteen months later" in answer.answer, answer.answer


def test_how_much_of_it_in_turkish_asks_for_a_figure() -> None:
    """ "ne kadarı" (how much of it) asks for a figure as "ne kadar" does."""
    from app.answertypes import expected_type

    assert expected_type("Toplam sürenin ne kadarı geçici tutuklulukta geçti?") == "number"
    assert expected_type("Mahkeme bu konuyu ne kadar derinlemesine inceledi?") is None


def test_a_split_of_a_detention_the_ruling_does_not_give_abstains_in_turkish(
    bundled_assistant: Assistant,
) -> None:
    """Shiksaitov v. Slovakia gives the whole detention, not how it split between the
    preliminary investigation and extradition detention."""
    answer = bundled_assistant.ask(
        "Shiksaitov - Slovakya kararında, başvurucunun 21 ayı aşan toplam özgürlükten yoksun kalma süresinin "
        "ne kadarı ön inceleme kapsamındaki geçici tutuklulukta, ne kadarı iade tutukluluğunda geçti?"
    )
    assert answer.abstained, answer.answer
