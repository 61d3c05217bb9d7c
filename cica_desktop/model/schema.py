"""Write the JSON Schema of the project format: `python -m cica_desktop.model.schema [OUT]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .project import json_schema


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/project-format.schema.json")
    out.write_text(schema_text(), encoding="utf-8", newline="\n")  # LF on Windows too
    print(out)


if __name__ == "__main__":
    main()
