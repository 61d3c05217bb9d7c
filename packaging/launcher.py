"""What the standalone application runs (PyInstaller's entry script for both executables,
`cica-desktop` with a console and `cica-desktop-gui` without one).

It is cica_desktop's own entry point, plus what only a bundle needs:
- `sys.executable -m cica_desktop.…` (how the window starts its render process) runs that
  module: a frozen program has no interpreter to take -m, and without this it would start
  another window, which would start another render process, and so on;
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


def _open(fd: int) -> bool:
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False


def _streams_for_a_windowed_start() -> None:
    """Give a start without a console somewhere to write: the log file, as Python's
    sys.stderr/sys.stdout and as file descriptors 2 and 1 (which code writing to the
    descriptor uses, such as the render process sending its own output to stderr)."""
    missing = [fd for fd, stream in ((1, sys.stdout), (2, sys.stderr))
               if stream is None or not _open(fd)]
    if not missing:
        return
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        log = open(path, "a", encoding="utf-8", errors="backslashreplace",  # noqa: SIM115
                   buffering=1)
    except OSError:
        log = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for fd in missing:
        os.dup2(log.fileno(), fd)
    if 2 in missing:
        sys.stderr = log
    if 1 in missing:
        sys.stdout = log


def run_module(argv: list[str]) -> int:
    """`-m MODULE ARGS…` as Python runs it: one of our modules as __main__."""
    import runpy

    name = argv[1] if len(argv) > 1 else ""
    if not name.startswith("cica_desktop."):
        print(f"cica-desktop: -m {name}: only cica_desktop's own modules run here",
              file=sys.stderr)
        return 2
    sys.argv = [name, *argv[2:]]
    runpy.run_module(name, run_name="__main__", alter_sys=True)
    return 0


def main() -> int:
    _streams_for_a_windowed_start()
    if sys.argv[1:2] == ["-m"]:
        return run_module(sys.argv[1:])
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
