"""The commands of `cica-desktop COMMAND …`: their names and one-line help, and which of
them live in a module of their own. A module of its own, with no imports, so that the entry
point (`__main__`) tells a command from a project file to open in the window without
importing the command line, which imports the renderers (about 0.3 s)."""

from __future__ import annotations

#: The commands, in the order --help lists them, with their help.
COMMANDS = {
    "new": "write a new request of one kind (or one from an earlier request)",
    "build": "write the package (or a part) as PDF and DOCX",
    "sign": "sign a PDF, or a project's letter as the mission sends it (PAdES)",
    "check": "list what a UN editor would point out: errors, warnings, notes",
    "verify": "check the signatures of a PDF and every change made after them",
    "import": "read a request package or draft resolution written in Word into a project",
    "submit": "write the package for the Secretariat: signed letter, Word files, e-mail, "
              "checklist",
    "compare": "write the new version with its differences from the old as tracked changes",
}

#: Commands that live in a module of their own: name -> module. Each module has
#: `add_arguments(parser: argparse.ArgumentParser) -> None` and
#: `run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int`. Only the module
#: of the command being run is imported (their packages are heavy): listing the commands
#: reads their help from COMMANDS.
COMMAND_MODULES: dict[str, str] = {
    "import": "cica_desktop.wordimport.command",
    "submit": "cica_desktop.submission.command",
    "compare": "cica_desktop.revise.command",
}
