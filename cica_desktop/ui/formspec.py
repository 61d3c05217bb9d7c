"""Which editor edits which model field: a declarative description of every form.

tests/test_forms_cover_the_model.py checks that every field of every model appears here, so
nothing is reachable only through the JSON file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..model import (
    CoverLetter,
    DraftResolution,
    Enclosure,
    EnclosureAnnex,
    HeadingBlock,
    LetterAnnex,
    ListBlock,
    ListItem,
    Memorandum,
    OperativeParagraph,
    Package,
    ParagraphBlock,
    PlaceDateBlock,
    PreambularParagraph,
    Signatory,
    SubParagraph,
    TableBlock,
)

# Editor kinds
LINE, TEXT, DATE, CHOICE, INT, BOOL = "line", "text", "date", "choice", "int", "bool"
LINES, TEXTS, ITEMS, BLOCKS, TABLE = "lines", "texts", "items", "blocks", "table"
OPTIONAL_ITEM, NODE = "optional_item", "node"

Choices = tuple[tuple[Any, str], ...]

LANGUAGES: Choices = (("en", "English"), ("fr", "French"), ("es", "Spanish"),
                      ("ru", "Russian"), ("zh", "Chinese"), ("ar", "Arabic"))
OPTIONAL_LANGUAGE: Choices = ((None, "Same as the document"), *LANGUAGES)


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # English source text; translated in the "forms" context
    kind: str
    choices: Choices = ()
    #: The model of list items / the optional sub-object.
    item: type[BaseModel] | None = None
    #: A new item's raw data.
    new: Callable[[], Any] | None = None
    #: None stands for "not given" (an empty line, an unset date or number).
    optional: bool = False
    minimum: int = 0
    maximum: int = 999
    help: str = ""


@dataclass(frozen=True)
class Form:
    model: type[BaseModel]
    fields: tuple[Field, ...]
    #: Fields shown elsewhere (navigator nodes) or fixed (tags, the format version).
    elsewhere: tuple[str, ...] = field(default=())


def _signatory() -> dict[str, Any]:
    return {"name": "", "titles": [], "state": "", "signed": True}


def _list_block(style: str = "numbered") -> dict[str, Any]:
    return {"type": "list", "style": style, "start": 1, "items": [{"text": ""}]}


#: The content blocks of an enclosure, with what "Add" creates for each.
BLOCK_KINDS: tuple[tuple[str, str, Callable[[], dict[str, Any]]], ...] = (
    ("heading", "Heading", lambda: {"type": "heading", "level": 1, "text": ""}),
    ("paragraph", "Paragraph", lambda: {"type": "paragraph", "text": ""}),
    ("list", "List", _list_block),
    ("place_date", "Place and date", lambda: {"type": "place_date", "place": "",
                                              "date": _today()}),
    ("table", "Table", lambda: {"type": "table", "header": ["", ""], "rows": [["", ""]]}),
)


def _today() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


FORMS: dict[type[BaseModel], Form] = {}


def _form(model: type[BaseModel], *fields: Field, elsewhere: tuple[str, ...] = ()) -> Form:
    form = Form(model, fields, elsewhere)
    FORMS[model] = form
    return form


SETTINGS = _form(
    Package,
    Field("item_title", "Item title", LINE, help="As it will appear on the agenda"),
    Field("rule", "Rule of procedure", CHOICE, choices=(
        (13, "Rule 13: item in the provisional agenda"),
        (14, "Rule 14: supplementary item"),
        (15, "Rule 15: additional item (important and urgent)"))),
    Field("session", "Session", INT, minimum=1, maximum=200),
    Field("agenda_item", "Agenda item", INT, optional=True, minimum=0, maximum=999,
          help="Once the item is on the agenda"),
    Field("requesting_states", "Requesting State(s)", LINES, new=lambda: ""),
    Field("mission", "Mission", LINE),
    Field("language", "Document language", CHOICE, choices=LANGUAGES),
    Field("original_language", "Original language", CHOICE, choices=LANGUAGES),
    Field("symbol", "Document symbol", LINE, optional=True, help="e.g. A/62/232, once issued"),
    Field("distribution", "Distribution", CHOICE, choices=(("general", "General"),
                                                           ("limited", "Limited"))),
    Field("issue_date", "Issue date", DATE, optional=True),
    Field("job_number", "Job number", LINE, optional=True, help="e.g. 07-53140"),
    Field("running_title", "Short title for page headers", LINE, optional=True),
    Field("paper", "Paper size", CHOICE, choices=(("letter", "US Letter"), ("a4", "A4"))),
    elsewhere=("format_version", "letter", "annexes"),
)

_form(
    Signatory,
    Field("name", "Name", LINE),
    Field("titles", "Titles (in printed order)", LINES, new=lambda: ""),
    Field("state", "State represented", LINE),
    Field("signed", "Print the (Signed) mark", BOOL),
)

LETTER = _form(
    CoverLetter,
    Field("date", "Date of the letter", DATE),
    Field("sender_role", "Sent by", CHOICE, choices=(
        ("permanent_representative", "The Permanent Representative"),
        ("charge_d_affaires", "The Chargé d'affaires a.i."),
        ("representatives", "Several representatives"))),
    Field("addressee", "Addressed to", CHOICE, choices=(
        ("secretary_general", "The Secretary-General"),
        ("president_of_the_general_assembly", "The President of the General Assembly"))),
    Field("paragraphs", "Paragraphs", TEXTS, new=lambda: ""),
    Field("senders", "Signatories", ITEMS, item=Signatory, new=_signatory),
)

MEMORANDUM = _form(
    Memorandum,
    Field("title", "Title (if not “Explanatory memorandum”)", LINE, optional=True),
    Field("original_language", "Original language of this annex", CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("paragraphs", "Numbered paragraphs", TEXTS, new=lambda: ""),
    elsewhere=("kind",),
)

_form(SubParagraph,
      Field("text", "Text", TEXT),
      Field("subparagraphs", "Sub-paragraphs (i), (ii)…", ITEMS, item=SubParagraph,
            new=lambda: {"text": ""}))
_form(PreambularParagraph,
      Field("lead", "Lead words (italic)", LINE),
      Field("text", "Text", TEXT))
_form(OperativeParagraph,
      Field("verb", "Operative verb (italic)", LINE),
      Field("text", "Text", TEXT),
      Field("subparagraphs", "Sub-paragraphs (a), (b)…", ITEMS, item=SubParagraph,
            new=lambda: {"text": ""}))

RESOLUTION = _form(
    DraftResolution,
    Field("title", "Title (if not the item title)", LINE, optional=True),
    Field("preambular", "Preambular paragraphs", ITEMS, item=PreambularParagraph,
          new=lambda: {"lead": "", "text": ""}),
    Field("operative", "Operative paragraphs", ITEMS, item=OperativeParagraph,
          new=lambda: {"verb": "", "text": "", "subparagraphs": []}),
    Field("heading", "Annex heading (if not “Draft resolution”)", LINE, optional=True),
    Field("organ_line", "Organ line (if not “The General Assembly,”)", LINE, optional=True),
    Field("original_language", "Original language of this annex", CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("sponsors", "Sponsors (standalone draft)", LINES, new=lambda: ""),
    Field("committee", "Main Committee (standalone draft)", LINE, optional=True),
    Field("symbol", "Symbol of the standalone draft", LINE, optional=True),
    elsewhere=("kind",),
)

LETTER_ANNEX = _form(
    LetterAnnex,
    Field("heading", "Heading", LINE),
    Field("date", "Date", DATE, optional=True),
    Field("show_date_line", "Print the date above the heading", BOOL),
    Field("original_language", "Original language of this annex", CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("paragraphs", "Paragraphs", TEXTS, new=lambda: ""),
    Field("signatories", "Signatories", ITEMS, item=Signatory, new=_signatory),
    Field("enclosure", "Has an enclosure", NODE, item=Enclosure,
          new=lambda: {"title": "", "blocks": [{"type": "paragraph", "text": ""}]}),
    elsewhere=("kind",),
)

ENCLOSURE = _form(
    Enclosure,
    Field("title", "Title", LINE),
    Field("original_language", "Original language", CHOICE, choices=OPTIONAL_LANGUAGE),
    Field("blocks", "Content", BLOCKS),
    Field("annex", "Has its own annex", NODE, item=EnclosureAnnex,
          new=lambda: {"title": "", "blocks": [{"type": "table", "header": ["", ""],
                                                "rows": [["", ""]]}]}),
)

ENCLOSURE_ANNEX = _form(
    EnclosureAnnex,
    Field("title", "Title", LINE),
    Field("blocks", "Content", BLOCKS),
)

_form(HeadingBlock,
      Field("level", "Level", CHOICE, choices=((1, "1 (main heading)"), (2, "2"), (3, "3"))),
      Field("text", "Heading", LINE), elsewhere=("type",))
_form(ParagraphBlock, Field("text", "Paragraph", TEXT), elsewhere=("type",))
_form(ListBlock,
      Field("style", "Numbering", CHOICE, choices=(("numbered", "1. 2. 3."),
                                                   ("lettered", "(a) (b) (c)"),
                                                   ("roman", "(i) (ii) (iii)"),
                                                   ("bulleted", "- bullets"))),
      Field("start", "Start at", INT, minimum=1, maximum=999),
      Field("items", "Items", ITEMS, item=ListItem, new=lambda: {"text": ""}),
      elsewhere=("type",))
_form(ListItem,
      Field("text", "Text", TEXT),
      Field("children", "Has a sub-list", OPTIONAL_ITEM, item=ListBlock,
            new=lambda: _list_block("lettered")))
_form(PlaceDateBlock,
      Field("place", "Place", LINE),
      Field("date", "Date", DATE), elsewhere=("type",))
_form(TableBlock, Field("header", "Table", TABLE), elsewhere=("type", "rows"))

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
