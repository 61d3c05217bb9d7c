"""Page furniture against the UN's own pages (issue 13 §5), measured with pdfplumber on
A/C.6/80/L.2 (docs/FORMAT.md §3 and §4): the masthead's symbol and "General Assembly", the
end rule's distance under the last line, and running heads of at most two lines."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from cica_desktop.cli import main
from cica_desktop.compose import Part, compose
from cica_desktop.model import DraftResolution, Package, load_project
from cica_desktop.model.project import save_project
from cica_desktop.render import pdf_bytes
from cica_desktop.render.pdf_page import RUNNING_TITLE_TOO_LONG
from cica_desktop.samples import sample_path

LONG_TITLE = ("Cooperation between the United Nations and the Conference on Interaction and "
              "Confidence-Building Measures in Asia, in the General Assembly and its Main "
              "Committees, and in all the bodies of the United Nations system")


def issued_as_l2() -> Package:
    package = load_project(sample_path("en"))
    annexes = tuple(annex.model_copy(update={"symbol": "A/C.6/80/L.2",
                                             "issue_date": dt.date(2025, 10, 8)})
                    if isinstance(annex, DraftResolution) else annex
                    for annex in package.annexes)
    return package.evolve(annexes=annexes)


@dataclass
class Printed:
    """What a page prints: its words, the baselines of its characters (from the top
    edge, with their top), and its lines and rectangles."""

    words: list[dict[str, Any]]
    baselines: list[tuple[float, float]]
    lines: list[dict[str, Any]]


def printed(data: bytes, index: int = 0) -> Printed:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[index]
        return Printed(page.extract_words(),
                       [(page.height - c["matrix"][5], c["top"]) for c in page.chars
                        if c["text"].strip()],
                       [*page.lines, *page.rects])


MASTHEAD_OF_L2 = {  # word: (x0, x1, top), pdfplumber on A/C.6/80/L.2
    "United": (123.38, 160.36, 46.82), "Nations": (163.9, 206.11, 46.82),
    "General": (123.38, 189.62, 70.68), "Assembly": (193.12, 272.2, 70.68),
    "A": (487.78, 502.53, 40.8), "/C.6/80/L.2": (502.78, 552.22, 48.6),
    "Distr.:": (397.0, 423.58, 78.78), "Limited": (426.51, 460.31, 78.78),
    "October": (405.07, 439.33, 90.54), "Original:": (397.0, 435.61, 114.54),
}


def test_the_masthead_of_the_l_document_within_one_point_of_the_uns() -> None:
    page = printed(pdf_bytes(compose(issued_as_l2(), Part.RESOLUTION))[0])
    by_text = {w["text"]: w for w in page.words if w["top"] < 130}
    for text, (x0, x1, top) in MASTHEAD_OF_L2.items():
        word = by_text[text]
        assert (word["x0"], word["x1"], word["top"]) == (
            pytest.approx(x0, abs=1), pytest.approx(x1, abs=1), pytest.approx(top, abs=1)), text


def test_the_end_rule_lies_as_far_under_the_last_line_as_on_the_uns_pages() -> None:
    """32.1 to 32.4 pt from the last baseline in the four reference documents."""
    page = printed(pdf_bytes(compose(issued_as_l2(), Part.RESOLUTION))[0])
    [rule] = [line for line in page.lines if abs(line["x1"] - line["x0"] - 72) < 1]
    last = max(baseline for baseline, top in page.baselines if top < rule["top"])
    assert rule["top"] - last == pytest.approx(32.2, abs=0.3)
    assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(306.25, abs=1)


def test_a_running_head_of_three_lines_is_reported() -> None:
    package = load_project(sample_path("en"))
    _, report = pdf_bytes(compose(package.evolve(running_title=LONG_TITLE), Part.PACKAGE))
    assert report.notices.count(RUNNING_TITLE_TOO_LONG) == 1
    short = package.evolve(running_title="Observer status for the Conference on Interaction "
                                         "and Confidence-Building Measures in Asia")
    data, report = pdf_bytes(compose(short, Part.PACKAGE))
    assert RUNNING_TITLE_TOO_LONG not in report.notices
    header_lines = {round(w["top"]) for w in printed(data, index=1).words
                    if w["top"] < 64 and w["text"] != "A/62/232"}
    assert len(header_lines) == 2


def test_the_command_line_prints_the_running_head_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "long.json"
    save_project(load_project(sample_path("en")).evolve(running_title=LONG_TITLE), project)
    assert main(["build", str(project), "--out", str(tmp_path), "--format", "pdf"]) == 0
    assert f"warning: {RUNNING_TITLE_TOO_LONG}\n" in capsys.readouterr().err
