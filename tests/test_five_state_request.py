"""The case issue 11 starts from: a request by five States for an additional item (rule 15),
made with `cica-desktop new`, filled in, checked and built, prints as the UN prints such a
letter: "We have the honour …", the States in alphabetical order in the heading and the
file's metadata, five signature blocks two by two with the fifth centred, each "(Signed)"."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import Any

import pdfplumber
import pytest
from docx import Document as open_docx
from pypdf import PdfReader
from readback import squash

#: In the order the mission typed them (not alphabetical).
STATES = ["the Netherlands", "Côte d’Ivoire", "Austria", "Croatia", "Kazakhstan"]
ALPHABETICAL = "Austria, Côte d’Ivoire, Croatia, Kazakhstan and the Netherlands"
TITLE = "Observer status for the Example Organization for Cooperation in the General Assembly"
NAMES = {"Austria": "Alexander Marschik", "Côte d’Ivoire": "Kacou Houadja Léon Adom",
         "Croatia": "Ivan Šimonović", "Kazakhstan": "Akan Rakhmetullin",
         "the Netherlands": "Lise Gregoire-van Haaren"}
MEMORANDUM = [
    "The Example Organization for Cooperation was established in 1992 by a treaty among "
    "its member States.",
    "Its purpose is to promote cooperation in the fields of trade, transport and energy.",
    "It has 12 member States and works closely with the United Nations system.",
    "Granting it observer status would strengthen that cooperation.",
]


def cica(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cica_desktop", *args], capture_output=True,
                          text=True, timeout=180)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("five")
    project = folder / "five-states.json"
    made = cica("new", str(project), "--kind", "observer_status", "--language", "en",
                "--rule", "15", "--session", "78", "--date", "2023-08-28",
                *(arg for state in STATES for arg in ("--state", state)),
                "--organization", "the Example Organization for Cooperation",
                "--title", TITLE)
    assert made.returncode == 0, made.stderr
    blank = cica("check", str(project))
    assert blank.returncode == 2  # the names and the memorandum are still to be written

    # What the officer types into the forms: the names, the titles, the memorandum.
    data = json.loads(project.read_text(encoding="utf-8"))
    for sender in data["letter"]["senders"]:
        sender["name"] = NAMES[sender["state"]]
        sender["titles"] = ["Permanent Representative"]
    data["annexes"][0]["blocks"] = [{"type": "paragraph", "numbered": True, "text": text}
                                    for text in MEMORANDUM]
    project.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    checked = cica("check", str(project), "--format", "json")
    build = cica("build", str(project), "--out", str(folder))
    assert build.returncode == 0, build.stderr
    return {"data": data, "check": checked, "pdf": folder / "five-states.pdf",
            "docx": folder / "five-states.docx"}


def test_new_writes_one_block_per_state_and_the_plural_wording(built: dict[str, Any]) -> None:
    letter = built["data"]["letter"]
    assert letter["sender_role"] == "representatives"
    assert sorted(s["state"] for s in letter["senders"]) == sorted(STATES)
    first = letter["blocks"][0]["text"]
    assert "we have the honour to request" in first and "our Governments" in first
    assert "pursuant to rule 15" in first and f"“{TITLE}”" in first
    assert "we attach" in letter["blocks"][1]["text"]


def test_a_rule_15_letter_of_late_august_raises_no_warning(built: dict[str, Any]) -> None:
    # The seventy-eighth session opened on 5 September 2023: a letter of 28 August is
    # less than 30 days before, which is what rule 15 is for.
    assert built["check"].returncode == 0
    findings = json.loads(built["check"].stdout)["findings"]
    assert [f for f in findings if f["severity"] != "note"] == []


def test_the_heading_names_the_states_alphabetically(built: dict[str, Any]) -> None:
    with pdfplumber.open(built["pdf"]) as pdf:
        text = squash(pdf.pages[0].extract_text() or "")
    assert squash(f"Letter dated 28 August 2023 from the representatives of {ALPHABETICAL} "
                  "to the United Nations addressed to the Secretary-General") in text
    assert squash("Request for the inclusion of an additional item in the agenda of the "
                  "seventy-eighth session") in text


def test_the_files_metadata_says_the_same(built: dict[str, Any]) -> None:
    assert PdfReader(built["pdf"]).metadata["/Author"] == ALPHABETICAL
    assert open_docx(str(built["docx"])).core_properties.author == ALPHABETICAL


def test_five_blocks_two_by_two_the_fifth_centred(built: dict[str, Any]) -> None:
    with pdfplumber.open(built["pdf"]) as pdf:
        words = [w for page in pdf.pages[:2] for w in page.extract_words()]
        width = pdf.pages[0].width
    marks = [w for w in words if w["text"] == "(Signed)"]
    assert len(marks) == 5
    rows: dict[int, list[float]] = {}
    for mark in marks:
        rows.setdefault(round(mark["top"]), []).append(mark["x0"])
    assert [len(xs) for xs in rows.values()] == [2, 2, 1]
    first, _second, last = rows.values()
    left, right = sorted(first)
    [centre] = last
    assert right - left > width / 4  # two columns, side by side
    assert left < centre < right  # the odd block sits between the two columns
    assert abs((centre - left) - (right - centre)) < 2  # … centred under them


def test_the_docx_signs_in_a_borderless_table_of_real_cells(built: dict[str, Any]) -> None:
    document = open_docx(str(built["docx"]))
    signing = [t for t in document.tables
               if any("(Signed)" in cell.text for row in t.rows for cell in row.cells)]
    assert len(signing) == 1
    cells = {cell._tc: cell.text for row in signing[0].rows for cell in row.cells}
    signed = [text for text in cells.values() if "(Signed)" in text]
    assert len(signed) == 5
    assert all(any(name in text for text in signed) for name in NAMES.values())


def test_the_package_keeps_its_annexes_numbered(built: dict[str, Any]) -> None:
    text = squash("".join(page.extract_text() or "" for page in
                          PdfReader(io.BytesIO(built["pdf"].read_bytes())).pages))
    assert squash("Annex I") in text and squash("Explanatory memorandum") in text
    assert squash("4. Granting it observer status") in text
    assert squash("Annex II") in text and squash("Draft resolution") in text
