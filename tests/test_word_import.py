"""`cica-desktop import`: a Word document read back into a project.

Our own DOCX of each sample gives back the same project text; a DOCX re-saved by
LibreOffice and one typed plainly (python-docx, another font, numbers typed by hand) keep
every paragraph in its place; what cannot be placed is kept and reported.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.shared import Pt
from joint import joint_package

from cica_desktop.build import build
from cica_desktop.checks import check
from cica_desktop.cli import main
from cica_desktop.model import load_project
from cica_desktop.model.project import validate_project
from cica_desktop.wordimport import import_docx, project_text

SAMPLES = Path(__file__).parent.parent / "resources" / "samples"
LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


@pytest.fixture(scope="session")
def sample_docx(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each sample exported to DOCX once per session."""
    out = tmp_path_factory.mktemp("samples-docx")
    files = {}
    for language in LANGUAGES:
        source = SAMPLES / f"a-62-232.{language}.json"
        [path] = build(load_project(source), source.stem, out, formats=["docx"]).files
        files[language] = path
    return files


def _text(data: object) -> dict[str, object]:
    return dict(project_text(data))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_sample_exported_to_docx_comes_back_with_the_same_text(
        sample_docx: dict[str, Path], language: str) -> None:
    original = json.loads((SAMPLES / f"a-62-232.{language}.json").read_text("utf-8"))
    result = import_docx(sample_docx[language])
    assert result.valid, result.report_lines()
    assert result.data["language"] == language
    assert _text(result.data) == _text(original)
    package = validate_project(result.data)
    assert package.symbol == "A/62/232" and package.session == 62 and package.rule == 15


@pytest.mark.parametrize("language", ["fr", "zh"])
def test_a_joint_letter_gives_back_its_states_and_signatories(language: str,
                                                              tmp_path: Path) -> None:
    """The States come back as the project holds them (French "du Kazakhstan" is
    Kazakhstan), in the heading's order: the signature blocks do not name their States."""
    package = joint_package(language, 3)
    [path] = build(package, "joint", tmp_path, formats=["docx"]).files
    result = import_docx(path)
    assert result.valid, result.report_lines()
    assert sorted(result.data["requesting_states"]) == sorted(package.requesting_states)
    assert result.data["letter"]["sender_role"] == "representatives"
    assert [s["name"] for s in result.data["letter"]["senders"]] == [
        s.name for s in package.letter.senders]
    assert any("heading's order" in line for line in result.report_lines())


@pytest.fixture(scope="session")
def libreoffice_docx(sample_docx: dict[str, Path],
                     tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The English and Chinese samples' DOCX opened and saved again by LibreOffice (once
    per session, one LibreOffice run).

    LibreOffice's PDF import makes a drawing (one text frame per printed line), not
    paragraphs, so the file LibreOffice itself writes from our DOCX stands in for it."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    work = tmp_path_factory.mktemp("libreoffice")
    sources = []
    for language in ("en", "zh"):
        sources.append(work / f"ours-{language}.docx")
        shutil.copy(sample_docx[language], sources[-1])
    subprocess.run([soffice, f"-env:UserInstallation=file://{work / 'profile'}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", *map(str, sources), "--outdir",
                    str(work / "out")], check=True, capture_output=True, timeout=180)
    return {language: work / "out" / f"ours-{language}.docx" for language in ("en", "zh")}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_docx_saved_again_by_libreoffice_keeps_every_paragraph_in_place(
        libreoffice_docx: dict[str, Path], language: str) -> None:
    """LibreOffice renumbers the lists and merges runs of the same formatting (Chinese lead
    words, without italics, are then found by the language's standard lead words)."""
    original = json.loads((SAMPLES / f"a-62-232.{language}.json").read_text("utf-8"))
    result = import_docx(libreoffice_docx[language])
    assert result.valid, result.report_lines()
    assert _text(result.data) == _text(original)


def _typed_plainly(path: Path) -> None:
    """A request typed in a word processor without our styles: Arial, bold headings,
    numbers typed by hand, italic lead words."""
    word = docx.Document()
    word.styles["Normal"].font.name = "Arial"
    word.styles["Normal"].font.size = Pt(12)

    def para(text: str, bold: bool = False, lead: str = "") -> None:
        paragraph = word.add_paragraph()
        if lead:
            paragraph.add_run(lead).italic = True
        paragraph.add_run(text).bold = bold or None

    para("Letter dated 2 March 2026 from the Permanent Representative of Ruritania to the "
         "United Nations addressed to the Secretary-General", bold=True)
    para("I have the honour to request, pursuant to rule 15 of the rules of procedure, the "
         "inclusion of an additional item entitled “Cooperation between the United Nations "
         "and the Example Forum”.")
    para("I should be grateful if the present letter could be circulated.")
    para("(Signed) Jane Doe")
    para("Permanent Representative")
    para("Annex I")
    para("Explanatory memorandum", bold=True)
    para("1.\tThe Forum was founded in 1990.")
    para("2.\tIts members are:")
    para("(a)\tRuritania;")
    para("(b)\tFreedonia.")
    para("3.\tThe Forum works with the United Nations.")
    para("Annex II")
    para("Draft resolution", bold=True)
    para(",", lead="The General Assembly")
    para(" the work of the Forum,", lead="Recalling")
    para("1.\tDecides to invite the Forum;")
    para("(a)\tto take part;")
    para("(i)\tin its sessions;")
    para("2.\tRequests the Secretary-General to act.")
    para("3.\tWelcomes the work of the Forum;")
    para("Decides to remain seized of the matter.")
    word.save(str(path))


def test_a_document_typed_plainly_keeps_every_paragraph_in_place(tmp_path: Path) -> None:
    source = tmp_path / "typed.docx"
    _typed_plainly(source)
    result = import_docx(source)
    assert result.valid, result.report_lines()
    data = result.data
    assert data["requesting_states"] == ["Ruritania"]
    assert data["letter"]["date"] == "2026-03-02"
    assert data["item_title"] == "Cooperation between the United Nations and the Example Forum"
    assert [b["text"] for b in data["letter"]["blocks"]][1] == \
        "I should be grateful if the present letter could be circulated."
    assert data["letter"]["senders"] == [{"name": "Jane Doe",
                                          "titles": ["Permanent Representative"],
                                          "signed": True, "state": "Ruritania"}]
    memo, resolution = data["annexes"]
    assert memo["kind"] == "memorandum"
    assert [(b["type"], b.get("numbered"), b.get("text")) for b in memo["blocks"]][:2] == [
        ("paragraph", True, "The Forum was founded in 1990."),
        ("paragraph", True, "Its members are:")]
    assert memo["blocks"][2] == {"type": "list", "style": "lettered",
                                 "items": [{"text": "Ruritania;"}, {"text": "Freedonia."}]}
    assert memo["blocks"][3]["text"] == "The Forum works with the United Nations."
    assert resolution["preambular"] == [{"lead": "Recalling", "text": "the work of the Forum,"}]
    # A typed number and no italics: the verb is split off as from an unnumbered paragraph
    # (a standard verb of templates/kinds, or one of the checks' verb form: "Welcomes").
    assert [(o["verb"], o["text"]) for o in resolution["operative"][:3]] == [
        ("Decides", "to invite the Forum;"), ("Requests", "the Secretary-General to act."),
        ("Welcomes", "the work of the Forum;")]
    assert resolution["operative"][0]["subparagraphs"] == [
        {"text": "to take part;", "subparagraphs": [{"text": "in its sessions;"}]}]
    # Typed without a number: read as operative, and the report says why.
    assert resolution["operative"][3] == {"verb": "Decides",
                                          "text": "to remain seized of the matter."}
    report = result.report_lines()
    assert "paragraph 22: read as operative because it starts with ‘Decides’" in report
    assert "paragraph 21: numbered as operative, its verb ‘Welcomes’ (not in italics) taken " \
        "out of the text" in report
    assert not any(finding.code == "resolution.operative_verb"
                   for finding in check(validate_project(data)))


def test_what_cannot_be_placed_is_kept_and_reported(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Some notes typed before anything else.")
    word.add_paragraph("A second paragraph of notes.")
    path = tmp_path / "notes.docx"
    word.save(str(path))
    result = import_docx(path)
    assert result.draft  # no signatory, no State, no title: fields to fill
    assert [b["text"] for b in result.data["letter"]["blocks"]] == [
        "Some notes typed before anything else.", "A second paragraph of notes."]
    report = result.report_lines()
    assert any("no heading “Letter dated" in line for line in report)
    assert any(line.startswith("to fill: ") for line in report)
    # The draft is a project file the rest of the tool takes: build --draft lays it out.
    project = tmp_path / "notes.json"
    assert main(["import", str(path), "--out", str(project)]) == 0
    assert main(["build", str(project), "--draft", "--format", "docx", "--out",
                 str(tmp_path / "built")]) == 0
    assert (tmp_path / "built" / "notes-draft.docx").is_file()


def test_the_command_writes_the_project_and_the_report(
        sample_docx: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, report = tmp_path / "imported.json", tmp_path / "report.txt"
    assert main(["import", str(sample_docx["fr"]), "--out", str(out),
                 "--report", str(report)]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    assert load_project(out).language.value == "fr"
    assert "language fr" in report.read_text("utf-8")
    # OUT exists: refused without --force; not a Word file: refused, nothing written.
    assert main(["import", str(sample_docx["fr"]), "--out", str(out)]) == 2
    not_word = tmp_path / "x.docx"
    not_word.write_text("plain text", "utf-8")
    assert main(["import", str(not_word), "--out", str(tmp_path / "y.json")]) == 2
    assert "not a Word document" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "missing.docx"), "--out",
                 str(tmp_path / "y.json")]) == 2
    assert "missing.docx: no such file" in capsys.readouterr().err
    assert not (tmp_path / "y.json").exists()


def test_tracked_changes_are_read_accepted_and_content_controls_and_text_boxes_kept(
        tmp_path: Path) -> None:
    """A draft with Word revisions reads as its text with every change accepted: inserted
    words kept, deleted ones left out; paragraphs in content controls and text boxes are
    read, not dropped."""
    word = docx.Document()
    paragraph = word.add_paragraph("The Forum ")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(parse_xml(
        f'<w:ins {w} w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
        '<w:r><w:t xml:space="preserve">was founded </w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:del {w} w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">'
        '<w:r><w:delText xml:space="preserve">never </w:delText></w:r></w:del>'))
    paragraph.add_run("in 1990.")
    word.element.body.insert(len(word.element.body) - 1, parse_xml(
        f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Held in a content control.</w:t></w:r>'
        '</w:p></w:sdtContent></w:sdt>'))
    anchor = word.add_paragraph("A paragraph with a text box.")
    anchor._p.append(parse_xml(
        f'<w:r {w}><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        '<w:txbxContent><w:p><w:r><w:t>Written in a text box.</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    path = tmp_path / "revised.docx"
    word.save(str(path))
    texts = [block["text"] for block in import_docx(path).data["letter"]["blocks"]]
    assert texts == ["The Forum was founded in 1990.", "Held in a content control.",
                     "A paragraph with a text box.", "Written in a text box."]


def test_a_revision_made_by_compare_imports_as_the_new_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`cica-desktop compare` writes the new version with every change as a Word revision;
    importing that file gives the new version's text (the changes accepted)."""
    old = json.loads((SAMPLES / "a-62-232.en.json").read_text("utf-8"))
    new = json.loads((SAMPLES / "a-62-232.en.json").read_text("utf-8"))
    new["letter"]["blocks"][1]["text"] = new["letter"]["blocks"][1]["text"].replace(
        "explanatory memorandum", "explanatory note")
    del new["annexes"][0]["blocks"][2]
    (tmp_path / "old.json").write_text(json.dumps(old), "utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), "utf-8")
    assert main(["compare", str(tmp_path / "old.json"), str(tmp_path / "new.json"),
                 "--out", str(tmp_path / "changes.docx")]) == 0
    capsys.readouterr()
    result = import_docx(tmp_path / "changes.docx")
    assert result.valid, result.report_lines()
    assert _text(result.data) == _text(new)


def test_a_french_document_typed_with_straight_apostrophes(tmp_path: Path) -> None:
    """The fixed wording is recognised whichever apostrophe was typed; the text keeps the
    one typed."""
    word = docx.Document()
    word.styles["Normal"].font.name = "Calibri"
    for text in ("Lettre datée du 2 mars 2026, adressée au Secrétaire général par la "
                 "Représentante permanente de la France auprès de l'Organisation des "
                 "Nations Unies",
                 "J'ai l'honneur de demander l'inscription d'une question.",
                 "(Signé) Marie Dupont", "Représentante permanente",
                 "Annexe I", "Projet de résolution"):
        word.add_paragraph(text)
    organ = word.add_paragraph()
    organ.add_run("L'Assemblée générale").italic = True
    organ.add_run(",")
    recalling = word.add_paragraph()
    recalling.add_run("Rappelant").italic = True
    recalling.add_run(" sa résolution,")
    word.add_paragraph("1. Décide d'inviter le Forum ;")
    word.add_paragraph("2.\tPrie le Secrétaire général d'agir.")
    path = tmp_path / "lettre.docx"
    word.save(str(path))
    result = import_docx(path)
    data = result.data
    assert data["language"] == "fr"
    assert data["requesting_states"] == ["France"]
    assert data["letter"]["date"] == "2026-03-02"
    assert data["letter"]["blocks"] == [
        {"type": "paragraph", "text": "J'ai l'honneur de demander l'inscription d'une question."}]
    [sender] = data["letter"]["senders"]
    assert sender["name"] == "Marie Dupont" and sender["gender"] == "feminine"
    [resolution] = data["annexes"]
    assert "organ_line" not in resolution  # the template's own, straight apostrophe or not
    assert resolution["preambular"] == [{"lead": "Rappelant", "text": "sa résolution,"}]
    # Typed numbers, verbs not in italics: the standard verbs (templates/kinds/fr.toml) are
    # split off, and the report says so.
    assert resolution["operative"] == [{"verb": "Décide", "text": "d'inviter le Forum ;"},
                                       {"verb": "Prie", "text": "le Secrétaire général d'agir."}]
    assert [doubt.params for doubt in result.doubts if doubt.code == "import.verb_split"] \
        == [{"verb": "Décide"}, {"verb": "Prie"}]


def test_the_letter_as_the_mission_sends_it_gives_back_its_letterhead_and_addressee(
        tmp_path: Path) -> None:
    """No UN heading: the letterhead, place and date, addressee are read into their fields;
    the salutation and closing (the template's own) leave the text, and the report says so;
    the States, which this layout does not name, are left to fill."""
    package = load_project(SAMPLES / "a-62-232.en.json")
    assert main(["build", str(SAMPLES / "a-62-232.en.json"), "--layout", "mission",
                 "--format", "docx", "--out", str(tmp_path)]) == 0
    result = import_docx(tmp_path / "a-62-232.en-mission.docx")
    data = result.data
    letter = data["letter"]
    assert letter["date"] == "2007-10-03" and letter["addressee"] == "secretary_general"
    assert [block["text"] for block in letter["blocks"]] == [
        block.text for block in package.letter.blocks]  # type: ignore[union-attr]
    assert data["mission"] == package.mission
    assert data["letterhead"] == {"place": "New York",
                                  "address_lines": list(package.letterhead.address_lines)}
    assert letter["senders"][0]["name"] == "Byrganym Aitimova"
    assert letter["senders"][0]["titles"] == ["Ambassador", "Permanent Representative"]
    report = result.report_lines()
    assert any("the closing “Please accept, Excellency" in line for line in report)
    assert result.draft and "to fill: requesting_states[0]" in report
