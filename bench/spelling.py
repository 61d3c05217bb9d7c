"""Benchmark: what spell checking costs (spylls is pure Python).

Run with `.venv/bin/python bench/spelling.py [--languages en,fr,es,ru,ar]`. Offscreen, with
CICA_DATA_DIR in a temporary folder. Prints, per language:

  load      loading the Hunspell dictionary (done once, in a thread of its own);
  cold      checking a 2,000-word memorandum with no verdict cached yet (the loading
            thread does this for the project's texts before the window highlights);
  warm      the same again, every verdict cached;
  key/1     one keystroke in a real TextEditor holding the 2,000 words as ONE paragraph (the
            worst case: Qt re-highlights the changed paragraph), median of 40, with and
            without the highlighter;
  key/p     the same with the memorandum as its 26 paragraphs, one per field as the form
            shows them;
  suggest   suggestions for a misspelt word (what the context menu waits for);
  stall     while the dictionary loads in its thread (with the window's 1 ms GIL switch
            interval), the longest gap of a 5 ms timer on the GUI thread, and its median.
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_DATA_DIR = tempfile.TemporaryDirectory(prefix="cica-bench-spelling-")
os.environ["CICA_DATA_DIR"] = _DATA_DIR.name

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cica_desktop.app.project import Project  # noqa: E402
from cica_desktop.app.spelling import State, spell_checking  # noqa: E402
from cica_desktop.samples import sample_path  # noqa: E402
from cica_desktop.spelling import hunspell as speller_module  # noqa: E402
from cica_desktop.spelling import prose_fields, speller  # noqa: E402
from cica_desktop.spelling.hunspell import (  # noqa: E402
    find_dictionary,
    load_dictionary,
    search_folders,
)
from cica_desktop.ui.editors import FormContext, TextEditor  # noqa: E402

WORDS = 2000
TYPOS = {"en": "goverment", "fr": "gouvernment", "es": "resolucion", "ru": "организацыя",
         "ar": "الجمعيه"}


def memorandum(language: str) -> list[str]:
    """Paragraphs of the sample's prose, repeated to WORDS words."""
    data = json.loads(sample_path(language).read_text(encoding="utf-8"))
    texts = [text for path, text in prose_fields(data) if path.endswith(".text")]
    paragraphs: list[str] = []
    count = 0
    while count < WORDS:
        for text in texts:
            paragraphs.append(text)
            count += len(text.split())
            if count >= WORDS:
                break
    return paragraphs


def keystroke_ms(app: QApplication, editor: TextEditor, runs: int = 40) -> float:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    times = []
    for index in range(runs):
        char = "a" if index % 2 == 0 else " "
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def editor_for(language: str, paragraphs: list[str], folder: Path) -> tuple[TextEditor, Project]:
    data = json.loads(sample_path(language).read_text(encoding="utf-8"))
    data["annexes"][0]["blocks"] = [{"type": "paragraph", "text": " ".join(paragraphs)}]
    path = folder / f"bench.{language}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    project = Project.open(path)
    return TextEditor(FormContext(project), ("annexes", 0, "blocks", 0, "text"), "text"), project


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--languages", default="en,fr,es,ru,ar")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    folder = Path(_DATA_DIR.name)
    sys.setswitchinterval(0.001)  # as the window does (ui/app.py)
    print(f"{'':4} {'load s':>7} {'cold ms':>8} {'warm ms':>8} {'key/1 ms':>14} "
          f"{'key/p ms':>9} {'suggest s':>9} {'stall max/median ms':>20}")
    for language in args.languages.split(","):
        stem = find_dictionary(language, search_folders(folder))
        if stem is None:
            print(f"{language:4} no dictionary")
            continue
        start = time.perf_counter()
        load_dictionary(stem)
        load = time.perf_counter() - start
        checker = speller(language, folder)
        paragraphs = memorandum(language)
        start = time.perf_counter()
        for text in paragraphs:
            list(checker.misspellings(text))
        cold = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        for text in paragraphs:
            list(checker.misspellings(text))
        warm = (time.perf_counter() - start) * 1000

        # a fresh load in the window's thread, the GUI thread ticking meanwhile
        speller_module._DICTIONARIES.pop(stem, None)
        speller_module._SPELLERS.pop((language, folder), None)
        checking = spell_checking()
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
        timer.start()
        checking.load(language, paragraphs)
        while checking.state(language) is State.LOADING:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)] or [0.0]
        one, _project = editor_for(language, paragraphs, folder)
        with_spelling = keystroke_ms(app, one)
        assert one.spelling is not None
        one.spelling.setDocument(None)
        without = keystroke_ms(app, one)
        per_paragraph = []
        for text in paragraphs:
            editor, _ = editor_for(language, [text], folder)
            per_paragraph.append(keystroke_ms(app, editor, runs=4))
        start = time.perf_counter()
        checker.suggest(TYPOS[language])
        suggest = time.perf_counter() - start
        print(f"{language:4} {load:7.2f} {cold:8.0f} {warm:8.1f} "
              f"{with_spelling:6.1f} (off {without:4.1f}) "
              f"{statistics.median(per_paragraph):9.2f} {suggest:9.2f} "
              f"{max(gaps):11.0f} / {statistics.median(gaps):4.1f}", flush=True)


if __name__ == "__main__":
    main()
