"""The agenda-item request package as typed, immutable data.

This is the single source of truth that the forms edit and that compose turns into a
document. It holds what the mission decides (names, dates, paragraphs), never formatting,
and never text that the language templates supply (headings, formulas, "(Signed)").
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..findings import invalid
from .text import Line, RequiredLine, RequiredText, Text

#: The version of the project file format this code writes and reads natively.
FORMAT_VERSION = 3


class Strict(BaseModel):
    """Base of every model type: immutable, unknown keys refused."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    def evolve(self, **changes: object) -> Self:
        """A validated copy with *changes* applied (model_copy(update=…) skips validation)."""
        return self.model_validate({**self.model_dump(), **changes})


class Language(StrEnum):
    EN = "en"
    FR = "fr"
    ES = "es"
    RU = "ru"
    ZH = "zh"
    AR = "ar"


class PaperSize(StrEnum):
    LETTER = "letter"
    A4 = "a4"


class Distribution(StrEnum):
    GENERAL = "general"
    LIMITED = "limited"


class SenderRole(StrEnum):
    """Who writes the cover letter; decides the wording of the letter's heading."""

    PERMANENT_REPRESENTATIVE = "permanent_representative"
    CHARGE_D_AFFAIRES = "charge_d_affaires"
    REPRESENTATIVES = "representatives"


class Gender(StrEnum):
    """The grammatical gender of a signatory's titles and of the letter's heading where the
    language marks it ("la Représentante permanente", "la Representante Permanente")."""

    MASCULINE = "masculine"
    FEMININE = "feminine"


class RequestKind(StrEnum):
    """What the request is for: decides the standard wording and the skeletons of a new
    project, and (for a sub-item) the request's heading."""

    OBSERVER_STATUS = "observer_status"
    COOPERATION = "cooperation"
    INTERNATIONAL_DAY = "international_day"
    SUBSTANTIVE_ITEM = "substantive_item"
    SUB_ITEM = "sub_item"


Rule = Literal[13, 14, 15]
SymbolText = Annotated[str, Field(pattern=r"^[A-Z]+(/[A-Za-z0-9.\-]+)+$", max_length=80)]
JobNumber = Annotated[str, Field(pattern=r"^\d{2}-\d{5}$")]


class Signatory(Strict):
    """One signature block: the name and the titles in the order they are printed."""

    name: RequiredLine
    titles: tuple[Line, ...] = ()
    #: The State the signatory represents (needed when several representatives sign).
    state: Line = ""
    #: Print the "(Signed)" mark (UN circulation layout).
    signed: bool = True
    gender: Gender = Gender.MASCULINE
    #: A scanned signature (PNG or JPEG, a path relative to the project file) printed over
    #: the name in the mission's own letter; empty for none.
    signature_image: Line = ""


class Addressee(StrEnum):
    SECRETARY_GENERAL = "secretary_general"
    PRESIDENT_OF_THE_GENERAL_ASSEMBLY = "president_of_the_general_assembly"


# ---------------------------------------------------------------- content blocks
# The free structure of the letters, the memorandum and the enclosures.


class HeadingBlock(Strict):
    type: Literal["heading"] = "heading"
    level: Literal[1, 2, 3] = 1
    text: RequiredLine


class ParagraphBlock(Strict):
    type: Literal["paragraph"] = "paragraph"
    text: RequiredText
    #: Numbered 1., 2. … (the memorandum's paragraphs); the numbers run on across the
    #: headings of one part.
    numbered: bool = False


ListStyle = Literal["numbered", "lettered", "roman", "bulleted"]


class ListItem(Strict):
    text: RequiredText
    children: ListBlock | None = None


class ListBlock(Strict):
    """A numbered (1.), lettered ((a)), roman ((i)) or bulleted (-) list, nested three deep."""

    type: Literal["list"] = "list"
    style: ListStyle = "numbered"
    start: int = Field(default=1, ge=1, le=999)
    items: tuple[ListItem, ...] = Field(min_length=1)

    def depth(self) -> int:
        return 1 + max((item.children.depth() for item in self.items if item.children), default=0)

    @model_validator(mode="after")
    def _three_levels_at_most(self) -> Self:
        if self.depth() > 3:
            raise invalid("list.too_deep")
        return self


class PlaceDateBlock(Strict):
    """The closing place-and-date line ("Bangkok, 14 March 2007")."""

    type: Literal["place_date"] = "place_date"
    place: RequiredLine
    date: dt.date


class TableBlock(Strict):
    type: Literal["table"] = "table"
    header: tuple[Line, ...] = Field(min_length=1, max_length=12)
    rows: tuple[tuple[Text, ...], ...] = ()

    @model_validator(mode="after")
    def _rows_match_header(self) -> Self:
        for index, row in enumerate(self.rows):
            if len(row) != len(self.header):
                raise invalid("table.row_length", at=f"rows[{index}]", cells=len(row),
                              header=len(self.header))
        return self


ContentBlock = Annotated[
    HeadingBlock | ParagraphBlock | ListBlock | PlaceDateBlock | TableBlock,
    Field(discriminator="type"),
]



class CoverLetter(Strict):
    date: dt.date
    #: The mission's reference number ("No. …"), printed in the mission's own layout only.
    reference: Line = ""
    sender_role: SenderRole = SenderRole.PERMANENT_REPRESENTATIVE
    #: Requests under rules 13 to 15 go to the Secretary-General.
    addressee: Addressee = Addressee.SECRETARY_GENERAL
    #: The signatories, in the order their blocks are printed.
    senders: tuple[Signatory, ...] = Field(min_length=1)
    #: The body: paragraphs (not numbered, as a rule), headings, lists, tables.
    blocks: tuple[ContentBlock, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _representatives_name_their_state(self) -> Self:
        if self.sender_role is SenderRole.REPRESENTATIVES:
            for index, sender in enumerate(self.senders):
                if not sender.state.strip():
                    raise invalid("letter.state_missing", at=f"senders[{index}].state")
        return self


class Memorandum(Strict):
    """Annex: explanatory memorandum under rule 20 (numbered paragraphs)."""

    kind: Literal["memorandum"] = "memorandum"
    #: Overrides the template's "Explanatory memorandum".
    title: Line | None = None
    #: Print the title under "Annex I" (the UN does by default).
    show_title: bool = True
    original_language: Language | None = None
    #: Numbered paragraphs, as a rule; sub-headings, unnumbered paragraphs, lists, tables.
    blocks: tuple[ContentBlock, ...] = Field(min_length=1)


class SubParagraph(Strict):
    """(a), (b) … of an operative paragraph; its own sub-paragraphs are (i), (ii) …"""

    text: RequiredText
    subparagraphs: tuple[SubParagraph, ...] = ()


class PreambularParagraph(Strict):
    #: Italic lead words ("Recalling", "Wishing"); empty when the paragraph has none.
    lead: Line = ""
    text: RequiredText


class OperativeParagraph(Strict):
    #: Italic operative verb ("Decides", "Requests").
    verb: Line = ""
    text: RequiredText
    subparagraphs: tuple[SubParagraph, ...] = ()

    @model_validator(mode="after")
    def _at_most_two_levels(self) -> Self:
        for index, sub in enumerate(self.subparagraphs):
            for inner_index, inner in enumerate(sub.subparagraphs):
                if inner.subparagraphs:
                    raise invalid("resolution.too_deep",
                                  at=f"subparagraphs[{index}].subparagraphs[{inner_index}]")
        return self


class DraftResolution(Strict):
    """Annex: the draft resolution."""

    kind: Literal["draft_resolution"] = "draft_resolution"
    #: Overrides the annex title "Draft resolution".
    heading: Line | None = None
    #: Print the annex title ("Draft resolution") under "Annex II" (the UN does by default).
    show_heading: bool = True
    #: The resolution's title; the package's item title when not given.
    title: Line | None = None
    #: Overrides the organ line ("The General Assembly,").
    organ_line: Line | None = None
    original_language: Language | None = None
    preambular: tuple[PreambularParagraph, ...] = ()
    operative: tuple[OperativeParagraph, ...] = Field(min_length=1)
    #: Sponsors for the standalone L-document layout; the requesting States when empty.
    sponsors: tuple[RequiredLine, ...] = ()
    #: Main Committee for the standalone layout ("Sixth Committee"); plenary when not given.
    committee: Line | None = None
    #: Symbol of the standalone draft once issued ("A/C.6/62/L.5").
    symbol: SymbolText | None = None
    #: The standalone draft's own issue date (its masthead and job line); not the package's.
    issue_date: dt.date | None = None
    #: The standalone draft's own job number ("25-16079"): its page-1 job line and barcode.
    job_number: JobNumber | None = None
    #: The agenda item the draft is issued under; the package's agenda item when not given.
    agenda_item: int | None = Field(default=None, ge=1, le=999)
    #: The agenda item's own title as the session block names it (it may differ from the
    #: request's item title); the package's item title when not given.
    agenda_item_title: Line | None = None


class EnclosureAnnex(Strict):
    title: RequiredLine
    blocks: tuple[ContentBlock, ...] = ()


class Enclosure(Strict):
    title: Line = ""
    original_language: Language | None = None
    blocks: tuple[ContentBlock, ...] = ()
    annex: EnclosureAnnex | None = None


class LetterAnnex(Strict):
    """Annex: a further letter (e.g. from the Foreign Minister), optionally with an enclosure."""

    kind: Literal["letter"] = "letter"
    #: The letter's own date; printed as a date line above its heading when show_date_line.
    date: dt.date | None = None
    show_date_line: bool = True
    heading: RequiredLine
    original_language: Language | None = None
    blocks: tuple[ContentBlock, ...] = Field(min_length=1)
    signatories: tuple[Signatory, ...] = ()
    enclosure: Enclosure | None = None


Annex = Annotated[Memorandum | DraftResolution | LetterAnnex, Field(discriminator="kind")]


class Letterhead(Strict):
    """The mission's letterhead, printed on the letter as the mission sends it.

    The UN circulation layout never shows it: the UN prints its own masthead instead.
    """

    #: The mission's name at the top of the page; the package's mission when empty.
    name: Line = ""
    address_lines: tuple[Line, ...] = ()
    #: Where the letter is signed ("New York"), printed before its date.
    place: Line = ""
    #: A PNG or JPEG emblem printed above the name: a path, relative to the project file.
    emblem: Line = ""


class Package(Strict):
    """A request for the inclusion of an item in the agenda of the General Assembly."""

    format_version: Literal[3] = 3  # FORMAT_VERSION
    session: int = Field(ge=1, le=200)
    rule: Rule = 15
    #: What the request is for (the gallery of File ▸ New request); None when not said.
    kind: RequestKind | None = None
    item_title: RequiredLine
    #: For a sub-item: the title of the item it is requested under.
    parent_item: Line = ""
    #: Print the request's heading ("Request for the inclusion of …") and the item's title
    #: under the session line (the UN does by default).
    show_request_heading: bool = True
    show_item_title: bool = True
    #: Agenda item number, once the item is on the agenda.
    agenda_item: int | None = Field(default=None, ge=1, le=999)
    #: Document symbol once assigned ("A/62/232").
    symbol: SymbolText | None = None
    distribution: Distribution = Distribution.GENERAL
    issue_date: dt.date | None = None
    original_language: Language = Language.EN
    #: The language of this version of the document.
    language: Language = Language.EN
    #: UN job number ("07-53140"); a mission does not have one yet.
    job_number: JobNumber | None = None
    #: Short title for the running headers of pages 2+; the item title when not given.
    running_title: Line | None = None
    #: Print on page 1 the QR code UN documents carry (the document's address on the UN's
    #: documents site, from its language and symbol); only when there is a symbol.
    qr_code: bool = False
    requesting_states: tuple[RequiredLine, ...] = Field(min_length=1)
    mission: Line = ""
    letterhead: Letterhead = Letterhead()
    paper: PaperSize = PaperSize.LETTER
    letter: CoverLetter
    annexes: tuple[Annex, ...] = ()

    def draft_resolution(self) -> DraftResolution | None:
        """The first draft resolution among the annexes, if any."""
        for annex in self.annexes:
            if isinstance(annex, DraftResolution):
                return annex
        return None


# Resolve the self-referencing annotations, so tools that read model_fields see real types.
SubParagraph.model_rebuild()
ListItem.model_rebuild()
