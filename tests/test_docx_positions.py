"""The DOCX puts the page furniture where the PDF does: page 1's masthead lines ("United
Nations" or the organ, the symbol, "General Assembly", the distribution, date, language and
original lines), its two rules and the first line under them, mirrored in Arabic, and the
running head and the first heading of the following pages. Measured as a reader sees them:
LibreOffice turns the DOCX into a PDF (`soffice --headless --convert-to pdf`) and pdfplumber
reads the baselines and edges of both PDFs (within 1 pt)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest

from cica_desktop.compose import Part, compose
from cica_desktop.model import load_project
from cica_desktop.render import render_docx, render_pdf
from cica_desktop.samples import sample_path

TOLERANCE = 1.0  # points
#: The masthead ends with the thick rule (208.8 pt down): everything above it is the masthead.
MASTHEAD_BOTTOM = 212.0

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice (soffice) is not installed: the DOCX "
                                "is measured through its PDF conversion")


@dataclass(frozen=True)
class Line:
    """One line of text: its baseline (points from the top) and its left and right edges."""

    text: str
    baseline: float
    x0: float
    x1: float


def text_lines(page: pdfplumber.page.Page, top: float, bottom: float) -> list[Line]:
    """The lines whose baselines are between *top* and *bottom*, each side of the page's
    middle apart (the masthead has two columns), top to bottom."""
    groups: dict[tuple[bool, float], list[dict[str, object]]] = {}
    for char in page.chars:
        baseline = float(page.height) - float(char["matrix"][5])
        if not top <= baseline <= bottom or not str(char["text"]).strip():
            continue
        right = (float(char["x0"]) + float(char["x1"])) / 2 > float(page.width) / 2
        key = next((k for k in groups if k[0] == right and abs(k[1] - baseline) < 1.5),
                   (right, baseline))
        groups.setdefault(key, []).append(char)
    lines = [Line("".join(str(c["text"]) for c in chars), key[1],
                  min(float(c["x0"]) for c in chars), max(float(c["x1"]) for c in chars))
             for key, chars in groups.items()]
    return sorted(lines, key=lambda line: (line.baseline, line.x0))


def rules(page: pdfplumber.page.Page, bottom: float) -> list[tuple[float, float, float]]:
    """The horizontal rules above *bottom*: their middle's height, left and right ends."""
    found = [((float(r["top"]) + float(r["bottom"])) / 2, float(r["x0"]), float(r["x1"]))
             for r in (*page.lines, *page.rects)
             if float(r["bottom"]) - float(r["top"]) < 3 and float(r["x1"]) - float(r["x0"]) > 100
             and float(r["top"]) < bottom]
    return sorted(found)


def side(lines: list[Line], page: pdfplumber.page.Page, right: bool) -> list[Line]:
    """The *lines* on the page's right half (else its left)."""
    return [x for x in lines if ((x.x0 + x.x1) / 2 > float(page.width) / 2) == right]


@dataclass(frozen=True)
class Difference:
    what: str
    dy: float
    dx: float


def masthead_differences(ours: Path, converted: Path, rtl: bool) -> list[Difference]:
    """Page 1: each masthead line of *converted* against the same line of *ours* (paired by
    column and order), the baseline and the edge the line is aligned to; the rules."""
    with pdfplumber.open(ours) as a, pdfplumber.open(converted) as b:
        pa, pb = a.pages[0], b.pages[0]
        differences = []
        ra, rb = rules(pa, MASTHEAD_BOTTOM), rules(pb, MASTHEAD_BOTTOM)
        assert len(ra) == len(rb) == 2, (ra, rb)
        for right in (False, True):
            la, lb = (side(text_lines(page, 0, MASTHEAD_BOTTOM), page, right)
                      for page in (pa, pb))
            assert len(la) == len(lb), (right, la, lb)
            for x, y in zip(la, lb, strict=True):
                # Aligned to the inner edge: the text's start; the symbol (the outer
                # column's line above the thin rule) to the page's margin.
                symbol = right != rtl and x.baseline < ra[0][0]
                use_right = rtl != symbol
                dx = (y.x1 - x.x1) if use_right else (y.x0 - x.x0)
                differences.append(Difference(x.text[:24], y.baseline - x.baseline, dx))
                if x.text.isascii():  # Latin lines are letter-spaced to the PDF's width
                    differences.append(Difference(f"{x.text[:16]} width", 0.0,
                                                  (y.x1 - y.x0) - (x.x1 - x.x0)))
        for name, x, y in zip(("thin rule", "thick rule"), ra, rb, strict=True):
            differences.append(Difference(name, y[0] - x[0],
                                          max(abs(y[1] - x[1]), abs(y[2] - x[2]))))
        # The text block starts under the masthead at the PDF's height.
        first_a, first_b = (text_lines(page, MASTHEAD_BOTTOM, 800)[0] for page in (pa, pb))
        assert first_a.text == first_b.text, (first_a, first_b)
        differences.append(Difference(
            f"first line {first_a.text[:12]}", first_b.baseline - first_a.baseline,
            min(abs(first_b.x0 - first_a.x0), abs(first_b.x1 - first_a.x1))))
    return differences


def later_page_differences(ours: Path, converted: Path) -> list[Difference]:
    """Pages 2 on: the running head's last line and rule, and the first line of a page that
    starts with the same text in both (a heading after a page break)."""
    differences = []
    with pdfplumber.open(ours) as a, pdfplumber.open(converted) as b:
        firsts = {}
        for page in b.pages[1:]:
            lines = text_lines(page, 70, 800)
            if lines:
                firsts[lines[0].text] = lines[0]
        for number, page in enumerate(a.pages[1:], start=2):
            head = text_lines(page, 0, 66)
            other = b.pages[number - 1] if number - 1 < len(b.pages) else None
            if head and other is not None:
                head_b = text_lines(other, 0, 66)
                differences.append(Difference(f"p{number} running head",
                                              head_b[-1].baseline - head[-1].baseline, 0.0))
                ra, rb = rules(page, 70), rules(other, 70)
                differences.append(Difference(f"p{number} head rule", rb[0][0] - ra[0][0],
                                              0.0))
            lines = text_lines(page, 70, 800)
            if lines and lines[0].text in firsts:
                first = firsts[lines[0].text]
                edge = min(abs(first.x0 - lines[0].x0), abs(first.x1 - lines[0].x1))
                differences.append(Difference(f"p{number} {lines[0].text[:16]}",
                                              first.baseline - lines[0].baseline, edge))
    return differences


def convert(docx: Path, out: Path, profile: Path) -> Path:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                    "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                   check=True, capture_output=True, timeout=120)
    return out / f"{docx.stem}.pdf"


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """en, zh and ar: our PDF and the PDF LibreOffice makes of our DOCX."""
    root = tmp_path_factory.mktemp("positions")
    files = {}
    for name, language, part in (*((x, x, Part.PACKAGE) for x in ("en", "zh", "ar")),
                                 ("en-resolution", "en", Part.RESOLUTION)):
        document = compose(load_project(sample_path(language)), part)
        render_pdf(document, root / f"{name}.pdf")
        render_docx(document, root / f"{name}.docx")
        files[name] = (root / f"{name}.pdf",
                       convert(root / f"{name}.docx", root / "lo", root / "profile"))
    return files


@pytest.mark.parametrize("name", ["en", "zh", "ar", "en-resolution"])
def test_masthead_lines_and_rules_where_the_pdf_has_them(
        converted: dict[str, tuple[Path, Path]], name: str) -> None:
    """The draft resolution on its own has a blank symbol until the Secretariat gives one."""
    ours, theirs = converted[name]
    differences = masthead_differences(ours, theirs, rtl=name == "ar")
    assert len(differences) >= 6  # organ, body, (symbol), 2-4 fields, 2 rules
    off = [d for d in differences if abs(d.dy) > TOLERANCE or abs(d.dx) > TOLERANCE]
    assert off == []


@pytest.mark.parametrize("language", ["en", "zh", "ar"])
def test_later_pages_running_head_and_first_heading(
        converted: dict[str, tuple[Path, Path]], language: str) -> None:
    ours, theirs = converted[language]
    differences = later_page_differences(ours, theirs)
    assert any("running head" in d.what for d in differences)
    assert any("running head" not in d.what and "rule" not in d.what for d in differences)
    off = [d for d in differences if abs(d.dy) > TOLERANCE or abs(d.dx) > TOLERANCE]
    assert off == []


def job_footer(path: Path) -> tuple[Line, tuple[float, float, float, float]]:
    """Page 1's job line (the lowest line of text) and the bounding box (top, bottom,
    left, right) of the barcode under it: the PDF's bars are rectangles, the DOCX's a
    picture."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        job = text_lines(page, float(page.height) - 60, float(page.height))[-1]
        bars = [(float(r["top"]), float(r["bottom"]), float(r["x0"]), float(r["x1"]))
                for r in (*page.rects, *page.images) if float(r["top"]) > job.baseline]
        assert bars, f"no barcode under the job line of {path.name}"
        return job, (min(b[0] for b in bars), max(b[1] for b in bars),
                     min(b[2] for b in bars), max(b[3] for b in bars))


@pytest.mark.parametrize("language", ["en", "zh", "ar"])
def test_page_one_job_line_and_barcode_where_the_pdf_has_them(
        converted: dict[str, tuple[Path, Path]], language: str) -> None:
    ours, theirs = converted[language]
    (job_a, bars_a), (job_b, bars_b) = job_footer(ours), job_footer(theirs)
    assert job_a.text == job_b.text
    assert abs(job_b.baseline - job_a.baseline) <= TOLERANCE
    assert abs(job_b.x0 - job_a.x0) <= TOLERANCE
    assert all(abs(b - a) <= TOLERANCE for a, b in zip(bars_a, bars_b, strict=True)), \
        (bars_a, bars_b)
