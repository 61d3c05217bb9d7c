"""Start the window as a user would, wait until its preview shows the pages, write a
report and quit: the window's part of the smoke tests (`make bundle-test`,
tests/test_wheel.py), and a check an IT department can run on a machine it set up.

    python window_check.py REPORT.json [PROJECT]          # an installed cica_desktop
    CICA_SMOKE_WINDOW=REPORT.json cica-desktop-gui        # the standalone application

The report (JSON): "ok", "title", "pages" (of the preview), "platform" (Qt's), "seconds"
(from the start of the window's code to the first page shown), "icon" (whether the
application has a window icon), "preview_state" (the line above the preview: why it shows
nothing, if it does not) and "problem" when not ok; a screenshot of the window is
written beside it (REPORT.png). Exit code 0 when the preview showed at least one page
within the time allowed (CICA_SMOKE_TIMEOUT seconds, default 60), else 1.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

STARTED = time.monotonic()


def watch(report: Path, timeout: float) -> None:
    """Poll the application until its window shows a rendered preview (or time is up)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    timer = QTimer(app)
    timer.setInterval(100)

    def finish(ok: bool, window: QWidget | None, pages: int, problem: str = "") -> None:
        timer.stop()
        state = window.findChild(QLabel, "preview_state") if window is not None else None
        result = {"ok": ok, "title": window.windowTitle() if window else "", "pages": pages,
                  "preview_state": state.text() if state is not None else "",
                  "platform": app.platformName(), "seconds": round(time.monotonic() - STARTED, 2),
                  "icon": not app.windowIcon().isNull(), "problem": problem}
        report.parent.mkdir(parents=True, exist_ok=True)
        if window is not None:
            window.grab().save(str(report.with_suffix(".png")))
        report.write_text(json.dumps(result, indent=1), encoding="utf-8", newline="\n")
        if window is not None:
            window.close()
        app.exit(0 if ok else 1)

    def tick() -> None:
        window = next((w for w in app.topLevelWidgets()
                       if w.objectName() == "main_window" and w.isVisible()), None)
        document = window.findChild(QPdfDocument) if window is not None else None
        pages = document.pageCount() if document is not None else 0
        if window is not None and pages > 0:
            finish(True, window, pages)
        elif time.monotonic() - STARTED > timeout:
            finish(False, window, pages, "no window" if window is None
                   else "the preview showed no page")

    timer.timeout.connect(tick)
    timer.start()


def run(report: Path, argv: Sequence[str] = ()) -> int:
    """Start the window on *argv* (a project, or none for the sample) and watch it."""
    from PySide6.QtWidgets import QApplication

    from cica_desktop.__main__ import main

    QApplication([sys.argv[0], *argv])  # run_gui takes the running instance
    watch(report, float(os.environ.get("CICA_SMOKE_TIMEOUT", "60")))
    return main(list(argv))


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]), sys.argv[2:]))
