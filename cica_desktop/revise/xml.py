"""The few XML operations the revisions need, through python-docx's own lxml parser (its
custom element classes read like plain lxml elements)."""

from __future__ import annotations

from typing import Any

from docx.opc.oxml import serialize_part_xml
from docx.oxml.parser import OxmlElement, parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(name: str) -> str:
    """Clark notation of a WordprocessingML name: w("ins") -> "{…/main}ins"."""
    return f"{{{W}}}{name}"


def parse(data: bytes) -> Any:
    return parse_xml(data)


def serialize(root: Any) -> bytes:
    """A part's XML as Word stores it (UTF-8, standalone declaration)."""
    return bytes(serialize_part_xml(root))


def element(name: str) -> Any:
    """A new w:*name* element."""
    return OxmlElement(f"w:{name}")


def sub(parent: Any, name: str) -> Any:
    """A new w:*name* element appended to *parent*."""
    child = element(name)
    parent.append(child)
    return child
