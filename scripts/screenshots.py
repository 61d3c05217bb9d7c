"""Screenshots of the main window with the CICA sample, one per part of the package.

Run under a real X server (Xvfb), e.g.:
    Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 .venv/bin/python scripts/screenshots.py OUT
Writes OUT/<width>x<height>-<n>-<part>.png, and docs/screenshot.png when asked (--docs).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--docs", action="store_true", help="also write docs/screenshot.png")
    args = parser.parse_args()
    os.environ.setdefault("CICA_DATA_DIR", tempfile.mkdtemp(prefix="cica-shots-"))
    from cica_desktop.app.project import Project
    from cica_desktop.samples import sample_path
    from cica_desktop.ui.main_window import MainWindow
    from cica_desktop.ui.navigator import nodes_of

    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="cica-shots-project-"))
    project_file = work / "a-62-232.zh.json"
    shutil.copy(sample_path("zh"), project_file)
    window = MainWindow(Project.open(project_file))
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    nodes = [node for node, _ in nodes_of(window.project.data)]
    shots: list[Path] = []

    def wait_for_preview(then: object) -> None:
        window.preview_renderer.wait(10_000)
        QTimer.singleShot(400, then)  # let the rendering arrive and paint

    def shoot(index: int) -> None:
        if index >= len(nodes):
            app.quit()
            return
        node = nodes[index]
        window.navigator.select(node)
        app.processEvents()

        def grab() -> None:
            name = re.sub(r"[^a-z0-9]+", "-", ".".join(map(str, node)).lower()).strip("-")
            target = args.out / f"{args.size}-{index}-{name}.png"
            window.grab().save(str(target))
            shots.append(target)
            shoot(index + 1)

        QTimer.singleShot(500, grab)

    wait_for_preview(lambda: shoot(0))
    app.exec()
    if args.docs and shots:
        letter = next((s for s in shots if "letter" in s.name and "annexes" not in s.name),
                      shots[0])
        docs = Path(__file__).resolve().parent.parent / "docs" / "screenshot.png"
        shutil.copy(letter, docs)
        print(docs)
    for shot in shots:
        print(shot)
    window.project.undo_stack.setClean()
    return 0


if __name__ == "__main__":
    sys.exit(main())
