"""Benchmark: does a very long text cost time in proportion to its length?

Run with `.venv/bin/python bench/long_text.py` (`--sizes 10000,30000` to choose the lengths,
`--text pure` or `--text mixed` for one kind of text only, `--profile cell:30000` for a
cProfile of one case, `--repetitions N` for more runs per case).

It builds the Chinese sample (resources/samples/a-62-232.zh.json; `--language en` or
`--language ar` for the English or Arabic one) with one text of N characters put either in
the first paragraph of the explanatory memorandum ("paragraph") or in the first data cell
of the table in the letter's enclosure annex ("cell"), then times compose + PDF and
compose + DOCX of the whole package.
Two kinds of text:

  * pure: Chinese with full-width punctuation only (one font, reportlab's plain lines);
  * mixed: the same with a Latin acronym and figures in every sentence (several fonts, so
    every line is made of styled fragments, the slower path). In English, "mixed" has a
    few Chinese characters in every sentence; in Arabic, a Latin acronym and figures.

What to look for: the time per 1,000 characters should stay about the same from 10k to
100k characters (linear cost), and a cell should cost about what a paragraph costs. Speed is
measured here, never asserted in the tests (docs/ARCHITECTURE.md, "Conventions").
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import Samples, code_version, common_facts

from cica_desktop.compose import compose
from cica_desktop.model import (
    LetterAnnex,
    Memorandum,
    Package,
    ParagraphBlock,
    TableBlock,
    load_project,
)
from cica_desktop.render import docx_bytes, pdf_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = {language: ROOT / "resources" / "samples" / f"a-62-232.{language}.json"
           for language in ("zh", "en", "ar")}
SIZES = (10_000, 30_000, 100_000)

#: One sentence of each kind per language, repeated (and cut) to the wanted length.
SENTENCES = {
    ("zh", "pure"): "亚洲相互协作与信任措施会议（亚信会议）成员国决心加强合作，"
                    "“促进和平、安全与稳定”；并在经济、环境、人的层面开展具体建立信任措施。",
    ("zh", "mixed"): "亚洲相互协作与信任措施会议（CICA）成员国决心加强合作，"
                     "“促进和平、安全与稳定”；并于2007年在经济、环境、人的层面开展具体建立信任措施。",
    ("en", "pure"): "The member States of the Conference resolve to strengthen cooperation "
                    "in promoting peace, security and stability in Asia. ",
    ("en", "mixed"): "The member States of the Conference on Interaction and Confidence-"
                     "Building Measures in Asia (CICA, 亚信会议) resolved in 2007 to strengthen "
                     "cooperation. ",
    ("ar", "pure"): "تقرر الدول الأعضاء في مؤتمر التفاعل وتدابير بناء الثقة في آسيا تعزيز "
                    "التعاون من أجل السلام والأمن والاستقرار. ",
    ("ar", "mixed"): "تقرر الدول الأعضاء في مؤتمر التفاعل وتدابير بناء الثقة في آسيا (CICA) "
                     "عام 2007 تعزيز التعاون من أجل السلام والأمن والاستقرار. ",
}


def long_text(length: int, kind: str = "pure", language: str = "zh") -> str:
    """*length* characters of text in *language* (see SENTENCES)."""
    sentence = SENTENCES[language, kind]
    return (sentence * (length // len(sentence) + 1))[:length]


def with_paragraph(base: Package, text: str) -> Package:
    """*base* whose explanatory memorandum starts with *text*."""
    annexes = tuple(
        annex.model_copy(update={"blocks": (ParagraphBlock(text=text, numbered=True),
                                             *annex.blocks[1:])})
        if isinstance(annex, Memorandum) else annex
        for annex in base.annexes)
    return base.model_copy(update={"annexes": annexes})


def with_cell(base: Package, text: str) -> Package:
    """*base* whose enclosure annex table holds *text* in its first data row's last cell."""
    annexes = list(base.annexes)
    for index, annex in enumerate(annexes):
        if not (isinstance(annex, LetterAnnex) and annex.enclosure is not None
                and annex.enclosure.annex is not None):
            continue
        inner = annex.enclosure.annex
        blocks = []
        for block in inner.blocks:
            if isinstance(block, TableBlock) and block.rows:
                first = (*block.rows[0][:-1], text)
                block = block.model_copy(update={"rows": (first, *block.rows[1:])})
            blocks.append(block)
        enclosure = annex.enclosure.model_copy(
            update={"annex": inner.model_copy(update={"blocks": tuple(blocks)})})
        annexes[index] = annex.model_copy(update={"enclosure": enclosure})
    return base.model_copy(update={"annexes": tuple(annexes)})


PLACES: dict[str, Callable[[Package, str], Package]] = {
    "paragraph": with_paragraph,
    "cell": with_cell,
}


def timed(action: Callable[[], object], repetitions: int) -> Samples:
    values = []
    for _ in range(repetitions):
        start = time.perf_counter()
        action()
        values.append(time.perf_counter() - start)
    return Samples(tuple(values))


def profile(base: Package, case: str, language: str) -> None:
    """cProfile of compose + PDF for "PLACE[-KIND]:SIZE", e.g. "cell-mixed:30000"."""
    place, _, size = case.partition(":")
    kind = "mixed"
    if place.endswith(("-pure", "-mixed")):
        place, _, kind = place.rpartition("-")
    package = PLACES[place](base, long_text(int(size or SIZES[-1]), kind, language))
    profiler = cProfile.Profile()
    profiler.enable()
    pdf_bytes(compose(package))
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES),
                        help="comma-separated text lengths in characters")
    parser.add_argument("--text", choices=["pure", "mixed", "both"], default="both")
    parser.add_argument("--language", choices=sorted(SAMPLES), default="zh")
    parser.add_argument("--repetitions", type=int, default=1, help="runs per case (median)")
    parser.add_argument("--profile", metavar="PLACE[-KIND]:SIZE",
                        help="cProfile one case instead, e.g. cell-mixed:30000")
    args = parser.parse_args(argv)
    base = load_project(SAMPLES[args.language])
    if args.profile:
        profile(base, args.profile, args.language)
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    kinds = ["pure", "mixed"] if args.text == "both" else [args.text]
    for key, value in {**common_facts(), "Code": code_version()}.items():
        print(f"{key:8} {value}")
    # Warm-up (fonts, templates, imports), then the sample alone: what the text adds to.
    pdf_bytes(compose(base))
    docx_bytes(compose(base))
    pdf0 = timed(lambda: pdf_bytes(compose(base)), max(3, args.repetitions)).median
    docx0 = timed(lambda: docx_bytes(compose(base)), max(3, args.repetitions)).median
    print(f"\nThe {args.language} sample alone: PDF {pdf0:.2f} s, DOCX {docx0:.2f} s. "
          "\"+1k\" is the time the text adds, per 1,000 of its characters:\n"
          "about the same at every size means a linear cost.\n")
    print(f"{'text':6} {'chars':>8}  {'place':9} {'pages':>5} {'PDF':>9} {'+1k':>8}"
          f" {'DOCX':>9} {'+1k':>8}")
    for kind in kinds:
        for size in sizes:
            text = long_text(size, kind, args.language)
            for place, build in PLACES.items():
                package = build(base, text)
                pages = pdf_bytes(compose(package))[1].pages
                pdf = timed(lambda p=package: pdf_bytes(compose(p)), args.repetitions)
                docx = timed(lambda p=package: docx_bytes(compose(p)), args.repetitions)
                print(f"{kind:6} {size:8,}  {place:9} {pages:5} {pdf.median:7.2f} s"
                      f" {(pdf.median - pdf0) / size * 1e6:5.1f} ms"
                      f" {docx.median:7.2f} s {(docx.median - docx0) / size * 1e6:5.1f} ms",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
