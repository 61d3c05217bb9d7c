"""Hostile or careless input: a clear error or correct output, never a traceback or a
half-written file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document as open_docx
from readback import docx_text, pdf_text

from cica_desktop.cli import main
from cica_desktop.compose import compose
from cica_desktop.model import ProjectError, load_project, parse_project
from cica_desktop.render import docx_bytes, pdf_bytes
from cica_desktop.samples import sample_path


def sample() -> dict:  # type: ignore[type-arg]
    return json.loads(sample_path("en").read_text(encoding="utf-8"))


def test_reportlab_markup_in_text_is_printed_literally(tmp_path: Path) -> None:
    data = sample()
    nasty = 'Use <b>& </para> <font name="x"> &amp; &lt; \\ “quotes”'
    data["letter"]["blocks"][0]["text"] = nasty
    data["annexes"][1]["operative"][0]["verb"] = "<i>Decides"
    project = tmp_path / "p.json"
    project.write_text(json.dumps(data), encoding="utf-8")
    assert main(["build", str(project), "--out", str(tmp_path)]) == 0
    assert nasty in pdf_text(tmp_path / "p.pdf").replace("\n", " ")
    assert nasty in docx_text(tmp_path / "p.docx")
    assert "<i>Decides" in pdf_text(tmp_path / "p.pdf")


def test_a_five_megabyte_paragraph_is_refused_by_name(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    data = sample()
    data["annexes"][0]["blocks"][3]["text"] = "word " * 1_000_000
    project = tmp_path / "p.json"
    project.write_text(json.dumps(data), encoding="utf-8")
    assert main(["build", str(project), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "annexes[0].blocks[3].text: text is 5,000,000 characters long" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\ufffe", "\x85"])
def test_control_characters_are_refused_by_name(char: str) -> None:
    data = sample()
    data["letter"]["senders"][0]["name"] = f"Byrganym{char}Aitimova"
    with pytest.raises(ProjectError) as caught:
        parse_project(json.dumps(data))
    [error] = caught.value.errors
    assert error.path == "letter.senders[0].name"
    assert f"U+{ord(char):04X}" in error.message


def test_line_breaks_inside_a_paragraph_are_kept() -> None:
    data = sample()
    data["letter"]["blocks"][1]["text"] = "First line\nSecond line\tafter a tab"
    package = parse_project(json.dumps(data))
    document = compose(package)
    text = pdf_text_of(pdf_bytes(document)[0])
    assert "First line\nSecond line after a tab" in text
    docx = open_docx(io.BytesIO(docx_bytes(document)))
    paragraph = next(p for p in docx.paragraphs if p.text.startswith("First line"))
    assert "<w:br/>" in paragraph._p.xml


def pdf_text_of(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_a_line_break_in_a_single_line_field_is_refused() -> None:
    data = sample()
    data["item_title"] = "Observer status\nfor CICA"
    with pytest.raises(ProjectError) as caught:
        parse_project(json.dumps(data))
    assert [e.path for e in caught.value.errors] == ["item_title"]


def test_wrong_types_and_missing_fields(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = sample()
    data["annexes"][1]["operative"] = "Decides"
    del data["letter"]["senders"]
    data["paper"] = "legal"
    project = tmp_path / "p.json"
    project.write_text(json.dumps(data), encoding="utf-8")
    assert main(["build", str(project), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    for path in ("paper:", "letter.senders:", "annexes[1].operative:"):
        assert path in err
    assert "Traceback" not in err


def test_empty_and_non_object_files(tmp_path: Path) -> None:
    for text in ("", "[]", "null", "62"):
        with pytest.raises(ProjectError):
            parse_project(text)


def test_deeply_nested_json_is_a_clear_error() -> None:
    with pytest.raises(ProjectError):
        parse_project("[" * 100_000 + "]" * 100_000)


def test_a_loaded_project_is_unchanged_by_building(tmp_path: Path) -> None:
    project = tmp_path / "p.json"
    project.write_bytes(sample_path("zh").read_bytes())
    before = project.read_bytes()
    assert main(["build", str(project), "--out", str(tmp_path)]) == 0
    assert project.read_bytes() == before
    assert load_project(project).language.value == "zh"
