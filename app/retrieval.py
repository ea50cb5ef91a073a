"""Hybrid retrieval: dense (FAISS) and lexical (BM25) rankings fused by reciprocal rank.

Filters select the allowed passages first; both rankers search only those, so a
filter narrows the candidates instead of silently dropping results after ranking.
"""

from __future__ import annotations

import re
from concurrent.futures import Future
from dataclasses import dataclass

import numpy as np

from app.citednames import CitedNames
from app.config import Settings
from app.countries import TURKISH_SUFFIX, countries_in, country_anchors, english_country_names
from app.embeddings import Embedder
from app.filters import Filters
from app.glosses import english_glosses, english_names
from app.namedcases import named_cases
from app.namewords import NOT_NAMES
from app.questionlanguage import question_language
from app.store import Index

# Runs of text outside CJK scripts and full-width punctuation: the Latin-script names and
# numbers inside a Chinese question ("Tang Hao的引渡") are words of their own.
_NON_CJK = re.compile(r"[^\s\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_GLOSS_WEIGHT = 0.01  # of a Chinese word's English renderings beside a name (_coverage)
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


@dataclass
class Hit:
    passage: int  # index into Index.passages
    score: float  # fused (RRF) score
    dense: float  # cosine similarity of passage and query
    dense_rank: int | None
    lexical_rank: int | None


class HybridRetriever:
    def __init__(self, index: Index, embedder: Embedder, settings: Settings) -> None:
        self.index = index
        self.embedder = embedder
        self.settings = settings
        by_doc = index.passages.passages_by_document()
        empty = np.zeros(0, dtype=np.int64)
        self._doc_passages: dict[str, np.ndarray] = {d: by_doc.get(d, empty) for d in index.documents}
        self._cited = CitedNames(index.documents.values())
        # (question, documents it names, documents it names for articles they lack)
        self._last_named: tuple[str | None, list[str], list[str]] = (None, [], [])
        self._last_pinyin: tuple[str | None, list[str]] = (None, [])
        # A lawyer re-asks with the same filters: the allowed ids of the last few are kept.
        self._allowed_cache: dict[Filters, np.ndarray] = {}
        self._score_cache: dict[tuple[str, bool], np.ndarray] = {}
        self._pending: dict[str, Future[None]] = {}

    def allowed(self, filters: Filters | None) -> np.ndarray | None:
        """Passage ids the filters allow, or None for no restriction."""
        if filters is None or filters.is_empty():
            return None
        hit = self._allowed_cache.get(filters)
        if hit is None:
            ids = [self._doc_passages[d.id] for d in self.index.documents.values() if filters.matches(d)]
            hit = np.sort(np.concatenate(ids)) if ids else np.zeros(0, dtype=np.int64)
            if len(self._allowed_cache) >= 16:
                self._allowed_cache.pop(next(iter(self._allowed_cache)))
            self._allowed_cache[filters] = hit
        return hit

    def search(
        self,
        query: str,
        k: int | None = None,
        filters: Filters | None = None,
        qvec: np.ndarray | None = None,
        rank_vec: np.ndarray | None = None,
        named_vec: np.ndarray | None = None,
    ) -> list[Hit]:
        """The top ``k`` passages, dense and BM25 rankings fused.

        ``rank_vec``: the vector the dense side ranks by, when not the question's own (a
        question in another language moved out of it: app/languageshift.py); each hit's
        ``dense`` similarity, which abstention is calibrated on, stays the question's.
        ``named_vec``: what the question asks of the documents it names, without their names
        (Assistant._named_focus); their passage placed among the results is the best for it.
        """
        k = k or self.settings.top_k
        n = max(self.settings.candidates, k)
        allowed = self.allowed(filters)
        if allowed is not None and len(allowed) == 0 or not self.index.passages:
            return []
        qv = self.embedder.query(query) if qvec is None else qvec
        self._settle(query)
        english = self._language(query) == "en"
        rv = qv if rank_vec is None else rank_vec
        if self.settings.sentence_rerank_weight > 0 and not english:
            pool = self._dense(rv, max(n, self.settings.rerank_pool), allowed)
            dense = self._by_best_sentence(rv, pool)[:n]
        else:
            dense = self._dense(rv, n, allowed)
        lexical_query = self._lexical_query(query)
        if not english:
            lexical = self._coverage_ranks(lexical_query, n, allowed)
        else:
            lexical = {pid: r + 1 for r, pid in enumerate(self._lexical(lexical_query, n, allowed))}
        rankings: list[tuple[float, dict[int, int]]] = [
            (self.settings.dense_weight, {pid: r + 1 for r, pid in enumerate(dense)}),
            (self.settings.lexical_weight, lexical),
        ]
        fused: dict[int, float] = {}
        ranks: list[dict[int, int]] = []
        for weight, ranked in rankings:
            ranks.append(ranked)
            for pid, rank in ranked.items():
                fused[pid] = fused.get(pid, 0.0) + weight / (self.settings.rrf_k + rank)
        top = sorted(fused, key=lambda p: -fused[p])[:k]
        if self.settings.named_document_rank > 0:
            top = self._with_named_documents(query, qv if named_vec is None else named_vec, top, allowed)[:k]
        pv = self.index.passage_vectors
        return [
            Hit(pid, fused.get(pid, 0.0), float(pv[pid] @ qv), ranks[0].get(pid), ranks[1].get(pid))
            for pid in top
        ]

    def named_documents(self, query: str) -> list[str]:
        """Ids of the documents the question names by one of their cited names (the last
        question's are kept: retrieval and answering both ask)."""
        return self._names_in(query)[1]

    def without_names(self, query: str) -> str:
        """The question without the names of the documents it names (CitedNames.without_names)."""
        return self._cited.without_names(query)

    def lacking_articles(self, query: str) -> list[str]:
        """Ids of the documents the question names whose corpus text lacks the articles it
        asks about (app/citednames.py)."""
        return self._names_in(query)[2]

    def _names_in(self, query: str) -> tuple[str | None, list[str], list[str]]:
        last = self._last_named  # one read: another thread may replace it meanwhile
        if last[0] != query:
            last = self._last_named = (query, *self._cited.find(query))
        return last

    def _with_named_documents(
        self, query: str, qv: np.ndarray, top: list[int], allowed: np.ndarray | None
    ) -> list[int]:
        """``top`` with the best passage of each document the question names placed at
        ``named_document_rank``: by one of its cited names ("la CEDU"), unless that passage
        is there already, or by a case number or a party's initials in its heading ("auto
        141/2018", "Q.J.": app/namedcases.py), unless one of its passages is. Best for
        ``qv``, which is what the question asks of it without its name when it asks something
        more (a passage of the document that is there on the name alone, its opening, does
        not answer).

        The question asks what that instrument or ruling says; the rulings quoting it, or
        the other case a two-case question names, outrank it on meaning, and across
        languages its name shares no word with its text.
        """
        doc_of = self.index.passages.doc_id
        present = {doc_of(p) for p in top}
        named = [(d, False) for d in self.named_documents(query)] if self._cited else []
        named += [(d.id, True) for d in named_cases(query, self.index.documents.values())]
        add: list[int] = []
        for doc_id, by_case in named:
            pids = self._doc_passages.get(doc_id)
            if pids is None or by_case and doc_id in present:
                continue
            if allowed is not None:
                pids = np.intersect1d(pids, allowed, assume_unique=True)
            if len(pids):
                best = self._by_best_sentence(qv, [int(p) for p in pids])[0]
                if best not in top and best not in add:
                    add.append(best)
        at = self.settings.named_document_rank - 1
        return top[:at] + add + top[at:]

    def _coverage_ranks(self, lexical_query: str, n: int, allowed: np.ndarray | None) -> dict[int, int]:
        """Passages ranked by the IDF-weighted share of the query's words they hold, equal
        holdings sharing a rank.

        For a question in another language the words BM25 gets are a few names; how often a
        passage repeats "CCF", or how long it is, says nothing about whether it answers.
        Tied ranks leave the order among equals to the dense ranking.
        """
        ids = self._lexical(lexical_query, n, allowed, coverage=True)
        values = self._raw_scores(lexical_query, coverage=True)[ids]
        # rank = 1 + the number of passages holding strictly more
        return {pid: 1 + int(np.sum(values > v)) for pid, v in zip(ids, values, strict=True)}

    def _by_best_sentence(self, qv: np.ndarray, candidates: list[int]) -> list[int]:
        """Dense candidates re-ordered by their passage similarity blended with their best
        sentence's.

        Across languages a long passage's single vector is a blur of what it says; one of
        its sentences may match a French or Turkish question far better than the whole.
        (An English question has BM25 for that sharpness; for it this changes nothing.)
        """
        if not candidates:
            return candidates
        index = self.index
        ids = np.asarray(candidates, dtype=np.int64)
        bases = index.passages.sentence_base  # len n + 1
        starts, counts = bases[ids], bases[ids + 1] - bases[ids]
        rows = np.concatenate([np.arange(a, a + c) for a, c in zip(starts, counts, strict=True)])
        sims = np.asarray(index.sentence_vectors[rows], dtype=np.float32) @ qv
        owner = np.repeat(np.arange(len(ids)), counts)
        best = np.full(len(ids), -1.0, dtype=np.float32)
        np.maximum.at(best, owner, sims)
        passage = np.asarray(index.passage_vectors[ids], dtype=np.float32) @ qv
        w = self.settings.sentence_rerank_weight
        score = (1 - w) * passage + w * np.where(counts > 0, best, passage)
        return [candidates[i] for i in np.argsort(-score, kind="stable")]

    def _language(self, query: str) -> str:
        return question_language(query)

    def _lexical_query(self, query: str) -> str:
        """The words BM25 should match: all of them for an English question; for another
        language only names, numbers and acronyms — the words a translation keeps.

        Matching a French question's ordinary words finds French documents, whatever
        they are about; the corpus is mostly English.
        """
        language = self._language(query)
        if not self.settings.cross_lingual_lexical or language == "en":
            return query
        words = [w.lstrip("¿¡«“\"'(") for w in _NON_CJK.findall(query)]
        if language in ("zh", "ja", "ko"):
            keep = [w for w in words if any(c.isalnum() for c in w)]  # Latin script there is a name
        else:
            keep = [
                w for i, w in enumerate(words) if any(c.isdigit() for c in w) or (w[:1].isupper() and i > 0)
            ]
            keep += [w for w in words[:1] if any(c.isdigit() or c.isupper() for c in w[1:])]
        # Only words the corpus spells alike in another language ("Bordeaux", "Tang Hao"):
        # "Cour" or "Mahkemesi" would find the French or Turkish documents, whatever they say.
        keep = [TURKISH_SUFFIX.sub("", w) for w in keep]
        keep = [w for w in keep if any(c.isdigit() for c in w) or self.index.word_languages(w) - {language}]
        # Countries are translated ("Suède", "瑞典"): their English names come from CLDR.
        # (Not a Turkish people's word, "Çek", "Ermeni": ranking by them moved the Czech
        # Supreme Court's ruling below others naming a "Czech Republic" in passing, rul-016-tr;
        # the anchor checks still read them.)
        keep += [
            name
            for code in country_anchors(query, language, peoples=False)
            for name in english_country_names(code)
        ]
        keep += self.pinyin_names(query)
        # A name most passages share ("China" in this corpus) ranks nothing: with no other
        # word beside it, its ranking would only push the dense one's best passages down.
        common = self.settings.cross_lingual_max_share
        keep = [w for w in keep if self.index.lexical.share(w) <= common]
        if language == "zh" and self.settings.chinese_glosses:
            keep += self._glossed(query)
        return " ".join(keep)

    def _glossed(self, query: str) -> list[str]:
        """A Chinese question's words as groups of the English words that render them
        ("外交" → "diplomacy|diplomatic|foreign|"): a passage holding one holds the word
        (app/glosses.py). Forms the corpus holds, less any most passages share."""
        lexical = self.index.lexical
        common = self.settings.cross_lingual_max_share
        groups = []
        for english in english_glosses(query):
            forms = {f for w in english for f in lexical.forms_of(w) if lexical.share(f) <= common}
            if forms:
                groups.append("".join(f"{f}|" for f in sorted(forms)))  # "a|b|", even "a|"
        return list(dict.fromkeys(groups))

    def pinyin_names(self, query: str) -> list[str]:
        """Names a Chinese question writes in characters that the corpus spells in pinyin
        ("福州" → "fuzhou", "北京" → "beijing", "孟宏伟" → "meng hongwei"); cached for the
        last question (retrieval and the anchor checks both ask).

        Two or three characters' syllables joined, from the start of a word (rjieba's
        segmentation), make a candidate; it counts when it is a
        word of the corpus that the corpus never writes in lower case: "规定" is "guiding",
        an English word, not a place. Names of foreign origin ("波尔多", Bordeaux) are not
        pinyin and are simply not found.
        """
        last = self._last_pinyin
        if last[0] == query:
            return last[1]
        found: list[str] = []
        if question_language(query) == "zh":
            import rjieba
            from pypinyin import lazy_pinyin

            for run in _CJK_RUN.findall(query):
                syllables = lazy_pinyin(run)
                # a name starts where a word does: "监视一位" (watch one) holds no "视一"
                # (shiyi). Or it is a given name after a surname the segmenter took with it
                # ("孙力|军案": "lijun"), which the corpus then writes whole ("Sun Lijun").
                length: dict[int, int] = {}  # where each word starts: its length
                start = 0
                for w in rjieba.cut(run):
                    length[start] = len(w)
                    start += len(w)
                starts = {*length, start}  # … and where the last one ends
                for n in (3, 2):
                    for i in range(len(syllables) - n + 1):
                        word = "".join(syllables[i : i + n])
                        if (
                            len(word) < 5
                            or not self.index.lexical.has_token(word)
                            or self.index.common_word(word)
                        ):
                            continue
                        # A given name after a surname the corpus also writes as a name
                        # ("孟宏伟": "Meng" of "Meng Hongwei"): the whole name, which a
                        # passage calling him "Meng" names too.
                        full = f"{syllables[i - 1]} {word}" if i > 0 else ""
                        written = bool(full) and self._written(full)
                        if not written and (i not in starts or (i + n not in starts and length[i] < n)):
                            # … and ends where a word does, unless it lies within one word
                            # ("福州市": "fuzhou"): "是依据" holds no "是依" (shiyi)
                            continue
                        found.append(full if written and n == 2 else word)
            # Foreign names are transcribed, not pinyin ("波尔多" is Bordeaux): the dictionary's
            # Latin name, where the corpus writes it as a name (a country is matched through
            # its CLDR names instead: app/countries.py).
            for names in english_names(query):
                if any(countries_in(name) for name in names):
                    continue  # "美国": ("United States", "USA", "US")
                found += [
                    name.lower()
                    for name in names
                    if all(self.index.known_name(w) for w in name.split())
                    and not any(w.lower() in NOT_NAMES for w in name.split())  # "国际刑警组织", Interpol
                ]
        found = list(dict.fromkeys(found))
        self._last_pinyin = (query, found)
        return found

    def _written(self, name: str) -> bool:
        """Whether some passage writes ``name`` ("meng hongwei") as it is: a surname and
        given name, not a verb's syllable before a place ("袭南宁", "xi nanning")."""
        passages = self.index.passages
        return any(name in passages[int(i)].text.lower() for i in self.index.lexical.passages_with(name)[:50])

    def _dense(self, qv: np.ndarray, n: int, allowed: np.ndarray | None) -> list[int]:
        """The store's ranking; a filter is applied inside the search (before ranking)."""
        store = self.index.dense
        if store.kind == "qdrant" and allowed is not None and len(allowed) > 1000:
            # Allowed sets are whole documents: a server gets the document ids as a payload
            # condition rather than a long list of point ids.
            table = self.index.passages
            docs = [table.doc_ids[int(c)] for c in np.unique(table.doc[allowed])]
            _, ids = store.search(qv, n, where={"doc_id": docs})
        else:
            _, ids = store.search(qv, n, ids=allowed)
        return [int(i) for i in ids]

    def prepare(self, query: str) -> None:
        """Do the question's text work ahead: its language and its BM25 scores (or, in
        another language than English, its names' coverage) over every passage."""
        self._raw_scores(self._lexical_query(query), coverage=self._language(query) != "en")

    def prepare_async(self, query: str) -> None:
        """``prepare`` on a worker thread, while the caller embeds the question: the embedding
        engine releases the GIL, so the two overlap on two cores. ``search`` waits for it if
        it is running, and does the work itself if it has not started (the critical path
        never waits for a busy thread to be scheduled)."""
        from app.embeddings import worker_pool

        if len(self._pending) > 32:
            self._pending.clear()
        self._pending[query] = worker_pool().submit(self.prepare, query)

    def _settle(self, query: str) -> None:
        pending = self._pending.pop(query, None)
        if pending is not None and not pending.cancel():
            pending.result()

    def _raw_scores(self, lexical_query: str, coverage: bool = False) -> np.ndarray:
        key = (lexical_query, coverage)
        cached = self._score_cache.get(key)
        if cached is None:
            cached = self._coverage(lexical_query) if coverage else self.index.lexical.scores(lexical_query)
            cached.setflags(write=False)
            if len(self._score_cache) >= 8:
                self._score_cache.pop(next(iter(self._score_cache)), None)
            self._score_cache[key] = cached
        return cached

    def _coverage(self, lexical_query: str) -> np.ndarray:
        """Each passage's sum of the IDFs of the query's words it holds.

        A group of a Chinese word's renderings ("a|b|", app/glosses.py) counts a hundredth:
        it orders the passages holding the same names, and it would take a dozen of them to
        outweigh the commonest name kept. A dictionary's "total" or "detention" is in many
        passages; the question's "Shiksaitov" says which of them it asks about.
        """
        lexical = self.index.lexical
        total = len(self.index.passages)
        coverage = np.zeros(total, dtype=np.float32)
        glossed = np.zeros(total, dtype=np.float32)
        for word in dict.fromkeys(lexical_query.split()):
            rows = lexical.passages_with(word)
            if len(rows):
                idf = float(np.log(1 + (total - len(rows) + 0.5) / (len(rows) + 0.5)))
                (glossed if "|" in word else coverage)[rows] += idf
        return coverage + _GLOSS_WEIGHT * glossed

    def _lexical(self, query: str, n: int, allowed: np.ndarray | None, coverage: bool = False) -> list[int]:
        scores = self._raw_scores(query, coverage)
        if allowed is not None:
            # The filter before ranking: passages outside it score 0 and are never ranked.
            masked = np.zeros_like(scores)
            masked[allowed] = scores[allowed]
            scores = masked
        return top_positive(scores, n)


def top_positive(scores: np.ndarray, n: int) -> list[int]:
    """Ids of the ``n`` highest positive scores, best first (ties: lower id first)."""
    positive = np.flatnonzero(scores > 0)
    if len(positive) == 0:
        return []
    if len(positive) > 4 * n:
        # Partition first: sorting every matching passage of a large corpus is the slow part.
        cut = -np.partition(-scores[positive], n - 1)[n - 1]
        positive = positive[scores[positive] >= cut]
    order = positive[np.argsort(-scores[positive], kind="stable")][:n]
    return [int(i) for i in order]
