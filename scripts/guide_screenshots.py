"""The screenshots of the user guide (resources/guide/*.png), taken of the real window.

Needs an X server and ImageMagick's `import` and `convert`:
    Xvfb :96 -screen 0 1600x1000x24 &
    DISPLAY=:96 .venv/bin/python scripts/guide_screenshots.py resources/guide
    DISPLAY=:96 QT_SCALE_FACTOR=1.5 .venv/bin/python scripts/guide_screenshots.py \
        resources/guide --only scaled
Each picture is the whole screen (`import -window root`, so menus and dialogs are in it)
cropped to the window or dialog shown, then made small (70 %, 96 colours).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def capture(target: Path, area: QRect, scale: float) -> None:
    raw = target.with_suffix(".raw.png")
    subprocess.run(["import", "-window", "root", str(raw)], check=True)
    ratio = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    x, y, w, h = (int(v * ratio) for v in (area.x(), area.y(), area.width(), area.height()))
    subprocess.run(["convert", str(raw), "-crop", f"{w}x{h}+{x}+{y}", "+repage",
                    "-resize", f"{int(scale * 100)}%", "-colors", "96", str(target)],
                   check=True)
    raw.unlink()
    print(target, target.stat().st_size)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    os.environ.setdefault("CICA_DATA_DIR", tempfile.mkdtemp(prefix="cica-guide-"))
    from cica_desktop.app.project import Project
    from cica_desktop.samples import sample_path
    from cica_desktop.ui.dialogs import NewProjectDialog
    from cica_desktop.ui.help import AboutDialog
    from cica_desktop.ui.main_window import MainWindow
    from cica_desktop.ui.signing_dialog import SigningDialog

    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="cica-guide-project-"))
    project_file = work / "a-62-232.en.json"
    shutil.copy(sample_path("en"), project_file)
    window = MainWindow(Project.open(project_file))
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    kept: list[QWidget] = []

    def new_request() -> QWidget:
        dialog = NewProjectDialog(window)
        dialog.show()
        kept.append(dialog)
        return dialog

    def findings() -> QWidget:
        for widget in kept:
            widget.close()
        window.project.set_value(("item_title",), "Observer status for the Conference on "
                                 "Interaction and Confidence-Building Measures in  Asia")
        window.findings_panel.list.setCurrentRow(0)
        for row in range(window.findings_panel.list.count()):
            finding = window.findings_panel.finding_of(window.findings_panel.list.item(row))
            if finding is not None and finding.fix is not None:
                window.findings_panel.list.setCurrentRow(row)
        return window

    def export_menu() -> QWidget:
        window.project.undo_stack.undo()
        bar = window.menuBar()
        action = next(a for a in bar.actions() if "xport" in a.text())
        bar.setActiveAction(action)
        return window

    def signing() -> QWidget:
        window.menuBar().setActiveAction(None)  # type: ignore[arg-type]
        dialog = SigningDialog(window.settings, window)
        dialog.show()
        kept.append(dialog)
        return dialog

    def about() -> QWidget:
        for widget in kept:
            widget.close()
        dialog = AboutDialog(window)
        dialog.show()
        kept.append(dialog)
        return dialog

    def whole() -> QWidget:
        for widget in kept:
            widget.close()
        return window

    steps: list[tuple[str, Callable[[], QWidget], float]] = [
        ("window", whole, 0.6),
        ("new-request", new_request, 0.7),
        ("findings", findings, 0.6),
        ("export-menu", export_menu, 0.6),
        ("signing", signing, 0.7),
        ("about", about, 0.7),
    ]
    if args.only:
        steps = [(name, step, scale) for name, step, scale in steps if name == args.only]
    if args.only == "scaled":
        steps = [("window-150", whole, 0.5)]

    def run(index: int) -> None:
        if index >= len(steps):
            window.project.undo_stack.setClean()
            app.quit()
            return
        name, step, scale = steps[index]
        widget = step()

        def shoot() -> None:
            window.preview_renderer.wait(10_000)
            app.processEvents()
            capture(args.out / f"{name}.png", widget.frameGeometry(), scale)
            run(index + 1)

        QTimer.singleShot(1500, shoot)

    QTimer.singleShot(1500, lambda: run(0))
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
