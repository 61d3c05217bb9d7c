"""The window never renders itself (the preview renders in a process of its own), so its
start loads no renderer: reportlab, python-docx, our render/, build and mission, and the
signing and PDF/A libraries wait until the user exports, signs or compares. They cost a
cold start 0.2–0.4 s on a busy machine (issue 14, docs/PERFORMANCE-PREVIEW.md). Run in a
fresh interpreter, offscreen, as the application starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: What the window's process must not have imported once its first preview is shown
#: (top-level packages, or our modules and every module under them).
RENDERERS = ("reportlab", "docx", "cica_desktop.render", "cica_desktop.build",
             "cica_desktop.mission", "pikepdf", "pyhanko")

#: A window on the bundled sample, as `cica-desktop` opens with no file; the modules loaded
#: once its first preview was shown.
START = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from cica_desktop.ui.app import create_window

app = QApplication([sys.argv[0]])
window = create_window([])
window.preview.updated.connect(app.quit)
QTimer.singleShot(30_000, lambda: app.exit(1))
window.show()
shown = app.exec() == 0
pages = window.preview.document.pageCount()
window.close()
print(json.dumps({"shown": shown, "pages": pages, "modules": sorted(sys.modules)}))
"""


def is_loaded(module: str, modules: list[str]) -> bool:
    return any(name == module or name.startswith(module + ".") for name in modules)


def test_the_window_shows_its_first_preview_without_loading_a_renderer(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CICA_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True,
                          timeout=120, check=False, env=env)
    assert done.returncode == 0, done.stderr
    started = json.loads(done.stdout.splitlines()[-1])
    assert started["shown"] and started["pages"] > 0
    assert [module for module in RENDERERS if is_loaded(module, started["modules"])] == []


#: `cica-desktop` with no argument, as installed (`cica_desktop.__main__:main`), up to the
#: moment it hands over to the window (run_gui, replaced here by a report of the modules).
ENTRY = """
import json, sys
import cica_desktop.ui.app as window_module
from cica_desktop import __main__ as entry

def report(args):
    print(json.dumps({"args": args, "modules": sorted(sys.modules)}))
    return 0

window_module.run_gui = report
sys.exit(entry.main([]))
"""


def test_the_entry_point_goes_to_the_window_without_the_command_line(tmp_path: Path) -> None:
    """`cica-desktop` tells a command from a project to open by the commands' names alone
    (cica_desktop/commands.py): the window's start imports neither the command line nor,
    through it, the renderers."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CICA_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", ENTRY], capture_output=True, text=True,
                          timeout=120, check=False, env=env)
    assert done.returncode == 0, done.stderr
    started = json.loads(done.stdout.splitlines()[-1])
    assert started["args"] == []
    loaded = [m for m in (*RENDERERS, "cica_desktop.cli") if is_loaded(m, started["modules"])]
    assert loaded == []
