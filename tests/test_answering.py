"""Choosing the answer's sentences among the retrieved passages."""

from __future__ import annotations

import numpy as np

from app import Assistant
from app.answering import _term_overlap
from app.verify import is_verbatim
from tests.test_ask import assert_grounded, with_settings


def test_distinctive_words_outweigh_the_name_every_candidate_repeats() -> None:
    question = "In the Liu v. Poland case, how seriously had the judges engaged with the reports?"
    candidates = [
        "CASE OF LIU v. POLAND",
        "In the case of Liu v. Poland, the Court delivered its judgment.",
        "Liu was arrested in Poland in 2017 on an international arrest warrant.",
        "The Polish courts held that Liu's extradition to China was lawful.",
        "Liu v. Poland concerned a proposed extradition to China.",
        "The case originated in an application against Poland lodged by Mr Liu.",
        "Their reference to the reports of international organisations had been only superficial.",
    ]
    bonus = _term_overlap(question, candidates)
    assert bonus.argmax() == 6
    assert all(0.0 <= b <= 1.0 for b in bonus)
    # A question in another script shares no words: no bonus, the dense order stands.
    assert not _term_overlap("刘诉波兰案中法官如何对待这些报告？", candidates).any()


def test_the_question_languages_stop_words_earn_no_bonus() -> None:
    """A French question's "quelles", "sont", "les", "par" are not words a sentence should
    be chosen for: they favoured whatever French sentence was retrieved (the English ones
    answer)."""
    question = "Quelles sont les garanties données par la Chine dans cette affaire ?"
    candidates = [
        "Les autres sont venus par la route, dans la ville.",
        "China gave diplomatic assurances (garanties) in this case.",
    ]
    bonus = _term_overlap(question, candidates)
    assert bonus[0] == 0.0
    assert bonus[1] > 0.0


def test_a_name_spelled_like_a_stop_word_still_counts() -> None:
    """Turkish "kim" is "who"; "Kim Kyung Yup" is the man the New Zealand case is about."""
    candidates = ["Mr Kim was to be tried in Shanghai.", "The Minister of Justice decided."]
    assert _term_overlap("Kim Kyung Yup davasında bakan ne karar verdi?", candidates)[0] > 0.0
    assert _term_overlap("Mahkeme Bay Kim hakkında ne karar verdi?", candidates)[0] > 0.0
    # the interrogative itself, capitalised as the first word, is a stop word
    assert _term_overlap("Kim başkanlık etti?", candidates)[0] == 0.0


def test_answer_quotes_the_sentence_that_answers_not_the_case_title(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "In the Liu v. Poland case, how seriously had the Polish judges engaged with what "
        "international bodies had reported about China?"
    )
    assert not answer.abstained
    assert "only superficial" in answer.answer


def _names(lexical_query: str) -> str:
    """The names of a lexical query, without a Chinese question's glosses ("a|b|")."""
    return " ".join(w for w in lexical_query.split() if "|" not in w)


def test_cross_lingual_lexical_query_keeps_rare_names_only(bundled_assistant: Assistant) -> None:
    lexical = bundled_assistant.index.lexical
    assert lexical.share("China") > 0.25 > lexical.share("Yapchan") > 0
    retriever = bundled_assistant.retriever
    # A Spanish question: BM25 gets the name the English documents spell alike, not
    # "China" (in nearly half the passages), nor the opening "¿Por" (capitalised only as the
    # first word), nor "TEDH" (no document has it).
    assert retriever._lexical_query("¿Por qué rechazó el TEDH extraditar a Tang Hao a China?") == "Tang Hao"
    # A Turkish question: "Anayasa Mahkemesi" is in the Turkish ruling only; BM25 matching
    # it would rank that ruling first whatever the question asks.
    assert (
        retriever._lexical_query("Anayasa Mahkemesi, Tang Hao'nun Çin'e iadesi hakkında hangi kararı verdi?")
        == "Tang Hao"
    )
    # Inside a Chinese question the Latin-script name is a word of its own; 法国 is France.
    # (Its other words come as groups of English renderings, "a|b|": tests/test_glosses.py.)
    assert (
        _names(retriever._lexical_query("法国南部那家法院是在哪一天驳回对Tang Hao的引渡的？"))
        == "Tang Hao France"
    )
    # An English question keeps every word.
    english = "Has the ECtHR ruled on deporting Uighurs to China?"
    assert retriever._lexical_query(english) == english


def test_spanish_question_finds_the_english_judgment(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "¿Hay alguna sentencia del TEDH sobre la expulsión de uigures musulmanes a China?"
    )
    assert any(r["doc_id"].startswith("echr-ma-and-others-v-bulgaria") for r in answer.retrieved[:5])


def test_non_english_dense_candidates_can_be_reordered_by_their_best_sentence(
    bundled_assistant: Assistant,
) -> None:
    import numpy as np

    index = bundled_assistant.index
    on = bundled_assistant.settings.replace(sentence_rerank_weight=0.3)
    off = bundled_assistant.settings.replace(sentence_rerank_weight=0.0)
    retriever = type(bundled_assistant.retriever)(index, bundled_assistant.embedder, on)
    question = "Liu contro Polonia: in quale giorno il ricorrente taiwanese fu arrestato in Polonia?"
    qv = bundled_assistant.embedder.query(question)
    candidates = retriever._dense(qv, 30, None)
    reordered = retriever._by_best_sentence(qv, candidates)
    assert sorted(reordered) == sorted(candidates) and reordered != candidates

    def blended(pid: int) -> float:
        base, count = int(index.sentence_base[pid]), len(index.passages[pid].sentences)
        best = float((np.asarray(index.sentence_vectors[base : base + count], dtype=np.float32) @ qv).max())
        return 0.7 * float(index.passage_vectors[pid] @ qv) + 0.3 * best

    scores = [blended(p) for p in reordered]
    assert scores == sorted(scores, reverse=True)
    # An English question keeps the store's own dense order; the default (0.3) reorders the
    # Italian question's candidates and so changes what it retrieves.
    english = "On what day was the Taiwanese applicant in Liu v. Poland arrested?"
    plain = type(retriever)(index, bundled_assistant.embedder, off)
    assert [h.passage for h in retriever.search(english)] == [h.passage for h in plain.search(english)]
    default = [h.passage for h in bundled_assistant.retriever.search(question)]
    assert default == [h.passage for h in retriever.search(question)]
    assert default != [h.passage for h in plain.search(question)]


def test_titles_in_capitals_are_never_quoted_as_answers(bundled_assistant: Assistant) -> None:
    from app.answering import _is_heading

    assert _is_heading("CASE OF SHIKSAITOV v. SLOVAKIA")
    assert not _is_heading("Judgment: 13 April 2022")
    assert not _is_heading("瑞典最高法院认为存在障碍。")
    answer = bundled_assistant.ask("How long was Shiksaitov detained pending extradition in Slovakia?")
    assert not answer.abstained
    assert all(not _is_heading(s) for c in answer.citations for s in c.sentences)


def test_a_title_line_is_not_evidence(bundled_assistant: Assistant) -> None:
    """A heading such as "Article 3 – Prohibition of torture" names what follows; quoted, it answers nothing,
    and its similarity to a question about Article 3 must not lift the evidence score."""
    from app.answering import _is_title_line

    assert _is_title_line("Article 3 – Prohibition of torture")
    assert not _is_title_line("No one shall be subjected to torture or to inhuman or degrading treatment.")
    assert not _is_title_line("Tortured: yes.")
    assert not _is_title_line("第三条 任何人不得加以酷刑。")
    answer = bundled_assistant.ask("What does Article 3 of the European Convention on Human Rights prohibit?")
    assert not answer.abstained
    sentences = [s for c in answer.citations for s in c.sentences]
    assert "Article 3 – Prohibition of torture" not in sentences
    assert any("inhuman or degrading treatment" in s for s in sentences)


def test_a_short_line_is_quoted_only_when_it_labels_the_value_asked_for() -> None:
    from app.answering import _labelled_value

    question = "When did the Supreme Court deliver its judgment in Kim (No 2)?"
    assert _labelled_value("Judgment: 13 April 2022", "date", question)
    assert not _labelled_value("11 June 2019", "date", question)
    assert not _labelled_value("Judgment:", "date", question)


def test_names_in_another_language_rank_the_passages_holding_them_alike(bundled_assistant: Assistant) -> None:
    # A French question's BM25 words are a few names; passages holding the same names share
    # a rank, so how often one repeats them does not reorder the dense ranking.
    retriever = bundled_assistant.retriever
    lexical = bundled_assistant.index.lexical
    ranks = retriever._coverage_ranks("CCF Tang", 40, None)
    both = set(lexical.passages_with("CCF")) & set(lexical.passages_with("Tang"))
    only_ccf = set(lexical.passages_with("CCF")) - both
    assert ranks and len(set(ranks[p] for p in only_ccf if p in ranks)) == 1
    assert all(ranks[p] < ranks[q] for p in both for q in only_ccf if p in ranks and q in ranks)


def test_a_translated_country_reaches_bm25_by_its_english_name(bundled_assistant: Assistant) -> None:
    # "Suède" / "瑞典" are in no English document; "Sweden" is, in the Swedish rulings.
    retriever = bundled_assistant.retriever
    assert (
        retriever._lexical_query("Pourquoi la Cour suprême de Suède a-t-elle refusé l'extradition ?")
        == "Sweden"
    )
    assert _names(retriever._lexical_query("瑞典最高法院为什么拒绝引渡？")) == "Sweden"


def test_chinese_names_written_in_characters_reach_bm25_in_pinyin(bundled_assistant: Assistant) -> None:
    """ "福州" is the reports' "Fuzhou"; "规定" (a rule) reads "guiding", an English word the
    corpus writes in lower case, so it is no name."""
    retriever = bundled_assistant.retriever
    question = "福州市公安局首批设立了多少个海外警务站？该规定何时通过？"
    assert retriever.pinyin_names(question) == ["fuzhou"]
    assert _names(retriever._lexical_query(question)) == "fuzhou"
    assert retriever.pinyin_names("Which rules does Fuzhou follow?") == []  # English: no pinyin
    hits = retriever.search(question)
    assert "Fuzhou" in bundled_assistant.index.passages[hits[0].passage].text


def test_a_chinese_place_name_is_checked_in_the_cited_passages(bundled_assistant: Assistant) -> None:
    """ "南宁" (Nanning): the corpus names it, but not in a passage about a raid's date."""
    answer = bundled_assistant.ask("武装警察是在哪一天突袭南宁那个做了隔音处理的诈骗窝点的？")
    assert answer.abstained
    assert "nanning" in answer.answer.lower()


def test_bm25_keeps_names_that_other_languages_use_as_stop_words(bundled_assistant: Assistant) -> None:
    """Only English stop words leave the BM25 index: French and Italian "ma" is Jack Ma."""
    index = bundled_assistant.index
    scores = index.lexical.scores("Ma")
    assert scores.max() > 0
    best = index.passages[int(scores.argmax())]
    assert " Ma" in best.text


FOREIGN_QUESTIONS = [
    "Pour quelle infraction la Chine réclamait-elle L. W.-K. à la République tchèque ?",
    "Perché la Corte di Bordeaux ha respinto l'estradizione di H. in Cina?",
    "¿Cuándo fue detenido Gao Jianhuan en los Emiratos?",
    "Liu davasında Polonya mahkemeleri raporları nasıl değerlendirdi?",
    "武装警察是在哪一天突袭南宁那个做了隔音处理的诈骗窝点的？",
    "Qui présidait la chambre qui a refusé l'extradition de H. ?",
    # three whose verdict flipped when the re-ordering was applied before the checks (dev-xl)
    "CCF, 14 (2018) sayılı kararında kırmızı bültenin INTERPOL Anayasası'nın 2. maddesini ihlal ettiği "
    "sonucuna hangi gerekçelerle vardı ve işkence riskine ilişkin hangi delillere dayandı?",
    "日本的引渡法是否允许日本将本国国民引渡给中国？",
    "根据捷克宪法法院II. ÚS 2299/19号裁决的裁判要旨，法院在什么情况下可以依赖请求国关于被移交者不会遭受虐待的承诺？",
]


def test_hubs_are_pushed_down_but_never_decide_whether_to_answer(bundled_assistant: Assistant) -> None:
    """Questions in other languages get their sentences chosen again with hubs (sentences
    close to the corpus at large) lower; whether to answer stays the first choice's verdict."""
    from app.answering import _hubness, select_sentences

    plain = with_settings(bundled_assistant, hub_weight=0.0)
    hubs_down = with_settings(bundled_assistant, hub_weight=0.2)
    for question in FOREIGN_QUESTIONS:
        with_hubs_down, as_before = hubs_down.ask(question), plain.ask(question)
        assert with_hubs_down.abstained == as_before.abstained, question
        for c in with_hubs_down.citations:
            assert all(is_verbatim(s, c.quote) for s in c.sentences)
    # the ordering moves the way it should: a heavy weight quotes sentences less like the rest
    index, settings = bundled_assistant.index, bundled_assistant.settings
    question = FOREIGN_QUESTIONS[0]
    qv = bundled_assistant.embedder.query(question)
    hits = bundled_assistant.retriever.search(question, qvec=qv)
    mean_hubness = [
        float(
            np.mean(
                _hubness(
                    index,
                    [
                        e.row
                        for e in select_sentences(index, qv, hits, settings, None, question, (), w).sentences
                    ],
                )
            )
        )
        for w in (0.0, 5.0)
    ]
    assert mean_hubness[1] < mean_hubness[0]


def test_a_sentence_is_quoted_once_though_several_parts_choose_it(bundled_assistant: Assistant) -> None:
    # The bench listed after "…composed of:" is the lead's continuation and also the best
    # sentence for "who chaired?"; it was quoted twice when the parts compared objects.
    answer = bundled_assistant.ask(
        "Who chaired the CCF Requests Chamber in CCF Decision No. 10 (2018), at which session "
        "was it decided, and what kind of INTERPOL data did it concern?"
    )
    assert not answer.abstained
    quoted = [s for c in answer.citations for s in c.sentences]
    assert any("PIRLOG" in s for s in quoted)
    assert len(quoted) == len(set(quoted))


def test_a_premise_is_quoted_and_the_asked_part_answered_from_another_passage(
    bundled_assistant: Assistant,
) -> None:
    # The premise names Chen Zhi; the year and city asked for are stated in a passage that
    # does not. The passage stating the year need only name what its own part names, and
    # the premise, a part of its own, gets a quote of its own that names him.
    for question in (
        "Chen Zhi was handed from Cambodia to China. Since what year have Chinese police had a "
        "joint office with their Cambodian counterparts, and in which city?",
        "Camboya entregó a Chen Zhi a China. ¿Desde qué año tiene la policía china una oficina "
        "conjunta con sus homólogos camboyanos, y en qué ciudad?",
    ):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained, answer.answer
        quoted = [s for c in answer.citations for s in c.sentences]
        assert "2019" in quoted[0] and "Phnom Penh" in quoted[0]
        assert any("Chen Zhi" in s for s in quoted[1:])


def test_the_sentence_before_the_lead_is_quoted_for_who_it_refers_to(bundled_assistant: Assistant) -> None:
    # "The court stated that the authenticity of the arrest warrant was 'questionable'":
    # which court, in whose case, is said in the sentence before it.
    answer = bundled_assistant.ask("Did any court question whether a Chinese arrest warrant was authentic?")
    assert not answer.abstained
    quoted = [s for c in answer.citations for s in c.sentences]
    lead = next(i for i, s in enumerate(quoted) if "authenticity of the arrest warrant" in s)
    assert lead > 0 and "Tang Hao" in quoted[lead - 1], answer.answer


def test_each_part_is_quoted_with_the_sentence_after_it(bundled_assistant: Assistant) -> None:
    # The second part's best sentence says where a request for membership goes; the one
    # after it, what vote approves it: quoted in context, as the lead is.
    answer = bundled_assistant.ask(
        "When did the People's Republic of China join Interpol, and what vote does Interpol's "
        "Constitution require before a country's membership is approved?"
    )
    quoted = [s for c in answer.citations for s in c.sentences]
    assert any("1984" in s for s in quoted), answer.answer
    pick = next(i for i, s in enumerate(quoted) if "request for membership" in s)
    assert "two-thirds majority" in quoted[pick + 1], answer.answer
    assert_grounded(bundled_assistant, answer)


def test_a_context_sentence_ending_with_a_colon_is_quoted_with_what_it_announces(
    bundled_assistant: Assistant,
) -> None:
    # "If they did not contact their local police stations by 10 August 2022:" says nothing
    # by itself; the first sanction is the sentence after it.
    answer = bundled_assistant.ask(
        "Che cosa rischiavano le famiglie degli abitanti di Wenchang rimasti nel nord del Myanmar "
        "se non contattavano la polizia?"
    )
    quoted = [s for c in answer.citations for s in c.sentences]
    colon = next(i for i, s in enumerate(quoted) if s.startswith("If they did not contact"))
    assert "medical insurance subsidies" in quoted[colon + 1], answer.answer
    assert_grounded(bundled_assistant, answer)


def test_more_sentences_are_quoted_once_the_answer_has_passed_the_checks(
    bundled_assistant: Assistant,
) -> None:
    # "…extradition may not take place" ranks just below the first four sentences; the
    # answer quotes a few more, chosen after the checks, so they never decide whether to answer.
    shorter = with_settings(bundled_assistant, extra_answer_sentences=0)
    question = (
        "If the Swedish Supreme Court identifies a bar to extradition, may the Government hand "
        "the person over to China anyway?"
    )
    longer_answer, short_answer = bundled_assistant.ask(question), shorter.ask(question)
    quoted = [s for c in longer_answer.citations for s in c.sentences]
    short_quoted = [s for c in short_answer.citations for s in c.sentences]
    assert any("extradition may not take place" in s for s in quoted), longer_answer.answer
    assert not any("extradition may not take place" in s for s in short_quoted)
    # the same lead, quoted with the sentence before it (which may come later in the longer
    # answer, among its picks)
    extra = bundled_assistant.settings.extra_answer_sentences
    assert set(short_quoted[:2]) <= set(quoted)
    assert len(short_quoted) < len(quoted) <= len(short_quoted) + extra
    assert_grounded(bundled_assistant, longer_answer)
    near_misses = [
        "Which judge presided over the Bordeaux chamber that refused to extradite H.?",
        "How many red notices did China ask Interpol to publish in 2023?",
        "What did the textile trader earn each month for spying on Abdulkadir Yapchan?",
    ]
    for question in FOREIGN_QUESTIONS + near_misses:
        assert bundled_assistant.ask(question).abstained == shorter.ask(question).abstained, question
