"""The screenshots of Word import, Compare and Submission (issue 16) for the user guide
(resources/guide/) and docs/, taken of the real window, and the picture of what LibreOffice
shows of a compare output.

Needs an X server, ImageMagick's `import` and `convert`, LibreOffice's `soffice` and
poppler's `pdftotext` and `pdftoppm`:
    Xvfb :97 -screen 0 1366x768x24 &
    DISPLAY=:97 .venv/bin/python scripts/guide_shots_issue16.py resources/guide docs

Written into GUIDE: word-import.png (the window on a document typed plainly in a word
processor, with the import report), compare.png (File ▸ Compare with earlier version…
after a comparison), tracked-changes.png (that DOCX as LibreOffice prints it at 60 dpi: the
draft resolution with its revisions), submission.png (Export ▸ Submission…). Into DOCS:
submission.png (the message listing the folder's files, once written). The text is the
bundled English sample (A/62/232); the co-sponsor's edits and the typed document are made
here. The signing key is a test key (tests/pki.py), the addresses example.org ones.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent


def capture(target: Path, area: QRect, scale: float) -> None:
    """The screen (menus and dialogs included) cropped to *area*, made small."""
    raw = target.with_suffix(".raw.png")
    subprocess.run(["import", "-window", "root", str(raw)], check=True)
    subprocess.run(["convert", str(raw), "-crop",
                    f"{area.width()}x{area.height()}+{area.x()}+{area.y()}", "+repage",
                    "-resize", f"{int(scale * 100)}%", "-colors", "128", str(target)],
                   check=True)
    raw.unlink()
    print(target, target.stat().st_size)


def typed_plainly(path: Path) -> None:
    """A request typed in a word processor by someone else: Arial, no styles, numbers typed
    by hand, the last operative paragraph without its number."""
    import docx
    from docx.shared import Pt

    word = docx.Document()
    word.styles["Normal"].font.name = "Arial"
    word.styles["Normal"].font.size = Pt(11)

    def para(text: str, bold: bool = False, lead: str = "") -> None:
        paragraph = word.add_paragraph()
        if lead:
            paragraph.add_run(lead).italic = True
        paragraph.add_run(text).bold = bold or None

    para("Letter dated 2 March 2026 from the Permanent Representative of Mongolia to the "
         "United Nations addressed to the Secretary-General", bold=True)
    para("I have the honour to request, pursuant to rule 15 of the rules of procedure of the "
         "General Assembly, the inclusion in the agenda of the eightieth session of an "
         "additional item entitled “Cooperation between the United Nations and the Steppe "
         "Water Forum”.")
    para("In accordance with rule 20 of the rules of procedure, an explanatory memorandum and "
         "a draft resolution are attached.")
    para("I should be grateful if the present letter and its annexes could be circulated as "
         "a document of the General Assembly.")
    para("(Signed) Enkhtaivan Batbold")
    para("Permanent Representative")
    para("Annex I")
    para("Explanatory memorandum", bold=True)
    para("1.\tThe Steppe Water Forum was founded in Ulaanbaatar in 2011 by the States of "
         "the region that share the basins of the Selenga and the Kherlen.")
    para("2.\tIts members are:")
    para("(a)\tKazakhstan;")
    para("(b)\tMongolia.")
    para("3.\tThe Forum works with the United Nations Environment Programme on the "
         "monitoring of transboundary waters.")
    para("Annex II")
    para("Draft resolution", bold=True)
    para(",", lead="The General Assembly")
    para(" the contribution of the Steppe Water Forum to the sustainable use of water in "
         "Central Asia,", lead="Recognizing")
    para("1.\tWelcomes the cooperation between the United Nations and the Forum;")
    para("2.\tRequests the Secretary-General to submit to the General Assembly at its "
         "eighty-second session a report on the implementation of the present resolution;")
    para("Decides to include in the provisional agenda of its eighty-second session the "
         "item entitled “Cooperation between the United Nations and the Steppe Water "
         "Forum”.")
    word.save(str(path))


def co_sponsors_version(data: dict[str, Any]) -> dict[str, Any]:
    """The sample as a co-sponsor sends it back: a word replaced and a paragraph added in
    the preamble, words added in the operative paragraphs, a paragraph of the memorandum
    deleted (the next ones renumbered)."""
    new = copy.deepcopy(data)
    resolution = new["annexes"][1]
    noting = resolution["preambular"][0]
    noting["text"] = noting["text"].replace("to enhance its", "to strengthen its")
    resolution["preambular"].append({
        "lead": "Welcoming",
        "text": "the contribution of the Conference to peace, security and cooperation in "
                "Asia,"})
    first, second = resolution["operative"]
    first["text"] = first["text"].replace("the sessions and the work",
                                          "the sessions and in the work")
    second["text"] = second["text"].replace("the necessary action",
                                            "the necessary action, within existing resources,")
    del new["annexes"][0]["blocks"][4]
    return new


def libreoffice_picture(docx_file: Path, target: Path, work: Path) -> None:
    """The page of the draft resolution as LibreOffice prints the tracked changes, cropped
    to the resolution's paragraphs."""
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work),
                    str(docx_file)], check=True, capture_output=True, timeout=180)
    pdf = work / docx_file.with_suffix(".pdf").name
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    page = next(number for number, content in enumerate(text.split("\f"), start=1)
                if "Welcoming" in content)
    prefix = work / "changes-page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page),
                    str(pdf), str(prefix)], check=True)
    [png] = sorted(work.glob("changes-page*.png"))
    crop = os.environ.get("CICA_SHOT_CROP", "440x222+40+58")
    subprocess.run(["convert", str(png), "-crop", crop, "+repage", "-bordercolor", "#999999",
                    "-border", "1", str(target)], check=True)
    print(target, target.stat().st_size, "from page", page)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("guide", type=Path)
    parser.add_argument("docs", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("CICA_DATA_DIR", tempfile.mkdtemp(prefix="cica-guide-"))
    sys.path.insert(0, str(ROOT / "tests"))
    from pki import PASSWORD, make_identity

    from cica_desktop.app.exports import project_dir
    from cica_desktop.app.project import Project
    from cica_desktop.app.settings import Settings
    from cica_desktop.app.submission import Addresses, suggested_folder
    from cica_desktop.mission import SignerProfile
    from cica_desktop.samples import sample_path
    from cica_desktop.ui.compare_dialog import dialog_for
    from cica_desktop.ui.main_window import MainWindow
    from cica_desktop.ui.submission_dialog import SubmissionDialog, submissions
    from cica_desktop.ui.word_import import import_word_document

    # A folder named as a user's would be: the dialogs show the end of each path.
    work = Path(tempfile.mkdtemp(prefix="cica-guide-16-")) / "Mission" / "Requests"
    work.mkdir(parents=True)
    old = json.loads(sample_path("en").read_text(encoding="utf-8"))
    earlier = work / "a-62-232.en.json"
    earlier.write_text(json.dumps(old, ensure_ascii=False, indent=1), encoding="utf-8")
    newer = work / "a-62-232.en-rev1.json"
    newer.write_text(json.dumps(co_sponsors_version(old), ensure_ascii=False, indent=1),
                     encoding="utf-8")
    typed = work / "Steppe Water Forum - request.docx"
    typed_plainly(typed)
    p12, _ = make_identity(work)

    app = QApplication(sys.argv[:1])
    settings = Settings()
    settings.set_signer_profile(SignerProfile(name="Byrganym Aitimova", certificate=str(p12)))
    settings.set_last_export_dir(work)
    window = MainWindow(Project.open(earlier))
    window.show()
    for folder in (args.guide, args.docs):
        folder.mkdir(parents=True, exist_ok=True)
    kept: list[QWidget] = []
    changes = work / "a-62-232.en-rev1-changes.docx"

    def submission() -> QWidget:
        package = window.project.package
        assert package is not None
        dialog = SubmissionDialog(
            suggested_folder(settings, package, project_dir(window.project)),
            Addresses("mission@example.org", ("secretariat@example.org",)), p12, window)
        dialog.password.setText(PASSWORD)
        dialog.show()
        kept.append(dialog)
        return dialog

    def submission_done() -> QWidget:
        dialog = kept.pop()
        assert isinstance(dialog, SubmissionDialog)
        runner = submissions(window)
        runner.submit(dialog)
        dialog.close()
        runner.wait(120_000)
        for _ in range(5):
            app.processEvents()
        assert runner.done_box is not None, "the submission was not written"
        return runner.done_box

    def compare() -> QWidget:
        box = submissions(window).done_box
        if box is not None:
            box.close()
        window.set_project(Project.open(newer))
        dialog = dialog_for(window)
        dialog.earlier.setText(str(earlier))
        dialog.target.setText(str(changes))
        dialog.show()
        assert dialog.run() is not None, dialog.outcome.text()
        kept.append(dialog)
        return dialog

    def word_import() -> QWidget:
        for widget in kept:
            widget.close()
        report = import_word_document(window, typed)
        assert report is not None
        frame = window.frameGeometry()
        report.resize(620, 300)
        report.move(frame.right() - report.width() - 20, frame.bottom() - report.height() - 60)
        return window

    steps: list[tuple[str, Path, Callable[[], QWidget], float]] = [
        ("submission", args.guide, submission, 0.8),
        ("submission", args.docs, submission_done, 0.8),
        ("compare", args.guide, compare, 0.8),
        ("word-import", args.guide, word_import, 0.6),
    ]

    def run(index: int) -> None:
        if index >= len(steps):
            window.project.undo_stack.setClean()
            app.quit()
            return
        name, folder, step, scale = steps[index]
        widget = step()

        def shoot() -> None:
            window.preview_renderer.wait(10_000)
            app.processEvents()
            capture(folder / f"{name}.png", widget.frameGeometry(), scale)
            run(index + 1)

        QTimer.singleShot(1500, shoot)

    QTimer.singleShot(1500, lambda: run(0))
    app.exec()
    libreoffice_picture(changes, args.guide / "tracked-changes.png", work)
    print("work folder:", work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
