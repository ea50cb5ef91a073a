"""Instruments named in a question ("la CEDU", "《难民公约》第33条") are found and quoted."""

from __future__ import annotations

import pytest

from app import Assistant
from app.citednames import CitedNames, articles_held, articles_named, fold, zh_number
from app.documents import Document
from app.filters import Filters
from tests.test_ask import assert_grounded, with_settings


def _doc(doc_id: str, title: str, names: list[str]) -> Document:
    return Document(
        id=doc_id, title=title, text="…", source=f"corpus/{doc_id}.md", sha256="0", cited_as=names
    )


NAMES = CitedNames(
    [
        _doc(
            "echr-3",
            "Convention (ECHR), Article 3 — Prohibition of torture",
            ["ECHR", "CEDU", "AİHS", "欧洲人权公约"],
        ),
        _doc(
            "ice",
            "Constitution of the ICPO-INTERPOL — Articles 1–6",
            ["INTERPOL Anayasası", "INTERPOL's Constitution"],
        ),
        _doc("refugees", "Refugee Convention, Article 33", ["Refugee Convention", "难民公约"]),
        _doc("report", "A report citing no instrument", []),
    ]
)


def test_folding_ignores_case_accents_apostrophes_and_dotless_i() -> None:
    assert fold("INTERPOL's Anayasası'nın") == "interpol anayasasi nin"
    assert fold("la CEDU, art. 3") == "la cedu art 3"


@pytest.mark.parametrize(
    ("question", "articles"),
    [
        ("What does Article 33(1) of the Refugee Convention forbid?", {33}),
        ("Come formula il divieto l'articolo 3 della CEDU?", {3}),
        ("¿Qué dice el artículo 3 del Convenio?", {3}),
        ("INTERPOL Anayasası'nın 3. maddesi neyi yasaklar?", {3}),
        ("《欧洲人权公约》第三条怎么规定？", {3}),
        ("第33条和第十三条", {13, 33}),
        ("Who was extradited in 2019?", set()),
    ],
)
def test_articles_named_in_the_question_languages(question: str, articles: set[int]) -> None:
    assert articles_named(question) == articles


def test_articles_a_partial_instrument_holds_come_from_its_title() -> None:
    assert articles_held("Constitution — References and Articles 1–6 (General Provisions)") == set(
        range(1, 7)
    )
    assert articles_held(
        "European Convention on Extradition — Preamble, Article 1 and Article 2 (paragraphs 1–3)"
    ) == {1, 2}
    assert articles_held("China Targets") == set()


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Un giudice ha rifiutato l'estradizione: che cosa vieta l'articolo 3 della CEDU?", ["echr-3"]),
        (
            "Bir mahkeme iadeyi reddetti; INTERPOL Anayasası'nın hangi maddesi siyasi faaliyeti yasaklar?",
            ["ice"],
        ),
        (
            "What does INTERPOL's Constitution say, and what does the Refugee Convention add?",
            ["ice", "refugees"],
        ),
        ("《难民公约》禁止什么？", ["refugees"]),
        # an acronym alone also names the Court: only beside an article is it the Convention
        ("What did the ECHR decide in Liu v. Poland?", []),
        ("Does Article 3 ECHR bar the extradition?", ["echr-3"]),
        # the corpus holds Article 3 only: Article 5 is not answered by it
        ("What does Article 5 of the ECHR guarantee?", []),
        ("Avrupa'da AİHS'nin 3. maddesi", ["echr-3"]),
        ("Which report describes persuasion to return?", []),
    ],
)
def test_documents_named_by_their_cited_names(question: str, named: list[str]) -> None:
    assert NAMES.named(question) == named


def test_a_name_inside_a_longer_word_is_not_a_name() -> None:
    assert NAMES.named("The RECHR article 3 rules") == []


def test_a_named_treaty_is_retrieved_and_quoted_beside_the_case(bundled_assistant: Assistant) -> None:
    """The ruling outranks the treaty on meaning; the treaty the question names is still
    among the five passages, and its text is quoted in the answer."""
    question = (
        "Un tribunale italiano ha negato l'estradizione verso la Cina per il rischio di trattamenti "
        "inumani: che cosa vieta esattamente l'articolo 3 della CEDU?"
    )
    answer = bundled_assistant.ask(question)
    assert "treaty-echr-art-3" in [r["doc_id"] for r in answer.retrieved[:5]]
    assert not answer.abstained
    quoted = [s for c in answer.citations if c.doc_id == "treaty-echr-art-3" for s in c.sentences]
    assert any("inhuman or degrading treatment" in s for s in quoted), answer.answer
    assert_grounded(bundled_assistant, answer)


def test_a_named_treaty_in_chinese(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("根据《关于难民地位的公约》第33条，缔约国不得对难民做什么？")
    assert "treaty-refugee-convention-art-33" in [r["doc_id"] for r in answer.retrieved[:5]]


def test_filters_still_decide_which_documents_may_answer(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "What does Article 3 of the Convention against Torture require?", filters=Filters(doc_type="ruling")
    )
    assert all(bundled_assistant.index.documents[r["doc_id"]].doc_type == "ruling" for r in answer.retrieved)


def test_the_named_document_takes_the_second_place_and_the_rest_keep_their_order(
    bundled_assistant: Assistant,
) -> None:
    off = with_settings(bundled_assistant, named_document_rank=0)
    question = (
        "ICIJ'ye göre Çin kırmızı bültenleri nasıl kullanıyor ve İşkenceye Karşı Sözleşme neyi yasaklıyor?"
    )
    on_ids = [h.passage for h in bundled_assistant.retriever.search(question)]
    off_ids = [h.passage for h in off.retriever.search(question)]
    doc_of = bundled_assistant.index.passages.doc_id
    assert "treaty-uncat-art-3" not in {doc_of(p) for p in off_ids}
    assert doc_of(on_ids[1]) == "treaty-uncat-art-3"
    assert on_ids[:1] + on_ids[2:] == off_ids[:-1]


def test_an_instrument_named_for_an_article_its_corpus_text_lacks() -> None:
    assert NAMES.lacking("What does Article 7 of INTERPOL's Constitution say?") == ["ice"]
    assert NAMES.lacking("INTERPOL Anayasası'nın 3. maddesi neyi yasaklar?") == []  # held
    assert NAMES.lacking("What does Article 5 § 1 of the ECHR require?") == ["echr-3"]
    assert NAMES.lacking("What does the ECHR say about torture?") == []  # no article asked


def test_an_article_the_corpus_lacks_is_answered_only_by_a_quote_citing_it(
    bundled_assistant: Assistant,
) -> None:
    """The corpus has Articles 1 and 2 of the European Convention on Extradition: its
    Article 11 is not answered by other passages about capital punishment, in any language;
    the ECHR's Article 5 § 1, which the corpus' ECHR text lacks too, is answered by the
    ruling that applies it."""
    for question in (
        "What does Article 11 of the European Convention on Extradition provide about capital punishment?",
        "Suçluların İadesine Dair Avrupa Sözleşmesi'nin 11. maddesi ölüm cezası konusunda ne öngörür?",
    ):
        answer = bundled_assistant.ask(question)
        assert answer.abstained, answer.answer
        assert "holds only part of “European Convention on Extradition" in answer.answer
    answer = bundled_assistant.ask(
        "In Liu v. Poland, what did the applicant complain of under Article 5 § 1 of the"
        " European Convention on Human Rights?"
    )
    assert not answer.abstained, answer.answer
    assert "Article 5 § 1" in answer.answer
    assert_grounded(bundled_assistant, answer)


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        (
            "What vote does INTERPOL's Constitution require before a country becomes a member?",
            "What vote does require before a country becomes a member?",
        ),
        # a Turkish case ending goes with the name
        (
            "INTERPOL Anayasası'nın hangi maddesi siyasi faaliyeti yasaklar?",
            "hangi maddesi siyasi faaliyeti yasaklar?",
        ),
        ("《难民公约》禁止什么？", "《》禁止什么？"),
        # the acronym alone names the Court, not the Convention: it stays
        ("What did the ECHR decide in Liu v. Poland?", "What did the ECHR decide in Liu v. Poland?"),
        ("Which report describes persuasion to return?", "Which report describes persuasion to return?"),
    ],
)
def test_what_a_question_asks_of_a_named_document_without_its_name(question: str, rest: str) -> None:
    assert NAMES.without_names(question) == rest


def test_the_named_document_is_quoted_for_what_is_asked_of_it_not_for_its_name(
    bundled_assistant: Assistant,
) -> None:
    """Every sentence of INTERPOL's Constitution is about the Constitution: ranked with its
    name, its opening line ("The Constitution of the ICPO-INTERPOL adopted by the General
    Assembly…") is quoted for any question naming it. Without the name, the article that
    answers is — as the second part's answer too."""
    doc = "interpol-constitution-arts-1-7"
    for question, wanted, opening_may_follow in (
        (
            "A Turkish court refused to extradite Yapchan as politically motivated; what kind of "
            "activities does INTERPOL's Constitution strictly forbid?",
            "strictly forbidden",
            False,
        ),
        # (the opening line may still come among the last sentences, on the whole question)
        (
            "When did the People's Republic of China join Interpol, and what vote does Interpol's "
            "Constitution require before a country's membership is approved?",
            "membership",
            True,
        ),
    ):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained
        quoted = [s for c in answer.citations if c.doc_id == doc for s in c.sentences]
        assert any(wanted in s for s in quoted), answer.answer
        if not opening_may_follow:
            assert not any("25th session" in s for s in quoted), answer.answer
        assert_grounded(bundled_assistant, answer)


def test_each_article_of_a_plurals_list_is_named() -> None:
    """ "Articles 15, 16, 17, 19, 23 and 24 modified at the 89th session" amends Article 23
    (only its first number was read); a paragraph after an article is no article."""
    assert articles_named("Articles 15, 16, 17, 19, 23 and 24 modified at the 89th session.") == {
        15,
        16,
        17,
        19,
        23,
        24,
    }
    assert articles_named("gli articoli 2 e 3 della Convenzione") == {2, 3}
    assert articles_named("Article 35 § 3 (a) of the Convention") == {35}


@pytest.mark.parametrize(
    ("text", "number"),
    [("三十三", 33), ("百", 100), ("一百零五", 105), ("两千", 2000), ("23万", 230_000), ("二〇一九", 2019)],
)
def test_chinese_numerals_are_read_as_numbers(text: str, number: int) -> None:
    assert zh_number(text) == number
