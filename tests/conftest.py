"""Shared fixtures: the bundled samples, built once per session into real files.

Nothing here imports Qt at module level: a test module that needs no Qt runs without it
(`python -m pytest -p no:pytestqt tests/test_compose.py` never imports PySide6;
tests/test_self_contained.py checks it). Fixtures that need Qt import it when they run.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

# The guard against PySide6's lost references to None and True (app/pyside_references.py),
# before any test calls Qt; it imports no Qt itself.
import cica_desktop.app  # noqa: F401
from cica_desktop.compose import Part, compose
from cica_desktop.model import Package, load_project
from cica_desktop.render import render_docx, render_pdf
from cica_desktop.samples import sample_path

SEED = Path(__file__).parent / "seed" / "a-62-232.zh.txt"


@pytest.fixture(scope="session")
def zh_package() -> Package:
    return load_project(sample_path("zh"))


@pytest.fixture(scope="session")
def en_package() -> Package:
    return load_project(sample_path("en"))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, zh_package: Package,
          en_package: Package) -> dict[str, Path]:
    """The whole package of both samples as PDF and DOCX, plus the parts of the en sample."""
    out = tmp_path_factory.mktemp("built")
    files: dict[str, Path] = {}
    for name, package in (("zh", zh_package), ("en", en_package)):
        document = compose(package, Part.PACKAGE)
        files[f"{name}.pdf"] = out / f"{name}.pdf"
        files[f"{name}.docx"] = out / f"{name}.docx"
        render_pdf(document, files[f"{name}.pdf"])
        render_docx(document, files[f"{name}.docx"])
    for part in (Part.LETTER, Part.RESOLUTION):
        document = compose(en_package, part)
        files[f"en-{part.value}.pdf"] = out / f"en-{part.value}.pdf"
        files[f"en-{part.value}.docx"] = out / f"en-{part.value}.docx"
        render_pdf(document, files[f"en-{part.value}.pdf"])
        render_docx(document, files[f"en-{part.value}.docx"])
    return files


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and recovery files of each test in a folder of its own."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("CICA_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def automatic_collection_after() -> Iterator[None]:
    """A window collects garbage in its own thread, automatic collection off, for the rest
    of its process (app/collection.py); each test ends by giving collection back, so the
    next test starts as the process did. Not before the test's workers are done: pytest-qt
    has closed the test's windows (their worker pools done, `MainWindow.closeEvent`), and a
    dictionary's thread checking a project's text is waited for; giving back collects the
    windows' garbage here, in the window's thread."""
    yield
    collection = sys.modules.get("cica_desktop.app.collection")
    if collection is None:
        return
    from cica_desktop.app.spelling import LOADER_THREAD_PREFIX

    for thread in threading.enumerate():
        if thread.name.startswith(LOADER_THREAD_PREFIX):
            thread.join(60)
    collection.stop_window_thread_collection()


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block a test: each is recorded, and answered "Discard"/"OK".

    A test that needs another answer sets ``answer`` on this list object, e.g.
    ``dialogs.answer = QMessageBox.StandardButton.Cancel``.

    Qt's widgets are patched only when this process has loaded them already (pytest-qt
    does at start-up), so a run without pytest-qt of tests that need no Qt stays without it.
    """
    shown = _Dialogs()
    if "PySide6.QtWidgets" not in sys.modules:
        return shown
    from PySide6.QtWidgets import QMessageBox

    shown.answer = QMessageBox.StandardButton.Discard

    def question(_parent: object, title: str, text: str, *args: object) -> object:
        shown.append(("question", f"{title}: {text}"))
        return shown.answer

    def inform(kind: str) -> object:
        def show(_parent: object, title: str, text: str, *args: object) -> object:
            shown.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Ok
        return show

    monkeypatch.setattr(QMessageBox, "question", question)
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, inform(kind))
    return shown


class _Dialogs(list):  # type: ignore[type-arg]
    """The message boxes shown, and the answer a question gets (a QMessageBox button)."""

    answer: object = None


@pytest.fixture
def own_font_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of the test's own; returns where font entries go."""
    monkeypatch.setenv("CICA_DESKTOP_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "fonts"
