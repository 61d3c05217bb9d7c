"""One output pipeline (`cica_desktop/build.py`) for the command line and the window: the
same file names, the same words for characters no font can show, and one classification
of failures, with each exception type in it once."""

from __future__ import annotations

import ast
import errno
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cica_desktop import build as pipeline
from cica_desktop.app import jobs
from cica_desktop.app.settings import Settings
from cica_desktop.build import (
    EXIT_ENVIRONMENT,
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_WRITE,
    FORMATS,
    RENDERERS,
    Kind,
    MissingGlyphsError,
    classify,
    failure_kinds,
    missing_glyph_messages,
    output_name,
)
from cica_desktop.cli import main
from cica_desktop.compose import Layout, Part, compose
from cica_desktop.compose.compose import ComposeError
from cica_desktop.compose.language import TemplateProblem
from cica_desktop.images import ImageError
from cica_desktop.mission import SignatoryError, SignerProfile
from cica_desktop.model import ProjectError, load_project
from cica_desktop.pdfa import PdfAError
from cica_desktop.render import MissingFontError, pdf_bytes
from cica_desktop.render.stylespec import StyleSpecError
from cica_desktop.samples import sample_path
from cica_desktop.signing import SigningError

PACKAGE = Path(pipeline.__file__).parent


# ---------------------------------------------------------------------- failures
EXPECTED_KINDS = {
    ProjectError: (Kind.INVALID_PROJECT, EXIT_INVALID),
    ComposeError: (Kind.NO_SUCH_PART, EXIT_INVALID),
    ImageError: (Kind.REFUSED, EXIT_INVALID),
    SignatoryError: (Kind.REFUSED, EXIT_INVALID),
    SigningError: (Kind.REFUSED, EXIT_INVALID),
    PdfAError: (Kind.REFUSED, EXIT_INVALID),
    MissingGlyphsError: (Kind.WOULD_PRINT_BOXES, EXIT_ENVIRONMENT),
    MissingFontError: (Kind.MACHINE_LACKS, EXIT_ENVIRONMENT),
    TemplateProblem: (Kind.MACHINE_LACKS, EXIT_ENVIRONMENT),
    StyleSpecError: (Kind.MACHINE_LACKS, EXIT_ENVIRONMENT),
    OSError: (Kind.CANNOT_WRITE, EXIT_WRITE),
}


def test_each_exception_type_is_classified_once() -> None:
    table = failure_kinds()
    types = [kind_type for kind_type, _ in table]
    assert len(types) == len(set(types))
    assert {kind_type: (kind, kind.exit_code) for kind_type, kind in table} == EXPECTED_KINDS
    # No type derives from another, so no type could be claimed by two entries.
    assert not [(a, b) for a in types for b in types if a is not b and issubclass(a, b)]


def invalid_project(folder: Path) -> ProjectError:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data.update(session="62nd", rule=16)
    path = folder / "invalid.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectError) as raised:
        load_project(path)
    return raised.value


@pytest.mark.parametrize("exc_type", sorted(EXPECTED_KINDS, key=lambda t: t.__name__))
def test_classify_gives_the_tables_kind_and_exit_code(exc_type: type[Exception],
                                                      tmp_path: Path) -> None:
    exc = (invalid_project(tmp_path) if exc_type is ProjectError else
           MissingGlyphsError(["no font for this"]) if exc_type is MissingGlyphsError else
           ImageError("letterhead.emblem", "gone") if exc_type is ImageError else
           exc_type("what is wrong"))
    failure = classify(exc)
    assert (failure.kind, failure.exit_code) == EXPECTED_KINDS[exc_type]


def test_what_each_failure_says(tmp_path: Path) -> None:
    project = classify(invalid_project(tmp_path))
    assert [detail.split(":")[0] for detail in project.details] == ["session", "rule"]
    boxes = classify(MissingGlyphsError(["one", "two"]))
    assert (boxes.reason, boxes.details) == ("one; two", ("one", "two"))
    full = classify(OSError(errno.ENOSPC, "No space left on device", "/out/cica.pdf"))
    assert (full.reason, full.filename) == ("No space left on device", "/out/cica.pdf")
    refused = classify(ImageError("letterhead.emblem", "emblem.png does not exist"))
    assert refused.reason == "letterhead.emblem: emblem.png does not exist"
    fault = classify(KeyError("boom"))
    assert (fault.kind, fault.exit_code, fault.reason) == (Kind.FAULT, EXIT_INTERNAL,
                                                           "KeyError: 'boom'")


def _handlers(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            names.extend(ast.unparse(name) for name in caught)
    return names


def test_the_command_line_and_the_jobs_keep_no_list_of_their_own() -> None:
    """Building, exporting, signing: every failure goes through `build.classify`; only
    reading the inputs of `sign` (the password file, the PDF) and writing its result are
    caught on the spot."""
    assert set(_handlers(ast.parse((PACKAGE / "app" / "jobs.py").read_text()))) == {"Exception"}
    cli = ast.parse((PACKAGE / "cli.py").read_text())
    functions = {node.name: node for node in cli.body if isinstance(node, ast.FunctionDef)}
    assert _handlers(functions["run_build"]) == ["Exception"]
    assert sorted(_handlers(functions["run_sign"])) == ["Exception", "OSError", "OSError"]


# ---------------------------------------------------------------------- renderers, names
def test_every_format_has_one_renderer_and_the_command_line_offers_them(tmp_path: Path) -> None:
    assert FORMATS == tuple(RENDERERS) == ("pdf", "docx")
    package = load_project(sample_path("en"))
    for out in pipeline.render(package, Part.LETTER, ["docx", "pdf", "docx"]):
        assert out.data.startswith(b"%PDF" if out.fmt == "pdf" else b"PK")
    with pytest.raises(ValueError, match="unknown format 'odt'"):
        pipeline.render(package, Part.LETTER, ["pdf", "odt"])


def project_copy(folder: Path, paragraph: str | None = None) -> Path:
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    if paragraph is not None:
        data["letter"]["blocks"][0]["text"] = paragraph
    path = folder / "cica.en.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_window_suggests_the_names_the_command_line_writes(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gui_helpers import open_window
    from pki import make_identity

    p12, _ = make_identity(tmp_path)
    Settings().set_signer_profile(SignerProfile(certificate=str(p12)))
    window = open_window(qtbot, tmp_path, "en")
    suggested: list[str] = []

    def save_as(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(name).name)
        return "", ""  # cancelled: nothing is exported

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("secret", True))
    exports = {"export_letter_pdf": (Part.LETTER, "pdf", Layout.UN),
               "export_resolution_docx": (Part.RESOLUTION, "docx", Layout.UN),
               "export_package_pdf": (Part.PACKAGE, "pdf", Layout.UN),
               "export_package_docx": (Part.PACKAGE, "docx", Layout.UN),
               "export_mission_pdf": (Part.PACKAGE, "pdf", Layout.MISSION),
               "export_mission_docx": (Part.PACKAGE, "docx", Layout.MISSION)}
    for action, (part, fmt, layout) in exports.items():
        window.findChild(QAction, action).trigger()
        out = tmp_path / action
        assert main(["build", str(window.project.file_path), "--out", str(out), "--part",
                     part.value, "--format", fmt, "--layout", layout.value]) == 0
        [written] = [p.name for p in out.iterdir()]
        assert suggested[-1] == written == output_name("cica.en", part, fmt, layout) == \
            jobs.export_file_name("cica.en", part, fmt, layout is Layout.MISSION)
    window.findChild(QAction, "export_signed_letter").trigger()
    password = tmp_path / "password.txt"
    password.write_text("secret\n")
    project = window.project.file_path
    assert main(["sign", str(project), "--p12", str(p12), "--password-file", str(password),
                 "--no-pdfa"]) == 0
    assert suggested[-1] == jobs.signed_file_name("cica.en") == "cica.en-signed.pdf"
    assert (project.parent / suggested[-1]).is_file()


# ---------------------------------------------------------------------- missing glyphs
def test_characters_no_font_can_show_are_named_in_the_same_words_everywhere(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        dialogs: list[tuple[str, str]]) -> None:
    from gui_helpers import open_window
    from pki import make_identity

    text = "Alchemical air 🜁 and water 🜄, then air 🜁 again."
    project = project_copy(tmp_path, text)
    _, report = pdf_bytes(compose(load_project(project)))
    expected = missing_glyph_messages(report.missing_glyphs)
    assert len(expected) == 2 and "U+1F701" in expected[0]  # each character once

    # cica-desktop build: one line each, refused with exit 3; allowed, a warning each
    assert main(["build", str(project), "--out", str(tmp_path / "o")]) == EXIT_ENVIRONMENT
    assert [line.strip() for line in capsys.readouterr().err.splitlines()[1:3]] == expected
    assert main(["build", str(project), "--out", str(tmp_path / "o"),
                 "--allow-missing-glyphs"]) == 0
    assert capsys.readouterr().err.splitlines() == [f"warning: {m}" for m in expected]
    # cica-desktop sign: the same, on one line
    p12, _ = make_identity(tmp_path)
    password = tmp_path / "password.txt"
    password.write_text("secret\n")
    assert main(["sign", str(project), "--p12", str(p12), "--password-file",
                 str(password)]) == EXIT_ENVIRONMENT
    assert capsys.readouterr().err == ("cica-desktop: not signed; the PDF would print boxes: "
                                       f"{'; '.join(expected)}\n")

    # the window: the export is refused with the same words, the preview warns with them
    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("letter", "blocks", 0, "text"), text)
    package = window.project.package
    assert package is not None
    renderer = jobs.PreviewRenderer()
    with qtbot.waitSignal(renderer.rendered, timeout=20_000) as rendered:
        renderer.render_now(package)
    assert rendered.args[2] == expected
    target = tmp_path / "export.pdf"
    assert window.exports.export(Part.PACKAGE, "pdf", target) is not None
    qtbot.waitUntil(lambda: any(kind == "critical" for kind, _ in dialogs), timeout=20_000)
    [message] = [text for kind, text in dialogs if kind == "critical"]
    assert f"{target} was not written: {'; '.join(expected)}" in message
    assert not target.exists()
