"""The repository stands on its own, and the tests that need no Qt run without it.

1. No tracked file cites the notes the project was started from (they lived in a sibling
   folder that a clone does not have): the facts the code relies on are in docs/FORMAT.md
   and docs/LIBRARIES.md, with their public sources.
2. A test module that mentions no Qt is collected and run with pytest-qt switched off, and
   PySide6 is never imported: conftest.py and the core packages import Qt only where a test
   needs it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
THIS = Path(__file__).resolve().relative_to(ROOT).as_posix()

#: Names of the outside notes and of the folder they were in.
OUTSIDE = re.compile(r"UN-FORMAT|STACK\.md|DESIGN\.md|shared/reference|\.\./shared\b|un-pdfs")

#: Files that still cite them, each with why it is not fixed here. The second test fails
#: once a file is fixed, so that its entry is removed.
PENDING: dict[str, str] = {}


def tracked_files() -> list[str]:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    done = subprocess.run([git, "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                          check=True)
    return [name for name in done.stdout.decode("utf-8").split("\0") if name]


def citing_files() -> dict[str, list[str]]:
    """Each tracked text file that names an outside note: its offending lines."""
    found: dict[str, list[str]] = {}
    for name in tracked_files():
        path = ROOT / name
        if name == THIS or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary files (images, .qm)
        lines = [f"{number}: {line.strip()}" for number, line in enumerate(text.splitlines(), 1)
                 if OUTSIDE.search(line)]
        if lines:
            found[name] = lines
    return found


def test_no_tracked_file_cites_documents_outside_the_repository() -> None:
    offending = {name: lines for name, lines in citing_files().items() if name not in PENDING}
    assert offending == {}, (
        "cite docs/FORMAT.md or docs/LIBRARIES.md (or the public source) instead:\n"
        + "\n".join(f"{name}:{line}" for name, lines in offending.items() for line in lines))


def test_the_pending_list_holds_only_files_that_still_cite_outside_documents() -> None:
    fixed = sorted(set(PENDING) - set(citing_files()))
    assert fixed == [], f"no longer citing outside notes: remove {fixed} from PENDING"


# ---------------------------------------------------------------------------- no Qt

#: A test module mentioning any of these needs Qt (the window, the app layer, pytest-qt).
NEEDS_QT = re.compile(r"PySide6|qtbot|qapp|gui_helpers|cica_desktop\.(ui|app)\b"
                      r"|from cica_desktop import [^\n]*\b(ui|app)\b")

#: Runs pytest in a fresh interpreter without pytest-qt, then prints which PySide6 modules
#: were imported. pytest-qt's ini keys (qt_api, …) are unknown there: that warning is not
#: the point.
RUN_WITHOUT_QT = textwrap.dedent("""
    import json, sys
    import pytest
    code = pytest.main(["-p", "no:pytest-qt", "-p", "no:cacheprovider", "-q",
                        "-W", "ignore::pytest.PytestConfigWarning", *sys.argv[1:]])
    print(json.dumps({"code": int(code),
                      "qt": sorted(m for m in sys.modules if m.split(".")[0] == "PySide6")}))
""")


def qt_free_modules() -> list[str]:
    """The test modules that mention no Qt (this one names it only as text)."""
    return sorted(path.relative_to(ROOT).as_posix() for path in TESTS.glob("test_*.py")
                  if path.relative_to(ROOT).as_posix() == THIS
                  or not NEEDS_QT.search(path.read_text(encoding="utf-8")))


def run_without_qt(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", RUN_WITHOUT_QT, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False)
    *_, last = done.stdout.strip().splitlines() or [""]
    try:
        result: dict[str, object] = json.loads(last)
    except json.JSONDecodeError:
        pytest.fail(f"the inner pytest printed no result:\n{done.stdout}\n{done.stderr}")
    assert result["code"] == 0, f"{done.stdout}\n{done.stderr}"
    return result


def test_the_core_test_modules_are_a_real_part_of_the_suite() -> None:
    modules = qt_free_modules()
    assert THIS in modules
    assert "tests/test_compose.py" in modules and "tests/test_pdf_output.py" in modules
    assert "tests/test_gui_editing.py" not in modules


@pytest.mark.slow
def test_test_modules_that_need_no_qt_are_collected_without_importing_it() -> None:
    result = run_without_qt("--collect-only", *qt_free_modules())
    assert result["qt"] == []


@pytest.mark.slow
def test_the_shared_fixtures_run_without_importing_qt() -> None:
    # A quick core module, run for real: conftest's autouse fixtures are exercised.
    result = run_without_qt("tests/test_barcode.py")
    assert result["qt"] == []
