"""Entry point of `cica-desktop`.

`cica-desktop build …` is the headless CLI. `cica-desktop [PROJECT]` is meant to open the
desktop application; until the GUI exists it builds the project (by default the bundled
CICA sample) into ./out and says where the files are.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from . import cli
from .samples import sample_path

COMMANDS = {"build"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help")):
        return cli.main(args)
    project = Path(args[0]) if args else sample_path("zh")
    print("The desktop window is not built yet; building the package instead.", file=sys.stderr)
    return cli.run_build(project, Path("out"), cli.Part.PACKAGE, cli.FORMATS, None,
                         sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
