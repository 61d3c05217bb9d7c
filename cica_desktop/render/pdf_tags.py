"""The tagged PDF: a structure tree over the drawn content, for screen readers and search.

reportlab has no tagging API, so tagging is done in two steps (the design of
docs/FORMAT.md, "The PDF's structure and text layer"):

1. While the pages are drawn, each piece of content is wrapped in a marked-content
   sequence written into the page's content stream: ``/P <</MCID n>> BDC … EMC`` for
   content that belongs to a structure element, ``/Artifact BMC … EMC`` for page furniture
   (running heads, footers, job numbers, barcodes, rules). The `Tagger` (one per document,
   reached through the canvas's ``tagger`` attribute) numbers the sequences per page and
   records which element each belongs to. The elements themselves (`Element`) are made
   from the document tree before drawing, in the tree's order, so the reading order is the
   logical order whatever order the pages are drawn in.
2. Once every page is drawn and before reportlab writes the file, `Tagger.write_into`
   adds, as reportlab's own objects: the /StructTreeRoot with one /StructElem per element
   that got content, the /ParentTree (page → elements by MCID), each page's
   /StructParents, /MarkInfo, /ViewerPreferences /DisplayDocTitle (the document's
   /Lang and /Title reportlab writes itself) and the catalogue's /Metadata: the XMP
   packet (render/xmp.py) that repeats the document information and names PDF/UA-1.
   pyHanko rewrites its dates at every signature, which our verification (revisions.py)
   accepts as no change; made PDF/A (cica_desktop/pdfa.py) the packet is replaced by its
   PDF/A form, from the same builder.

And the fonts' /ToUnicode maps give the Arabic presentation forms their letters
(render/to_unicode.py), so text extraction and search see the letters as typed.

The cost is one marked-content pair per flowable piece and one object per element: linear
in the size of the document, and the file is written once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase import pdfdoc

from .xmp import XmpMetadata, xmp_date, xmp_packet

#: The attribute that carries a flowable's structure element (or a `Labelled` pair).
TAG = "_cica_tag"

#: Paragraph styles that are headings, and their level in the structure tree: the
#: chapter heading (an annex's "Annex I" and its title) is the top level.
HEADINGS = {"HCh": "H1", "H1": "H2", "H23": "H3", "H4": "H4"}


@dataclass(eq=False, slots=True)
class Element:
    """A structure element: its type (P, H1, L, LI, Lbl, LBody, Table, TR, TH, TD,
    Figure, Div, Document) and its children, elements and marked content (page, MCID), in
    reading order."""

    kind: str
    lang: str = ""
    #: A Figure's alternative text.
    alt: str = ""
    #: The text as typed, when the drawn glyphs do not say it (Arabic: shaped, reordered).
    actual_text: str = ""
    #: A table's header cell: drawn again at the top of each page the table continues
    #: on; only its first drawing is content, the repeats are artifacts.
    repeats: bool = False
    kids: list[Element | tuple[int, int]] = field(default_factory=list)

    def add(self, kind: str, **attributes: Any) -> Element:
        child = Element(kind, **attributes)
        self.kids.append(child)
        return child


@dataclass(frozen=True)
class Labelled:
    """A numbered paragraph's two parts: its number (Lbl) and its text (LBody)."""

    label: Element
    body: Element


def tag(flowable: Any, element: Element | Labelled | None) -> Any:
    """Mark *flowable* as drawing *element*'s content; returns the flowable."""
    if element is not None:
        setattr(flowable, TAG, element)
    return flowable


def inherit_tag(source: Any, parts: list[Any]) -> list[Any]:
    """The pieces a flowable is split into draw the same element (one piece per page)."""
    element = getattr(source, TAG, None)
    if element is not None:
        for part in parts:
            if getattr(part, TAG, None) is None:
                setattr(part, TAG, element)
    return parts


class Tagger:
    """Numbers the marked content of one document while it is drawn, then adds its
    structure tree to the document before reportlab writes it."""

    def __init__(self, language: str, latin_language: str | None = None) -> None:
        self.root = Element("Document", lang=language)
        #: The language of Latin runs inside a paragraph of another script (`span`);
        #: None: that of the document's Latin-only elements (see `latin_language`).
        self._latin_language = latin_language
        #: Per page (0-based), the element of each MCID in order.
        self.parents: dict[int, list[Element]] = {}
        #: Text objects still to be tagged, in the order they will be drawn (a numbered
        #: paragraph's number, then its text: reportlab draws them as two text objects).
        self._pending: list[Element] = []
        self._depth = 0
        #: The element whose marked-content sequence is open (None: none, or an artifact).
        self._open: Element | None = None
        #: While the tree is written: the ids of the elements with content drawn.
        self._drawn: set[int] = set()

    # -- while drawing -----------------------------------------------------------------
    def _begin(self, canvas: Any, element: Element) -> None:
        page = canvas.getPageNumber() - 1
        if element.repeats and any(not isinstance(kid, Element) and kid[0] < page
                                   for kid in element.kids):
            canvas.addLiteral("/Artifact <</Type /Pagination>> BDC")
            self._open = None
            return
        canvas.addLiteral(self._marked(page, element))
        self._open = element

    def _marked(self, page: int, element: Element) -> str:
        """The BDC operator that opens the next marked-content sequence of *element* on
        *page* (its MCID recorded)."""
        mcids = self.parents.setdefault(page, [])
        element.kids.append((page, len(mcids)))
        mcids.append(element)
        lang = f"/Lang {pdf_string(element.lang)} " if element.kind == "Span" else ""
        return f"/{element.kind} <<{lang}/MCID {len(mcids) - 1}>> BDC"

    @property
    def latin_language(self) -> str:
        """The language Latin runs in a paragraph of another script are in: the one given,
        else that of the document's Latin-only elements (`structure_language` gives them
        the language template's `language_tags.text`; the masthead's symbol line is one),
        else "" (not tagged apart: the document's own, or a Latin-script document)."""
        if self._latin_language is None:
            found = (element.lang for element in _descendants(self.root) if element.lang)
            self._latin_language = next(found, "")
        return self._latin_language

    def inline(self, page: int, element: Element) -> str | None:
        """The operator that opens *element*'s content from inside a text object (a
        Chinese paragraph's, render/kinsoku.py), so that `span` can cut it at its Latin
        runs: marked content and text objects must nest (ISO 32000-1 §14.6), so the whole
        chain sits inside the text object. None when content of another element is open
        around it (a table cell's) or *element* is a repeated header cell."""
        if self._depth or element.repeats:
            return None
        self._open = element
        return self._marked(page, element)

    def end_inline(self) -> str:
        """The operator that closes what `inline` opened (and the last `span` reopened)."""
        self._open = None
        return "EMC"

    def span(self, page: int, lang: str) -> tuple[str, str] | None:
        """The operators around a run of text in *lang* inside the open sequence: close
        it, open a /Span element's (a child of the open element, with its /Lang), and
        after the run close that and open a new sequence of the element again. A flat
        chain, not nested: pdfminer-based readers (pdfplumber) keep one MCID at a time
        and lose it at the first EMC. None when no element's sequence is open."""
        element = self._open
        if element is None or not lang or element.lang == lang:  # already in it
            return None
        span = element.add("Span", lang=lang)
        return f"EMC {self._marked(page, span)}", f"EMC {self._marked(page, element)}"

    @contextmanager
    def content(self, canvas: Any, element: Element | None) -> Iterator[None]:
        """What is drawn inside belongs to *element* (inside other content: to that)."""
        if element is None or self._depth:
            yield
            return
        self._depth += 1
        self._begin(canvas, element)
        try:
            yield
        finally:
            canvas.addLiteral("EMC")
            self._depth -= 1
            self._open = None

    @contextmanager
    def artifact(self, canvas: Any, kind: str = "") -> Iterator[None]:
        """What is drawn inside is page furniture (*kind*: Pagination, Layout), not text
        to read."""
        if self._depth:
            yield
            return
        self._depth += 1
        canvas.addLiteral(f"/Artifact <</Type /{kind}>> BDC" if kind else "/Artifact BMC")
        try:
            yield
        finally:
            canvas.addLiteral("EMC")
            self._depth -= 1

    def expect_text_objects(self, *elements: Element) -> None:
        """The next text objects drawn belong to *elements*, one each, in order."""
        self._pending = list(elements)

    def text_object(self, canvas: Any, draw: Any) -> None:
        """Draw one text object, tagged with the next pending element if any."""
        if not self._pending:
            draw()
            return
        element = self._pending.pop(0)
        with self.content(canvas, element):
            draw()

    def clear_pending(self) -> None:
        self._pending = []

    # -- after drawing -----------------------------------------------------------------
    def write_into(self, canvas: Any) -> None:
        """Add the structure tree and the accessibility entries to the document *canvas*
        is about to save (every page shown): reportlab's own objects, so the file is
        written once."""
        doc = canvas._doc
        pages = doc.Pages.pages
        page_numbers = [_number(doc, doc.Reference(page)) for page in pages]
        root = pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("StructTreeRoot")})
        root_ref = doc.Reference(root)
        parent_tree: dict[int, list[bytes | None]] = {
            page: [None] * len(elements) for page, elements in self.parents.items()}
        self._drawn = _with_content(self.root)
        top = self._element(doc, self.root, _number(doc, root_ref), page_numbers, parent_tree)
        root["K"] = _Written(top) if top is not None else pdfdoc.PDFArray([])
        nums: list[Any] = []
        for page in sorted(parent_tree):
            nums += [page, doc.Reference(_References(parent_tree[page]))]
        root["ParentTree"] = doc.Reference(pdfdoc.PDFDictionary({"Nums": pdfdoc.PDFArray(nums)}))
        root["ParentTreeNextKey"] = len(pages)
        for index, page in enumerate(pages):
            page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
            page.StructParents = index
            page.Tabs = pdfdoc.PDFName("S")  # annotations (a signature field) in order
        catalog = doc.Catalog
        catalog.StructTreeRoot = root_ref
        catalog.MarkInfo = pdfdoc.PDFDictionary({"Marked": "true"})
        catalog.Metadata = doc.Reference(MetadataStream(xmp_packet(
            document_xmp(doc, self.root.lang))))
        canvas.setViewerPreference("DisplayDocTitle", "true")

    def _element(self, doc: Any, element: Element, parent: bytes, pages: list[bytes],
                 parent_tree: dict[int, list[bytes | None]]) -> bytes | None:
        """The object number ("12 0 R") of the /StructElem of *element*, registered with
        its subtree; None if nothing of it was drawn. *parent* and *pages* are object
        numbers too: each is looked up once, not at every use (a long document's
        structure tree refers to its elements and pages hundreds of thousands of times)."""
        if id(element) not in self._drawn:
            return None
        own_page = next((kid[0] for kid in element.kids if not isinstance(kid, Element)), None)
        node = _StructElem(element.kind, parent,
                           pages[own_page] if own_page is not None else None)
        number = _number(doc, doc.Reference(node))
        kids = node.kids
        for kid in element.kids:
            if isinstance(kid, Element):
                child = self._element(doc, kid, number, pages, parent_tree)
                if child is not None:
                    kids.append(child)
                continue
            page, mcid = kid
            parent_tree[page][mcid] = number
            kids.append(mcid if page == own_page else (pages[page], mcid))
        if element.lang and element is not self.root:
            node.strings["Lang"] = element.lang
        if element.alt:
            node.strings["Alt"] = element.alt
        if element.actual_text:
            node.strings["ActualText"] = element.actual_text
        return number


def _with_content(element: Element, found: set[int] | None = None) -> set[int]:
    """The ids of the elements under *element* (itself included) some of whose content was
    drawn, in one walk of the tree (asking each element about its subtree walked it once
    per level). A function of the module, not a closure: a closure calling itself is a
    reference cycle (tests/test_render_garbage.py)."""
    found = set() if found is None else found
    drawn = False
    for kid in element.kids:
        if not isinstance(kid, Element) or id(kid) in _with_content(kid, found):
            drawn = True
    if drawn:
        found.add(id(element))
    return found


def _number(document: Any, reference: Any) -> bytes:
    """The "12 0 R" of a reference to an object registered with *document*."""
    return b"%d %d R" % document.idToObjectNumberAndVersion[reference.name]


class _Written(pdfdoc.PDFObject):  # type: ignore[misc]
    """What is already PDF (an object number), in one of reportlab's dictionaries."""

    def __init__(self, written: bytes) -> None:
        self.written = written

    def format(self, document: Any) -> bytes:
        return self.written


class _References(pdfdoc.PDFObject):  # type: ignore[misc]
    """An array of object numbers (a page's entry in the parent tree: the element of each
    marked-content id), written straight to bytes; null where an id has none."""

    def __init__(self, numbers: list[bytes | None]) -> None:
        self.numbers = numbers

    def format(self, document: Any) -> bytes:
        return b"[ " + b" ".join(b"null" if number is None else number
                                 for number in self.numbers) + b" ]"


class _StructElem(pdfdoc.PDFObject):  # type: ignore[misc]
    """A /StructElem, written straight to bytes. reportlab's general dictionaries took a
    fifth of a sample's render formatting the two or three of these each paragraph has.
    Its parent, page and kids are given as object numbers ("12 0 R"): its kids are other
    elements, marked-content ids on its own page, and (page, id) for content on another
    page (a marked-content reference)."""

    def __init__(self, kind: str, parent: bytes, page: bytes | None) -> None:
        self.kind = kind.encode("ascii")
        self.parent = parent
        self.page = page
        self.kids: list[bytes | int | tuple[bytes, int]] = []
        #: /Lang, /Alt, /ActualText: PDF text strings (encrypted and encoded as reportlab
        #: writes strings).
        self.strings: dict[str, str] = {}

    def format(self, document: Any) -> bytes:
        out = [b"<< /Type /StructElem /S /", self.kind, b" /P ", self.parent]
        if self.page is not None:
            out += [b" /Pg ", self.page]
        kids = [self._kid(kid) for kid in self.kids]
        out += [b" /K ", kids[0] if len(kids) == 1 else b"[ " + b" ".join(kids) + b" ]"]
        for key, text in self.strings.items():
            out += [b" /", key.encode("ascii"), b" ",
                    pdfdoc.PDFString(text).format(document)]
        if self.kind == b"TH":  # a header row's cell heads its column
            out.append(b" /A << /O /Table /Scope /Column >>")
        out.append(b" >>")
        return b"".join(out)

    @staticmethod
    def _kid(kid: bytes | int | tuple[bytes, int]) -> bytes:
        if isinstance(kid, int):
            return b"%d" % kid
        if isinstance(kid, tuple):
            page, mcid = kid
            return b"<< /Type /MCR /Pg %s /MCID %d >>" % (page, mcid)
        return kid


def _descendants(element: Element) -> Iterator[Element]:
    """*element*'s descendants, breadth first (the masthead's lines come early)."""
    level = [kid for kid in element.kids if isinstance(kid, Element)]
    while level:
        yield from level
        level = [kid for parent in level for kid in parent.kids if isinstance(kid, Element)]


def pdf_string(text: str) -> str:
    """*text* (ASCII: a language tag) as a PDF literal string."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"({escaped})"


def document_xmp(doc: Any, language: str) -> XmpMetadata:
    """What reportlab's document *doc* writes into its /Info dictionary (its dates
    formatted as reportlab formats them: the same instant), as XMP, naming PDF/UA-1."""
    info, stamp = doc.info, doc._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    date = xmp_date(year, month, day, hour, minute, second, stamp.dhh, stamp.dmm)
    return XmpMetadata(title=info.title, author=info.author, subject=info.subject,
                       keywords=info.keywords, creator_tool=info.creator,
                       producer=info.producer, created=date, modified=date,
                       language=language, pdfua=True)


class MetadataStream(pdfdoc.PDFStream):  # type: ignore[misc]
    """The /Metadata stream, written unfiltered whatever the document's compression: a
    tool that scans a file for XMP packets, without a PDF library, finds it."""

    def __init__(self, packet: bytes) -> None:
        super().__init__(pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"),
                                               "Subtype": pdfdoc.PDFName("XML")}), packet)

    def format(self, document: Any) -> bytes:
        content = document.encrypt.encode(self.content)
        dictionary = pdfdoc.PDFDictionary({**self.dictionary.dict, "Length": len(content)})
        return bytes(pdfdoc.format(dictionary, document) + b"\nstream\n" + content
                     + b"endstream\n")


@contextmanager
def tagged(canvas: Any, element: Element | None) -> Iterator[None]:
    """Content of *element* on a canvas that may or may not be tagging."""
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    if tagger is None:
        yield
        return
    with tagger.content(canvas, element):
        yield


#: A run of Latin text: from a Latin letter to a Latin letter or digit, with the spaces
#: and marks that join words inside it ("CICA", "A/62/232", "Confidence-Building
#: Measures"); digits alone are in no language.
LATIN_RUN = re.compile("[A-Za-z\u00c0-\u024f]"
                       "(?:[A-Za-z\u00c0-\u024f0-9 ./&'\u2019-]*[A-Za-z\u00c0-\u024f0-9])?")


def latin_runs(text: str) -> list[tuple[str, bool]]:
    """*text* cut into (piece, is a Latin run), in order; [(text, False)] without one."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for run in LATIN_RUN.finditer(text):
        if run.start() > at:
            pieces.append((text[at:run.start()], False))
        pieces.append((run.group(), True))
        at = run.end()
    if at < len(text) or not pieces:
        pieces.append((text[at:], False))
    return pieces


def latin_language(canvas: Any) -> str:
    """The language Latin runs are tagged with on *canvas* ("" when not tagged apart, or
    the canvas is not tagging)."""
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    return tagger.latin_language if tagger is not None else ""


@contextmanager
def latin_span(canvas: Any) -> Iterator[None]:
    """A run of Latin text inside the element being drawn: its own /Span element with
    the document's `latin_language` (PDF 1.7 §14.9.2), when there is one."""
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    marks = (tagger.span(canvas.getPageNumber() - 1, tagger.latin_language)
             if tagger is not None else None)
    if marks is not None:
        canvas.addLiteral(marks[0])
    try:
        yield
    finally:
        if marks is not None:
            canvas.addLiteral(marks[1])


@contextmanager
def artifact(canvas: Any, kind: str = "") -> Iterator[None]:
    """Page furniture on a canvas that may or may not be tagging."""
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    if tagger is None:
        yield
        return
    with tagger.artifact(canvas, kind):
        yield


def left_blank(canvas: Any) -> bool:
    """Whether *canvas*'s current page is laid out but not drawn (pdf_bytes' draw_from):
    every flowable of ours that draws asks before drawing."""
    return not getattr(canvas, "drawing", True)


class Tagged:
    """A flowable that draws its structure element's content (the `TAG` attribute) inside
    a marked-content sequence; mixed in before the flowable's class."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if left_blank(canvas):
            return
        element = getattr(self, TAG, None)
        tagger: Tagger | None = getattr(canvas, "tagger", None)
        if element is None or tagger is None:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
            return
        if isinstance(element, Labelled):
            if getattr(self, "bulletText", None):
                # reportlab draws the number, then the text, as two text objects.
                tagger.expect_text_objects(element.label, element.body)
                try:
                    super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
                finally:
                    tagger.clear_pending()
                return
            element = element.body  # the piece continued on the next page
        with tagger.content(canvas, element):
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
