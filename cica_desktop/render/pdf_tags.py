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
2. After reportlab has written the file, `Tagger.finish` adds what refers to the pages
   (pikepdf): the /StructTreeRoot with one /StructElem per element that got content, the
   /ParentTree (page → elements by MCID), each page's /StructParents, /MarkInfo, the
   document's /Lang, /ViewerPreferences /DisplayDocTitle and the PDF/UA-1 identification
   in the XMP metadata. It also gives the Arabic font's presentation forms their letters
   (`base_letters_to_unicode`), so text extraction and search see the letters as typed.

The cost is one marked-content pair per flowable piece and one pass over the file at the
end: linear in the size of the document.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pikepdf

#: The attribute that carries a flowable's structure element (or a `Labelled` pair).
TAG = "_cica_tag"

#: Paragraph styles that are headings, and their level in the structure tree: the
#: chapter heading (an annex's "Annex I" and its title) is the top level.
HEADINGS = {"HCh": "H1", "H1": "H2", "H23": "H3", "H4": "H4"}


@dataclass(eq=False)
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

    def has_content(self) -> bool:
        return any(not isinstance(kid, Element) or kid.has_content() for kid in self.kids)


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


def _utf16(text: str) -> pikepdf.String:
    return pikepdf.String(text)


def _literal_utf16(text: str) -> str:
    """A PDF text string in UTF-16BE hex, for a property list in a content stream."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class Tagger:
    """Numbers the marked content of one document while it is drawn, then builds its
    structure tree into the file reportlab wrote."""

    def __init__(self, language: str) -> None:
        self.root = Element("Document", lang=language)
        #: Per page (0-based), the element of each MCID in order.
        self.parents: dict[int, list[Element]] = {}
        #: Text objects still to be tagged, in the order they will be drawn (a numbered
        #: paragraph's number, then its text: reportlab draws them as two text objects).
        self._pending: list[Element] = []
        self._depth = 0

    # -- while drawing -----------------------------------------------------------------
    def _begin(self, canvas: Any, element: Element) -> bool:
        page = canvas.getPageNumber() - 1
        if element.repeats and any(not isinstance(kid, Element) and kid[0] < page
                                   for kid in element.kids):
            canvas.addLiteral("/Artifact <</Type /Pagination>> BDC")
            return True
        mcids = self.parents.setdefault(page, [])
        element.kids.append((page, len(mcids)))
        canvas.addLiteral(f"/{element.kind} <</MCID {len(mcids)}>> BDC")
        mcids.append(element)
        return True

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
    def finish(self, data: bytes) -> bytes:
        """*data* (reportlab's file) with its structure tree and accessibility entries."""
        with pikepdf.open(io.BytesIO(data)) as pdf:
            self._write_tree(pdf)
            base_letters_to_unicode(pdf)
            out = io.BytesIO()
            pdf.save(out)
            return out.getvalue()

    def _write_tree(self, pdf: pikepdf.Pdf) -> None:
        pages: list[pikepdf.Object] = [page.obj for page in pdf.pages]
        root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
        parent_tree: dict[int, list[Any]] = {page: [None] * len(elements)
                                             for page, elements in self.parents.items()}
        top = self._element(pdf, self.root, root, pages, parent_tree)
        root.K = top if top is not None else pikepdf.Array()
        nums = pikepdf.Array()
        for page in sorted(parent_tree):
            nums.append(page)
            nums.append(pdf.make_indirect(pikepdf.Array(parent_tree[page])))
        root.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=nums))
        root.ParentTreeNextKey = len(pages)
        for index, page_object in enumerate(pages):
            page_object.StructParents = index
            page_object.Tabs = pikepdf.Name.S  # annotations (a signature field) in structure order
        catalog = pdf.Root
        catalog.StructTreeRoot = root
        catalog.MarkInfo = pikepdf.Dictionary(Marked=True)
        catalog.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        if self.root.lang:
            catalog.Lang = pikepdf.String(self.root.lang)
        # /Trapped has no XMP equivalent (pikepdf would warn and drop it); PDF/A and PDF/UA
        # want the information dictionary and the XMP to agree.
        if "/Trapped" in pdf.docinfo:
            del pdf.docinfo["/Trapped"]
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfuaid:part"] = "1"

    def _element(self, pdf: pikepdf.Pdf, element: Element, parent: pikepdf.Object,
                 pages: list[pikepdf.Object],
                 parent_tree: dict[int, list[Any]]) -> pikepdf.Object | None:
        """The /StructElem of *element* and its subtree; None if nothing was drawn."""
        if not element.has_content():
            return None
        node = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + element.kind), P=parent))
        own_page = next((kid[0] for kid in element.kids if not isinstance(kid, Element)), None)
        if own_page is not None:
            node.Pg = pages[own_page]
        kids = pikepdf.Array()
        for kid in element.kids:
            if isinstance(kid, Element):
                child = self._element(pdf, kid, node, pages, parent_tree)
                if child is not None:
                    kids.append(child)
                continue
            page, mcid = kid
            parent_tree[page][mcid] = node
            if page == own_page:
                kids.append(mcid)
            else:
                kids.append(pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=pages[page],
                                               MCID=mcid))
        node.K = kids[0] if len(kids) == 1 else kids
        if element.lang and element is not self.root:
            node.Lang = pikepdf.String(element.lang)
        if element.alt:
            node.Alt = _utf16(element.alt)
        if element.actual_text:
            node.ActualText = _utf16(element.actual_text)
        return node


@contextmanager
def tagged(canvas: Any, element: Element | None) -> Iterator[None]:
    """Content of *element* on a canvas that may or may not be tagging."""
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    if tagger is None:
        yield
        return
    with tagger.content(canvas, element):
        yield


@contextmanager
def artifact(canvas: Any, kind: str = "") -> Iterator[None]:
    """Page furniture on a canvas that may or may not be tagging."""
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    if tagger is None:
        yield
        return
    with tagger.artifact(canvas, kind):
        yield


class Tagged:
    """A flowable that draws its structure element's content (the `TAG` attribute) inside
    a marked-content sequence; mixed in before the flowable's class."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
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


# ------------------------------------------------------------------ the Arabic text layer

_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2,4})>\s*<([0-9A-Fa-f]{4})>")


def letters_of(form: str) -> str:
    """The letters a presentation form shows, in the order a reader that reorders the
    drawn (display-order) glyphs expects them: a ligature's letters right to left."""
    letters = unicodedata.normalize("NFKC", form)
    return letters[::-1] if len(letters) > 1 else letters


def base_letters_to_unicode(pdf: pikepdf.Pdf) -> None:
    """Map the glyphs of Arabic presentation forms (the shaped letters the page draws) to
    the letters themselves in each font's /ToUnicode, so search and copy give "الجمعية"
    and not its joined forms. The printed page is unchanged: only the text layer is."""
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font",
                                                                      pikepdf.Dictionary())
        for font in fonts.values():
            cmap = font.get("/ToUnicode")
            if not isinstance(cmap, pikepdf.Stream) or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            data = cmap.read_bytes()
            if not re.search(rb"<F[BCDE][0-9A-Fa-f]{2}>", data):
                continue

            def replace(match: re.Match[bytes]) -> bytes:
                char = chr(int(match.group(2), 16))
                if not _PRESENTATION_FORM.match(char):
                    return match.group(0)
                letters = letters_of(char)
                if not letters.strip() or letters == char:
                    return match.group(0)
                return b"<" + match.group(1) + b"> <" + \
                    letters.encode("utf-16-be").hex().upper().encode() + b">"

            cmap.write(_BFCHAR.sub(replace, data))


def actual_text_literal(text: str) -> str:
    """The BDC operator of a span whose text is *text* (for content drawn as shapes)."""
    return f"/Span <</ActualText {_literal_utf16(text)}>> BDC"
