"""Entry point of `cica-desktop`.

`cica-desktop build …` is the headless CLI; `cica-desktop [PROJECT]` opens the desktop
application on PROJECT (by default the bundled CICA sample, A/62/232 in Chinese).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import cli

COMMANDS = {"build", "check", "sign", "verify"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help")):
        return cli.main(args)
    from .ui.app import run_gui  # Qt is imported only for the window

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
