"""The import report's doubts as codes with values, and their English as the command line
prints it (documented output: docs/WORD-IMPORT.md). The window words each code itself, in
the interface language, from the same values (cica_desktop/ui/word_import.py); nothing
parses a message back, so rewording one keeps its code.
"""

from __future__ import annotations

#: code -> the command line's English template; {name} takes the doubt's value of that name.
MESSAGES: dict[str, str] = {
    "import.language_script": "language {language}: read from the script of the text",
    "import.language_headings":
        "language {language}: the headings are worded as the {language} template words them",
    "import.language_default":
        "language: nothing the six templates print was found; read as English",
    "import.no_letter_heading": "letter: no heading “Letter dated … from …” found; the text "
                                "before the first annex is read as the letter",
    "import.kept_in_letter": "kept in the letter: not a heading the UN prints before it",
    "import.states_in_order": "signatories: each given a State in the heading's order (the "
                              "signature blocks do not name their States): check them",
    "import.no_signature": "letter: no signature block found; the signatory is left to fill",
    "import.trailing_signature": "letter: the last {count} short line(s) read as the signature "
                                 "block (“{name}” as the name)",
    "import.annex_in_order": "“{text}” is annex {number} in order",
    "import.rule_from_text": "rule {rule}: read from the letter's text",
    "import.title_from_quotation": "item title: read from the quotation in the letter",
    "import.title_missing": "item title: not found; left to fill",
    "import.date_missing": "letter date: not found; today's date put in its place: check it",
    "import.session_from_date": "session: not found; the one rule {rule} is for on the "
                                "letter's date ({session})",
    "import.state_missing": "requesting State: not found in a letter heading; left to fill",
    "import.annex_organ_line": "annex {number} read as a draft resolution because it has the "
                               "organ line “{organ_line}”",
    "import.annex_signed": "annex {number} read as a letter because it is signed",
    "import.annex_default": "annex {number} read as a memorandum because no other kind fits "
                            "(no organ line, no signature)",
    "import.table_in_resolution":
        "a table in a draft resolution: kept as a paragraph of its cells",
    "import.read_as_operative": "read as operative because it starts with ‘{lead}’",
    "import.verb_split": "numbered as operative, its verb ‘{verb}’ (not in italics) taken "
                         "out of the text",
    "import.after_operative": "an unnumbered paragraph after the operative paragraphs: kept "
                              "as a new line of the one before",
    "import.no_lead": "a preambular paragraph without lead words",
    "import.title_kept": "draft resolution: “{text}” kept as a preambular paragraph",
    "import.mission_name": "letter: “{name}” read as the mission's name, the {count} line(s) "
                           "under it as its address (the letterhead)",
    "import.own_salutation":
        "letter: the salutation “{text}” is the template's own; compose writes it again",
    "import.own_closing":
        "letter: the closing “{text}” is the template's own; compose writes it again",
    "import.sub_list": "read as a sub-list of the item before it (a new list straight after "
                       "a list item)",
    "import.table_row": "table row {number} has {cells} cells, the header {width}: evened out",
    "import.heading_bold": "read as a heading because it is short and bold",
    "import.heading_italic": "read as a heading because it is short and italic",
    "import.footnote_kept": "footnote {number} kept in brackets at its mark (the project "
                            "has no footnotes): “{text}”",
    "import.endnote_kept": "endnote {number} kept in brackets at its mark (the project "
                           "has no endnotes): “{text}”",
}


def message(code: str, params: dict[str, str | int]) -> str:
    """The English of *code* with *params*, as the command line prints it."""
    return MESSAGES[code].format(**params)
