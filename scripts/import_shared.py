#!/usr/bin/env python3
"""Regenerate the bundled corpus (corpus/*.md) from the shared source material.

Usage (from anywhere):

    python scripts/import_shared.py            # reads ../shared relative to the repo root
    python scripts/import_shared.py PATH       # reads another copy of shared/

This script is the provenance record of corpus/: every file there is its output.

* shared/corpus-sources/*.md -> corpus/<stem>.md
  The body (everything after the closing ``---`` of the front matter) is copied
  byte for byte. The front matter keeps every field and value; ``id`` (the file
  stem) is added as the first field and ``grounds`` is added: the mirror's own
  ``tags`` split on ";" when the source has tags, else an empty list. Treaties
  and rule books also get ``cited_as`` (CITED_AS below).
* shared/seeds/*.txt -> corpus/<seed id>.md, with the metadata in SEEDS below.
  Seeds 001-004 are copied byte for byte (a final newline is added if missing).
  Seed 000 is text extracted from a PDF; only mechanical extraction damage is
  repaired (page furniture removed, hard-wrapped lines joined into paragraphs),
  and a check asserts that its words, in order, are exactly the original's
  minus the removed furniture lines.

Needs Python 3.11 and PyYAML. Files in corpus/ that this script does not
produce (README.md, documents added later by hand) are left alone.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO_ROOT / "corpus"

# Every document's front matter has these fields (empty string where unknown).
REQUIRED_FIELDS = (
    "id",
    "title",
    "doc_type",
    "court_or_body",
    "jurisdiction",
    "date",
    "language",
    "source_url",
    "outcome",
    "completeness",
    "grounds",
)

# --------------------------------------------------------------------------
# Seeds: the five source reports the project was started from.
# --------------------------------------------------------------------------

NO_HEADLINE = "the supplied text has no headline; descriptive title written from the text"

SEEDS: dict[str, dict[str, object]] = {
    "000_d2067f2d984be5e5.txt": {
        "id": "sd-110-overseas-2022",
        "title": "110 Overseas: Chinese Transnational Policing Gone Wild",
        "doc_type": "report",
        "court_or_body": "Safeguard Defenders",
        "jurisdiction": "People's Republic of China (transnational)",
        "date": "2022",
        "processing_note": (
            "text extracted from a PDF; mechanical damage repaired by scripts/import_shared.py: "
            "page furniture lines removed, hard-wrapped lines joined into paragraphs, the station "
            "table kept as one line per cell; wording and spelling unchanged (checked word by word)"
        ),
    },
    "001_5e3d19d1d2510610.txt": {
        "id": "news-china-scam-syndicates-crackdown-2022",
        "title": "China's crackdown on cross-border scam syndicates",
        "title_note": NO_HEADLINE,
        "doc_type": "news",
        "court_or_body": "",
        "jurisdiction": "People's Republic of China",
        "date": "2022",
    },
    "002_07b03f1cefbbae1f.txt": {
        "id": "icij-china-targets-2025",
        "title": "China Targets: China's use of INTERPOL red notices against its targets abroad",
        "title_note": NO_HEADLINE,
        "doc_type": "report",
        "court_or_body": "International Consortium of Investigative Journalists (ICIJ)",
        "jurisdiction": "People's Republic of China (transnational); INTERPOL",
        "date": "2025",
    },
    "003_3d3805945021986d.txt": {
        "id": "encyclopedia-chinese-scam-center-trafficking-2025",
        "title": "Trafficking of Chinese nationals to scam centers abroad",
        "doc_type": "report",
        "court_or_body": "",
        "jurisdiction": "People's Republic of China; Southeast Asia",
        "date": "2025",
    },
    "004_c885093a786a9268.txt": {
        "id": "news-beijing-scam-kingpins-extradition",
        "title": "Beijing's offensive against overseas scam kingpins: the extraditions of Chen Zhi and She Zhijiang",
        "title_note": NO_HEADLINE,
        "doc_type": "news",
        "court_or_body": "",
        "jurisdiction": "People's Republic of China; Southeast Asia",
        "date": "",  # the text states no year
    },
}

# --------------------------------------------------------------------------
# Names the instruments are cited by (added by redbrief, not from the sources).
#
# A lawyer names a treaty or rule book the way her language does ("la CEDU",
# "AİHS", "《欧洲人权公约》", "the Torture Convention"); retrieval gives a passage
# of the document so named a place among the results (app/citednames.py).
# Written to the front matter as ``cited_as``. Matching ignores case, accents,
# apostrophes and a short ending ("Anayasası'nın"), so each name is listed once.
# --------------------------------------------------------------------------

CITED_AS: dict[str, list[str]] = {
    "treaty-echr-art-3": [
        "European Convention on Human Rights",
        "ECHR",
        "Convention for the Protection of Human Rights and Fundamental Freedoms",
        "Convention européenne des droits de l'homme",
        "CEDH",
        "Convention de sauvegarde des droits de l'homme",
        "Convenzione europea dei diritti dell'uomo",
        "CEDU",
        "Convenzione europea per la salvaguardia dei diritti dell'uomo",
        "Convenio Europeo de Derechos Humanos",
        "Convención Europea de Derechos Humanos",
        "Convenio Europeo para la Protección de los Derechos Humanos",
        "Avrupa İnsan Hakları Sözleşmesi",
        "AİHS",
        "欧洲人权公约",
        "Europakonventionen",
        "Úmluva o ochraně lidských práv",
        "EÚLP",
        "Europejska Konwencja Praw Człowieka",
        "EKPC",
    ],
    "treaty-uncat-art-3": [
        "Convention against Torture",
        "UNCAT",
        "Torture Convention",
        "Convention contre la torture",
        "Convenzione contro la tortura",
        "Convención contra la Tortura",
        "İşkenceye Karşı Sözleşme",
        "İşkenceye Karşı Birleşmiş Milletler Sözleşmesi",
        "Onur Kırıcı Muamele veya Cezaya Karşı Sözleşme",
        "禁止酷刑公约",
        "反酷刑公约",
        "禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约",
        "Úmluva proti mučení",
        "Konwencja w sprawie zakazu tortur",
        "tortyrkonventionen",
    ],
    "treaty-refugee-convention-art-33": [
        "Refugee Convention",
        "Refugees Convention",
        "Convention relating to the Status of Refugees",
        "1951 Convention",
        "Geneva Refugee Convention",
        "Convention de Genève",
        "Convention relative au statut des réfugiés",
        "Convenzione di Ginevra",
        "Convenzione relativa allo status dei rifugiati",
        "Convenzione sullo status dei rifugiati",
        "Convención de Ginebra",
        "Convención sobre el Estatuto de los Refugiados",
        "Cenevre Sözleşmesi",
        "Mültecilerin Hukuki Durumuna İlişkin Sözleşme",
        "Mülteci Sözleşmesi",
        "关于难民地位的公约",
        "难民地位公约",
        "难民公约",
        "flyktingkonventionen",
        "Úmluva o právním postavení uprchlíků",
        "Konwencja dotycząca statusu uchodźców",
    ],
    "treaty-european-convention-extradition-1957": [
        "European Convention on Extradition",
        "Convention européenne d'extradition",
        "Convenzione europea di estradizione",
        "Convenio Europeo de Extradición",
        "Suçluların İadesine Dair Avrupa Sözleşmesi",
        "欧洲引渡公约",
        "Evropská úmluva o vydávání",
        "Europejska konwencja o ekstradycji",
        "europeiska utlämningskonventionen",
    ],
    "interpol-constitution-arts-1-7": [
        "INTERPOL Constitution",
        "INTERPOL's Constitution",
        "Constitution of INTERPOL",
        "Constitution of the ICPO-INTERPOL",
        "ICPO-INTERPOL Constitution",
        "Statut d'INTERPOL",
        "Statut de l'OIPC-INTERPOL",
        "Constitution d'INTERPOL",
        "Statuto dell'INTERPOL",
        "Statuto di INTERPOL",
        "Costituzione dell'INTERPOL",
        "Costituzione di INTERPOL",
        "Estatuto de INTERPOL",
        "Estatuto de la OIPC-INTERPOL",
        "Constitución de INTERPOL",
        "INTERPOL Anayasası",
        "INTERPOL Tüzüğü",
        "INTERPOL Statüsü",
        "国际刑警组织章程",
        "国际刑警组织宪章",
        "国际刑警组织组织法",
        "INTERPOL章程",
    ],
    "interpol-ccf-statute-arts-1-3": [
        "CCF Statute",
        "Statute of the CCF",
        "Statute of the Commission for the Control of INTERPOL's Files",
        "Statut de la CCF",
        "Statut de la Commission de contrôle des fichiers",
        "Statuto della CCF",
        "Estatuto de la CCF",
        "Estatuto de la Comisión de Control de los Ficheros",
        "CCF Statüsü",
        "CCF Tüzüğü",
        "CCF章程",
        "档案控制委员会章程",
    ],
    "interpol-rpd-references": [
        "Rules on the Processing of Data",
        "RPD",
        "Règlement sur le traitement des données",
        "Regolamento sul trattamento dei dati",
        "Reglamento sobre el Tratamiento de Datos",
        "Veri İşleme Kuralları",
        "Verilerin İşlenmesine İlişkin Kurallar",
        "数据处理规则",
    ],
    "interpol-refugee-resolution-page": [
        "Refugee Resolution",
        "résolution sur les réfugiés",
        "risoluzione sui rifugiati",
        "resolución sobre los refugiados",
        "resolución sobre refugiados",
        "Mülteci Kararı",
        "难民决议",
    ],
    "fr-decret-2015-1216-traite-extradition-france-chine": [
        "France-China extradition treaty",
        "Franco-Chinese extradition treaty",
        "extradition treaty between France and China",
        "Sino-French extradition treaty",
        "traité d'extradition franco-chinois",
        "traité d'extradition entre la France et la Chine",
        "traité d'extradition entre la République française et la République populaire de Chine",
        "trattato di estradizione franco-cinese",
        "trattato di estradizione tra Francia e Cina",
        "tratado de extradición franco-chino",
        "tratado de extradición entre Francia y China",
        "Fransa-Çin iade antlaşması",
        "Fransa ile Çin arasındaki iade antlaşması",
        "中法引渡条约",
        "法中引渡条约",
        "中华人民共和国和法兰西共和国引渡条约",
        "2015-1216",
    ],
}

# --------------------------------------------------------------------------
# Seed 000: repair of the PDF extraction.
#
# The extraction lost the paragraph spacing, kept the column line breaks, and
# left one page's running header/footer in the text. The rules below rebuild
# paragraphs without touching a word. Lines are compared after .strip().
# --------------------------------------------------------------------------

# Page furniture: running header/footer and page numbers.
FURNITURE = re.compile(
    r"^(110 OVERSEAS: Chinese Transnational Policing Gone Wild|investigations|and briefings series|\d{1,3})$"
)

# Headings and captions (each a run of consecutive lines): always a paragraph of their own.
HEADINGS: list[tuple[str, ...]] = [
    ("Introduction",),
    ("Summary of key points",),
    ("Background",),
    ("Persuasion to return and China’s", "Involuntary Returns campaign"),
    ("Local Beginnings",),
    ('Anxi "Thousand Person Conference"3',),
    ("Going Global: “Catch them within", "and outside the borders”"),
    ("Nine forbidden countries",),
    ("The nine fraud-related countries",),
    ("Attacking non-suspects abroad",),
    ("“110 Overseas”: Widening the net?",),
    (
        "List of the “first batch of Fuzhou county overseas",
        "police service stations”32",
    ),
    ("Fuzhou public security overseas police service station, Prato, Italy35",),
    (
        "Map of publicly documented Overseas Police Service Centers from Fuzhou",
        "County and Qingtian County39",
    ),
    (
        'Fuzhou public security "110 Overseas" opens Nigeria,',
        "Benin City service station",
    ),
    ("“Extending the prosecutor's service", "tentacles overseas”"),
    ("Li Riqin, Minqing County Procuratorate, Fujian42",),
    (
        "Qingtian County Public Security Bureau sets up",
        "Overseas Police Service centers.47",
    ),
    (
        "“From Madrid, Spain, to Qingtian's 'Home",
        "for Overseas Chinese",
        "Inspection': Fugitive persuaded to return.”53",
    ),
    ("Conclusion",),
    ("Worrying Growth of China’s", "Transnational Repression"),
]

# The station table, flattened by the extraction: kept as one line per cell, in
# extraction order (the Fuzhou and Qingtian columns are interleaved and cannot
# be told apart reliably, so no attempt is made to rebuild rows).
TABLE_FIRST_LINE = "FUZHOU-RUN OVERSEAS POLICE"
TABLE_LAST_LINE = "Maseru"

# A line ending a sentence: . : ; ! ? or … possibly followed by closing quotes
# or brackets and a glued footnote number ("crimes.14", "[…]”10").
SENTENCE_END = re.compile(r"[.:;!?…][\]'\"”’)]*\d{0,2}$")
# Chinese wrapped across lines is rejoined without a space (Chinese has none
# between words): a CJK character (optionally followed by a closing quote) at
# the end of a line, and a CJK character at the start of the next.
CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
CJK_LINE_END = re.compile(rf"{CJK}[”’]?$")
CJK_LINE_START = re.compile(CJK)
CJK_LINE_BREAK = re.compile(rf"(?<={CJK})([”’]?)\s*\n\s*(?={CJK})")
# A numbered list item: "(1) ...".
LIST_ITEM = re.compile(r"^\(\d+\) ")
# A sentence-ending line this short cannot be a full column line, so the next
# line starts a new paragraph (column lines run to ~45-54 characters).
SHORT_LINE = 40
# Paragraphs that begin after a sentence-ending line longer than SHORT_LINE
# (read off the text one by one): first words of the new paragraph.
PARAGRAPH_STARTS = (
    "These methods allow the CCP",
    "There was no mincing of words",
    "In July 2022, the government of Wenchang",
    "The law also strengthen government regulation",
    "“Xi said that as China is striving",
    "In one account provided by the authorities",
    '"Comrade police, help me!"',
    "While Safeguard Defenders was unable",
    '"Through the establishment of overseas',
    "It is not immediately clear",
    "However, nothing indicates",
    "Safeguard Defenders research into the methods",
    "For a further set of recommended actions",
)


def is_furniture(line: str) -> bool:
    return FURNITURE.match(line.strip()) is not None


def repair_pdf_text(raw: str) -> tuple[str, list[str]]:
    """Return (repaired text, removed furniture lines) for seed 000."""
    lines = raw.split("\n")
    removed = [line for line in lines if is_furniture(line)]
    kept = [line for line in lines if not is_furniture(line)]

    blocks: list[str] = []  # finished paragraphs (the table is one block of lines)
    current: list[str] = []  # lines of the paragraph being built
    blank_before = False  # a blank line (column or page gap) precedes this line
    i = 0

    def flush() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    while i < len(kept):
        line = kept[i]
        text = line.strip()
        if not text:
            blank_before = True
            i += 1
            continue

        heading = next(
            (h for h in HEADINGS if tuple(s.strip() for s in kept[i : i + len(h)]) == h),
            None,
        )
        if heading:
            flush()
            blocks.append(" ".join(heading))
            i += len(heading)
        elif text == TABLE_FIRST_LINE:
            flush()
            end = next(j for j in range(i, len(kept)) if kept[j].strip() == TABLE_LAST_LINE)
            blocks.append("\n".join(s.strip() for s in kept[i : end + 1] if s.strip()))
            i = end + 1
        else:
            if current:
                prev = current[-1]
                # A new paragraph needs a finished sentence before it, and then one of:
                # a gap (a gap after an unfinished sentence is only a page break), a
                # line the extraction indented (a new text block or bullet), a list
                # item, a short last line, or a start listed in PARAGRAPH_STARTS.
                new_paragraph = SENTENCE_END.search(prev) is not None and (
                    blank_before
                    or line.startswith(" ")
                    or LIST_ITEM.match(text) is not None
                    or len(prev) <= SHORT_LINE
                    or text.startswith(PARAGRAPH_STARTS)
                )
                if new_paragraph:
                    flush()
                elif CJK_LINE_END.search(prev) and CJK_LINE_START.match(text):
                    current[-1] = prev + text
                    i += 1
                    blank_before = False
                    continue
            current.append(text)
            i += 1
        blank_before = False
    flush()
    return "\n\n".join(blocks) + "\n", removed


def check_same_words(original: str, repaired: str) -> None:
    """Assert that the repair changed no word: only furniture lines and line breaks go.

    The whitespace-separated words of the output must equal those of the original
    without its furniture lines, where a line break inside Chinese text counts as
    no break at all; and with all whitespace removed the two texts must be equal
    character for character.
    """
    lines = original.split("\n")
    kept = "\n".join(line for line in lines if not is_furniture(line))
    removed = [tok for line in lines if is_furniture(line) for tok in line.split()]
    expected = CJK_LINE_BREAK.sub(r"\1", kept).split()
    assert repaired.split() == expected, "seed 000: word sequence changed by the repair"
    assert "".join(repaired.split()) == "".join(kept.split()), "seed 000: characters changed"
    assert len(original.split()) - len(kept.split()) == len(removed)


# --------------------------------------------------------------------------
# Reading and writing front-matter files.
# --------------------------------------------------------------------------


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """Split '---\\n<yaml>---\\n<body>' into (metadata, body); body is kept verbatim."""
    if not text.startswith("---\n"):
        raise ValueError("no front matter")
    end = text.index("\n---\n", 3)
    return yaml.safe_load(text[4 : end + 1]), text[end + 5 :]


def dump_front_matter(meta: dict[str, object]) -> str:
    return yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1_000_000)


def write_doc(path: Path, meta: dict[str, object], body: str) -> None:
    text = "---\n" + dump_front_matter(meta) + "---\n" + body
    path.write_bytes(text.encode("utf-8"))
    # Round trip: the file parses back to the same metadata and body.
    meta_back, body_back = split_front_matter(path.read_bytes().decode("utf-8"))
    assert meta_back == meta, f"{path.name}: front matter does not round-trip"
    assert body_back == body, f"{path.name}: body does not round-trip"


def import_source(src: Path) -> tuple[dict[str, object], str]:
    meta, body = split_front_matter(src.read_bytes().decode("utf-8"))
    assert "id" not in meta, f"{src.name}: already has an id"
    out: dict[str, object] = {"id": src.stem, **meta}
    if "grounds" not in out:
        tags = str(out.get("tags") or "")
        out["grounds"] = [t.strip() for t in tags.split(";") if t.strip()]
    if src.stem in CITED_AS:
        out["cited_as"] = CITED_AS[src.stem]
    return out, body


def import_seed(src: Path, spec: dict[str, object]) -> tuple[dict[str, object], str]:
    raw = src.read_bytes().decode("utf-8")
    if spec["id"] == "sd-110-overseas-2022":
        body, removed = repair_pdf_text(raw)
        check_same_words(raw, body)
        print(f"seed 000: removed {len(removed)} furniture lines: {removed}")
    else:
        body = raw if raw.endswith("\n") else raw + "\n"
    meta: dict[str, object] = {
        "id": spec["id"],
        "title": spec["title"],
        **({"title_note": spec["title_note"]} if "title_note" in spec else {}),
        "doc_type": spec["doc_type"],
        "court_or_body": spec["court_or_body"],
        "jurisdiction": spec["jurisdiction"],
        "date": spec["date"],
        "language": "en",
        "source_url": "",
        "source_note": f"source report supplied with the project (shared/seeds/{src.name})",
        **({"processing_note": spec["processing_note"]} if "processing_note" in spec else {}),
        "outcome": "",
        "completeness": "complete",
        "grounds": [],
    }
    return meta, body


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else Path("../shared")
    if not shared.is_absolute():
        shared = (REPO_ROOT / shared).resolve()
    CORPUS_DIR.mkdir(exist_ok=True)

    docs: list[tuple[dict[str, object], str]] = []
    for src in sorted((shared / "corpus-sources").glob("*.md")):
        docs.append(import_source(src))
    for name, spec in SEEDS.items():
        docs.append(import_seed(shared / "seeds" / name, spec))

    ids = [str(meta["id"]) for meta, _ in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert set(CITED_AS) <= set(ids), f"CITED_AS names unknown ids: {set(CITED_AS) - set(ids)}"
    for meta, body in docs:
        missing = [f for f in REQUIRED_FIELDS if f not in meta]
        assert not missing, f"{meta['id']}: missing fields {missing}"
        assert isinstance(meta["grounds"], list)
        write_doc(CORPUS_DIR / f"{meta['id']}.md", meta, body)

    stale = sorted(
        p.name for p in CORPUS_DIR.glob("*.md") if p.stem not in set(ids) and p.name != "README.md"
    )
    if stale:
        print(f"note: files in corpus/ not produced by this script: {stale}")

    print(f"\n{'id':<58} {'doc_type':<13} {'lang':<5} {'completeness':<13} {'body chars':>10}")
    for meta, body in docs:
        first_word = str(meta["completeness"]).split()[0] if meta["completeness"] else ""
        print(
            f"{meta['id']!s:<58} {meta['doc_type']!s:<13} {meta['language']!s:<5} {first_word:<13} {len(body):>10}"
        )
    print(f"\n{len(docs)} documents written to {CORPUS_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
