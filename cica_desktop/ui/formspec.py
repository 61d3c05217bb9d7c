"""Which editor edits which model field: a declarative description of every form.

tests/test_forms_cover_the_model.py checks that every field of every model appears here, so
nothing is reachable only through the JSON file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
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
from .i18n import QT_TR_NOOP


class Kind(StrEnum):
    """Which editor edits a field (ui/forms.py builds one for each kind)."""

    LINE = "line"  # one line of text
    TEXT = "text"  # a paragraph
    DATE = "date"
    CHOICE = "choice"  # one of the field's choices
    INT = "int"
    BOOL = "bool"  # a check box
    LINES = "lines"  # a list of lines
    TEXTS = "texts"  # a list of paragraphs
    ITEMS = "items"  # a list of sub-forms (the field's item model)
    BLOCKS = "blocks"  # enclosure content: headings, paragraphs, lists, tables…
    TABLE = "table"
    OPTIONAL_ITEM = "optional_item"  # a sub-form that may be absent (a check box adds it)
    NODE = "node"  # an optional part with its own node in the navigator (an enclosure)
    GROUP = "group"  # a sub-form always there, in a titled box (the letterhead)
    IMAGE_FILE = "image_file"  # a PNG or JPEG file, typed or chosen

Choices = tuple[tuple[Any, str], ...]

LANGUAGES: Choices = (("en", QT_TR_NOOP("English")), ("fr", QT_TR_NOOP("French")), ("es", QT_TR_NOOP("Spanish")),
                      ("ru", QT_TR_NOOP("Russian")), ("zh", QT_TR_NOOP("Chinese")), ("ar", QT_TR_NOOP("Arabic")))
OPTIONAL_LANGUAGE: Choices = ((None, QT_TR_NOOP("Same as the document")), *LANGUAGES)


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # English source text; translated in the "forms" context
    kind: Kind
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
    #: What one item of a list is called, in the singular ("Signatory" of "Signatories"),
    #: for naming it in findings ("Signatory 2 › Name"); the field's label when empty.
    item_label: str = ""


@dataclass(frozen=True)
class Form:
    model: Model
    fields: tuple[Field, ...]
    #: Fields shown elsewhere (navigator nodes) or fixed (tags, the format version).
    elsewhere: tuple[str, ...] = field(default=())
    #: A signatory: the form offers "Use my profile for this signatory", which fills in the
    #: name and titles of the signer profile (Settings ▸ Signing…) when the user asks.
    from_profile: bool = False


def _signatory() -> dict[str, Any]:
    return {"name": "", "titles": [], "state": "", "signed": True, "gender": "masculine",
            "signature_image": ""}


def _paragraph(numbered: bool = False) -> dict[str, Any]:
    return {"type": "paragraph", "text": "", "numbered": numbered}


def _list_block(style: str = "numbered") -> dict[str, Any]:
    return {"type": "list", "style": style, "start": 1, "items": [{"text": ""}]}


#: The content blocks of a letter, the memorandum or an enclosure, with what "Add" creates
#: for each.
BLOCK_KINDS: tuple[tuple[str, str, Callable[[], dict[str, Any]]], ...] = (
    ("heading", QT_TR_NOOP("Heading"), lambda: {"type": "heading", "level": 1, "text": ""}),
    ("paragraph", QT_TR_NOOP("Paragraph"), _paragraph),
    ("numbered_paragraph", QT_TR_NOOP("Numbered paragraph"), lambda: _paragraph(numbered=True)),
    ("list", QT_TR_NOOP("List"), _list_block),
    ("place_date", QT_TR_NOOP("Place and date"), lambda: {"type": "place_date", "place": "",
                                              "date": _today()}),
    ("table", QT_TR_NOOP("Table"), lambda: {"type": "table", "header": ["", ""], "rows": [["", ""]]}),
)


def block_title(block: Any) -> str:
    """The English source text naming a content block by its kind ("Numbered paragraph")."""
    kind = block.get("type", "") if isinstance(block, dict) else ""
    if kind == "paragraph" and block.get("numbered"):
        kind = "numbered_paragraph"
    return next((title for key, title, _ in BLOCK_KINDS if key == kind), kind or "Content")


def _today() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


FORMS: dict[Model, Form] = {}


def _form(model: Model, *fields: Field, elsewhere: tuple[str, ...] = (),
          from_profile: bool = False) -> Form:
    form = Form(model, fields, elsewhere, from_profile)
    FORMS[model] = form
    return form


SETTINGS = _form(
    Package,
    Field("item_title", QT_TR_NOOP("Item title"), Kind.LINE, help=QT_TR_NOOP("As it will appear on the agenda")),
    Field("kind", QT_TR_NOOP("Kind of request"), Kind.CHOICE, choices=(
        (None, QT_TR_NOOP("Not said")),
        ("observer_status", QT_TR_NOOP("Observer status for an organization")),
        ("cooperation", QT_TR_NOOP("Cooperation with an organization")),
        ("international_day", QT_TR_NOOP("An international day, year or decade")),
        ("substantive_item", QT_TR_NOOP("A new substantive item")),
        ("sub_item", QT_TR_NOOP("A sub-item under an existing item")))),
    Field("parent_item", QT_TR_NOOP("Existing item (for a sub-item)"), Kind.LINE,
          help=QT_TR_NOOP("The title of the item the sub-item is requested under")),
    Field("rule", QT_TR_NOOP("Rule of procedure"), Kind.CHOICE, choices=(
        (13, QT_TR_NOOP("Rule 13: item in the provisional agenda")),
        (14, QT_TR_NOOP("Rule 14: supplementary item")),
        (15, QT_TR_NOOP("Rule 15: additional item (important and urgent)")))),
    Field("session", QT_TR_NOOP("Session"), Kind.INT, minimum=1, maximum=200),
    Field("agenda_item", QT_TR_NOOP("Agenda item"), Kind.INT, optional=True, minimum=0, maximum=999,
          help=QT_TR_NOOP("Once the item is on the agenda")),
    Field("show_request_heading", QT_TR_NOOP("Print the request’s heading under the session line"),
          Kind.BOOL),
    Field("show_item_title", QT_TR_NOOP("Print the item title under the request’s heading"),
          Kind.BOOL),
    Field("requesting_states", QT_TR_NOOP("Requesting State(s)"), Kind.LINES, new=lambda: "",
          item_label=QT_TR_NOOP("Requesting State")),
    Field("mission", QT_TR_NOOP("Mission"), Kind.LINE),
    Field("letterhead", QT_TR_NOOP("Mission letterhead (the letter as the mission sends it)"),
          Kind.GROUP, item=Letterhead),
    Field("language", QT_TR_NOOP("Document language"), Kind.CHOICE, choices=LANGUAGES),
    Field("original_language", QT_TR_NOOP("Original language"), Kind.CHOICE, choices=LANGUAGES),
    Field("symbol", QT_TR_NOOP("Document symbol"), Kind.LINE, optional=True, help=QT_TR_NOOP("e.g. A/62/232, once issued")),
    Field("distribution", QT_TR_NOOP("Distribution"), Kind.CHOICE, choices=(("general", QT_TR_NOOP("General")),
                                                           ("limited", QT_TR_NOOP("Limited")))),
    Field("issue_date", QT_TR_NOOP("Issue date"), Kind.DATE, optional=True),
    Field("job_number", QT_TR_NOOP("Job number"), Kind.LINE, optional=True, help=QT_TR_NOOP("e.g. 07-53140")),
    Field("running_title", QT_TR_NOOP("Short title for page headers"), Kind.LINE, optional=True),
    Field("qr_code", QT_TR_NOOP("Print the UN documents QR code on page 1"), Kind.BOOL),
    Field("paper", QT_TR_NOOP("Paper size"), Kind.CHOICE, choices=(("letter", QT_TR_NOOP("US Letter")), ("a4", "A4"))),
    elsewhere=("format_version", "letter", "annexes"),
)

_form(
    Letterhead,
    Field("name", QT_TR_NOOP("Mission name (if not the mission above)"), Kind.LINE),
    Field("address_lines", QT_TR_NOOP("Address lines"), Kind.LINES, new=lambda: "",
          item_label=QT_TR_NOOP("Address line")),
    Field("place", QT_TR_NOOP("Place of signature"), Kind.LINE, help=QT_TR_NOOP("e.g. New York")),
    Field("emblem", QT_TR_NOOP("Emblem image (PNG or JPEG)"), Kind.IMAGE_FILE,
          help=QT_TR_NOOP("A file path, relative to the project file; empty for none")),
)

_form(
    Signatory,
    Field("name", QT_TR_NOOP("Name"), Kind.LINE),
    Field("titles", QT_TR_NOOP("Titles (in printed order)"), Kind.LINES, new=lambda: "",
          item_label=QT_TR_NOOP("Title line")),
    Field("state", QT_TR_NOOP("State represented"), Kind.LINE),
    Field("gender", QT_TR_NOOP("Form of the titles"), Kind.CHOICE, choices=(
        ("masculine", QT_TR_NOOP("Masculine")), ("feminine", QT_TR_NOOP("Feminine")))),
    Field("signed", QT_TR_NOOP("Print the (Signed) mark"), Kind.BOOL),
    Field("signature_image", QT_TR_NOOP("Scanned signature (PNG or JPEG)"), Kind.IMAGE_FILE,
          help=QT_TR_NOOP("Printed over the name on the letter as the mission sends it")),
    from_profile=True,
)

LETTER = _form(
    CoverLetter,
    Field("date", QT_TR_NOOP("Date of the letter"), Kind.DATE),
    Field("reference", QT_TR_NOOP("Reference number"), Kind.LINE,
          help=QT_TR_NOOP("The mission's “No. …”, printed on the letter as the mission sends it")),
    Field("sender_role", QT_TR_NOOP("Sent by"), Kind.CHOICE, choices=(
        ("permanent_representative", QT_TR_NOOP("The Permanent Representative")),
        ("charge_d_affaires", QT_TR_NOOP("The Chargé d'affaires a.i.")),
        ("representatives", QT_TR_NOOP("Several representatives")))),
    Field("addressee", QT_TR_NOOP("Addressed to"), Kind.CHOICE, choices=(
        ("secretary_general", QT_TR_NOOP("The Secretary-General")),
        ("president_of_the_general_assembly", QT_TR_NOOP("The President of the General Assembly")))),
    Field("blocks", QT_TR_NOOP("Content"), Kind.BLOCKS),
    Field("senders", QT_TR_NOOP("Signatories"), Kind.ITEMS, item=Signatory, new=_signatory,
          item_label=QT_TR_NOOP("Signatory")),
)

MEMORANDUM = _form(
    Memorandum,
    Field("title", QT_TR_NOOP("Title (if not “Explanatory memorandum”)"), Kind.LINE, optional=True),
    Field("show_title", QT_TR_NOOP("Print the title under the annex number"), Kind.BOOL),
    Field("original_language", QT_TR_NOOP("Original language of this annex"), Kind.CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("blocks", QT_TR_NOOP("Content"), Kind.BLOCKS),
    elsewhere=("kind",),
)

_form(SubParagraph,
      Field("text", QT_TR_NOOP("Text"), Kind.TEXT),
      Field("subparagraphs", QT_TR_NOOP("Sub-paragraphs (i), (ii)…"), Kind.ITEMS, item=SubParagraph,
            new=lambda: {"text": ""}, item_label=QT_TR_NOOP("Sub-paragraph")))
_form(PreambularParagraph,
      Field("lead", QT_TR_NOOP("Lead words (italic)"), Kind.LINE),
      Field("text", QT_TR_NOOP("Text"), Kind.TEXT))
_form(OperativeParagraph,
      Field("verb", QT_TR_NOOP("Operative verb (italic)"), Kind.LINE),
      Field("text", QT_TR_NOOP("Text"), Kind.TEXT),
      Field("subparagraphs", QT_TR_NOOP("Sub-paragraphs (a), (b)…"), Kind.ITEMS, item=SubParagraph,
            new=lambda: {"text": ""}, item_label=QT_TR_NOOP("Sub-paragraph")))

RESOLUTION = _form(
    DraftResolution,
    Field("title", QT_TR_NOOP("Title (if not the item title)"), Kind.LINE, optional=True),
    Field("preambular", QT_TR_NOOP("Preambular paragraphs"), Kind.ITEMS, item=PreambularParagraph,
          new=lambda: {"lead": "", "text": ""}, item_label=QT_TR_NOOP("Preambular paragraph")),
    Field("operative", QT_TR_NOOP("Operative paragraphs"), Kind.ITEMS, item=OperativeParagraph,
          new=lambda: {"verb": "", "text": "", "subparagraphs": []},
          item_label=QT_TR_NOOP("Operative paragraph")),
    Field("heading", QT_TR_NOOP("Annex heading (if not “Draft resolution”)"), Kind.LINE, optional=True),
    Field("show_heading", QT_TR_NOOP("Print the annex heading under the annex number"), Kind.BOOL),
    Field("organ_line", QT_TR_NOOP("Organ line (if not “The General Assembly,”)"), Kind.LINE, optional=True),
    Field("original_language", QT_TR_NOOP("Original language of this annex"), Kind.CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("sponsors", QT_TR_NOOP("Sponsors (standalone draft)"), Kind.LINES, new=lambda: "",
          item_label=QT_TR_NOOP("Sponsor")),
    Field("committee", QT_TR_NOOP("Main Committee (standalone draft)"), Kind.LINE, optional=True),
    Field("symbol", QT_TR_NOOP("Symbol of the standalone draft"), Kind.LINE, optional=True),
    Field("issue_date", QT_TR_NOOP("Issue date of the standalone draft"), Kind.DATE, optional=True),
    Field("job_number", QT_TR_NOOP("Job number of the standalone draft"), Kind.LINE, optional=True,
          help=QT_TR_NOOP("e.g. 25-16079")),
    Field("agenda_item", QT_TR_NOOP("Agenda item of the standalone draft (if not the request’s)"),
          Kind.INT, optional=True, minimum=0, maximum=999),
    Field("agenda_item_title", QT_TR_NOOP("Agenda item’s own title (if not the item title)"),
          Kind.LINE, optional=True),
    elsewhere=("kind",),
)

LETTER_ANNEX = _form(
    LetterAnnex,
    Field("heading", QT_TR_NOOP("Heading"), Kind.LINE),
    Field("date", QT_TR_NOOP("Date"), Kind.DATE, optional=True),
    Field("show_date_line", QT_TR_NOOP("Print the date above the heading"), Kind.BOOL),
    Field("original_language", QT_TR_NOOP("Original language of this annex"), Kind.CHOICE,
          choices=OPTIONAL_LANGUAGE),
    Field("blocks", QT_TR_NOOP("Content"), Kind.BLOCKS),
    Field("signatories", QT_TR_NOOP("Signatories"), Kind.ITEMS, item=Signatory, new=_signatory,
          item_label=QT_TR_NOOP("Signatory")),
    Field("enclosure", QT_TR_NOOP("Has an enclosure"), Kind.NODE, item=Enclosure,
          new=lambda: {"title": "", "blocks": [{"type": "paragraph", "text": ""}]}),
    elsewhere=("kind",),
)

ENCLOSURE = _form(
    Enclosure,
    Field("title", QT_TR_NOOP("Title"), Kind.LINE),
    Field("original_language", QT_TR_NOOP("Original language"), Kind.CHOICE, choices=OPTIONAL_LANGUAGE),
    Field("blocks", QT_TR_NOOP("Content"), Kind.BLOCKS),
    Field("annex", QT_TR_NOOP("Has its own annex"), Kind.NODE, item=EnclosureAnnex,
          new=lambda: {"title": "", "blocks": [{"type": "table", "header": ["", ""],
                                                "rows": [["", ""]]}]}),
)

ENCLOSURE_ANNEX = _form(
    EnclosureAnnex,
    Field("title", QT_TR_NOOP("Title"), Kind.LINE),
    Field("blocks", QT_TR_NOOP("Content"), Kind.BLOCKS),
)

_form(HeadingBlock,
      Field("level", QT_TR_NOOP("Level"), Kind.CHOICE, choices=((1, QT_TR_NOOP("1 (main heading)")), (2, QT_TR_NOOP("2")), (3, QT_TR_NOOP("3")))),
      Field("text", QT_TR_NOOP("Heading"), Kind.LINE), elsewhere=("type",))
_form(ParagraphBlock, Field("text", QT_TR_NOOP("Paragraph"), Kind.TEXT),
      Field("numbered", QT_TR_NOOP("Numbered"), Kind.BOOL), elsewhere=("type",))
_form(ListBlock,
      Field("style", QT_TR_NOOP("Numbering"), Kind.CHOICE, choices=(("numbered", QT_TR_NOOP("1. 2. 3.")),
                                                   ("lettered", QT_TR_NOOP("(a) (b) (c)")),
                                                   ("roman", QT_TR_NOOP("(i) (ii) (iii)")),
                                                   ("bulleted", QT_TR_NOOP("- bullets")))),
      Field("start", QT_TR_NOOP("Start at"), Kind.INT, minimum=1, maximum=999),
      Field("items", QT_TR_NOOP("Items"), Kind.ITEMS, item=ListItem, new=lambda: {"text": ""},
            item_label=QT_TR_NOOP("Item")),
      elsewhere=("type",))
_form(ListItem,
      Field("text", QT_TR_NOOP("Text"), Kind.TEXT),
      Field("children", QT_TR_NOOP("Has a sub-list"), Kind.OPTIONAL_ITEM, item=ListBlock,
            new=lambda: _list_block("lettered")))
_form(PlaceDateBlock,
      Field("place", QT_TR_NOOP("Place"), Kind.LINE),
      Field("date", QT_TR_NOOP("Date"), Kind.DATE), elsewhere=("type",))
_form(TableBlock, Field("header", QT_TR_NOOP("Table"), Kind.TABLE), elsewhere=("type", "rows"))

#: The form of each annex kind.
ANNEX_FORMS: dict[str, Form] = {"memorandum": MEMORANDUM, "draft_resolution": RESOLUTION,
                                "letter": LETTER_ANNEX}
BLOCK_FORMS: dict[str, Form] = {"heading": FORMS[HeadingBlock],
                                "paragraph": FORMS[ParagraphBlock],
                                "list": FORMS[ListBlock], "place_date": FORMS[PlaceDateBlock],
                                "table": FORMS[TableBlock]}

NEW_ANNEX: dict[str, Callable[[], dict[str, Any]]] = {
    "memorandum": lambda: {"kind": "memorandum", "blocks": [_paragraph(numbered=True)]},
    "draft_resolution": lambda: {"kind": "draft_resolution", "preambular": [],
                                 "operative": [{"verb": "", "text": ""}]},
    "letter": lambda: {"kind": "letter", "heading": "", "date": _today(),
                       "show_date_line": True, "blocks": [_paragraph()], "signatories": []},
}
