"""Word files the import must not trip over (numbering Word opens without its values,
footnotes and endnotes), and what the command and the window say when something goes
wrong: a clear message and a documented exit code, never a traceback and exit 1."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from gui_helpers import open_window
from lxml import etree
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

import cica_desktop.ui.word_import as ui_word_import
import cica_desktop.wordimport as wordimport
from cica_desktop.cli import main
from cica_desktop.ui.word_import import DOUBTS, import_word_document
from cica_desktop.wordimport import import_docx
from cica_desktop.wordimport.messages import MESSAGES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbered_without_values(path: Path) -> None:
    """Three "List Number" paragraphs whose list has a w:start without w:val, the second
    paragraph with its own w:numPr whose w:ilvl has no w:val (Word opens such a file)."""
    word = docx.Document()
    for text in ("First point.", "Second point.", "Third point."):
        word.add_paragraph(text, style="List Number")
    numbering = word.part.numbering_part.element
    starts = numbering.findall(f".//{qn('w:start')}")
    assert starts, "the default template's numbering has w:start elements"
    for start in starts:
        del start.attrib[qn("w:val")]
    num_id = word.styles["List Number"].element.pPr.numPr.numId.val
    second = word.paragraphs[1]._p.get_or_add_pPr()
    second.append(etree.fromstring(
        f'<w:numPr xmlns:w="{W}"><w:ilvl/><w:numId w:val="{num_id}"/></w:numPr>'))
    word.save(str(path))


def test_numbering_without_its_values_imports_with_words_defaults(tmp_path: Path) -> None:
    source = tmp_path / "numbered.docx"
    _numbered_without_values(source)
    result = import_docx(source)
    [numbered] = result.data["letter"]["blocks"]  # one list, each item at level 0
    assert numbered["type"] == "list" and numbered["style"] == "numbered"
    assert [item["text"] for item in numbered["items"]] == [
        "First point.", "Second point.", "Third point."]
    out = tmp_path / "numbered.json"
    assert main(["import", str(source), "--out", str(out)]) == 0
    assert out.is_file()


def _add_notes_part(word: docx.document.Document, kind: str, notes: dict[int, str]) -> None:
    """A footnotes or endnotes part holding *notes* (w:id -> text), with Word's separators."""
    body = "".join(
        f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:{kind}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'
        for note_id, text in notes.items())
    xml = (f'<w:{kind}s xmlns:w="{W}">'
           f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
           f'<w:continuationSeparator/></w:r></w:p></w:{kind}>{body}</w:{kind}s>')
    content_type = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode("utf-8"),
                word.part.package)
    word.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def _mark(paragraph: docx.text.paragraph.Paragraph, kind: str, note_id: int,
          after: str) -> None:
    """A note's mark, then *after*, at the end of *paragraph*."""
    paragraph._p.append(etree.fromstring(
        f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{note_id}"/></w:r>'))
    paragraph.add_run(after)


def _with_notes(path: Path) -> None:
    word = docx.Document()
    first = word.add_paragraph("The Assembly recalled its resolution 78/1")
    _mark(first, "footnote", 2, " and its decision.")
    second = word.add_paragraph("A second paragraph cites the record")
    _mark(second, "endnote", 1, ".")
    _mark(second, "footnote", 3, "")
    _add_notes_part(word, "footnote", {2: "Adopted without a vote.", 3: "See A/78/PV.1."})
    _add_notes_part(word, "endnote", {1: "Official Records, Supplement No. 49."})
    word.save(str(path))


def test_footnotes_and_endnotes_are_kept_at_their_marks_and_reported(tmp_path: Path) -> None:
    source = tmp_path / "notes.docx"
    _with_notes(source)
    result = import_docx(source)
    texts = [block["text"] for block in result.data["letter"]["blocks"]]
    assert texts == [
        "The Assembly recalled its resolution 78/1 [Adopted without a vote.] and its "
        "decision.",
        "A second paragraph cites the record [Official Records, Supplement No. 49.]. "
        "[See A/78/PV.1.]"]
    report = result.report_lines()
    assert "paragraph 1: footnote 1 kept in brackets at its mark (the project has no " \
        "footnotes): “Adopted without a vote.”" in report
    assert "paragraph 2: endnote 1 kept in brackets at its mark (the project has no " \
        "endnotes): “Official Records, Supplement No. 49.”" in report
    assert "paragraph 2: footnote 2 kept in brackets at its mark (the project has no " \
        "footnotes): “See A/78/PV.1.”" in report


def test_every_report_code_has_its_window_wording_with_the_same_values() -> None:
    for code in ("import.footnote_kept", "import.endnote_kept"):
        assert set(_fields(DOUBTS[code])) == set(_fields(MESSAGES[code])) == {"number", "text"}


def _fields(template: str) -> list[str]:
    import string
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def test_report_naming_the_project_file_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notes.docx"
    _with_notes(source)
    out = tmp_path / "a.json"
    assert main(["import", str(source), "--out", str(out), "--report",
                 str(tmp_path / "." / "a.json")]) == 2
    err = capsys.readouterr().err
    assert "--report" in err and "Traceback" not in err
    assert not out.exists()


def _fault(path: Path, language: str | None = None) -> None:
    raise TypeError("int() argument must be a string, not 'NoneType'")


def test_a_fault_in_the_import_exits_4_with_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "notes.docx"
    _with_notes(source)
    monkeypatch.setattr(wordimport, "import_docx", _fault)
    out = tmp_path / "out.json"
    monkeypatch.delenv("CICA_DEBUG", raising=False)
    assert main(["import", str(source), "--out", str(out)]) == 4
    err = capsys.readouterr().err
    assert f"could not import {source} (TypeError: int() argument" in err
    assert "Traceback" not in err and not out.exists()
    monkeypatch.setenv("CICA_DEBUG", "1")
    assert main(["import", str(source), "--out", str(out)]) == 4
    assert "Traceback" in capsys.readouterr().err


def test_a_fault_in_the_window_import_is_said_and_the_project_stays(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, tmp_path, "en")
    before = window.project.package
    source = tmp_path / "notes.docx"
    _with_notes(source)
    said: list[str] = []
    monkeypatch.setattr(ui_word_import, "import_word", _fault)
    monkeypatch.setattr(ui_word_import.QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: said.append(text)))
    assert import_word_document(window, source) is None
    assert len(said) == 1 and "fault in cica-desktop" in said[0] and "TypeError" in said[0]
    assert window.project.package is before


def test_the_window_words_each_note_kept(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, "en")
    source = tmp_path / "notes.docx"
    _with_notes(source)
    report = import_word_document(window, source)
    assert report is not None
    lines = report.findChild(QPlainTextEdit, "import_report.lines").toPlainText().splitlines()
    assert "Paragraph 1: Footnote 1 was kept in brackets where its mark stood (a project has " \
        "no footnotes): “Adopted without a vote.”." in lines
    assert any(line.startswith("Paragraph 2: Endnote 1 was kept in brackets") for line in lines)
    report.close()
