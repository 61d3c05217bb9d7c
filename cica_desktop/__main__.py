"""Entry point of `cica-desktop`.

`cica-desktop build …` is the headless CLI; `cica-desktop [PROJECT]` opens the desktop
application on PROJECT (by default the bundled CICA sample, A/62/232 in Chinese). A first
word that is neither a command nor an existing file is an error (exit 2), not a window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from .collection_pause import imports_uncollected


def _exists(name: str) -> bool:
    try:
        return bool(name) and Path(name).exists()
    except (OSError, ValueError):  # a name no file can have
        return False


def _import_command_line() -> None:
    """Import the command line (and with it the model, compose and the renderers) the
    first time without garbage collections, then freeze what it made
    (collection_pause.imports_uncollected): collections walking what had just been
    imported were a quarter of a cold build's imports."""
    if f"{__package__}.cli" not in sys.modules:
        with imports_uncollected():
            from . import cli  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    _import_command_line()
    from . import cli

    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in cli.COMMANDS or args[0] in cli.COMMAND_MODULES
                 or args[0] in ("-h", "--help")):
        return cli.main(args)
    # Options (Qt's own, such as -platform or -style) still go to the window.
    if args and not args[0].startswith("-") and not _exists(args[0]):
        return cli.not_a_command(args[0], sys.stderr)
    from .ui.app import run_gui  # Qt is imported only for the window

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
