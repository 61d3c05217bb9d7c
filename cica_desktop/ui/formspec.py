"""Which editor edits which model field: a declarative description of every form.

tests/test_forms_cover_the_model.py checks that every field of every model appears here, so
nothing is reachable only through the JSON file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..app.fields import (
    CoverLetter,
    DraftResolution,
    Enclosure,
    EnclosureAnnex,
    HeadingBlock,
    LetterAnnex,
    Letterhead,
    ListBlock,
    ListItem,
    Memorandum,
    Model,
    OperativeParagraph,
    Package,
    ParagraphBlock,
    PlaceDateBlock,
    PreambularParagraph,
    Signatory,
    SubParagraph,
    TableBlock,
)


def QT_TR_NOOP(text: str) -> str:
    """Marks *text* for translation (extracted by pyside6-lupdate, translated when shown).

    Named as pyside6-lupdate expects; defined here rather than imported from QtCore.
    """
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The same, for text translated in a named context (a window's self.tr)."""
    del context
    return text


# Editor kinds
LINE, TEXT, DATE, CHOICE, INT, BOOL = "line", "text", "date", "choice", "int", "bool"
LINES, TEXTS, ITEMS, BLOCKS, TABLE = "lines", "texts", "items", "blocks", "table"
OPTIONAL_ITEM, NODE, GROUP, IMAGE_FILE = "optional_item", "node", "group", "image_file"

Choices = tuple[tuple[Any, str], ...]

LANGUAGES: Choices = (("en", QT_TR_NOOP("English")), ("fr", QT_TR_NOOP("French")), ("es", QT_TR_NOOP("Spanish")),
                      ("ru", QT_TR_NOOP("Russian")), ("zh", QT_TR_NOOP("Chinese")), ("ar", QT_TR_NOOP("Arabic")))
OPTIONAL_LANGUAGE: Choices = ((None, QT_TR_NOOP("Same as the document")), *LANGUAGES)


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # English source text; translated in the "forms" context
    kind: str
    choices: Choices = ()
    #: The model of list items / the optional sub-object.
    item: Model | None = None
    #: A new item's raw data.
    new: Callable[[], Any] | None = None
    #: None stands for "not given" (an empty line, an unset date or number).
    optional: bool = False
    minimum: int = 0
    maximum: int = 999
    help: str = ""


@dataclass(frozen=True)
class Form:
    model: Model
    fields: tuple[Field, ...]
    #: Fields shown elsewhere (navigator nodes) or fixed (tags, the format version).
    elsewhere: tuple[str, ...] = field(default=())


def _signatory() -> dict[str, Any]:
    return {"name": "", "titles": [], "state": "", "signed": True}


def _list_block(style: str = "numbered") -> dict[str, Any]:
    return {"type": "list", "style": style, "start": 1, "items": [{"text": ""}]}


#: The content blocks of an enclosure, with what "Add" creates for each.
BLOCK_KINDS: tuple[tuple[str, str, Callable[[], dict[str, Any]]], ...] = (
    ("heading", QT_TR_NOOP("Heading"), lambda: {"type": "heading", "level": 1, "text": ""}),
    ("paragraph", QT_TR_NOOP("Paragraph"), lambda: {"type": "paragraph", "text": ""}),
    ("list", QT_TR_NOOP("List"), _list_block),
    ("place_date", QT_TR_NOOP("Place and date"), lambda: {"type": "place_date", "place": "",
                                              "date": _today()}),
    ("table", QT_TR_NOOP("Table"), lambda: {"type": "table", "header": ["", ""], "rows": [["", ""]]}),
)


def _today() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


FORMS: dict[Model, Form] = {}


def _form(model: Model, *fields: Field, elsewhere: tuple[str, ...] = ()) -> Form:
    form = Form(model, fields, elsewhere)
    FORMS[model] = form
    return form


SETTINGS = _form(
    Package,
    Field("item_title", QT_TR_NOOP("Item title"), LINE, help=QT_TR_NOOP("As it will appear on the agenda")),
    Field("rule", QT_TR_NOOP("Rule of procedure"), CHOICE, choices=(
        (13, QT_TR_NOOP("Rule 13: item in the provisional agenda")),
        (14, QT_TR_NOOP("Rule 14: supplementary item")),
        (15, QT_TR_NOOP("Rule 15: additional item (important and urgent)")))),
    Field("session", QT_TR_NOOP("Session"), INT, minimum=1, maximum=200),
    Field("agenda_item", QT_TR_NOOP("Agenda item"), INT, optional=True, minimum=0, maximum=999,
          help=QT_TR_NOOP("Once the item is on the agenda")),
    Field("requesting_states", QT_TR_NOOP("Requesting State(s)"), LINES, new=lambda: ""),
    Field("mission", QT_TR_NOOP("Mission"), LINE),
    Field("letterhead", QT_TR_NOOP("Mission letterhead (the letter as the mission sends it)"),
          GROUP, item=Letterhead),
    Field("language", QT_TR_NOOP("Document language"), CHOICE, choices=LANGUAGES),
    Field("original_language", QT_TR_NOOP("Original language"), CHOICE, choices=LANGUAGES),
    Field("symbol", QT_TR_NOOP("Document symbol"), LINE, optional=True, help=QT_TR_NOOP("e.g. A/62/232, once issued")),
    Field("distribution", QT_TR_NOOP("Distribution"), CHOICE, choices=(("general", QT_TR_NOOP("General")),
                                                           ("limited", QT_TR_NOOP("Limited")))),
    Field("issue_date", QT_TR_NOOP("Issue date"), DATE, optional=True),
    Field("job_number", QT_TR_NOOP("Job number"), LINE, optional=True, help=QT_TR_NOOP("e.g. 07-53140")),
    Field("running_title", QT_TR_NOOP("Short title for page headers"), LINE, optional=True),
    Field("paper", QT_TR_NOOP("Paper size"), CHOICE, choices=(("letter", QT_TR_NOOP("US Letter")), ("a4", "A4"))),
    elsewhere=("format_version", "letter", "annexes"),
)

_form(
    Letterhead,
    Field("name", QT_TR_NOOP("Mission name (if not the mission above)"), LINE),
    Field("address_lines", QT_TR_NOOP("Address lines"), LINES, new=lambda: ""),
    Field("place", QT_TR_NOOP("Place of signature"), LINE, help=QT_TR_NOOP("e.g. New York")),
    Field("emblem", QT_TR_NOOP("Emblem image (PNG or JPEG)"), IMAGE_FILE,
          help=QT_TR_NOOP("A file path, relative to the project file; empty for none")),
)

_form(
    Signatory,
    Field("name", QT_TR_NOOP("Name"), LINE),
    Field("titles", QT_TR_NOOP("Titles (in printed order)"), LINES, new=lambda: ""),
    Field("state", QT_TR_NOOP("State represented"), LINE),
    Field("signed", QT_TR_NOOP("Print the (Signed) mark"), BOOL),
)

LETTER = _form(
    CoverLetter,
    Field("date", QT_TR_NOOP("Date of the letter"), DATE),
    Field("reference", QT_TR_NOOP("Reference number"), LINE,
          help=QT_TR_NOOP("The mission's “No. …”, printed on the letter as the mission sends it")),
    Field("sender_role", QT_TR_NOOP("Sent by"), CHOICE, choices=(
        ("permanent_representative", QT_TR_NOOP("The Permanent Representative")),
        ("charge_d_affaires", QT_TR_NOOP("The Chargé d'affaires a.i.")),
        ("representatives", QT_TR_NOOP("Several representatives")))),
    Field("addressee", QT_TR_NOOP("Addressed to"), CHOICE, choices=(
        ("secretary_general", QT_TR_NOOP("The Secretary-General")),
        ("president_of_the_general_assembly", QT_TR_NOOP("The President of the General Assembly")))),
    Field("paragraphs", QT_TR_NOOP("Paragraphs"), TEXTS, new=lambda: ""),
    Field("senders", QT_TR_NOOP("Signatories"), ITEMS, item=Signatory, new=_signatory),
)

MEMORANDUM = _form(
    Memorandum,
    Field("title", QT_TR_NOOP("Title (if not “Explanatory memorandum”)"), LINE, optional=True),
    Field("original_language", QT_TR_NOOP("Original language of this annex"), CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("paragraphs", QT_TR_NOOP("Numbered paragraphs"), TEXTS, new=lambda: ""),
    elsewhere=("kind",),
)

_form(SubParagraph,
      Field("text", QT_TR_NOOP("Text"), TEXT),
      Field("subparagraphs", QT_TR_NOOP("Sub-paragraphs (i), (ii)…"), ITEMS, item=SubParagraph,
            new=lambda: {"text": ""}))
_form(PreambularParagraph,
      Field("lead", QT_TR_NOOP("Lead words (italic)"), LINE),
      Field("text", QT_TR_NOOP("Text"), TEXT))
_form(OperativeParagraph,
      Field("verb", QT_TR_NOOP("Operative verb (italic)"), LINE),
      Field("text", QT_TR_NOOP("Text"), TEXT),
      Field("subparagraphs", QT_TR_NOOP("Sub-paragraphs (a), (b)…"), ITEMS, item=SubParagraph,
            new=lambda: {"text": ""}))

RESOLUTION = _form(
    DraftResolution,
    Field("title", QT_TR_NOOP("Title (if not the item title)"), LINE, optional=True),
    Field("preambular", QT_TR_NOOP("Preambular paragraphs"), ITEMS, item=PreambularParagraph,
          new=lambda: {"lead": "", "text": ""}),
    Field("operative", QT_TR_NOOP("Operative paragraphs"), ITEMS, item=OperativeParagraph,
          new=lambda: {"verb": "", "text": "", "subparagraphs": []}),
    Field("heading", QT_TR_NOOP("Annex heading (if not “Draft resolution”)"), LINE, optional=True),
    Field("organ_line", QT_TR_NOOP("Organ line (if not “The General Assembly,”)"), LINE, optional=True),
    Field("original_language", QT_TR_NOOP("Original language of this annex"), CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("sponsors", QT_TR_NOOP("Sponsors (standalone draft)"), LINES, new=lambda: ""),
    Field("committee", QT_TR_NOOP("Main Committee (standalone draft)"), LINE, optional=True),
    Field("symbol", QT_TR_NOOP("Symbol of the standalone draft"), LINE, optional=True),
    elsewhere=("kind",),
)

LETTER_ANNEX = _form(
    LetterAnnex,
    Field("heading", QT_TR_NOOP("Heading"), LINE),
    Field("date", QT_TR_NOOP("Date"), DATE, optional=True),
    Field("show_date_line", QT_TR_NOOP("Print the date above the heading"), BOOL),
    Field("original_language", QT_TR_NOOP("Original language of this annex"), CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("paragraphs", QT_TR_NOOP("Paragraphs"), TEXTS, new=lambda: ""),
    Field("signatories", QT_TR_NOOP("Signatories"), ITEMS, item=Signatory, new=_signatory),
    Field("enclosure", QT_TR_NOOP("Has an enclosure"), NODE, item=Enclosure,
          new=lambda: {"title": "", "blocks": [{"type": "paragraph", "text": ""}]}),
    elsewhere=("kind",),
)

ENCLOSURE = _form(
    Enclosure,
    Field("title", QT_TR_NOOP("Title"), LINE),
    Field("original_language", QT_TR_NOOP("Original language"), CHOICE, choices=OPTIONAL_LANGUAGE),
    Field("blocks", QT_TR_NOOP("Content"), BLOCKS),
    Field("annex", QT_TR_NOOP("Has its own annex"), NODE, item=EnclosureAnnex,
          new=lambda: {"title": "", "blocks": [{"type": "table", "header": ["", ""],
                                                "rows": [["", ""]]}]}),
)

ENCLOSURE_ANNEX = _form(
    EnclosureAnnex,
    Field("title", QT_TR_NOOP("Title"), LINE),
    Field("blocks", QT_TR_NOOP("Content"), BLOCKS),
)

_form(HeadingBlock,
      Field("level", QT_TR_NOOP("Level"), CHOICE, choices=((1, QT_TR_NOOP("1 (main heading)")), (2, QT_TR_NOOP("2")), (3, QT_TR_NOOP("3")))),
      Field("text", QT_TR_NOOP("Heading"), LINE), elsewhere=("type",))
_form(ParagraphBlock, Field("text", QT_TR_NOOP("Paragraph"), TEXT), elsewhere=("type",))
_form(ListBlock,
      Field("style", QT_TR_NOOP("Numbering"), CHOICE, choices=(("numbered", QT_TR_NOOP("1. 2. 3.")),
                                                   ("lettered", QT_TR_NOOP("(a) (b) (c)")),
                                                   ("roman", QT_TR_NOOP("(i) (ii) (iii)")),
                                                   ("bulleted", QT_TR_NOOP("- bullets")))),
      Field("start", QT_TR_NOOP("Start at"), INT, minimum=1, maximum=999),
      Field("items", QT_TR_NOOP("Items"), ITEMS, item=ListItem, new=lambda: {"text": ""}),
      elsewhere=("type",))
_form(ListItem,
      Field("text", QT_TR_NOOP("Text"), TEXT),
      Field("children", QT_TR_NOOP("Has a sub-list"), OPTIONAL_ITEM, item=ListBlock,
            new=lambda: _list_block("lettered")))
_form(PlaceDateBlock,
      Field("place", QT_TR_NOOP("Place"), LINE),
      Field("date", QT_TR_NOOP("Date"), DATE), elsewhere=("type",))
_form(TableBlock, Field("header", QT_TR_NOOP("Table"), TABLE), elsewhere=("type", "rows"))

#: The form of each annex kind.
ANNEX_FORMS: dict[str, Form] = {"memorandum": MEMORANDUM, "draft_resolution": RESOLUTION,
                                "letter": LETTER_ANNEX}
BLOCK_FORMS: dict[str, Form] = {"heading": FORMS[HeadingBlock],
                                "paragraph": FORMS[ParagraphBlock],
                                "list": FORMS[ListBlock], "place_date": FORMS[PlaceDateBlock],
                                "table": FORMS[TableBlock]}

NEW_ANNEX: dict[str, Callable[[], dict[str, Any]]] = {
    "memorandum": lambda: {"kind": "memorandum", "paragraphs": [""]},
    "draft_resolution": lambda: {"kind": "draft_resolution", "preambular": [],
                                 "operative": [{"verb": "", "text": ""}]},
    "letter": lambda: {"kind": "letter", "heading": "", "date": _today(),
                       "show_date_line": True, "paragraphs": [""], "signatories": []},
}
