"""The format-neutral document tree that compose produces and the renderers consume.

Blocks carry semantic style names (keys of templates/styles.toml), never measurements, so
the DOCX and the PDF are laid out from one style spec. Everything is frozen: a tree can be
handed to a worker thread as an immutable snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .script import Script


class NumberFormat(StrEnum):
    DECIMAL = "decimal"  # 1.
    LOWER_LETTER = "lowerLetter"  # (a)
    LOWER_ROMAN = "lowerRoman"  # (i)
    BULLET = "bullet"  # -
    ARABIC_ABJAD = "arabicAbjad"  # (أ) (ب) (ج): lettered items of Arabic documents


class Direction(StrEnum):
    LTR = "ltr"
    RTL = "rtl"


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    italic: bool = False
    bold: bool = False
    #: Lead words, operative verbs, the organ line: italic where the language italicises,
    #: else set in the emphasis face the style spec names (a Kai face for Chinese), if any.
    emphasis: bool = False
    #: A draft's placeholder for a field still to fill ("[Name]"): highlighted.
    placeholder: bool = False
    #: A comparison of two versions (cica_desktop/revise): "ins" text the new version
    #: added, "del" text it removed, drawn as coloured underline / strike-through; "".
    revision: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    style: str
    runs: tuple[Run, ...]
    #: An outline entry (PDF bookmark, DOCX heading level) pointing here.
    bookmark: str | None = None
    keep_with_next: bool = False
    #: The model path of the part that starts here ("letter", "annexes[1]"), so a preview
    #: can show the page of the part being edited.
    anchor: str | None = None
    #: None: the document's direction. LTR in a right-to-left document: a paragraph with
    #: no right-to-left letters (a Latin address), laid out left to right on the same
    #: sides as the others.
    direction: Direction | None = None
    #: The model path of what this block shows ("letter.blocks[2]",
    #: "annexes[1].operative[0]"), so the preview can follow the field being edited.
    source: str | None = None


@dataclass(frozen=True, slots=True)
class NumberedParagraph:
    """A paragraph numbered by a real list: Word numbering in DOCX, a drawn label in PDF."""

    style: str
    runs: tuple[Run, ...]
    #: Identifies one list instance; numbering restarts for every new list_id.
    list_id: str
    number_format: NumberFormat
    #: The label as the reader sees it ("1.", "(a)", "-"), used by the PDF renderer.
    label: str
    #: The number of this item in its list (1-based), so a renderer can start a list anywhere.
    number: int = 1
    #: How the label is written, "{n}" standing for the number ("({n})", "{n})", "{n} -"),
    #: so Word's numbering shows the same labels as the PDF.
    label_format: str = ""
    #: The model path of what this block shows ("letter.blocks[2]",
    #: "annexes[1].operative[0]"), so the preview can follow the field being edited.
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Picture:
    """A PNG or JPEG image: the mission's emblem, or a scanned signature.

    The bytes are checked before they get here (cica_desktop.images); a PNG keeps its
    transparency. The renderers scale it into the box the style spec gives its role
    ([images] in styles.toml), keeping its proportions.
    """

    data: bytes
    pixel_width: int
    pixel_height: int
    role: str = "emblem"  # "emblem" | "signature"

    def fit(self, max_width: float, max_height: float) -> tuple[float, float]:
        """The largest size in points within the box, keeping the proportions."""
        scale = min(max_width / self.pixel_width, max_height / self.pixel_height)
        return self.pixel_width * scale, self.pixel_height * scale


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    lines: tuple[tuple[Run, ...], ...]
    style: str = "Signature"
    #: Which of the lines holds the name (the last when the language puts titles first).
    name_line: int = 0
    #: The signer's scanned signature, drawn above the name and reaching down over it.
    image: Picture | None = None
    #: The visible appearance of a digital signature ("Digitally signed by …"), drawn as a
    #: framed box under the block; the PDF renderer reports where it lands, so the
    #: signature field can be put on it.
    stamp: tuple[str, ...] = ()
    #: The model path of what this block shows ("letter.blocks[2]",
    #: "annexes[1].operative[0]"), so the preview can follow the field being edited.
    source: str | None = None


@dataclass(frozen=True, slots=True)
class SignatureGrid:
    """The signature blocks of a letter signed by several people, as the UN sets them: in
    *columns* columns, side by side in the order given, row after row, an odd last block
    centred under the others. Each block keeps its own lines; the grid's *style* places it
    (its indents and the space above it), each block's style sets its lines. A row is
    never split across pages; the grid breaks between rows."""

    blocks: tuple[SignatureBlock, ...]
    style: str = "Signature"
    columns: int = 2

    def rows(self) -> tuple[tuple[SignatureBlock, ...], ...]:
        """The blocks row by row; the last row may be shorter (its blocks are centred)."""
        return tuple(self.blocks[i:i + self.columns]
                     for i in range(0, len(self.blocks), self.columns))


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    style: str = "TableText"  # the cells, and the table's indents and spacing
    header_style: str = "TableHeader"  # the header row's cells
    #: The model path of what this block shows ("letter.blocks[2]",
    #: "annexes[1].operative[0]"), so the preview can follow the field being edited.
    source: str | None = None


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class EndRule:
    """The short centred rule that closes a UN document."""


Block = (Paragraph | NumberedParagraph | SignatureBlock | SignatureGrid | Table | PageBreak
         | EndRule | Picture)


@dataclass(frozen=True, slots=True)
class Masthead:
    """First-page masthead of the UN circulation layout."""

    organ: str  # "United Nations"
    body: str  # "General Assembly"
    symbol: str  # "A/62/232" (the first element is printed large)
    distribution: str  # "Distr.: General"
    date: str  # "4 October 2007"
    language_line: str  # "Chinese" for a translation, else ""
    original: str  # "Original: English"

    @property
    def symbol_parts(self) -> tuple[str, str]:
        """The symbol's first element, printed large, and the rest from its first "/":
        ("A", "/62/232"); ("", "") without a symbol."""
        head, slash, tail = self.symbol.partition("/")
        return head, slash + tail

    @property
    def fields(self) -> tuple[str, str, str, str]:
        """The lines under the symbol, in order (the language line may be empty)."""
        return self.distribution, self.date, self.language_line, self.original


@dataclass(frozen=True, slots=True)
class RunningHeads:
    """Headers and footers of pages 2+ and the job-number footer of page 1."""

    symbol: str
    short_title: str
    job_number: str = ""  # "07-53140"
    job_line: str = ""  # "07-53140 (C)    041007"
    barcode: str = ""  # Code 39 payload without the hyphen, "0753140"
    page_label: str = "{page}/{pages}"
    #: The document's address printed as a QR code on page 1 (UN documents carry one:
    #: "https://docs.un.org/en/A/C.6/80/L.2"); "" for none.
    qr_url: str = ""


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    subject: str
    author: str
    language: str  # BCP 47, e.g. "zh-CN"
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LanguageTags:
    """The language each kind of text is tagged with in the DOCX (Word's w:lang), so
    spelling and layout tools know it: BCP 47 tags with the region Word expects."""

    text: str = "en-US"  # Latin and Cyrillic text
    east_asian: str = "zh-CN"
    complex_script: str = "ar-SA"  # right-to-left text


@dataclass(frozen=True, slots=True)
class Document:
    metadata: Metadata
    paper: str  # "letter" | "a4"
    language: str  # the document's language code ("en", "zh", …): the style spec's overrides
    direction: Direction
    blocks: tuple[Block, ...]
    masthead: Masthead | None = None
    running: RunningHeads | None = None
    #: The script most of the text is in: the default face, and how lines break (Chinese
    #: breaks between any two characters, by the kinsoku rules).
    script: Script = Script.LATIN
    #: False: nothing is set in italics, whatever a run or a style says (Chinese has no
    #: italics, not even on its Latin words; emphasis may take its own face instead).
    italics: bool = True
    language_tags: LanguageTags = LanguageTags()
    #: A draft (fields still to fill): the mark printed across every page ("DRAFT"), in the
    #: document's language; empty for the final document.
    draft_mark: str = ""
