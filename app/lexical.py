"""Lexical (BM25) side of retrieval, via bm25s.

Tokenisation is bm25s' own, with English stop words: the BM25 index serves English
questions in full and other questions only by their names and numbers (app/retrieval.py).
Other languages' stop words are not merged into it: they hold names and English words
("ma" is Jack Ma, "kim" Kim Kyung Yup, "li" a surname; "under", "has", "her").
Where a question's own words are weighed (the sentence bonus in app/answering.py), its
language's stop words are dropped too, except the words it capitalises.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

# bm25s' stop-word lists by ISO code (it ships no Czech or Polish list).
_BM25S_LISTS = {
    "en": "EN",
    "fr": "FRENCH",
    "it": "ITALIAN",
    "es": "SPANISH",
    "tr": "TURKISH",
    "sv": "SWEDISH",
    "de": "GERMAN",
    "pt": "PORTUGUESE",
    "nl": "DUTCH",
    "da": "DANISH",
    "no": "NORWEGIAN",
    "ru": "RUSSIAN",
}


@lru_cache(maxsize=16)
def stopwords(language: str = "en") -> list[str]:
    """English stop words, and ``language``'s when bm25s has a list for it."""
    from bm25s import stopwords as sw

    words = set(sw.STOPWORDS_EN)
    words.update(getattr(sw, f"STOPWORDS_{_BM25S_LISTS.get(language, 'EN')}"))
    return sorted(words)


def tokenize(texts: list[str], stop: list[str] | None = None) -> list[list[str]]:
    """bm25s tokens (lower case, two or more characters) less ``stop`` (English stop words by default)."""
    import bm25s

    words = stopwords() if stop is None else stop
    out = bm25s.tokenize(texts, stopwords=words, return_ids=False, show_progress=False)
    return [list(t) for t in out]


# English endings a dictionary's headword may take in running text (app/glosses.py).
_ENDINGS = ("", *"s ed d ing ion ions ation ations ment ments er ers or ors ive ly".split())


@lru_cache(maxsize=4096)
def _word_tokens(word: str) -> tuple[str, ...]:
    return tuple(tokenize([word])[0])


class LexicalIndex:
    def __init__(self, retriever: object) -> None:
        self._bm25 = retriever

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        import bm25s

        retriever = bm25s.BM25()
        tokens = tokenize(texts)
        # bm25s cannot index an empty corpus; an index over one empty token is equivalent.
        retriever.index(tokens if tokens else [[""]], show_progress=False)
        return cls(retriever)

    def save(self, path: Path) -> None:
        self._bm25.save(str(path), allow_pickle=False)  # type: ignore[attr-defined]

    @classmethod
    def load(cls, path: Path, mmap: bool = False) -> LexicalIndex:
        """``mmap``: map the score matrix (a question reads only its tokens' columns)."""
        import bm25s

        return cls(bm25s.BM25.load(str(path), allow_pickle=False, mmap=mmap, show_progress=False))

    def knows(self, word: str) -> bool:
        """Whether ``word`` (or a word it starts, e.g. Brazil/Brazilian) occurs in the corpus."""
        vocab = self._bm25.vocab_dict  # type: ignore[attr-defined]
        tokens = _word_tokens(word)
        if not tokens:
            return True
        return all(t in vocab or t[:4] in self._vocab_prefixes() for t in tokens)

    def has_token(self, token: str) -> bool:
        """Whether ``token`` (one lower-case BM25 token) occurs in the corpus as it is."""
        return token in self._bm25.vocab_dict  # type: ignore[attr-defined]

    def _vocab_prefixes(self) -> frozenset[str]:
        """The first 1–4 characters of every vocabulary word (built once per index)."""
        if not hasattr(self, "_prefix_set"):
            vocab = self._bm25.vocab_dict  # type: ignore[attr-defined]
            self._prefix_set = frozenset(str(v)[:i] for v in vocab for i in range(1, 5))
        return self._prefix_set

    def forms_of(self, word: str) -> list[str]:
        """Vocabulary words that are ``word`` or an English inflection or derivation of it
        ("extradite": "extradite", "extradited", "extradition"). The corpus' words are not
        stemmed; a dictionary's are."""
        vocab = self._bm25.vocab_dict  # type: ignore[attr-defined]
        stem = word[:-1] if word.endswith("e") else word
        # "done": "done", "doned"…, never the bare stem "don"
        endings = _ENDINGS if stem == word else ("e", "es", *(e for e in _ENDINGS if e not in ("", "s", "d")))
        return [form for form in dict.fromkeys(stem + e for e in endings) if form in vocab]

    def share(self, word: str) -> float:
        """The largest share of passages that any token of ``word`` occurs in (0 if unknown)."""
        bm25 = self._bm25
        vocab = bm25.vocab_dict  # type: ignore[attr-defined]
        indptr = bm25.scores["indptr"]  # type: ignore[attr-defined]
        n = int(bm25.scores["num_docs"]) or 1  # type: ignore[attr-defined]
        ids = [vocab[t] for t in _word_tokens(word) if t in vocab]
        return max((float(indptr[i + 1] - indptr[i]) / n for i in ids), default=0.0)

    def passages_with(self, word: str) -> np.ndarray:
        """Ids of the passages holding every token of ``word``; of ``a|b|c``, those holding
        any of the three (``a|`` is a group of one)."""
        if "|" in word:
            each = [self.passages_with(w) for w in word.split("|") if w]
            return np.unique(np.concatenate(each)) if each else np.zeros(0, dtype=np.int64)
        bm25 = self._bm25
        vocab = bm25.vocab_dict  # type: ignore[attr-defined]
        indptr, indices = bm25.scores["indptr"], bm25.scores["indices"]  # type: ignore[attr-defined]
        found: np.ndarray | None = None
        for t in _word_tokens(word):
            if t not in vocab:
                return np.zeros(0, dtype=np.int64)
            i = vocab[t]
            rows = np.asarray(indices[indptr[i] : indptr[i + 1]])
            found = rows if found is None else np.intersect1d(found, rows)
        return np.zeros(0, dtype=np.int64) if found is None else found

    def scores(self, query: str, mask: np.ndarray | None = None) -> np.ndarray:
        """BM25 score of every passage (0 where ``mask`` is 0)."""
        tokens = tokenize([query])[0]
        bm25 = self._bm25
        ids = bm25.get_tokens_ids(tokens)  # type: ignore[attr-defined]
        n = int(bm25.scores["num_docs"])  # type: ignore[attr-defined]
        if not ids:
            return np.zeros(n, dtype=np.float32)
        scores = bm25.get_scores_from_ids(ids, weight_mask=mask)  # type: ignore[attr-defined]
        return np.asarray(scores, dtype=np.float32)
