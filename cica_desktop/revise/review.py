"""Accept or reject every tracked change of a DOCX (body, headers and footers), as Word's
Review ▸ Accept All / Reject All do, and the text a DOCX shows. `compare` checks each file
it makes with these before writing it: accepting all gives the new version's text,
rejecting all the old one's.

- accept: deleted and moved-from content goes, inserted and moved-to content stays (its
  wrapper removed), a paragraph whose mark was deleted joins the next paragraph, a deleted
  table row goes, a paragraph's recorded earlier properties (w:pPrChange) are dropped;
- reject: the other way round, and a paragraph takes back its recorded properties.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from .xml import parse, serialize, w

DOCUMENT = "word/document.xml"


_RANGES = tuple(w(name) for name in ("moveFromRangeStart", "moveFromRangeEnd",
                                     "moveToRangeStart", "moveToRangeEnd"))


def accept_all(docx: bytes) -> bytes:
    """*docx* with every tracked change accepted."""
    return _rewrite(docx, lambda root: _resolve(root, keep=("ins", "moveTo"),
                                                drop=("del", "moveFrom"), restore=False))


def reject_all(docx: bytes) -> bytes:
    """*docx* with every tracked change rejected."""
    return _rewrite(docx, lambda root: _resolve(root, keep=("del", "moveFrom"),
                                                drop=("ins", "moveTo"), restore=True))


#: The parts that hold text: the body, the headers and the footers.
TEXT_PARTS = re.compile(r"word/(document|header\d+|footer\d+)\.xml")


def _rewrite(docx: bytes, change: Any) -> bytes:
    archive = zipfile.ZipFile(io.BytesIO(docx))
    parts = {}
    for name in archive.namelist():
        if TEXT_PARTS.fullmatch(name):
            root = parse(archive.read(name))
            change(root)
            parts[name] = serialize(root)
    return replace_parts(docx, parts)


def replace_parts(docx: bytes, parts: dict[str, bytes]) -> bytes:
    """*docx* with the named parts' bytes replaced, the others copied as they are."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, parts.get(name, source.read(name)))
    return out.getvalue()


def _resolve(root: Any, keep: tuple[str, str], drop: tuple[str, str], restore: bool) -> None:
    kept, dropped = {w(n) for n in keep}, {w(n) for n in drop}
    # Marks on paragraph marks (w:pPr/w:rPr) and rows (w:trPr) first: they decide what goes.
    joining = []
    for mark in list(root.iter(*kept, *dropped)):
        holder = mark.getparent()
        if holder.tag == w("rPr") and holder.getparent().tag == w("pPr"):
            if mark.tag in dropped:
                joining.append(holder.getparent().getparent())
            holder.remove(mark)
        elif holder.tag == w("trPr"):
            if mark.tag in dropped:
                row = holder.getparent()
                row.getparent().remove(row)
            else:
                holder.remove(mark)
    for element in list(root.iter(*kept, *dropped, *_RANGES)):
        parent = element.getparent()
        if parent is None:
            continue
        if element.tag in kept:
            for text in element.iter(w("delText")):
                text.tag = w("t")
            index = parent.index(element)
            for offset, child in enumerate(list(element)):
                parent.insert(index + offset, child)
        parent.remove(element)
    for change in list(root.iter(w("pPrChange"))):
        ppr = change.getparent()
        if restore:
            _restore(ppr, change)
        ppr.remove(change)
    for paragraph in joining:
        _join_next(paragraph)
    for table in list(root.iter(w("tbl"))):
        if table.find(w("tr")) is None:
            table.getparent().remove(table)


def _restore(ppr: Any, change: Any) -> None:
    """Put back the properties *change* recorded (keeping the mark's w:rPr and w:sectPr)."""
    earlier = change.find(w("pPr"))
    for child in list(ppr):
        if child.tag not in (w("rPr"), w("sectPr"), w("pPrChange")):
            ppr.remove(child)
    if earlier is not None:
        for index, child in enumerate(list(earlier)):
            ppr.insert(index, child)


def _join_next(paragraph: Any) -> None:
    """A paragraph whose mark is gone: what is left of it starts the next paragraph."""
    parent = paragraph.getparent()
    if parent is None:
        return
    following = paragraph.getnext()
    while following is not None and following.tag != w("p"):
        if following.tag == w("tbl") or following.tag == w("sectPr"):
            following = None
            break
        following = following.getnext()
    content = [child for child in paragraph if child.tag != w("pPr")]
    if following is None:
        if not any(child.tag == w("r") for child in content):
            parent.remove(paragraph)
        return
    at = 1 if following.find(w("pPr")) is not None else 0
    for offset, child in enumerate(content):
        following.insert(at + offset, child)
    parent.remove(paragraph)


def paragraph_text(paragraph: Any) -> str:
    """What a paragraph shows (tabs and line breaks as \\t and \\n); deleted text counts."""
    parts = []
    for element in paragraph.iter(w("t"), w("delText"), w("tab"), w("br"), w("cr")):
        if element.tag in (w("t"), w("delText")):
            parts.append(element.text or "")
        elif element.tag == w("tab"):
            if element.getparent().tag == w("r"):
                parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def body_text(docx: bytes) -> list[str]:
    """Every paragraph of the body in order, a table's cell by cell, as python-docx reads
    them (runs outside any revision: text still inside w:ins or w:del is not counted)."""
    from docx import Document

    document = Document(io.BytesIO(docx))
    texts: list[str] = []

    def walk(container: Any) -> None:
        for block in container.iter_inner_content():
            if hasattr(block, "rows"):
                for row in block.rows:
                    for cell in row.cells:
                        walk(cell)
            else:
                texts.append(block.text)

    walk(document)
    return texts
