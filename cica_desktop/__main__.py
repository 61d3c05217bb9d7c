"""Entry point of `cica-desktop`.

`cica-desktop build …` is the headless CLI; `cica-desktop [PROJECT]` opens the desktop
application on PROJECT (by default the bundled CICA sample, A/62/232 in Chinese). A first
word that is neither a command nor an existing file is an error (exit 2), not a window.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from .collection_pause import imports_uncollected
from .commands import COMMAND_MODULES, COMMANDS


def _exists(name: str) -> bool:
    try:
        return bool(name) and Path(name).exists()
    except (OSError, ValueError):  # a name no file can have
        return False


def _import_once(module: str) -> None:
    """Import *module* (and everything it imports) the first time without garbage
    collections, then freeze what it made (collection_pause.imports_uncollected):
    collections walking what had just been imported were a quarter of a cold build's
    imports."""
    if module not in sys.modules:
        with imports_uncollected():
            importlib.import_module(module)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in COMMAND_MODULES
                 or args[0] in ("-h", "--help")):
        _import_once(f"{__package__}.cli")
        from . import cli

        return cli.main(args)
    # Options (Qt's own, such as -platform or -style) still go to the window.
    if args and not args[0].startswith("-") and not _exists(args[0]):
        from . import cli

        return cli.not_a_command(args[0], sys.stderr)
    # The window: Qt and the window's modules, never the command line or the renderers.
    _import_once(f"{__package__}.ui.app")
    from .ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
