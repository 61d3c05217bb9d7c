"""What the standalone application runs (PyInstaller's entry script for both executables,
`cica-desktop` with a console and `cica-desktop-gui` without one).

It is cica_desktop's own entry point, plus two things only a bundle needs:
- a windowed executable has no stderr (it is None): messages then go to a log file
  (`log_file()`: see docs/INSTALL.md) instead of nowhere;
- CICA_SMOKE_WINDOW=REPORT.json starts the window, waits for its preview and writes a
  report (packaging/window_check.py): the bundle's smoke test, and a check for IT.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def log_file() -> Path:
    """Where a windowed bundle writes what would have gone to stderr."""
    override = os.environ.get("CICA_DATA_DIR")
    if override:
        return Path(override) / "logs" / "cica-desktop.log"
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "cica-desktop" / "logs" / "cica-desktop.log"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "cica-desktop" / "cica-desktop.log"
    state = Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state")
    return state / "cica-desktop" / "cica-desktop.log"


def _streams_for_a_windowed_start() -> None:
    if sys.stderr is not None and sys.stdout is not None:
        return
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        log = open(path, "a", encoding="utf-8", errors="backslashreplace",  # noqa: SIM115
                   buffering=1)
    except OSError:
        log = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stderr = sys.stderr or log
    sys.stdout = sys.stdout or log


def main() -> int:
    _streams_for_a_windowed_start()
    report = os.environ.get("CICA_SMOKE_WINDOW")
    if report:
        from window_check import run

        return run(Path(report), sys.argv[1:])
    from cica_desktop.__main__ import main as cica_main

    return cica_main()


if __name__ == "__main__":
    # A frozen Windows program that starts processes needs this before anything else.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
