"""Content blocks (paragraphs, numbered paragraphs, headings, lists, tables, place and
date) and signature blocks, as the letters, the memorandum and the enclosures hold them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .phrases import Phrases, normal
from .reader import Item, Para, Table
from .state import ENDS_SENTENCE, HEADING_STYLES, State, is_heading

# ---------------------------------------------------------------------- signatures


def signature_lines(s: State, para: Para) -> list[str] | None:
    """A name line ("(Signed) Name") or a line in the signature style."""
    if s.p.signed.match(normal(para.text)) or para.style in ("Signature", "JointSignature"):
        return [para.text]
    return None


def signatory(p: Phrases, lines: list[str]) -> dict[str, Any]:
    titles_first = bool(p.t.setting("signature_titles_first"))
    name_at = next((i for i, line in enumerate(lines) if p.signed.match(normal(line))),
                   len(lines) - 1 if titles_first else 0)
    found = p.signed.match(normal(lines[name_at]))
    name = found["name"] if found else normal(lines[name_at])
    titles = [normal(line) for i, line in enumerate(lines) if i != name_at and line.strip()]
    return {"name": name, "titles": titles, "signed": found is not None}


def split_signatories(p: Phrases, lines: list[str]) -> list[list[str]]:
    """Several signature blocks one after the other: each starts (or, titles first, ends)
    at a name line."""
    titles_first = bool(p.t.setting("signature_titles_first"))
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        named = bool(p.signed.match(normal(line)))
        if named and not titles_first and current:
            blocks.append(current)
            current = []
        current.append(line)
        if named and titles_first:
            blocks.append(current)
            current = []
    if current:
        if blocks and titles_first:
            blocks[-1].extend(current)
        else:
            blocks.append(current)
    return blocks


def grid(p: Phrases, table: Table) -> list[dict[str, Any]] | None:
    """A table of signature blocks (a joint letter's signatories side by side)."""
    cells = [cell for row in table.rows for cell in row if cell.strip()]
    if not cells or not all(any(p.signed.match(normal(line)) for line in cell.split("\n"))
                            for cell in cells):
        return None
    return [signatory(p, [line for line in cell.split("\n") if line.strip()])
            for cell in cells]


def pull_titles(s: State, body: Blocks) -> list[str]:
    """Titles printed before the name (Chinese): the signature-style lines just read."""
    if not s.p.t.setting("signature_titles_first"):
        return []
    titles: list[str] = []
    while body.blocks and body.blocks[-1]["type"] == "paragraph" \
            and len(body.blocks[-1]["text"]) <= 30 and len(titles) < 4 \
            and not body.blocks[-1]["text"].endswith(ENDS_SENTENCE):
        titles.insert(0, body.blocks.pop()["text"])
    return titles


# ---------------------------------------------------------------------- content blocks


@dataclass
class Blocks:
    """Content blocks being read, with the lists still open."""

    s: State
    numbered_paragraphs: bool
    blocks: list[dict[str, Any]] = field(default_factory=list)
    #: The open lists, outermost first: (label key, list block).
    lists: list[tuple[tuple[str, str], dict[str, Any]]] = field(default_factory=list)
    paragraph_list: str | None = None

    def close(self) -> None:
        self.lists = []

    def add(self, block: dict[str, Any]) -> None:
        self.close()
        self.blocks.append(block)

    def paragraph(self, para: Para, numbered: bool = False) -> None:
        block: dict[str, Any] = {"type": "paragraph", "text": para.text}
        if numbered:
            block["numbered"] = True
        self.add(block)

    def item(self, para: Para) -> None:
        label = para.label
        assert label is not None
        if (self.numbered_paragraphs and label.style == "decimal" and label.level == 0
                and (self.paragraph_list == label.list_key
                     or (self.paragraph_list is None and not self.lists))):
            self.paragraph_list = label.list_key
            self.paragraph(para, numbered=True)
            return
        key = (f"{label.list_key}:{label.level}", label.style if label.typed else "")
        for depth, (open_key, _) in enumerate(self.lists):
            if open_key == key:
                del self.lists[depth + 1:]
                self.lists[-1][1]["items"].append({"text": para.text})
                return
        style = "numbered" if label.style == "decimal" else label.style
        new: dict[str, Any] = {"type": "list", "style": style, "items": [{"text": para.text}]}
        if label.number != 1:
            new["start"] = label.number
        if self.lists and len(self.lists) < 3:
            parent = self.lists[-1][1]["items"][-1]
            if "children" not in parent:
                parent["children"] = new
                self.lists.append((key, new))
                if label.level == 0:  # Word's own levels say so; a new list only follows
                    self.s.doubt(para, "import.sub_list")
                return
        self.close()
        self.blocks.append(new)
        self.lists.append((key, new))

    def table(self, table: Table) -> None:
        rows = [list(row) for row in table.rows]
        width = len(rows[0])
        for number, row in enumerate(rows[1:], start=2):
            if len(row) != width:
                self.s.doubt(table, "import.table_row", number=number, cells=len(row),
                             width=width)
                row[:] = (row + [""] * width)[:width]
        self.add({"type": "table", "header": rows[0][:12],
                  "rows": [row[:12] for row in rows[1:]]})

    def read(self, item: Item) -> None:
        p = self.s.p
        if isinstance(item, Table):
            self.table(item)
            return
        if item.label is not None:
            self.item(item)
            return
        line = normal(item.text)
        level = is_heading(item)
        place_date = p.place_date.match(line)
        if item.style == "PlaceDate" or (place_date and len(line) < 80):
            day = p.date(place_date["date"]) if place_date else None
            if place_date and day is not None:
                self.add({"type": "place_date", "place": place_date["place"].strip(),
                          "date": day.isoformat()})
                return
        if level:
            if item.style not in HEADING_STYLES:
                self.s.doubt(item, "import.heading_bold" if item.bold
                             else "import.heading_italic")
            self.add({"type": "heading", "level": level, "text": line})
            return
        self.paragraph(item)
