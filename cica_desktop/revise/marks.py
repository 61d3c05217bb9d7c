"""The new version's DOCX, as the renderer wrote it, with every difference from the old
version marked as a Word revision (ECMA-376 Part 1, 17.13 "Annotations": w:ins, w:del,
w:moveFrom/w:moveTo with their range marks, a paragraph mark's revision in w:pPr/w:rPr,
w:pPrChange, a table row's in w:trPr).

Deleted and moved-from paragraphs are copied from the old version's DOCX (rendered by the
same renderer, so styles and numbering carry over; a copy's list is the new version's list
its neighbours came from). Each unit is found in the rendered body by its text, in order:
the renderer writes one paragraph per unit, and other paragraphs (a table's spacer, a
picture) match none."""

from __future__ import annotations

import copy
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from .diff import Change, Op, Step, word_spans
from .review import paragraph_text
from .units import Unit, UnitKind
from .xml import element as new_element
from .xml import sub, w

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

#: w:pPr children that come after w:rPr (the paragraph mark's run properties).
_AFTER_MARK = (w("sectPr"), w("pPrChange"))
#: w:trPr children that come after w:ins/w:del, and the marks themselves.
_AFTER_ROW_MARK = (w("trPrChange"),)
_ROW_MARKS = (w("ins"), w("del"), w("trPrChange"))
#: CT_Settings children before w:trackRevisions (ECMA-376 Part 1, 17.15.1.78).
_SETTINGS_BEFORE = frozenset(w(n) for n in (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
    "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
    "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter",
    "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle",
    "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView"))


class RevisionError(RuntimeError):
    """The rendered DOCX does not hold a unit where the tree says it is."""


@dataclass(frozen=True)
class Author:
    """Who made the revisions and when (Word's w:author, w:date: UTC, ISO 8601)."""

    name: str
    date: str


class _Marker:
    def __init__(self, author: Author) -> None:
        self.author = author
        self._ids = itertools.count(1000)  # apart from the renderer's bookmark ids

    def element(self, tag: str, **attributes: str) -> Any:
        element = new_element(tag)
        element.set(w("id"), str(next(self._ids)))
        element.set(w("author"), self.author.name)
        element.set(w("date"), self.author.date)
        for key, value in attributes.items():
            element.set(w(key), value)
        return element

    def end(self, tag: str, start: Any) -> Any:
        element = new_element(tag)
        element.set(w("id"), start.get(w("id")))
        return element


# ---------------------------------------------------------------------- finding units


def locate(body: Any, units: Sequence[Unit]) -> list[Any]:
    """The body element (w:p or w:tbl) of each unit, in order."""
    children = [child for child in body if child.tag in (w("p"), w("tbl"))]
    found: list[Any] = []
    position = 0
    for unit in units:
        tag = w("tbl") if unit.kind is UnitKind.TABLE else w("p")
        for index in range(position, len(children)):
            element = children[index]
            if element.tag == tag and (unit.kind is UnitKind.TABLE
                                       or _same_text(paragraph_text(element), unit.text)):
                found.append(element)
                position = index + 1
                break
        else:
            raise RevisionError(f"the DOCX has no paragraph “{unit.text[:60]}” where the "
                                "document has it")
    return found


def _same_text(shown: str | None, text: str) -> bool:
    # The renderer drops a paragraph's leading line breaks; nothing else differs.
    return shown == text or shown == text.lstrip("\n")


# ---------------------------------------------------------------------- runs as atoms


@dataclass(frozen=True, slots=True)
class _Atom:
    run: Any  # the w:r it came from (its w:rPr formats it)
    char: str  # one character; "\t" a w:tab, "\n" a w:br


def _atoms(paragraph: Any) -> list[_Atom]:
    atoms: list[_Atom] = []
    for run in paragraph.iterchildren(w("r")):  # a field's runs (w:fldSimple) are not text
        for child in run:
            if child.tag in (w("t"), w("delText")):
                atoms.extend(_Atom(run, char) for char in child.text or "")
            elif child.tag == w("tab"):
                atoms.append(_Atom(run, "\t"))
            elif child.tag in (w("br"), w("cr")):
                atoms.append(_Atom(run, "\n"))
    return atoms


def _runs(atoms: Sequence[_Atom], deleted: bool) -> Iterator[Any]:
    """New w:r elements for *atoms*, one per stretch from the same source run."""
    for source, group in itertools.groupby(atoms, key=lambda atom: atom.run):
        run = new_element("r")
        rpr = source.find(w("rPr"))
        if rpr is not None:
            run.append(copy.deepcopy(rpr))
        chars = "".join(atom.char for atom in group)
        for piece in re.split(r"([\t\n])", chars):
            if piece == "\t":
                sub(run, "tab")
            elif piece == "\n":
                sub(run, "br")
            elif piece:
                element = sub(run, "delText" if deleted else "t")
                element.text = piece
                element.set(XML_SPACE, "preserve")
        yield run


def _plain_text(paragraph: Any) -> str | None:
    """The text of a paragraph whose runs are all its own children, else None (a field, a
    hyperlink: not marked word by word)."""
    text = "".join(atom.char for atom in _atoms(paragraph))
    return text if text == paragraph_text(paragraph) else None


def _content(paragraph: Any) -> list[Any]:
    return [child for child in paragraph if child.tag != w("pPr")]


def _first_content_index(paragraph: Any) -> int:
    return 1 if paragraph.find(w("pPr")) is not None else 0


# ---------------------------------------------------------------------- the marker


class Revisions:
    """Marks the steps of `diff.align` in the new version's body."""

    def __init__(self, author: Author, old_body: Any, new_body: Any,
                 old_units: Sequence[Unit], new_units: Sequence[Unit]) -> None:
        self.marker = _Marker(author)
        self.old_units, self.new_units = old_units, new_units
        self.old_at = locate(old_body, old_units)
        self.new_at = locate(new_body, new_units)
        self.new_body = new_body
        self._lists: dict[str, str] = {}

    def mark(self, steps: Sequence[Step]) -> None:
        self._lists = self._list_map(steps)
        pending: list[Any] = []  # copies of old elements, placed before the next new unit
        last: Any = None
        for step in steps:
            if step.new is not None:
                element = self.new_at[step.new]
                for copied in pending:
                    element.addprevious(copied)
                pending = []
                last = element
                self._mark_new(step, element)
            else:
                assert step.old is not None
                pending.extend(self._old_copy(step))
        anchor = last
        for copied in pending:
            if anchor is None:
                self.new_body.insert(0, copied)
            else:
                anchor.addnext(copied)
            anchor = copied

    # -- the new version's units
    def _mark_new(self, step: Step, element: Any) -> None:
        unit = self.new_units[step.new] if step.new is not None else None
        assert unit is not None
        match step.change:
            case Change.SAME:
                self._property_change(step, element)
            case Change.CHANGED if unit.kind is UnitKind.TABLE:
                assert step.old is not None
                self._table_changes(self.old_at[step.old], element)
            case Change.CHANGED:
                assert step.old is not None
                self._word_changes(self.old_at[step.old], element,
                                   self.old_units[step.old], unit)
                self._property_change(step, element)
            case Change.INSERTED:
                self._whole(element, "ins")
            case Change.MOVED_TO:
                self._whole(element, "moveTo", move=step.move)
            case _:
                raise AssertionError(step)

    def _property_change(self, step: Step, element: Any) -> None:
        """w:pPrChange with the old paragraph's properties, when its style or its number
        changed (Word renumbers a list itself: the change tells the reader it did)."""
        assert step.old is not None and step.new is not None
        old, new = self.old_units[step.old], self.new_units[step.new]
        if old.kind is not UnitKind.PARAGRAPH or (old.style == new.style
                                                  and old.label == new.label):
            return
        old_ppr = self.old_at[step.old].find(w("pPr"))
        earlier = new_element("pPr")
        if old_ppr is not None:
            for child in old_ppr:
                if child.tag not in (w("rPr"), w("sectPr"), w("pPrChange")):
                    earlier.append(copy.deepcopy(child))
        self._renumber(earlier)
        change = self.marker.element("pPrChange")
        change.append(earlier)
        ppr = self._ppr(element)
        ppr.append(change)  # last in w:pPr

    def _word_changes(self, old_p: Any, new_p: Any, old: Unit, new: Unit) -> None:
        if not (_same_text(_plain_text(old_p), old.text)
                and _same_text(_plain_text(new_p), new.text)):
            raise RevisionError(f"the DOCX paragraph “{new.text[:60]}” differs from the "
                                "document's")
        self.word_changes(old_p, new_p)

    def word_changes(self, old_p: Any, new_p: Any) -> None:
        """*new_p*'s runs split where words were inserted (w:ins), with the old words that
        were deleted (w:del, formatted as the old runs were) where they stood."""
        old_atoms, new_atoms = _atoms(old_p), _atoms(new_p)
        old_text = "".join(a.char for a in old_atoms)
        new_text = "".join(a.char for a in new_atoms)
        runs = [run for run in _content(new_p) if run.tag == w("r")]
        if not runs:
            at = _first_content_index(new_p)
        else:
            at = new_p.index(runs[0])
            for run in runs:
                new_p.remove(run)
        for span in word_spans(old_text, new_text):
            match span.op:
                case Op.EQUAL:
                    pieces = list(_runs(new_atoms[span.new_start:span.new_end], False))
                case Op.INSERT:
                    wrapper = self.marker.element("ins")
                    wrapper.extend(_runs(new_atoms[span.new_start:span.new_end], False))
                    pieces = [wrapper]
                case Op.DELETE:
                    wrapper = self.marker.element("del")
                    wrapper.extend(_runs(old_atoms[span.old_start:span.old_end], True))
                    pieces = [wrapper]
            for piece in pieces:
                new_p.insert(at, piece)
                at += 1

    def _table_changes(self, old_table: Any, new_table: Any) -> None:
        """A changed table, row by row: rows aligned by their text; a row whose cells hold
        as many paragraphs as before is marked word by word, others are the old row
        deleted (copied back, with the new table's cell widths) and the new one inserted."""
        old_rows, new_rows = old_table.findall(w("tr")), new_table.findall(w("tr"))
        matcher = SequenceMatcher(None, [_row_text(r) for r in old_rows],
                                  [_row_text(r) for r in new_rows], autojunk=False)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            olds, news = old_rows[i1:i2], new_rows[j1:j2]
            paired = 0
            if tag == "replace":
                while (paired < min(len(olds), len(news))
                       and _same_shape(olds[paired], news[paired])):
                    self._row_words(olds[paired], news[paired])
                    paired += 1
            for row in news[paired:]:
                self._whole(row, "ins")
            model = new_rows[j1 - 1] if j1 else new_rows[0]
            following = news[paired] if paired < len(news) else (
                None if news else new_rows[j1] if j1 < len(new_rows) else None)
            cursor = news[-1] if news else None
            for row in olds[paired:]:
                copied = copy.deepcopy(row)
                _take_widths(copied, model)
                self._whole(copied, "del", deleted=True)
                if following is not None:
                    following.addprevious(copied)
                elif cursor is not None:
                    cursor.addnext(copied)
                    cursor = copied
                else:
                    new_table.append(copied)

    def _row_words(self, old_row: Any, new_row: Any) -> None:
        for old_p, new_p in zip(old_row.iter(w("p")), new_row.iter(w("p")), strict=True):
            if _plain_text(old_p) != _plain_text(new_p):
                self.word_changes(old_p, new_p)

    def _whole(self, element: Any, kind: str, move: int = 0, deleted: bool = False) -> None:
        """Every run of *element* (a paragraph, or each paragraph of a table) inside one
        revision of *kind*, its paragraph marks too; a table's rows are marked as well."""
        if element.tag in (w("tbl"), w("tr")):
            for row in element.iter(w("tr")):
                self._row_mark(row, kind)
            for paragraph in element.iter(w("p")):
                self._whole(paragraph, kind, deleted=deleted)
            return
        runs = [child for child in element if child.tag == w("r")]
        if runs:
            wrapper = self.marker.element(kind)
            runs[0].addprevious(wrapper)
            for run in runs:
                if deleted and kind == "del":
                    for text in run.iter(w("t")):
                        text.tag = w("delText")
                wrapper.append(run)
        if move:
            name = f"move{move}"
            start = self.marker.element(f"{kind}RangeStart", name=name)
            element.insert(_first_content_index(element), start)
            element.append(self.marker.end(f"{kind}RangeEnd", start))
        self._paragraph_mark(element, kind)

    def _paragraph_mark(self, paragraph: Any, kind: str) -> None:
        ppr = self._ppr(paragraph)
        rpr = ppr.find(w("rPr"))
        if rpr is None:
            rpr = new_element("rPr")
            later = [child for child in ppr if child.tag in _AFTER_MARK]
            if later:
                later[0].addprevious(rpr)
            else:
                ppr.append(rpr)
        rpr.insert(0, self.marker.element(kind))

    def _row_mark(self, row: Any, kind: str) -> None:
        trpr = row.find(w("trPr"))
        if trpr is None:
            trpr = new_element("trPr")
            before = row.find(w("tblPrEx"))
            if before is not None:
                before.addnext(trpr)
            else:
                row.insert(0, trpr)
        if all(child.tag in _ROW_MARKS for child in trpr):
            # The schema wants a row property before the mark (CT_TrPrBase is a choice of
            # at least one): "may break across pages", Word's default, changes nothing.
            neutral = new_element("cantSplit")
            neutral.set(w("val"), "off")
            trpr.insert(0, neutral)
        mark = self.marker.element(kind)
        later = [child for child in trpr if child.tag in _AFTER_ROW_MARK]
        if later:
            later[0].addprevious(mark)
        else:
            trpr.append(mark)

    @staticmethod
    def _ppr(paragraph: Any) -> Any:
        ppr = paragraph.find(w("pPr"))
        if ppr is None:
            ppr = new_element("pPr")
            paragraph.insert(0, ppr)
        return ppr

    # -- the old version's units
    def _old_copy(self, step: Step) -> list[Any]:
        """A deleted (or moved-away) unit, copied from the old DOCX and marked; a deleted
        table brings its spacer paragraph along."""
        assert step.old is not None
        source = self.old_at[step.old]
        element = copy.deepcopy(source)
        # The old version's bookmarks would repeat the new version's names and ids.
        for mark in list(element.iter(w("bookmarkStart"), w("bookmarkEnd"))):
            mark.getparent().remove(mark)
        for ppr in element.iter(w("pPr")):
            self._renumber(ppr)
        copies = [element]
        if step.change is Change.MOVED_FROM:
            self._whole(element, "moveFrom", move=step.move)
        else:
            self._whole(element, "del", deleted=True)
            spacer = source.getnext()
            if (source.tag == w("tbl") and spacer is not None and spacer.tag == w("p")
                    and not paragraph_text(spacer)):
                spacer_copy = copy.deepcopy(spacer)
                self._whole(spacer_copy, "del", deleted=True)
                copies.append(spacer_copy)
        return copies

    def _list_map(self, steps: Sequence[Step]) -> dict[str, str]:
        """Old list (w:numId) -> the new list its paragraphs mostly went to."""
        votes: dict[str, Counter[str]] = {}
        for step in steps:
            if step.old is None or step.new is None:
                continue
            old_num, new_num = _num_id(self.old_at[step.old]), _num_id(self.new_at[step.new])
            if old_num and new_num:
                votes.setdefault(old_num, Counter())[new_num] += 1
        return {old: counter.most_common(1)[0][0] for old, counter in votes.items()}

    def _renumber(self, ppr: Any) -> None:
        """An old paragraph's list, as the new version's list (or none, when its whole list
        is gone: the numbering part is the new version's)."""
        num_pr = ppr.find(w("numPr"))
        if num_pr is None:
            return
        num = num_pr.find(w("numId"))
        new_num = self._lists.get(num.get(w("val")) if num is not None else "")
        if num is None or new_num is None:
            ppr.remove(num_pr)
        else:
            num.set(w("val"), new_num)


def _row_text(row: Any) -> str:
    return "\t".join(paragraph_text(cell) for cell in row.iter(w("tc")))


def _same_shape(old_row: Any, new_row: Any) -> bool:
    """Rows with as many cells, each with as many paragraphs, all of plain text."""
    old_cells, new_cells = old_row.findall(w("tc")), new_row.findall(w("tc"))
    if len(old_cells) != len(new_cells):
        return False
    for old_cell, new_cell in zip(old_cells, new_cells, strict=True):
        old_ps, new_ps = old_cell.findall(w("p")), new_cell.findall(w("p"))
        if len(old_ps) != len(new_ps) or any(
                _plain_text(p) is None for p in (*old_ps, *new_ps)):
            return False
    return True


def _take_widths(row: Any, model: Any) -> None:
    """An old row copied into the new table takes the new table's cell widths."""
    widths = [cell.find(f"{w('tcPr')}/{w('tcW')}") for cell in model.findall(w("tc"))]
    cells = row.findall(w("tc"))
    if len(widths) != len(cells):
        return
    for cell, width in zip(cells, widths, strict=True):
        old = cell.find(f"{w('tcPr')}/{w('tcW')}")
        if old is not None and width is not None:
            old.getparent().replace(old, copy.deepcopy(width))


def _num_id(element: Any) -> str:
    if element.tag != w("p"):
        return ""
    num = element.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}")
    return str(num.get(w("val"))) if num is not None else ""


def track_revisions(settings: Any) -> None:
    """w:trackRevisions in the settings: the reader's own edits are tracked too."""
    if settings.find(w("trackRevisions")) is not None:
        return
    element = new_element("trackRevisions")
    for child in settings:
        if child.tag not in _SETTINGS_BEFORE:
            child.addprevious(element)
            return
    settings.append(element)


def lists_of_their_own(numbering: Any) -> None:
    """Each list (w:num) its own abstract definition, starting where its override starts
    it. Word numbers both forms alike; LibreOffice, once a document has tracked changes,
    runs lists that share a definition on as one list (1-9 in the memorandum, then 10 in
    the resolution)."""
    abstracts = {a.get(w("abstractNumId")): a for a in numbering.findall(w("abstractNum"))}
    taken = {int(key) for key in abstracts if key and key.isdigit()}
    used: set[str] = set()
    for num in numbering.findall(w("num")):
        reference = num.find(w("abstractNumId"))
        if reference is None:
            continue
        key = reference.get(w("val"))
        if key in used and key in abstracts:
            clone = copy.deepcopy(abstracts[key])
            new_key = max(taken, default=0) + 1
            taken.add(new_key)
            clone.set(w("abstractNumId"), str(new_key))
            numbering.findall(w("abstractNum"))[-1].addnext(clone)
            reference.set(w("val"), str(new_key))
        used.add(key or "")


def mark_part(revisions: Revisions, old_root: Any, new_root: Any) -> int:
    """The words changed in a header or footer (the masthead's date, the symbol), when both
    versions have the same paragraphs there; how many paragraphs were marked."""
    old_ps, new_ps = list(old_root.iter(w("p"))), list(new_root.iter(w("p")))
    if len(old_ps) != len(new_ps):
        return 0
    marked = 0
    for old_p, new_p in zip(old_ps, new_ps, strict=True):
        old_text, new_text = _plain_text(old_p), _plain_text(new_p)
        if old_text is not None and new_text is not None and old_text != new_text:
            revisions.word_changes(old_p, new_p)
            marked += 1
    return marked
