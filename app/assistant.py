"""``Assistant``: the one API that the CLI, the Gradio UI and the evals all call.

from app import Assistant
answer = Assistant.load().ask("Which court rejected China's request to extradite H.?")
print(answer.to_dict())
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from app import cities, glosses
from app.advice import asks_advice
from app.alternatives import names_one, offered
from app.answerability import (
    Verdict,
    bare_name,
    check_anchors,
    digit_anchors,
    initials_anchors,
    name_anchors,
    names_all_countries,
    treaty_parties,
)
from app.answering import FIGURES, FLAT, NAME_OF_SOMEONE, TOO_FAR, Evidence, Selection, select_sentences
from app.answertypes import (
    asks_outcome,
    asks_reasons,
    days_named,
    expected_type,
    has_type,
    lead_type,
    ranked_first_unstated,
    ranks_unstated,
    values_of,
    years_named,
)
from app.chunking import GAP_RE
from app.citednames import articles_named
from app.config import Settings
from app.countries import CJK, countries_in, fold
from app.courtranks import court_ranks
from app.criminalcode import asks_criminal_article, names_criminal_code
from app.documents import Document
from app.embeddings import Embedder, embedder_for
from app.events import roles_asked
from app.filters import Filters
from app.languageshift import directions, shifted
from app.library import add_to_corpus
from app.namedcases import HEADING_CHARS, named_cases
from app.precedents import Precedent, search_precedents
from app.questionlanguage import question_language
from app.questionparts import asking_parts, question_parts
from app.retrieval import Hit, HybridRetriever
from app.store import BuildReport, Index, ProgressFn, build_index, is_stale, load_index
from app.synthesis import chat_model_from_settings, synthesize
from app.unnamed import unnamed_mention
from app.verify import is_verbatim, normalize

ADVICE_TEXT = (
    "The corpus cannot answer this question: it asks for a prediction or for advice, and the "
    "corpus records what courts and bodies decided and what reports documented, not what will "
    "happen in a case. The nearest passages, listed below, are the closest it holds."
)
ABSTAIN_TEXT = (
    "The corpus does not answer this question: no passage supports an answer strongly enough "
    "to quote. The nearest passages are listed below for you to check."
)

# Answer types whose stating sentence must name what the question names (``value_names``).
_VALUES_NAMED = (*FIGURES, "name", "institution")
# How answering.select_sentences says the evidence lacks the value asked for.
_LACKS_TYPE = "the question asks for"
# A difference between two figures, asked for ("how much more than in 2023", "比2023年多了多少").
_COMPARES = re.compile(
    r"\b(?:more|less|fewer|higher|lower) than\b|\bincrease[ds]?\b|\bdifference\b|\bde plus que\b|\bde moins que\b|"
    r"\bin (?:più|meno) rispetto\b|\bmás que\b|\bmenos que\b|\bdaha (?:fazla|az)\b|\bfark\w*|比[^，。？?]{0,12}?(?:多|少|增|减)",
    re.IGNORECASE,
)
# The reasons a ruling relied on, asked for: a reason's word and a verb of resting on it
# ("hangi gerekçelere dayanmıştı", "on what grounds did it rely", "sur quels motifs s'est-elle
# fondée", "su quali motivi si è basata", "en qué fundamentos se basó", "依据了哪些理由").
_RELIED_ON = re.compile(
    r"gerekçe\w*\s+(?:\w+\s+){0,2}dayan\w*|delil\w* ve gerekçe\w*|"
    r"\b(?:reasons?|grounds?|reasoning)\b[^?]{0,60}\b(?:rel(?:y|ied|ies)|bas(?:e|ed) (?:its|their) (?:decision|ruling|refusal))\b|"
    r"\b(?:motifs?|raisons?)\b[^?]{0,60}\b(?:fond\w*|appuy\w*)\b|"
    r"\b(?:motiv[io]|ragion[ei])\b[^?]{0,60}\b(?:fondat\w*|basat\w*|poggiat\w*)\b|"
    r"\b(?:motivos?|fundamentos?|razones)\b[^?]{0,60}\b(?:bas[óa]\w*|fund[óa]\w*|apoy\w*)\b|"
    r"(?:依据|根据|基于)了?(?:哪些|什么)(?:理由|依据)",
    re.IGNORECASE,
)
# Document types that report on many cases at once (not a ruling, decision or instrument).
_REPORTS = ("report", "news")
# A question about several cases at once ("both the Court of Appeal and…", "tanto… como").
_SEVERAL = re.compile(
    r"\bboth\b[^?]{1,80}\band\b|\btanto\b[^?]{1,80}\bcomo\b|\bsia\b[^?]{1,80}\bsia\b|\bentrambi\b|\baussi bien\b|"
    r"\bà la fois\b|\bher iki\b",
    re.IGNORECASE,
)
# INTERPOL as the questions' languages name it, and what is paid to it.
_INTERPOL = re.compile(r"interpol|国际刑警", re.IGNORECASE)
_PAYMENT = re.compile(
    r"contribu|\bpa(?:y|id)|\bfund|\bdues\b|budget|financ|cotis|versé|vers[ea]|\bpag|aport|ödeme|öde|katkı|bütçe|aidat|"
    r"出资|缴纳|会费|经费|资助|预算|捐",
    re.IGNORECASE,
)


class QuestionError(ValueError):
    """The question cannot be asked as given (empty, too long); the message says why."""


@dataclass
class Citation:
    n: int
    doc_id: str
    title: str
    court_or_body: str
    date: str
    page: int | None
    paragraph: str | None
    quote: str  # the verbatim passage
    source: str  # corpus file
    section: str | None = None
    doc_type: str = ""
    jurisdiction: str = ""
    language: str = ""
    outcome: str = ""
    completeness: str = ""
    partial: bool = False
    source_url: str = ""
    start: int = 0  # character offsets of the passage in the document text
    end: int = 0
    sentences: list[str] = field(default_factory=list)  # quoted sentences, verbatim
    score: float = 0.0

    def reference(self) -> str:
        """A conventional citation: title, court, date, page/para."""
        parts = [self.title]
        if self.court_or_body and self.court_or_body not in self.title:
            parts.append(self.court_or_body)
        if self.date:
            parts.append(self.date)
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.paragraph:
            parts.append(f"para. {self.paragraph}")
        elif self.section:
            parts.append(f"section “{self.section}”")
        return ", ".join(parts)


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    nearest: list[Citation] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)
    best_score: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    # Every passage retrieval ranked for this question (for evaluation and inspection).
    retrieved: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The ``ask --json`` contract (DESIGN.md); extra keys follow the contract's."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [asdict(c) for c in self.citations],
            "nearest": [asdict(c) for c in self.nearest],
            "filters": self.filters,
            "best_score": round(self.best_score, 4),
            "timings_ms": {k: round(v * 1000, 2) for k, v in self.timings.items()},
            "retrieved": self.retrieved,
        }


@dataclass
class _Reading:
    """A question as its answer is chosen: its vectors and what it asks for."""

    question: str
    qv: Any  # its vector
    sv: Any  # its vector moved out of its language (None for English)
    answer_type: str | None  # the kind of value it asks for (app/answertypes.py)
    named: list[str]  # the documents it names
    parts: list[tuple[str, Any]]  # the parts of a several-part question, with their vectors
    focus: tuple[str, Any] | None  # what it asks of the named documents, without their names


class Assistant:
    def __init__(self, index: Index, settings: Settings, embedder: Embedder, chat_model: Any = None) -> None:
        self.index = index
        self.settings = settings
        self.embedder = embedder
        # Optional LangChain chat model: rewrites the evidence, every sentence verified
        # (app/synthesis.py). None: answers are the verbatim sentences themselves.
        self.chat_model = chat_model
        self.retriever = HybridRetriever(index, embedder, settings)

    @classmethod
    def load(
        cls,
        settings: Settings | None = None,
        build: bool = True,
        progress: ProgressFn | None = None,
        show_progress_bar: bool = False,
        chat_model: Any = None,
    ) -> Assistant:
        """Load the live index; build or update it first when it is missing or stale.

        ``chat_model``: an optional LangChain chat model for verified synthesis."""
        settings = settings or Settings.load()
        if build:
            stale, why = is_stale(settings)
            if stale:
                if show_progress_bar:
                    print(f"redbrief: building the index ({why})…", file=sys.stderr)
                build_index(settings, progress=progress, show_progress_bar=show_progress_bar)
        index = load_index(settings.index_dir, settings=settings)
        embedder = embedder_for(settings)
        if chat_model is None:
            chat_model = chat_model_from_settings(settings)
        return cls(index, settings, embedder, chat_model)

    def warm_up(self) -> None:
        """Compute now what the first question in another language than English would
        otherwise wait for (its language's direction, app/languageshift.py), and read the
        tables the first Chinese question and the first asking for a city would (CC-CEDICT,
        the GeoNames towns): a server starts once and answers many."""
        if self.settings.language_shift > 0:
            directions(self.embedder)
        glosses.load()
        cities.load()

    def update_index(self, progress: ProgressFn | None = None) -> BuildReport:
        """Re-index what changed in the corpus and switch to the new build."""
        report = build_index(self.settings, progress=progress)
        index = load_index(self.settings.index_dir, settings=self.settings)
        # One attribute switches the live index: ``ask`` reads ``self.retriever`` once and uses
        # its index throughout, so a question answered during an update never mixes two builds.
        self.retriever = HybridRetriever(index, self.embedder, self.settings)
        self.index = index
        return report

    def ask(
        self, question: str, filters: Filters | dict[str, Any] | None = None, k: int | None = None
    ) -> Answer:
        question = (question or "").strip()
        if not question:
            raise QuestionError("Please type a question.")
        if len(question) > self.settings.max_question_chars:
            raise QuestionError(
                f"The question is {len(question)} characters long; the limit is "
                f"{self.settings.max_question_chars}. Please shorten it."
            )
        if not isinstance(filters, Filters):
            filters = Filters.from_dict(filters)
        retriever = self.retriever  # this question's index, even if an update swaps it meanwhile
        index = retriever.index
        timings: dict[str, float] = {}
        t = time.perf_counter()
        retriever.prepare_async(question)  # BM25 and language detection on a worker thread …
        qv = self.embedder.query(question)  # … while the question is embedded (the engine frees the GIL)
        timings["embed"] = time.perf_counter() - t
        t = time.perf_counter()
        # Another language's question ranks and picks sentences by its vector moved out of
        # that language (the English passages that answer it are otherwise outranked).
        sv = shifted(qv, question_language(question), self.embedder, self.settings.language_shift)
        named = retriever.named_documents(question) if self.settings.named_document_rank > 0 else []
        focus = self._named_focus(question, retriever) if named else None
        hits = retriever.search(
            question, k=k, filters=filters, qvec=qv, rank_vec=sv, named_vec=focus[1] if focus else None
        )
        timings["retrieve"] = time.perf_counter() - t
        t = time.perf_counter()
        checks = self.settings.answerability_checks
        parts = self._parts(question, retriever) if self.settings.part_evidence else []
        if parts and self.settings.part_passages > 0:
            hits = self._with_part_passages(question, hits, parts, retriever, filters, qv)
        answer_type = lead_type(question, question_parts(question)) if checks else None
        # A question naming two cases or more by number or initials ("auto 141/2018 … ATC
        # 10/2019") asks about each: like a document named by its cited name, each is quoted.
        cases = [d.id for d in self._named_cases(question, hits, index)]
        if len(cases) > 1:
            named = [*named, *(c for c in cases if c not in named)]
        reading = _Reading(question, qv, sv, answer_type, named, parts, focus)
        selection = self._select(reading, hits, index)
        chosen_from = hits  # the passages the answer is chosen from
        advice = checks and self.settings.advice_check and asks_advice(question)
        if advice:
            # Not a matter of evidence: no precedent says what will happen to this client
            # (the answer says so: ADVICE_TEXT).
            selection.abstained = True
        if not selection.abstained and checks:
            verdict = self._judge(question, selection, hits, index, answer_type)
            if not verdict.answerable and verdict.missing_anchor:
                # The quotes came from passages that do not name who or what the question
                # asks about (or documents without the decision number it gives); if some
                # retrieved passages do, the answer is sought in them.
                about = [h for h in hits if self._check_anchors(question, [h.passage], index).answerable]
                if not about and len(cases) > 1:
                    # No one passage names all the cases the question names ("L. W.-K. …
                    # Q.J."): the answer is sought in theirs, each quoted (reading.named).
                    about = [h for h in hits if index.passages.doc_id(h.passage) in cases]
                if about and len(about) < len(hits):
                    again = self._choose_again(reading, about, index)
                    if again is not None:
                        (selection, verdict), chosen_from = again, about
            if verdict.answerable:
                # A question giving a case number or a party's initials asks about that case:
                # an answer leading with another document is chosen again from its own passages.
                own = self._named_case_hits(cases, selection, hits, index)
                again = self._choose_again(reading, own, index) if own else None
                if again is not None and again[1].answerable:
                    (selection, verdict), chosen_from = again, own
                elif own and len(cases) == 1 and (case := index.documents[cases[0]]).is_partial:
                    # The question asks that case for a date, a name, a country… and its
                    # passages state none: the corpus holds only part of its text, and
                    # another document's value is not that case's.
                    retry = self._select(reading, own, index)
                    if (
                        retry.abstained
                        and (
                            retry.reason.startswith(_LACKS_TYPE)
                            or retry.reason == TOO_FAR
                            # (no passage of its own stands out, and none states a value
                            # of the kind asked at all)
                            or (
                                retry.reason == FLAT
                                and answer_type is not None
                                and not any(
                                    has_type(index.passages[h.passage].text, answer_type, question)
                                    for h in own
                                )
                            )
                        )
                        and _asked_first(question, answer_type)
                    ):
                        verdict = Verdict(
                            False, _held_in_part(case, f"and that part does not answer ({retry.reason})")
                        )
                    elif answer_type is None and case.reasons_missing and not _SEVERAL.search(question):
                        # Nor, asked what it held or considered ("what exactly did the PRC
                        # undertake in the assurances considered in Kim (No 2)?"), does
                        # another document's passage stand in for the reasons it lacks. (Not
                        # for a question comparing several cases: "both the Court of Appeal
                        # in Kim and the Czech court…".)
                        verdict = Verdict(
                            False,
                            _held_in_part(
                                case, "without its reasons, and another document's passage is not that case's"
                            ),
                        )
            if not verdict.answerable:
                selection.abstained = True
                selection.reason = verdict.reason
        if selection.abstained and checks and asks_outcome(question):
            # Too far from every passage to quote, but if it names a case whose ending the
            # corpus records as missing, that is the more useful reason to give.
            partial = next((index.documents[c] for c in cases if index.documents[c].outcome_missing), None)
            if partial is not None:
                selection.reason = _outcome_missing(partial)
        if not selection.abstained and self.settings.extra_answer_sentences > 0:
            selection = self._lengthened(reading, selection, chosen_from, index)
        if not selection.abstained and self.settings.hub_weight > 0 and question_language(question) != "en":
            selection = self._without_hubs(question, qv, selection, chosen_from, index, answer_type, named)
        if not selection.abstained and checks and sv is not None and len(selection.sentences) > 1:
            selection.sentences = self._about_the_question(question, selection.sentences, named, index)
        reason = selection.reason
        timings["select"] = time.perf_counter() - t
        retrieved = [self._retrieved(h, index) for h in hits]
        if selection.abstained:
            nearest = [self._citation(i + 1, h, [], index) for i, h in enumerate(hits[:3])]
            text = ABSTAIN_TEXT if hits else "No document in the corpus matches these filters."
            if hits and advice:
                text = ADVICE_TEXT
            elif reason:
                text = f"{text} ({reason[0].upper()}{reason[1:]}.)"
            timings["total"] = sum(timings.values())
            return Answer(
                question, text, True, [], nearest, filters.to_dict(), selection.best_score, timings, retrieved
            )
        citations: list[Citation] = []
        numbers: dict[int, int] = {}
        quoted: list[str] = []
        for ev in selection.sentences:
            if ev.passage not in numbers:
                numbers[ev.passage] = len(numbers) + 1
                hit = next(h for h in hits if h.passage == ev.passage)
                citations.append(self._citation(numbers[ev.passage], hit, [], index))
            cit = citations[numbers[ev.passage] - 1]
            # Grounded by construction, and checked anyway: the verifier is the last gate.
            if not is_verbatim(ev.text, cit.quote):
                continue
            cit.sentences.append(ev.text)
            quoted.append(f"{normalize(ev.text)} [{cit.n}]")
        text = " ".join(quoted)
        if self.chat_model is not None and citations:
            t = time.perf_counter()
            synthesis = synthesize(self.chat_model, question, citations)
            timings["synthesis"] = time.perf_counter() - t
            if synthesis.text:  # else the extractive answer stands
                text = synthesis.text
        timings["total"] = sum(timings.values())
        return Answer(
            question,
            text,
            False,
            citations,
            [],
            filters.to_dict(),
            selection.best_score,
            timings,
            retrieved,
        )

    def precedents(
        self, query: str, filters: Filters | dict[str, Any] | None = None, k: int = 10
    ) -> list[Precedent]:
        """Rulings and CCF decisions matching a fact pattern or ground (see app/precedents.py)."""
        query = (query or "").strip()
        if not query:
            raise QuestionError("Please describe the fact pattern or ground to search for.")
        if len(query) > self.settings.max_question_chars:
            raise QuestionError(f"The search text is over {self.settings.max_question_chars} characters.")
        if not isinstance(filters, Filters):
            filters = Filters.from_dict(filters)
        return search_precedents(self, query, filters, k)

    def add_document(
        self, path: Path, metadata: dict[str, Any] | None = None, progress: ProgressFn | None = None
    ) -> tuple[str, BuildReport]:
        """Copy a file into the corpus (with its metadata) and update the index incrementally.

        Returns the corpus path and the build report; a file that cannot be read is
        reported in ``report.errors`` under its corpus path, and the index keeps serving.
        """
        return add_to_corpus(self, Path(path), metadata or {}, progress)

    def _without_hubs(
        self,
        question: str,
        qv: Any,
        selection: Selection,
        hits: list[Hit],
        index: Index,
        answer_type: str | None,
        named: list[str],
    ) -> Selection:
        """The answer's sentences chosen again with hubs pushed down (answering._hubness;
        ``hub_weight``, off by default): across languages they may crowd out the sentence
        that answers. Whether to answer stays the first selection's verdict, on which the
        checks are calibrated; the new choice is kept only if it passes them too."""
        alt = select_sentences(
            index, qv, hits, self.settings, answer_type, question, named, self.settings.hub_weight
        )
        if alt.abstained:
            return selection
        if (
            self.settings.answerability_checks
            and not self._judge(question, alt, hits, index, answer_type).answerable
        ):
            return selection
        return alt

    def _choose_again(
        self, reading: _Reading, hits: list[Hit], index: Index
    ) -> tuple[Selection, Verdict] | None:
        """The answer chosen again from ``hits`` only, with the checks' verdict on it; None
        when nothing there is close enough to quote."""
        retry = self._select(reading, hits, index)
        if retry.abstained:
            return None
        return retry, self._judge(reading.question, retry, hits, index, reading.answer_type)

    def _lengthened(self, r: _Reading, selection: Selection, hits: list[Hit], index: Index) -> Selection:
        """The answer chosen again with ``extra_answer_sentences`` more sentences allowed, once
        the shorter one has passed the checks; kept only if it leads with the same sentence."""
        more = self.settings.max_answer_sentences + self.settings.extra_answer_sentences
        longer = self._select(r, hits, index, self.settings.replace(max_answer_sentences=more))
        if longer.abstained or longer.lead_row != selection.lead_row:
            return selection
        return longer

    def _select(
        self, r: _Reading, hits: list[Hit], index: Index, settings: Settings | None = None
    ) -> Selection:
        return select_sentences(
            index,
            r.qv,
            hits,
            settings or self.settings,
            r.answer_type,
            r.question,
            r.named,
            order_vec=r.sv,
            parts=r.parts,
            focus=r.focus,
            value_check=(
                (lambda e: self._value_named(r.question, e, index, r.answer_type or ""))
                if self.settings.value_names and r.answer_type in _VALUES_NAMED
                else None
            ),
        )

    def _parts(self, question: str, retriever: HybridRetriever) -> list[tuple[str, Any]]:
        """Each part of a question asking several things, with its vector (moved out of its
        language as the question's is); none for a one-part question. A part naming a
        document is scored without the name (``_unnamed``)."""
        texts = question_parts(question)
        if len(texts) < 2:
            return []
        return [self._vector_of(question, self._unnamed(text, retriever) or text) for text in texts]

    def _with_part_passages(
        self,
        question: str,
        hits: list[Hit],
        parts: list[tuple[str, Any]],
        retriever: HybridRetriever,
        filters: Filters,
        qv: Any,
    ) -> list[Hit]:
        """``hits`` and after them each part's best ``part_passages`` passages not among
        them, ranked by the part's own words and vector: "Who was the minister at the 2014
        Monaco gathering, and in which city did he open the 2017 congress?" is ranked as a
        whole toward one of its two passages. Only a part naming something of its own is
        retrieved so (a name, a number, a document), and only its passages that name it are
        added. Their similarity is the question's, as abstention is calibrated on it."""
        found = {h.passage for h in hits}
        more: list[Hit] = []
        pv = retriever.index.passage_vectors
        for text, (_, vec) in zip(question_parts(question), parts, strict=True):
            if not (
                digit_anchors(text)
                or name_anchors(text)
                or initials_anchors(text)
                or retriever.named_documents(text)
            ):
                continue  # "what evidence did it rely on?": about what the question names elsewhere
            added = 0
            for h in retriever.search(text, k=self.settings.top_k, filters=filters, qvec=vec):
                if added >= self.settings.part_passages:
                    break
                if (
                    h.passage not in found
                    and self._check_anchors(text, [h.passage], retriever.index).answerable
                ):
                    found.add(h.passage)
                    more.append(replace(h, dense=float(pv[h.passage] @ qv)))
                    added += 1
        return [*hits, *more]

    def _named_focus(self, question: str, retriever: HybridRetriever) -> tuple[str, Any] | None:
        """What the question asks of the documents it names, without their names
        (``_unnamed``), with its vector; None when nothing is left to ask once they are out."""
        texts = question_parts(question) if self.settings.part_evidence else [question]
        text = next((p for p in texts if retriever.named_documents(p)), question)
        rest = self._unnamed(text, retriever)
        return self._vector_of(question, rest) if rest else None

    def _unnamed(self, text: str, retriever: HybridRetriever) -> str | None:
        """``text`` without the names of the documents it names, if it names any and enough
        is left: "what vote does Interpol's Constitution require?" -> "what vote does
        require?". Every sentence of the Constitution is about the Constitution; ranked by
        the name too, its opening line ("The Constitution of the ICPO-INTERPOL adopted…")
        beats the article that answers."""
        if not retriever.named_documents(text):
            return None
        rest = retriever.without_names(text)
        return rest if len(rest.split()) >= 3 or len(CJK.findall(rest)) >= 4 else None

    def _vector_of(self, question: str, text: str) -> tuple[str, Any]:
        """``text`` and its vector, moved out of the question's language as the question's is."""
        vec = self.embedder.query(text)
        moved = shifted(vec, question_language(question), self.embedder, self.settings.language_shift)
        return text, vec if moved is None else moved

    @staticmethod
    def _named_case_hits(cases: list[str], selection: Selection, hits: list[Hit], index: Index) -> list[Hit]:
        """The passages of ``cases`` (the documents the question names by number or initials,
        "21125/2023", "L. W.-K.") when the answer leads with another document; else none."""
        if not cases or index.passages[selection.sentences[0].passage].doc_id in cases:
            return []
        return [h for h in hits if index.passages[h.passage].doc_id in cases]

    def _about_the_question(
        self, question: str, sentences: list[Evidence], named: list[str], index: Index
    ) -> list[Evidence]:
        """The lead sentence with its context (the first sentences, from its passage), and
        those after it from passages naming something the question names (or from a
        document it names): ranked out of its language, a question's supporting sentences
        can come from a passage about another case."""
        keep = [sentences[0]]
        for ev in sentences[1:]:
            doc_id = index.passages.doc_id(ev.passage)
            if (
                ev.passage == sentences[0].passage
                or doc_id in named
                or self._check_anchors(question, [ev.passage], index, any_name=True).answerable
            ):
                keep.append(ev)
        return keep

    def _judge(
        self, question: str, selection: Selection, hits: list[Hit], index: Index, answer_type: str | None
    ) -> Verdict:
        """Whether the selected sentences answer: the anchors the question names are in them,
        the sentence stating the asked-for value is about them, and an outcome asked for is
        one the corpus holds."""
        passages = [ev.passage for ev in selection.sentences]
        lead = _lead(selection)
        verdict = self._check_anchors(question, passages, index)
        if (
            verdict.answerable
            and answer_type
            and not self._from_one_of_several_cases(question, passages[0], hits, index)
        ):
            # The sentence giving the date (sum, name…) must come from a passage about what
            # the question names, not from another case that happens to state one — unless
            # it asks about several cases by number ("Roberto in auto 141/2018 and Cheng
            # Jiun Liu in ATC 10/2019: which court dealt with each?") and it comes from one.
            # For a question in several parts, the part asking for the value: a premise
            # ("Chen Zhi was handed to China. Since what year…?") is checked against its own
            # quote above, not against the passage stating the year.
            asking = _asking_part(question, answer_type, index)
            verdict = self._check_anchors(asking, passages[:1], index, any_name=True)
        if (
            verdict.answerable
            and answer_type in NAME_OF_SOMEONE
            and (mention := unnamed_mention(question, lead.text))
        ):
            # "an online lending firm": the sentence leading the answer describes what the
            # question asks the name of, and withholds it. (Any quoted sentence, not just the
            # lead: dev8 +1 unanswerable, −2 answerable — a later sentence's "a company" is
            # often another one.)
            verdict = Verdict(False, f"the evidence mentions “{mention}” without naming it")
        if verdict.answerable and (lacking := self.retriever.lacking_articles(question)):
            # The instrument's text the corpus holds has other articles than the one asked
            # about: only a quote that cites that article answers (a ruling applying it, the
            # instrument's own list of amendments) — not another instrument's text, whose
            # article numbers are its own.
            doc_of = index.passages.doc_id
            # another document's article numbers count where its passage names the
            # instrument: "Article 3" on INTERPOL's neutrality page is its Constitution's
            instruments = [
                n.lower() for d in lacking for n in (index.documents[d].title, *index.documents[d].cited_as)
            ]
            # (a decision's list of tags names the article and applies none of it: "Tags:
            # Article 35 of the Statute of the CCF – Access to files")
            quoted = " ".join(
                ev.text
                for ev in selection.sentences
                if not _TAGS.match(ev.text)
                and (
                    doc_of(ev.passage) in lacking
                    or (
                        not index.documents[doc_of(ev.passage)].cited_as
                        and any(n in index.passages[ev.passage].text.lower() for n in instruments)
                    )
                )
            )
            if not articles_named(question) & articles_named(quoted):
                verdict = Verdict(
                    False,
                    _held_in_part(index.documents[lacking[0]], "without the article the question asks about"),
                )
        if (
            verdict.answerable
            and answer_type == "person"
            and (elsewhere := _bench_elsewhere(question, selection.sentences[0], index))
        ):
            verdict = Verdict(False, elsewhere)
        # (in the lead's passage: "INTERPOL shall comprise:" leads to "The General Assembly
        # shall be the body of supreme authority")
        lead_passage = index.passages[lead.passage].text
        if verdict.answerable and ranked_first_unstated(question, lead_passage, answer_type):
            verdict = Verdict(
                False, f"the question asks which {answer_type} ranks first; the evidence states no rank"
            )
        if (
            verdict.answerable
            and answer_type in _CHOSEN_KINDS
            and (unoffered := _none_offered(question, selection, index))
        ):
            verdict = Verdict(False, unoffered)
        if verdict.answerable and _broken_off(lead, index):
            verdict = Verdict(
                False, "the sentence that would answer breaks off where the corpus' copy has a gap"
            )
        if verdict.answerable and (ranks := ranks_unstated(question, lead_passage)):
            verdict = Verdict(
                False, f"the question asks which ranks {_ordinal(ranks[0])}; the evidence states no such rank"
            )
        if verdict.answerable and (uncited := self._court_not_cited(question, selection.sentences, index)):
            verdict = Verdict(False, uncited)
        if verdict.answerable and (other := _another_treaty(question, selection.sentences[0], index)):
            verdict = Verdict(False, other)
        if verdict.answerable and (codeless := _no_criminal_code(question, selection.sentences, index)):
            verdict = Verdict(False, codeless)
        if (
            verdict.answerable
            and answer_type in FIGURES
            and _COMPARES.search(question)
            and (unstated := years_named(question) - _years_of_figures(selection.sentences, answer_type))
        ):
            # "比2023年多了多少": a difference needs both years' figures
            verdict = Verdict(
                False, f"the question compares figures; the evidence states none for {min(unstated)}"
            )
        lead_doc = index.documents[index.passages[selection.sentences[0].passage].doc_id]
        if verdict.answerable and _RELIED_ON.search(question) and lead_doc.doc_type in _REPORTS:
            # "hangi gerekçelere dayanmıştı?": the reasons a ruling rests on are its own text;
            # a report's "finding it politically motivated" tells how it ended, not on what
            verdict = Verdict(
                False,
                "the question asks what a ruling relied on, and the corpus holds only a report's account of it",
            )
        if verdict.answerable and (unreasoned := _without_reasons(question, index)):
            verdict = Verdict(False, _held_in_part(unreasoned, "without the reasons for its decision"))
        caption = _CAPTION.match(lead.text)
        if (
            verdict.answerable
            and caption
            and not _DECREE.match(lead.text)
            and not _names_case(question, index.documents[index.passages.doc_id(lead.passage)], lead.text)
        ):
            # a caption names the decision appealed against in its own case, which the
            # question must name: "en date du 13 octobre 2011" is no date of H.'s arrest
            verdict = Verdict(False, "the passage quoted is the caption of a case the question does not name")
        if verdict.answerable and caption and (asks_reasons(question) or _ASKS_GROUNDS.search(question)):
            # "avverso la sentenza emessa il 5/12/2022 dalla Corte di appello di Ancona;" names
            # the decision appealed against: which court, what day — not what it rested on
            verdict = Verdict(
                False, "the passage quoted only names the decision under appeal; it gives none of its reasons"
            )
        if (
            verdict.answerable
            and asks_outcome(question)
            and _DECIDE.search(question)
            and _PENDING.search(lead.text)
        ):
            # "while Interpol's CCF was reviewing his petition": the matter still open, not
            # how it ended
            verdict = Verdict(
                False, "the question asks how the matter ended; the evidence has it still pending"
            )
        if (
            verdict.answerable
            and asks_outcome(question)
            # unless the case's own complete record leads (its legal summary, beside a partial judgment)
            and (lead_doc.outcome_missing or lead_doc not in self._named_cases(question, hits, index))
        ):
            partial = next(
                (
                    d
                    for d in self._decided_in(question, selection.sentences, hits, index)
                    if d.outcome_missing
                ),
                None,
            )
            if partial is not None:
                verdict = Verdict(False, _outcome_missing(partial))
        return verdict

    def _court_not_cited(self, question: str, sentences: list[Evidence], index: Index) -> str | None:
        """A high court the question names ("la Cour de cassation", "Anayasa Mahkemesi",
        "瑞典最高法院") that no cited ruling is from and no cited passage names: the Bordeaux
        Court of Appeal's refusal is not what the Cour de cassation decided. A question
        naming several ("what did the Czech Supreme Court do…, and who then went to the
        Constitutional Court?") is answered in part by a passage about one of them."""
        asked = court_ranks(question)
        if len(asked) > 1:
            # "the amparo against the Audiencia Nacional's order": the lower court whose
            # ruling a high court reviewed is the premise, the high court the one asked about
            asked -= {"national"}
        if "grand chamber" in asked:
            asked = frozenset({"grand chamber"})  # not any passage of the European Court's (a Chamber's)
        if not asked:
            return None
        # Asked for its reasons, the court's own ruling must be cited: a passage of another
        # court's judgment saying it "dismissed the cassation appeal" gives none of them.
        reasons = asks_reasons(question)
        of_rank = []
        for ev in sentences:
            passage = index.passages[ev.passage]
            document = index.documents[passage.doc_id]
            text = f"{document.title}\n{document.court_or_body}" + ("" if reasons else f"\n{passage.text}")
            if asked & court_ranks(text):
                of_rank.append(ev.passage)
        if not of_rank:
            if reasons:
                return f"no cited ruling is from the {_court_of_rank(sorted(asked)[0])} whose reasons the question asks for"
            return f"no cited passage or ruling is from the {_court_of_rank(sorted(asked)[0])} the question names"
        if (
            not _SEVERAL.search(question)
            and not self._check_anchors(question, of_rank, index, any_name=True).answerable
        ):
            # The court's own passage names whom the question asks about: the 2012 Cour de
            # cassation ruling on a Hong Kong request is not one on Tang Hao's extradition.
            # (Not for a question comparing several cases: "tanto el Tribunal de Apelación
            # de Nueva Zelanda (caso Kim) como el Tribunal Constitucional checo".)
            return f"the cited passages from the {_court_of_rank(sorted(asked)[0])} are not about the case the question names"
        return None

    @staticmethod
    def _from_one_of_several_cases(question: str, passage: int, hits: list[Hit], index: Index) -> bool:
        """Whether the question numbers two cases or more and ``passage`` is from one of them."""
        several = [d.id for d in Assistant._named_cases(question, hits, index)]
        return len(several) > 1 and index.passages.doc_id(passage) in several

    def _value_named(self, question: str, lead: Evidence, index: Index, answer_type: str) -> Verdict:
        """Whether a sentence stating a figure, read with the one before it (its subject may
        be named there: "It also says they have repatriated 62…"), names all the question
        names. Passage-wide anchors let through a report's paragraph that names the United
        States in one sentence and counts all returns in another."""
        sentences = index.passages[lead.passage].sentences
        span = (sentences[max(lead.sentence - 1, 0)][0], sentences[lead.sentence][1])
        text = index.passages[lead.passage].text[span[0] : span[1]]
        asking = _asking_part(question, answer_type, index)
        document = index.documents[index.passages.doc_id(lead.passage)]
        if document.doc_type in _REPORTS:
            # "according to ICIJ's China Targets reporting": the report cited by its title,
            # which its sentences do not repeat
            short = document.title.split(":")[0].strip()
            if len(short.split()) > 1:
                asking = re.sub(re.escape(short), " ", asking, flags=re.IGNORECASE)
        if answer_type == "amount" and _INTERPOL.search(asking) and _PAYMENT.search(asking):
            # A sum paid to INTERPOL: the sentence stating it names INTERPOL (China's
            # dues to it are not the $100,000 its officers paid an informer the same year).
            # The name check passes INTERPOL over elsewhere, as nearly every question names it.
            if not _INTERPOL.search(text):
                return Verdict(
                    False, "the sentence stating the sum does not mention INTERPOL", missing_anchor=True
                )
        years = years_named(asking)
        if years and _TOTAL.search(text) and not _TOTAL.search(asking) and not years & years_named(text):
            # "the 2008 act's sum" is not the total a sentence dating nothing states ("the
            # total amount, about 210 million yuan, about 280-290 million Swedish kronor")
            return Verdict(
                False, f"the sentence states a total, not the figure for {min(years)}", missing_anchor=True
            )
        return self._check_anchors(asking, [lead.passage], index, span=span)

    def _check_anchors(
        self,
        question: str,
        passage_ids: list[int],
        index: Index,
        any_name: bool = False,
        span: tuple[int, int] | None = None,
    ) -> Verdict:
        """``span``: only these characters of the (one) passage, with its document's title,
        court and jurisdiction, are where names must be (Assistant._value_named)."""
        docs = [index.documents[d] for d in {index.passages[i].doc_id for i in passage_ids}]
        texts = [f"{d.title}\n{d.court_or_body}\n{d.jurisdiction}\n{d.date}\n{d.text}" for d in docs]
        passages = []
        for i in dict.fromkeys(passage_ids):
            p = index.passages[i]
            d = index.documents[p.doc_id]
            about = f"{d.title}\n{d.court_or_body}\n{d.jurisdiction}\n"
            if span is not None:
                if d.doc_type in _REPORTS:
                    # A report's title and jurisdiction describe all of it ("China's use of
                    # INTERPOL red notices"): the sentence stating a figure names what it
                    # counts itself. Its publisher is the source a question cites.
                    about = f"{d.court_or_body}\n"
                passages.append(about + p.text[span[0] : span[1]])
                continue
            # With the document's heading: a judgment's opening names its court, place and
            # parties once, for every passage after it ("Wellington", "Mr Kim").
            heading = d.text[:HEADING_CHARS]
            passages.append(f"{about}{heading}\n{p.section or ''}\n{p.text}")
        return check_anchors(
            question,
            texts,
            known_word=index.lexical.knows,
            document_languages=[d.language for d in docs],
            word_languages=index.name_languages,
            passages=passages,
            any_name=any_name,
            names=self.retriever.pinyin_names(question),
            share=index.lexical.share if any_name else None,
            known_name=index.known_name,
            titles=[d.title for d in docs],
        )

    @staticmethod
    def _decided_in(question: str, evidence: list[Evidence], hits: list[Hit], index: Index) -> list[Document]:
        """The documents whose ending a question about an outcome asks for: any retrieved one
        whose heading carries a case number or initials the question gives ("II. ÚS 2299/19"), the first
        retrieved, and the one the answer leads with (which may come from another case)."""
        lead = index.documents[index.passages[evidence[0].passage].doc_id]
        top = index.documents[index.passages[hits[0].passage].doc_id] if hits else lead
        # the case the question names first (the reason names it), then the one retrieval
        # found closest to the question, then the one the answer leads with
        return [*Assistant._named_cases(question, hits, index), top, lead]

    @staticmethod
    def _named_cases(question: str, hits: list[Hit], index: Index) -> list[Document]:
        """The retrieved documents whose heading carries a case number the question gives
        ("21125/2023", "II. ÚS 2299/19", "No. 18 (2018)", "第18 (2018)号") or a party's initials
        ("L. W.-K."): app/namedcases.py; or whose title carries a party's full name
        ("Abulıkemu Helili Başvurusu")."""
        docs = [index.documents[d] for d in dict.fromkeys(index.passages[h.passage].doc_id for h in hits)]
        titled = _titled_with(question, docs, index)
        return list({d.id: d for d in [*named_cases(question, docs), *titled]}.values())

    def _retrieved(self, hit: Hit, index: Index) -> dict[str, Any]:
        p = index.passages[hit.passage]
        return {
            "doc_id": p.doc_id,
            "start": p.start,
            "end": p.end,
            "page": p.page,
            "score": round(hit.score, 5),
            "dense": round(hit.dense, 4),
            "dense_rank": hit.dense_rank,
            "lexical_rank": hit.lexical_rank,
        }

    def _citation(self, n: int, hit: Hit, sentences: list[str], index: Index) -> Citation:
        p = index.passages[hit.passage]
        d = index.documents[p.doc_id]
        return Citation(
            n=n,
            doc_id=d.id,
            title=d.title,
            court_or_body=d.court_or_body,
            date=d.date,
            page=p.page,
            paragraph=p.paragraph,
            quote=p.text,
            source=d.source,
            section=p.section,
            doc_type=d.doc_type,
            jurisdiction=d.jurisdiction,
            language=d.language,
            outcome=d.outcome,
            completeness=d.completeness,
            partial=d.is_partial,
            source_url=d.source_url,
            start=p.start,
            end=p.end,
            sentences=list(sentences),
            score=round(hit.dense, 4),
        )


# A ruling's caption: the decision appealed against, the texts the court has seen
_CAPTION = re.compile(
    r"\s*(?:contre l['’]arrêt|contre la décision|avverso (?:la|il|l['’])|contro (?:la|il|l['’])|visti gli atti|vu (?:le|la|les|l['’])|"
    r"against the (?:judgment|decision|order)|contra (?:la|el) (?:sentencia|auto|resolución)|"
    r"(?:[IVX]+\s+)?sentenza n\.\s*\d+ del)\b",
    re.IGNORECASE,
)
# A decree's "Vu la loi n° 2015-468…" cites the texts it applies, not a case of its own
_DECREE = re.compile(r"\s*vu\b", re.IGNORECASE)
# What a decision rested on, asked without "why": "quels moyens", "su quali garanzie … basata"
_ASKS_GROUNDS = re.compile(
    r"\b(?:quels? moyens|quels? motifs?|pour quels? motifs?|su quali (?:garanzie|motivi|ragioni|basi)|quali motivi|"
    r"en qué (?:motivos|fundamentos)|qué fundamentos|on what (?:grounds?|basis)|what grounds|"
    r"(?:quali|quelles?|qué|which|what) (?:garanzie|garanties|garantías|assurances|guarantees)|"
    r"(?:con )?quale motivazione|quali motivazioni|"
    r"hangi (?:gerekçe|güvence|teminat)\w*)|(?:什么|哪些)(?:理由|依据|保证)",
    re.IGNORECASE,
)
# A matter still open: "while the CCF was reviewing his petition", "en cours d'examen"
_PENDING = re.compile(
    r"\b(?:was|were|is|are|remains?|remained) (?:still )?(?:reviewing|examining|considering|pending|under (?:review|examination|consideration))\b|"
    r"\ben cours d['’]examen\b|\bin corso di esame\b|\b(?:está|estaba) pendiente\b|\bincelen(?:iyor|mekte|irken)\b|正在审查|尚未(?:作出|决定)",
    re.IGNORECASE,
)
# asked what a body decided (not what became of someone): the decision, not his fate
_DECIDE = re.compile(r"\b(?:decid|decis|décid|décision|decidi|karar)\w*|决定|裁定|裁决", re.IGNORECASE)
# Chinese and Turkish drop the pronoun (_asking_part); a demonstrative ("bu ilçenin", "该")
# points at something else than the person named before
_PRO_DROP = ("zh", "tr")
_DEMONSTRATIVE = re.compile(r"\b(?:bu|şu|aynı)\b|[该此这那其]", re.IGNORECASE)
# A pronoun standing for someone the question named before ("employed him", "son avocat";
# not Turkish "o", which is Italian and Spanish "or").
_PRONOUN = re.compile(
    r"\b(?:he|him|his|she|her|it|its|they|them|their|il|elle|lui|son|sa|ses|leur|lei|suo|sua|suoi|"
    r"él|ella|su|sus|onu|onun|ona)\b|[他她其它]",
    re.IGNORECASE,
)


def _years_of_figures(sentences: list[Evidence], answer_type: str) -> set[str]:
    """The years named by the sentences stating a figure of ``answer_type`` ("$13.7 million
    in 2024"; not "11 officers … in 2023" for a sum)."""
    return years_named(" ".join(e.text for e in sentences if has_type(e.text, answer_type)))


# Kinds of answer a question can offer a choice of ("which body — A or B?").
_CHOSEN_KINDS = ("institution", "court", "person", "name", "country", "place")


def _none_offered(question: str, selection: Selection, index: Index) -> str | None:
    """The question lists the answers it will take, and no quoted sentence names one."""
    language = question_language(question)
    alternatives = offered(question, language)
    if not alternatives:
        return None
    doc_of = index.passages.doc_id
    texts = [(ev.text, index.documents[doc_of(ev.passage)].language) for ev in selection.sentences]
    if names_one(alternatives, language, texts) is False:
        listed = ", ".join(f"“{a}”" for a in alternatives[:-1]) + f" or “{alternatives[-1]}”"
        return f"the question asks for {listed}; the evidence names {'neither' if len(alternatives) == 2 else 'none of them'}"
    return None


# A CCF decision's heading line of tags (the mirror's classification)
_TAGS = re.compile(r"\s*Tags:")
# A list cut after its "and": "for example, by United Nations bodies and" [gap]
_LIST_GOES_ON = re.compile(
    r"(?:,|\b(?:and|or|as well as|et|ou|e|o|ed|y|u|ve|veya|ile|a|i|oraz|och|eller))\s*$|[和及与或、]\s*$"
)


def _broken_off(lead: Evidence, index: Index) -> bool:
    """The sentence ends its passage unfinished, at one of the corpus' gap markers ("…for
    example, by United Nations bodies and" [gap]): what it goes on to say is lost, and that
    is often what the question asks for."""
    passage = index.passages[lead.passage]
    if lead.sentence != len(passage.sentences) - 1 or not _LIST_GOES_ON.search(lead.text):
        return False
    following = index.documents[passage.doc_id].text[passage.end : passage.end + 200].lstrip()
    return bool(GAP_RE.match(following.split("\n", 1)[0]))


def _ordinal(n: int) -> str:
    return {2: "second", 3: "third"}.get(n, f"{n}th")


def _names_case(question: str, document: Document, caption: str) -> bool:
    """Whether the question names the ruling whose ``caption`` it is: by its number ("n°
    11-87679", "n. 21125"), its date ("le 14 février 2012"), or a town, territory or date
    the caption names ("la Corte di appello di Ancona", "香港" for "Hong-Kong", "l'arrêt du
    13 octobre 2011")."""
    numbers = re.findall(r"\d+(?:[-/.]\d+)+", document.title)
    if any(n in question for n in numbers) or any(
        re.search(rf"\b{re.escape(part)}\b", question)
        for n in numbers
        for part in re.split(r"[-/.]", n)
        if len(part) > 4
    ):
        return True
    if set(cities.city_words(caption)) & set(cities.city_words(question)):
        return True
    # a territory the caption names, in the question's own words ("香港" for "Hong-Kong");
    # not China, which every question here names
    places = {code for _, code in countries_in(caption.replace("-", " "))} - {"CN"}
    if places & {code for _, code in countries_in(question)}:
        return True
    if days_named(caption) & days_named(question):  # the decision appealed against, by its date
        return True
    parts = document.date.split("-")
    if len(parts) != 3:
        return False
    year, month, day = parts
    return (int(day), int(month)) in days_named(question) and year in question


def _lead(selection: Selection) -> Evidence:
    """The sentence chosen to answer: the one before it may precede it in the quotes."""
    return next((e for e in selection.sentences if e.row == selection.lead_row), selection.sentences[0])


def _asked_first(question: str, answer_type: str | None) -> bool:
    """Whether the question's first part that asks something (not a premise stated first)
    asks for ``answer_type``: "…what did the Court decide? And which complainant…?" asks
    for a person second, which the case's own text may state where the first is answered."""
    asking = asking_parts(question_parts(question))
    return not asking or expected_type(asking[0]) == answer_type


# A figure for the whole, in the corpus' and the questions' languages.
_TOTAL = re.compile(
    r"\b(?:total\w*|in all|altogether|combined|overall|sammanlagd\w*|totalt|complessiv\w*|toplam\w*|celkem|łącznie)\b|"
    r"总共|总计|合计|共计|总额|总数",
    re.IGNORECASE,
)


def _asking_part(question: str, answer_type: str, index: Index) -> str:
    """The part of the question asking for a value of ``answer_type``, whose anchors the
    sentence stating it must name (a premise is checked against its own quote: "Cambodia
    handed Chen Zhi to China. Since what year…?"). When that part names nothing itself, the
    party the question names by initials is still the one its pronouns refer to ("Q.J. …
    worked in the grain sector. Which enterprise employed him?"), not "the complainants
    there" of another case."""
    asking = " ".join(p for p in question_parts(question) if expected_type(p) == answer_type)
    if not asking:
        return question
    if name_anchors(asking, index.known_name) or initials_anchors(asking) or digit_anchors(asking):
        return asking
    if _PRONOUN.search(asking):
        return " ".join([asking, *initials_anchors(question)])
    if question_language(question) in _PRO_DROP and not _DEMONSTRATIVE.search(asking):
        # Chinese and Turkish drop the pronoun: "Gao Jianhuan 被羁押了多少天？获释后是否获得了
        # 国家赔偿，金额是多少？" asks what he was paid, not what Z. was. (A country is
        # no party; "bu ilçenin", this county's, refers to something else.)
        names = [
            " ".join(group)
            for group in name_anchors(question, index.known_name)
            if not countries_in(" ".join(group))
        ]
        return " ".join([asking, *initials_anchors(question), *names])
    return asking


def _bench_elsewhere(question: str, lead: Evidence, index: Index) -> str | None:
    """A judge, rapporteur or president of a court the question names by its seat ("il
    consigliere relatore della Corte d'appello di Ancona") sits on that court: the Court of
    Cassation's bench, listed above a line naming the Ancona judgment under appeal, is not
    its. The seat is in the lead sentence or its document is that court's."""
    if not roles_asked(question) & _BENCH:
        return None
    document = index.documents[index.passages[lead.passage].doc_id]
    where = fold(f"{lead.text}\n{document.title}\n{document.court_or_body}".lower())
    for court in values_of(question, "court"):
        seat = set(cities.city_words(court))  # a town in the court's name ("di Ancona")
        if seat and not any(re.search(rf"\b{re.escape(w)}", where) for w in seat):
            return f"the person named sits on another court than the {court} the question names"
    return None


_BENCH = frozenset({"judge", "rapporteur", "president"})


def _another_treaty(question: str, lead: Evidence, index: Index) -> str | None:
    """A treaty the question names by its parties ("the treaty between Italy and China") is
    answered by a passage about a treaty between those states, not France's with China."""
    parties = treaty_parties(question, question_language(question))
    if not parties:
        return None
    passage = index.passages[lead.passage]
    document = index.documents[passage.doc_id]
    about = f"{document.title}\n{passage.text}"
    if any(names_all_countries(states, about, [document.language]) for states in parties):
        return None
    return "the passage stating the answer is about no treaty between the states named"


def _no_criminal_code(question: str, sentences: list[Evidence], index: Index) -> str | None:
    """An article of a criminal code asked for ("依据的是中国刑法第几条") is stated where a
    criminal code is spoken of, not the Convention's article on when a judgment is final."""
    if not asks_criminal_article(question):
        return None
    if any(names_criminal_code(index.passages[ev.passage].text) for ev in sentences):
        return None
    return "the question asks for an article of a criminal code; the evidence names none"


def _without_reasons(question: str, index: Index) -> Document | None:
    """The case a part of the question asks the reasons of ("Why did the CCF find, in
    Decision No. 14 (2018)…"), if the corpus holds none of them: its completeness note says
    so. A report's line about it, or another decision's reasons, does not stand in for them;
    its complete record (a legal summary whose heading names it too) may answer."""
    for part in question_parts(question) or [question]:
        if asks_reasons(part):
            named = named_cases(part, index.documents.values()) or _titled_with(
                part, index.documents.values(), index
            )
            if named and all(d.reasons_missing for d in named):
                return named[0]
    return None


def _titled_with(question: str, documents: Iterable[Document], index: Index) -> list[Document]:
    """Those of ``documents`` whose title carries a person's full name the question gives
    ("Abulıkemu Helili Başvurusu"): the rulings on that person's case. A single name ("Kim")
    is too common a word of titles to name one."""
    groups = [
        [bare_name(w).lower() for w in g] for g in name_anchors(question, index.known_name) if len(g) > 1
    ]
    if not groups:
        return []
    return [
        d
        for d in documents
        if any(all(re.search(rf"\b{re.escape(w)}\b", d.title.lower()) for w in words) for words in groups)
    ]


def _held_in_part(document: Document, what: str) -> str:
    """Why a partial document does not answer: "the corpus holds only part of “…”, ``what``"."""
    return f"the corpus holds only part of “{document.title}”, {what}"


def _court_of_rank(rank: str) -> str:
    """ "cassation" → "cassation court"; the Grand Chamber is named as such."""
    return "Grand Chamber" if rank == "grand chamber" else f"{rank} court"


def _outcome_missing(document: Document) -> str:
    return (
        f"the question asks how the case ended; the corpus holds only part of “{document.title}”"
        " and records that its outcome is not in the text"
    )
