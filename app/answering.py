"""Extractive answers: the best few verbatim sentences of the evidence, each cited.

Sentences are scored against the question with the vectors precomputed at index
time, chosen with maximal marginal relevance (so two sentences saying the same
thing are not both quoted), and the answer abstains when even the best sentence is
a weak match: a lawyer is better served by "the corpus does not say" than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.answerability import Verdict
from app.answertypes import (
    NAME_KINDS,
    about_another_day,
    about_another_month,
    about_another_year,
    asks_city,
    expected_type,
    has_type,
    months_named,
    values_of,
    without_given_birth,
)
from app.config import Settings
from app.countries import CJK
from app.events import events_in, roles_asked, same_event, same_role
from app.questionlanguage import question_language
from app.questionparts import asked_sentences, asking_parts, last_sentence
from app.retrieval import Hit
from app.store import Index
from app.unnamed import unnamed_mention

_SOURCE_MARKER = re.compile(r"\[\d+\]")


@dataclass
class Evidence:
    passage: int
    sentence: int  # index within the passage
    row: int  # row in Index.sentence_vectors
    score: float  # similarity with the question, blended with its passage's
    text: str
    rank: float = 0.0  # score plus the distinctive-word bonus: the order of selection


@dataclass
class Selection:
    sentences: list[Evidence]
    abstained: bool
    best_score: float
    reason: str = ""
    # the sentence chosen to answer, which the sentence before it may precede in ``sentences``
    lead_row: int | None = None


# Below this many sentences the corpus is too small (and too uniform) to be a background.
MIN_BACKGROUND = 200


def _peak(index: Index, qv: np.ndarray, best: float) -> float:
    """How far the best sentence stands out from the corpus, in standard deviations.

    Multilingual-e5 gives every pair of texts a high cosine (≈ 0.75 for an unrelated
    question); an on-topic question has a sentence well above the background, an
    off-topic one does not.
    """
    sims = index.background @ qv
    std = float(sims.std()) or 1.0
    return (best - float(sims.mean())) / std


def select_sentences(
    index: Index,
    qv: np.ndarray,
    hits: list[Hit],
    settings: Settings,
    answer_type: str | None = None,
    question: str = "",
    named: Collection[str] = (),
    hub_weight: float = 0.0,
    order_vec: np.ndarray | None = None,
    parts: Sequence[tuple[str, np.ndarray]] = (),
    focus: tuple[str, np.ndarray] | None = None,
    value_check: Callable[[Evidence], Verdict] | None = None,
) -> Selection:
    """The answer's sentences; ``answer_type`` (date, number, person…) must be stated by the first.

    ``named``: ids of documents the question names ("…and what does Article 3 of the
    ECHR say?"); each of them present in the hits has its best sentence quoted.
    ``hub_weight``: sentences are ordered with this times their hubness subtracted (see
    ``_hubness``; Assistant.ask uses it for questions in other languages than English).
    ``order_vec``: the question's vector moved out of its language (app/languageshift.py);
    whether to answer is judged on ``qv`` as calibrated, which sentences answer on this.
    ``parts``: (text, vector) of each part of a question asking several things
    (app/questionparts.py); each part's best sentence is quoted after the lead.
    ``focus``: (text, vector) of what the question asks of the documents it names, without
    their names (Assistant._named_focus); their sentence quoted is the best for it.
    ``value_check``: whether a sentence stating the count or sum asked for is about what
    the question names (Assistant._value_named); only such a sentence may lead.
    """
    pool: list[Evidence] = []
    for hit in hits:
        passage = index.passages[hit.passage]
        base = int(index.sentence_base[hit.passage])
        if not passage.sentences:
            continue
        rows = np.arange(base, base + len(passage.sentences))
        # A sentence is judged in its context: its own similarity blended with its
        # passage's (which carries the document title, court and section).
        sims = _blend(settings, index.sentence_vectors[rows] @ qv, hit.dense)
        for j, (a, b) in enumerate(passage.sentences):
            text = passage.text[a:b]
            if len(text) < settings.min_sentence_chars or len(text.split()) < 4:
                # A short line is kept when it states what the question asks for: a court's
                # "Judgment: 13 April 2022" header is the answer to "when was it delivered?".
                if not (answer_type and _labelled_value(text, answer_type, question)):
                    continue
            if _SOURCE_MARKER.search(text):
                continue  # a source's own "[26]" would be read as our citation marker
            if (
                _is_heading(text)
                or _is_title_line(text)
                and not (answer_type and _labelled_value(text, answer_type, question))
            ):
                continue  # "CASE OF LIU v. POLAND", "Article 3 – Prohibition of torture": titles answer nothing
            pool.append(Evidence(hit.passage, j, int(rows[j]), float(sims[j]), text))
    if not pool:
        return Selection([], True, 0.0)
    best = max(e.score for e in pool)
    bonus = (
        _term_overlap(question, [e.text for e in pool], settings.term_digits, settings.term_months)
        if question
        else np.zeros(len(pool))
    )
    hub = hub_weight * _hubness(index, [e.row for e in pool]) if hub_weight else np.zeros(len(pool))
    for e, b, h in zip(pool, bonus, hub, strict=True):
        e.rank = e.score + settings.sentence_term_weight * float(b) - float(h)
    pool.sort(key=lambda e: -e.rank)
    english = not question or question_language(question) == "en"
    if best < settings.threshold():
        return Selection([], True, best, TOO_FAR)
    peak = _peak(index, qv, max(float(index.sentence_vectors[e.row] @ qv) for e in pool))
    if len(index.background) >= MIN_BACKGROUND and peak < (
        settings.min_peak if english else settings.min_peak_other
    ):
        return Selection([], True, best, FLAT)
    if order_vec is not None:
        _reorder(index, pool, hits, order_vec, settings)
    lead = pool[0]
    if answer_type in NAME_OF_SOMEONE and (mention := unnamed_mention(question, lead.text, answer_type)):
        # The sentence closest to the question describes what it asks the name of and
        # withholds it ("The Ministry of Public Security set up a special unit…"): another
        # sentence's name is another's (see Assistant._judge for the quoted lead's).
        return Selection([], True, best, f"the evidence mentions “{mention}” without naming it")
    # Which sentences may be quoted at all is decided on similarity alone (the margins are
    # calibrated on it); the distinctive-word bonus only orders them.
    if answer_type:
        margin = settings.name_type_margin if answer_type in NAME_KINDS else settings.type_margin
        typed = [
            e
            for e in pool
            if e.score >= best - margin
            and has_type(
                _with_continuation(index, e, answer_type, question),
                answer_type,
                question,
                index.ordinary_word,
            )
            # a date, a name, an offence may well come with other years than the question's;
            # a count, sum or term may not ("$13.7 million in 2024" is not 2023's figure)
            and (
                answer_type not in FIGURES
                or not (about_another_year(e.text, question) or about_another_day(e.text, question))
            )
            and not (answer_type == "day" and about_another_month(e.text, question))
        ]
        kind = f"{_article(answer_type)} {answer_type}"
        if not typed:
            return Selection([], True, best, f"the question asks for {kind}; the evidence states none")
        if settings.event_check and answer_type in _EVENTFUL:
            # … and belong to the event the question asks about ("convicted", not "returned"):
            # in a question of several parts, the event of a part asking for such a value ("when
            # was he arrested, and on what date did the Court of Appeal uphold…?")
            asking = eventful_parts(question, [text for text, _ in parts])
            if answer_type == "court":
                # a court is named once for all it did: its passage tells one of the events
                # asked of it ("rejected", "sentenced"), not necessarily the premise's arrest,
                # nor what a statement before the question says ("China sought both men
                # handed over: … 10/2019. Which court dealt with each?")
                events = events_in(last_sentence(question))
                typed = [e for e in typed if not events or events & events_in(index.passages[e.passage].text)]
            else:
                typed = [
                    e
                    for e in typed
                    if any(same_event(part, e.text, index.passages[e.passage].text) for part in asking)
                ]
            if not typed:
                asked = " or ".join(sorted(set().union(*(events_in(part) for part in asking))))
                return Selection(
                    [], True, best, f"the question asks for {kind} of {asked}; the evidence states none"
                )
        if (
            settings.role_check
            and answer_type == "person"
            and len(asking_parts(text for text, _ in parts)) < 2
        ):
            # the role of the sentence asking: "The minister's motion was dismissed. Who
            # challenged the rulings?" asks for no minister (a premise stated first is no
            # second part asking for someone else)
            asked_in = asked_sentences(question)
            typed = [e for e in typed if same_role(asked_in, e.text)]
            if not typed:
                asked = " or ".join(sorted(roles_asked(asked_in)))
                return Selection(
                    [], True, best, f"the question asks for the {asked}; the evidence names none"
                )
        if value_check is not None:
            verdicts = [value_check(e) for e in typed]
            kept = [e for e, v in zip(typed, verdicts, strict=True) if v.answerable]
            if not kept:
                return Selection([], True, best, verdicts[0].reason)
            typed = kept
        lead = typed[0]
    chosen = [lead]
    if answer_type and not has_type(lead.text, answer_type, question, index.ordinary_word):
        _add_following_sentence(index, chosen, pool)  # "…composed of:" — the list has the answer
    continued = 0  # the sentences quoted after a part's as its context
    if len(parts) > 1:
        continued = _quote_each_part(index, chosen, pool, hits, parts, settings)
    floor = best - settings.relative_margin
    quoted = {e.row for e in chosen}
    candidates = [e for e in pool if e.row not in quoted and e.score >= floor]
    lam = settings.mmr_lambda if english else settings.mmr_lambda_other
    # each part of a several-part question is owed its sentence beside the usual few
    limit = settings.max_answer_sentences + max(len(parts) - 1, 0) + continued
    while candidates and len(chosen) < limit:
        chosen_vecs = index.sentence_vectors[[e.row for e in chosen]]

        def mmr(e: Evidence, chosen_vecs: np.ndarray = chosen_vecs) -> float:
            redundancy = float(np.max(chosen_vecs @ index.sentence_vectors[e.row]))
            return lam * e.rank - (1 - lam) * redundancy

        nxt = max(candidates, key=mmr)
        candidates.remove(nxt)
        if float(np.max(chosen_vecs @ index.sentence_vectors[nxt.row])) > 0.95:
            continue  # a near-duplicate sentence adds nothing
        chosen.append(nxt)
    if named:
        _quote_named_documents(index, chosen, _focused(index, pool, hits, focus, settings), named, limit)
    if settings.lead_context:
        _add_following_sentence(index, chosen, pool)
        _add_preceding_sentence(index, chosen)
    return Selection(chosen, False, best, lead_row=lead.row)


# Why an answer was not chosen at all: no sentence passes the similarity threshold, or the
# best passage stands out no more than any passage does.
TOO_FAR = "no passage is close enough to the question"
FLAT = "the question is as close to any passage as to the best one"

# Answer types asking for the name of someone or something (not a place; cf. answertypes.NAME_KINDS):
# a sentence describing the one asked about without its name does not answer ("an online
# lending firm": "what was the firm called?" asks for an institution, app/institutions.py).
NAME_OF_SOMEONE = ("name", "person", "institution")

# Answer types whose value belongs to a year: a sentence dated to other years states another's.
FIGURES = ("number", "percentage", "amount", "duration", "penalty")


# Answer types that date, count or place an event (app/events.py). Places since session 18
# ("in which town was he detained?", "where was she born?"): dev8 unanswerable 0.45 -> 0.59,
# no answerable question lost (evals/comparisons/session18/).
# A share's event is usually named before it ("Of those reported, only about 50% were
# successful"): a percentage is not held to the question's event (dev9 d9r-006).
_EVENTFUL = (*(f for f in FIGURES if f != "percentage"), "day", "date", "year", "place", "court")


def eventful_parts(question: str, parts: Sequence[str]) -> list[str]:
    """The parts of a question whose event a sentence stating a date, figure or place must
    name (any one of them): those asking for such a value; the whole question if none does.
    "When was he arrested, and on what date did the Court of Appeal uphold it?" is answered
    by the sentence dating his arrest, which names no appeal. A short part naming no event
    asks about the one before it: "Was Kim actually surrendered? On what day?"."""
    asking = [
        f"{parts[i - 1]} {p}" if i and _elliptical(p) else p
        for i, p in enumerate(parts)
        if expected_type(p) in _EVENTFUL
    ]
    # "1978 doğumlu … başvurucu" describes the applicant: no birth is asked about
    return [without_given_birth(p) for p in asking or [question]]


# Where something is, not where something happened: "In which city is Wanding located?"
_LOCATED = re.compile(
    r"\b(?:located|situated|based|lies|se trouve|situé|si trova|situad|se encuentra|bulunu)|位于", re.I
)


def _elliptical(part: str) -> bool:
    """A part too short to name its own event: "具体在哪一天？", "how many in 2023?",
    "该工作组共有多少名成员？" (each of the asked value's words aside)."""
    if events_in(part) or _LOCATED.search(part):
        return False
    if CJK.search(part):
        return len(CJK.findall(part)) <= 12
    return len(re.findall(r"\w+", part)) <= 6


def _blend(settings: Settings, sentence_sims: Any, passage_sim: Any) -> Any:
    """A sentence's score: its own similarity blended with its passage's."""
    return settings.sentence_weight * sentence_sims + (1 - settings.sentence_weight) * passage_sim


def _reorder(
    index: Index, pool: list[Evidence], hits: list[Hit], vec: np.ndarray, settings: Settings
) -> None:
    """Order ``pool`` (in place) by similarity to ``vec`` instead of the question's vector,
    each sentence keeping its distinctive-word bonus and hubness. Its ``score`` (which
    sentences may be quoted at all, by the calibrated margins) stays the question's."""
    dense = {hit.passage: hit.dense for hit in hits}
    sims = np.asarray(index.sentence_vectors[[e.row for e in pool]], dtype=np.float32) @ vec
    for e, sim in zip(pool, sims, strict=True):
        e.rank = float(_blend(settings, float(sim), dense[e.passage])) + (e.rank - e.score)
    pool.sort(key=lambda e: -e.rank)


def _hubness(index: Index, rows: list[int], k: int = 10) -> np.ndarray:
    """Each sentence's mean similarity to its ``k`` nearest sentences of the corpus sample.

    A sentence in a dense region of the space (procedural boilerplate, a document's run of
    similar paragraphs in one language) is close to many questions for that reason alone —
    a "hub" (Radovanović et al. 2010; CSLS in Conneau et al. 2018 corrects cross-lingual
    retrieval the same way). A French question's nearest sentences are such French hubs
    before the English or Czech sentence that answers it.
    """
    sims = np.asarray(index.sentence_vectors[rows], dtype=np.float32) @ index.background.T
    k = min(k, sims.shape[1] - 1)
    if k < 1:
        return np.zeros(len(rows))
    # the largest k + 1, less the largest (the sentence itself when it is in the sample)
    top = -np.partition(-sims, k, axis=1)[:, : k + 1]
    return (top.sum(axis=1) - top.max(axis=1)) / k


def _quote_each_part(
    index: Index,
    chosen: list[Evidence],
    pool: list[Evidence],
    hits: list[Hit],
    parts: Sequence[tuple[str, np.ndarray]],
    settings: Settings,
) -> int:
    """Quote each part's best sentence (of the asked-for type when the part asks for one)
    after the lead: scored against the whole question, the sentences all answer the part
    its vector leans to ("when did China join?" and not "what vote does admission need?").
    With ``lead_context``, the sentence after it too, as after the lead ("The request for
    membership shall be submitted…" is followed by the majority that approves it); returns
    how many such sentences it quoted."""
    continued = 0
    score = _scorer(index, pool, hits, settings)
    for text, vec in parts:
        kind = expected_type(text)
        ranked = [
            (float(s), e)
            for e, s in zip(pool, score(text, vec), strict=True)
            if not kind or has_type(e.text, kind, text, index.ordinary_word)
        ]
        if ranked:
            best = max(ranked, key=lambda pair: pair[0])[1]
            if all(best.row != e.row for e in chosen):  # the lead's continuation may be it
                chosen.append(best)
                after = _sentence_after(index, best)
                if settings.lead_context and after is not None and not _quoted(after, chosen):
                    chosen.append(after)
                    continued += 1
    return continued


def _focused(
    index: Index,
    pool: list[Evidence],
    hits: list[Hit],
    focus: tuple[str, np.ndarray] | None,
    settings: Settings,
) -> list[Evidence]:
    """``pool`` in the order of the focus (what the question asks of the documents it
    names, without their names), scored as a part is; ``pool`` itself when there is no focus."""
    if focus is None or not pool:
        return pool
    scores = _scorer(index, pool, hits, settings)(*focus)
    return [pool[i] for i in np.argsort(-scores, kind="stable")]


def _scorer(
    index: Index, pool: list[Evidence], hits: list[Hit], settings: Settings
) -> Callable[[str, np.ndarray], np.ndarray]:
    """Scores ``pool`` for a text and its vector (a part of the question, or what it asks of
    a document it names) as the question's sentences are ranked: similarity blended with the
    passage's, plus the distinctive-word bonus. The pool's vectors are gathered once."""
    dense_of = {hit.passage: hit.dense for hit in hits}
    dense = np.array([dense_of[e.passage] for e in pool])
    vectors = np.asarray(index.sentence_vectors[[e.row for e in pool]], dtype=np.float32)
    texts = [e.text for e in pool]

    def score(text: str, vec: np.ndarray) -> np.ndarray:
        return _blend(settings, vectors @ vec, dense) + settings.sentence_term_weight * _term_overlap(
            text, texts, settings.term_digits, settings.term_months
        )

    return score


def _quote_named_documents(
    index: Index, chosen: list[Evidence], pool: list[Evidence], named: Collection[str], limit: int
) -> None:
    """Quote the best sentence of each document the question names and ``chosen`` lacks.

    A question naming an instrument asks what it says; its text may score below the
    ruling or report the question starts from, but an answer without it is half an answer.
    It takes the place of the last sentence chosen by similarity when the answer is full.
    """
    doc_of = index.passages.doc_id
    for doc_id in named:
        if any(doc_of(e.passage) == doc_id for e in chosen):
            continue
        best = next((e for e in pool if doc_of(e.passage) == doc_id), None)  # pool is in rank order
        if best is None:
            continue
        if len(chosen) >= limit and len(chosen) > 1:
            chosen.pop()
        chosen.append(best)


def _labelled_value(text: str, kind: str, question: str) -> bool:
    """A short line stating a value of ``kind`` with a word saying what it is ("Judgment:
    13 April 2022"); a bare "11 June 2019" could be the date of anything."""
    if not has_type(text, kind, question):
        return False
    rest = text
    for value in values_of(text, kind):
        rest = rest.replace(value, " ")
    return any(len(w) >= 3 and w.isalpha() for w in re.findall(r"\w+", rest))


def _is_title_line(text: str) -> bool:
    """A few words without a closing stop: "Article 3 – Prohibition of torture"."""
    return len(text.split()) < 8 and not _CLOSED.search(text)


_CLOSED = re.compile(r"[.;:!?…。；：！？][\s\"'”’»)\]]*$")


def _is_heading(text: str) -> bool:
    """A line in capitals (a case title, a section heading), not a sentence."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _with_continuation(index: Index, e: Evidence, answer_type: str, question: str) -> str:
    """A sentence, and for a person the one after it when it ends with a colon: "The
    Commission, sitting as the Requests Chamber, composed of:" names its chairperson in the
    next line, as courts list their bench. (A colon before a sum or a date introduces a list
    of parts — "five acts: a) 57 million yuan…" — not the total asked for.) For a court, the
    sentence before it too: a ruling names the court once and what it decided after the
    case number, where a sentence splitter may cut ("Městský soud v Praze usnesením ze dne
    14. 8. 2018, sp. zn." | "Nt 405/2018, rozhodl, že vydání…"). For a town, the sentence
    after it: the lead names whom it is about and the next where ("Gao Jianhuan, a political
    activist…" | "…held at a police station in Sharjah"), as _add_following_sentence quotes
    them; only a town, which the gazetteer tells from the next sentence's other names."""
    passage = index.passages[e.passage]
    if answer_type == "place" and asks_city(question) and (after := _sentence_after(index, e)) is not None:
        return f"{e.text} {after.text}"
    if answer_type == "court" and e.sentence > 0:
        a, b = passage.sentences[e.sentence - 1]
        return f"{passage.text[a:b]} {e.text}"
    if answer_type != "person" or not e.text.rstrip().endswith(":"):
        return e.text
    if e.sentence + 1 >= len(passage.sentences):
        return e.text
    a, b = passage.sentences[e.sentence + 1]
    return f"{e.text} {passage.text[a:b]}"


def _add_following_sentence(index: Index, chosen: list[Evidence], pool: list[Evidence]) -> None:
    """Quote the sentence after the lead too: it often carries the detail ("he was arrested
    in Sharjah") while the lead names the subject ("Gao Jianhuan, a political activist…").
    If that sentence ends with a colon ("If they did not contact their local police stations
    by 10 August 2022:"), what it announces is the next one: quoted as well. One already
    chosen further down is moved up to follow the sentence it continues."""
    at = 1
    after = _sentence_after(index, chosen[0])
    while after is not None:
        already = next((i for i, c in enumerate(chosen) if _quoted(after, [c])), None)
        if already is not None:
            if already < at:
                break
            after = chosen.pop(already)
        chosen.insert(at, after)
        if at > 1 or not after.text.rstrip().endswith(":"):
            break
        at, after = at + 1, _sentence_after(index, after)


def _add_preceding_sentence(index: Index, chosen: list[Evidence]) -> None:
    """Quote the sentence before the lead too: the lead often refers back to it ("The court
    stated that the authenticity of the arrest warrant was 'questionable'": which court, in
    which case, the sentence before says), or quotes a speaker it names. Measured against
    quoting it only after a pronoun or "the court" (evals/comparisons/session13): that
    found one of the four facts this finds."""
    lead = chosen[0]
    before = _neighbour(index, lead, -1)
    if before is None or _quoted(before, chosen):
        return
    if _is_heading(before.text) or _is_title_line(before.text) or _SOURCE_MARKER.search(before.text):
        return
    chosen.insert(0, before)


def _sentence_after(index: Index, e: Evidence) -> Evidence | None:
    return _neighbour(index, e, 1)


def _neighbour(index: Index, e: Evidence, step: int) -> Evidence | None:
    """The sentence ``step`` places from ``e`` in its passage (scored as ``e``), if there
    is one of four words or more."""
    passage = index.passages[e.passage]
    j = e.sentence + step
    if not 0 <= j < len(passage.sentences):
        return None
    a, b = passage.sentences[j]
    text = passage.text[a:b]
    if len(text.split()) < 4:
        return None
    return Evidence(e.passage, j, e.row + step, e.score, text, e.rank)


def _quoted(e: Evidence, chosen: list[Evidence]) -> bool:
    return any(c.passage == e.passage and c.sentence == e.sentence for c in chosen)


def _term_overlap(
    question: str, sentences: list[str], digits: bool = False, months: bool = False
) -> np.ndarray:
    """Share of the question's distinctive words each sentence contains, in [0, 1].

    A word's weight is its inverse frequency among these candidate sentences, not the
    corpus: the case name every candidate repeats ("Liu", "Poland") weighs little, the
    word that tells the answering sentence apart ("reports", "superficial") a lot.
    Dense similarity alone ranks a title such as "CASE OF LIU v. POLAND" above it.
    Words are compared by their first six letters (a crude stem that works across the
    corpus' Latin-script languages); a question in another script simply gets no bonus.
    With ``digits``, its numbers of two or three digits are words too: "Articles 23 and 24"
    tells apart the one line of a list of amendments that names them. Not a case number or a
    year ("21125/2023"): every sentence of the case is about it, and its heading line would
    lead the answer.
    The question's language's stop words are not words of it ("de", "la", "della" would
    favour every sentence in that language), except those it capitalises ("Ma", "Kim").
    With ``months``, a month is one word in every language: "tra luglio e ottobre 2011"
    tells apart "juli-oktober 2011" from "juni-oktober 2011".
    """
    from app.lexical import stopwords, tokenize

    def stems(tokens: list[str]) -> set[str]:
        return {
            t[:6]
            for t in tokens
            if (len(t) > 2 and not t.isdigit()) or (digits and t.isdigit() and 1 < len(t) < 4)
        }

    def with_months(words: set[str], text: str) -> set[str]:
        return words | {f"month{m}" for m in months_named(text)} if months else words

    names = _capitalised(question)
    stop = [w for w in stopwords(question_language(question)) if w not in names]
    q = with_months(stems(tokenize([question], stop)[0]), question)
    if not q:
        return np.zeros(len(sentences))
    sets = [with_months(stems(t), text) for t, text in zip(tokenize(sentences, stop), sentences, strict=True)]
    n = len(sentences)
    weight = {w: np.log(1 + n / (1 + sum(w in s for s in sets))) for w in q}
    total = sum(weight.values())
    return np.array([sum(weight[w] for w in q & s) / total for s in sets])


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised(question: str) -> set[str]:
    """The question's capitalised words, in lower case: names, kept though spelled like a
    stop word ("Kim"). The first word only when a capitalised one follows ("Kim Kyung Yup
    davasında…"): alone it is capitalised as the first ("Kim başkanlık etti?": who?)."""
    words = _WORDS.findall(question)
    keep = {w.lower() for w in words[1:] if w[:1].isupper()}
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        keep.add(words[0].lower())
    return keep
