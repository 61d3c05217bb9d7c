"""The revisions of a PDF compared on what a reader is shown.

A PDF grows by incremental updates: each revision can redefine any object of the ones
before. verification.py asks, for every signature, what the revisions after it changed;
this module answers in words ("page content of page 1 was replaced in revision 3") with the
kind of each change, which the certification then allows or not.

How: the objects a revision redefined, plus every object that reaches one of them (found by
walking the revision's graph once and going back from the redefined ones), are the only
ones followed; pages are compared page by page (contents, the resources the unchanged
content uses, annotations, other keys), the catalog entry by entry, the form field by
field, the document information key by key.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader

from .findings import QT_TRANSLATE_NOOP


def plain(text: str) -> str:
    return text


@dataclass(frozen=True)
class Phrase:
    """Words with their values kept apart, so the window can say them in its language."""

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    def text(self, tr: Callable[[str], str] = plain) -> str:
        return tr(self.template).format(**{
            name: value.text(tr) if isinstance(value, Phrase) else value
            for name, value in self.values})

    def __str__(self) -> str:
        return self.text()


def phrase(template: str, **values: Any) -> Phrase:
    return Phrase(template, tuple(values.items()))



class Change(enum.IntEnum):
    """The kinds of later change, in the order of how much they may alter a document.

    The values follow ISO 32000's DocMDP levels: 1 permits only what does not change the
    document (signature maintenance), 2 adds form filling and signing, 3 adds annotations.
    """

    NONE = 0
    SIGNATURE_MAINTENANCE = 1
    SIGNING = 2
    FORM_FILLING = 3
    ANNOTATIONS = 4
    OTHER = 5

    @property
    def words(self) -> str:
        return _CHANGE_WORDS[self]


_CHANGE_WORDS = {
    Change.NONE: QT_TRANSLATE_NOOP("verification", "none"),
    Change.SIGNATURE_MAINTENANCE: QT_TRANSLATE_NOOP("verification", "signature maintenance"),
    Change.SIGNING: QT_TRANSLATE_NOOP("verification", "further signatures"),
    Change.FORM_FILLING: QT_TRANSLATE_NOOP("verification", "form filling"),
    Change.ANNOTATIONS: QT_TRANSLATE_NOOP("verification", "annotations"),
    Change.OTHER: QT_TRANSLATE_NOOP("verification", "other changes"),
}


@dataclass(frozen=True)
class RevisionChange:
    """One change a later revision made, in words."""

    revision: int  # 1 = the file as first written
    kind: Change
    what: Phrase

    @property
    def phrase(self) -> Phrase:
        """The change with its revision, as a phrase of its own."""
        return phrase(QT_TRANSLATE_NOOP("verification", "{what} in revision {revision}"),
                      what=self.what, revision=self.revision)

    def describe(self, tr: Callable[[str], str] = plain) -> str:
        return self.phrase.text(tr)



# Keys of the document information that signing tools update; any other change to /Info
# (title, author, subject, keywords, creator) is a change of what the reader is shown.
_INFO_KEYS_SIGNING_UPDATES = frozenset({"/ModDate", "/Producer"})
# Catalog entries that signing tools add or update and that change nothing shown: the
# PDF version and developer extensions (the form and validation data are looked into).
_CATALOG_KEYS_OF_SIGNING = frozenset({"/Version", "/Extensions"})
# XMP properties that signing tools rewrite at each signature (pyHanko sets the dates, the
# producer and the toolkit of a PDF/A file's metadata); any other change to the XMP (title,
# author, subject, the PDF/A or PDF/UA identification) is a change of the document.
_XMP_SIGNING_UPDATES = frozenset({
    "{http://ns.adobe.com/xap/1.0/}ModifyDate",
    "{http://ns.adobe.com/xap/1.0/}MetadataDate",
    "{http://ns.adobe.com/pdf/1.3/}Producer",
    "{adobe:ns:meta/}xmptk",
})
# XMP larger than this is not parsed: its change counts as a change.
_MAX_XMP_BYTES = 1_000_000
# Where the budget of compared objects runs out, the difference counts as a change.
_MAX_COMPARED = 200_000


class History:
    """The file's revisions, compared pairwise on what a reader sees."""

    def __init__(self, reader: PdfFileReader) -> None:
        self.reader = reader
        self.revisions = reader.xrefs.total_revisions
        self._cache: dict[int, tuple[RevisionChange, ...]] = {}

    def changes_in(self, revision: int) -> tuple[RevisionChange, ...]:
        """What revision *revision* (0-based) changed against the one before it."""
        if revision not in self._cache:
            try:
                found = tuple(_RevisionDiff(self.reader, revision).changes())
            except Exception as exc:  # a damaged revision is itself a change we can't vouch for
                found = (RevisionChange(revision + 1, Change.OTHER, phrase(QT_TRANSLATE_NOOP(
                    "verification", "a revision that cannot be read ({reason})"),
                    reason=str(exc))),)
            self._cache[revision] = found
        return self._cache[revision]


class _RevisionDiff:
    """One revision against the one before it, compared on what a reader is shown."""

    def __init__(self, reader: PdfFileReader, revision: int) -> None:
        self.revision = revision
        self.old: HistoricalResolver = reader.get_historical_resolver(revision - 1)
        self.new: HistoricalResolver = reader.get_historical_resolver(revision)
        touched = {(ref.idnum, ref.generation)
                   for ref in reader.xrefs.explicit_refs_in_revision(revision)}
        # Objects this revision redefined, and every object that reaches one of them:
        # anything else is, with all it refers to, the same in both revisions.
        self.dirty = _reaching([self.new.root, self._trailer_entry(self.new, "/Info")],
                               touched)
        # Pages are compared page by page; a reference to one elsewhere (an outline's
        # destination, an annotation's /P) is a link, compared as such.
        self.pages = {_ref(page) for page in _page_list(self.new.root)}
        self.budget = _MAX_COMPARED

    @staticmethod
    def _trailer_entry(resolver: HistoricalResolver, key: str) -> Any:
        """The trailer's *key* read in *resolver*'s revision (the trailer view's own
        references resolve in the newest revision)."""
        value = _raw(resolver.trailer_view, key)
        if isinstance(value, generic.IndirectObject):
            return resolver.get_object(value.reference)
        return value

    def change(self, level: Change, template: str, **values: Any) -> RevisionChange:
        return RevisionChange(self.revision + 1, level, phrase(template, **values))

    def changes(self) -> Iterator[RevisionChange]:
        old_trailer, new_trailer = self.old.trailer_view, self.new.trailer_view
        if _ref(_raw(old_trailer, "/Root")) != _ref(_raw(new_trailer, "/Root")):
            yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the document catalog was replaced"))
            return
        yield from self._info(old_trailer, new_trailer)
        old_root, new_root = self.old.root, self.new.root
        for key in sorted(set(old_root) | set(new_root)):
            if key in ("/Pages", "/AcroForm", "/DSS") or key in _CATALOG_KEYS_OF_SIGNING:
                continue
            if key == "/Metadata" and self._xmp_signing_update(_raw(old_root, key),
                                                               _raw(new_root, key)):
                continue
            if not self.same(_raw(old_root, key), _raw(new_root, key)):
                yield _catalog_change(self, key, key in old_root, key in new_root)
        if not self.same(_raw(old_root, "/DSS"), _raw(new_root, "/DSS")):
            yield self.change(Change.SIGNATURE_MAINTENANCE, QT_TRANSLATE_NOOP(
                "verification", "validation data (certificates, revocation) were added"))
        yield from self._form(old_root, new_root)
        yield from self._pages(old_root, new_root)

    # ---------------------------------------------------------------- document level
    def _info(self, old_trailer: Any, new_trailer: Any) -> Iterator[RevisionChange]:
        old_info = self._trailer_entry(self.old, "/Info")
        new_info = self._trailer_entry(self.new, "/Info")
        if old_info is None and new_info is None:
            return
        if not isinstance(old_info, generic.DictionaryObject) or \
                not isinstance(new_info, generic.DictionaryObject):
            yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the document information (/Info) was replaced"))
            return
        changed = sorted(key for key in set(old_info) | set(new_info)
                         if key not in _INFO_KEYS_SIGNING_UPDATES
                         and not self.same(_raw(old_info, key), _raw(new_info, key)))
        if changed:
            names = ", ".join(key.lstrip("/") for key in changed)
            yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the document information ({names}) was changed"), names=names)

    def _xmp_signing_update(self, old: Any, new: Any) -> bool:
        """Whether the XMP metadata changed only where signing tools update it (the dates,
        producer and toolkit), however its namespaces are declared."""
        if not (isinstance(old, generic.IndirectObject)
                and isinstance(new, generic.IndirectObject)):
            return False
        old_stream = self.old.get_object(old.reference)
        new_stream = self.new.get_object(new.reference)
        if not (isinstance(old_stream, generic.StreamObject)
                and isinstance(new_stream, generic.StreamObject)):
            return False
        kept = ("/Type", "/Subtype")
        if any(old_stream.get(key) != new_stream.get(key) for key in kept) or \
                set(old_stream) - {"/Length", "/Filter", "/DecodeParms"} != \
                set(new_stream) - {"/Length", "/Filter", "/DecodeParms"}:
            return False
        try:
            old_xmp, new_xmp = _xmp_tree(old_stream.data), _xmp_tree(new_stream.data)
        except Exception:  # a stream that cannot be decoded: the change counts
            return False
        return old_xmp is not None and old_xmp == new_xmp

    def _form(self, old_root: Any, new_root: Any) -> Iterator[RevisionChange]:
        old_form = _resolved(_raw(old_root, "/AcroForm"))
        new_form = _resolved(_raw(new_root, "/AcroForm"))
        if not isinstance(new_form, generic.DictionaryObject):
            if old_form is not None:
                yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the form (and its signature fields) was removed"))
            return
        old_fields = {name: (raw, obj) for raw, obj, name in _fields(old_form)} \
            if isinstance(old_form, generic.DictionaryObject) else {}
        for raw, obj, name in _fields(new_form):
            before = old_fields.pop(name, None)
            if before is not None and self.same(before[0], raw):
                continue
            if obj.get("/FT") == "/Sig":
                yield self._signature_field_change(name, before[1] if before else None, obj)
            elif before is None:
                yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "form field '{name}' was added"), name=name)
            else:
                yield self.change(Change.FORM_FILLING, QT_TRANSLATE_NOOP(
                "verification", "form field '{name}' was filled in"), name=name)
        for name in old_fields:
            yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "form field '{name}' was removed"), name=name)
        if isinstance(old_form, generic.DictionaryObject):
            for key in sorted(set(old_form) | set(new_form)):
                if key not in ("/Fields", "/SigFlags") and \
                        not self.same(_raw(old_form, key), _raw(new_form, key)):
                    yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the form's {key} entry was changed"), key=key.lstrip('/'))

    def _signature_field_change(self, name: str, before: Any, after: Any) -> RevisionChange:
        old_value, new_value = _raw(before, "/V") if before else None, _raw(after, "/V")
        if old_value is None and new_value is not None:
            return self.change(Change.SIGNING, QT_TRANSLATE_NOOP(
                "verification", "signature field '{name}' was signed"), name=name)
        if before is None:
            return self.change(Change.SIGNING, QT_TRANSLATE_NOOP(
                "verification", "an empty signature field '{name}' was added"), name=name)
        if not self.same(old_value, new_value):
            return self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the signature in field '{name}' was replaced"), name=name)
        return self.change(Change.SIGNING, QT_TRANSLATE_NOOP(
                "verification", "signature field '{name}' was updated"), name=name)

    # ---------------------------------------------------------------- pages
    def _pages(self, old_root: Any, new_root: Any) -> Iterator[RevisionChange]:
        old_pages, new_pages = _page_list(old_root), _page_list(new_root)
        if len(old_pages) != len(new_pages):
            yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the number of pages changed from {old} to {new}"),
                old=len(old_pages), new=len(new_pages))
        pairs = zip(old_pages, new_pages, strict=False)
        for number, (old_page, new_page) in enumerate(pairs, start=1):
            if not self.same(old_page, new_page, page=True):
                yield from self._page(number, _resolved(old_page), _resolved(new_page))

    def _page(self, number: int, old: Any, new: Any) -> Iterator[RevisionChange]:
        if not self.same(_raw(old, "/Contents"), _raw(new, "/Contents")):
            old_streams, new_streams = _content_refs(old), _content_refs(new)
            kept = [ref for ref in old_streams if ref in new_streams and ref not in self.dirty]
            if old_streams and kept == old_streams:
                yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "content was drawn over page {page}"), page=number)
            else:
                yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "page content of page {page} was replaced"), page=number)
        elif self._resources_changed(_resolved(_raw(old, "/Resources")),
                                     _resolved(_raw(new, "/Resources"))):
            yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the fonts or images of page {page} were changed"), page=number)
        yield from self._annotations(number, old, new)
        for key in sorted(set(old) | set(new)):
            if key not in ("/Contents", "/Resources", "/Annots", "/Parent") and \
                    not self.same(_raw(old, key), _raw(new, key)):
                yield self.change(Change.OTHER, QT_TRANSLATE_NOOP(
                "verification", "the {key} of page {page} was changed"),
                    key=key.lstrip("/"), page=number)

    def _resources_changed(self, old: Any, new: Any) -> bool:
        """Whether a font, image or other resource the (unchanged) content uses was changed
        or removed. Names only added are not drawn by that content: a font added to a
        dictionary that several pages share changes nothing on the others."""
        if not isinstance(old, generic.DictionaryObject) or \
                not isinstance(new, generic.DictionaryObject):
            return not self.same(old, new)
        for category in old:
            old_entries, new_entries = _resolved(old.raw_get(category)), \
                _resolved(_raw(new, category))
            if isinstance(old_entries, generic.DictionaryObject) and \
                    isinstance(new_entries, generic.DictionaryObject):
                if any(name not in new_entries
                       or not self.same(old_entries.raw_get(name), new_entries.raw_get(name))
                       for name in old_entries):
                    return True
            elif not self.same(old.raw_get(category), _raw(new, category)):
                return True
        return False

    def _annotations(self, number: int, old: Any, new: Any) -> Iterator[RevisionChange]:
        old_annotations = {_ref(item): item for item in _resolved(_raw(old, "/Annots")) or []}
        for item in _resolved(_raw(new, "/Annots")) or []:
            before = old_annotations.pop(_ref(item), None)
            annotation = _resolved(item)
            if _is_signature_widget(annotation):
                continue  # named by the form's analysis
            if before is not None and self.same(before, item):
                continue
            subtype = str(annotation.get("/Subtype", "/Annot")).lstrip("/") \
                if isinstance(annotation, generic.DictionaryObject) else "unknown"
            if before is None:
                yield self.change(Change.ANNOTATIONS, QT_TRANSLATE_NOOP(
                    "verification", "a {subtype} annotation was added to page {page}"),
                    subtype=subtype, page=number)
            else:
                yield self.change(Change.ANNOTATIONS, QT_TRANSLATE_NOOP(
                    "verification", "a {subtype} annotation was changed on page {page}"),
                    subtype=subtype, page=number)
        for _ in old_annotations:
            yield self.change(Change.ANNOTATIONS, QT_TRANSLATE_NOOP(
                "verification", "an annotation was removed from page {page}"), page=number)

    # ---------------------------------------------------------------- comparison
    def same(self, old: Any, new: Any, page: bool = False) -> bool:
        """Whether *old* (read in the previous revision) and *new* (in this one) are the
        same object graph. Objects outside the dirty set are not followed, nor pages
        reached from elsewhere; with *page*, *old* and *new* are the pages compared."""
        seen: set[tuple[int, int]] = set()
        if page and isinstance(new, generic.IndirectObject) and _ref(old) == _ref(new):
            if _ref(new) not in self.dirty:
                return True
            seen.add(_ref(new))
            return self._same(self.old.get_object(old.reference),
                              self.new.get_object(new.reference), seen, 0)
        return self._same(old, new, seen, 0)

    def _same(self, old: Any, new: Any, seen: set[tuple[int, int]], depth: int) -> bool:
        self.budget -= 1
        if self.budget < 0 or depth > 64:
            return False  # too large to compare: count it as changed
        if isinstance(old, generic.IndirectObject) or isinstance(new, generic.IndirectObject):
            if not (isinstance(old, generic.IndirectObject)
                    and isinstance(new, generic.IndirectObject)) or _ref(old) != _ref(new):
                return False
            ref = _ref(new)
            if ref not in self.dirty or ref in seen or ref in self.pages:
                return True
            seen.add(ref)
            return self._same(self.old.get_object(old.reference),
                              self.new.get_object(new.reference), seen, depth + 1)
        if isinstance(old, generic.StreamObject) or isinstance(new, generic.StreamObject):
            return (isinstance(old, generic.StreamObject)
                    and isinstance(new, generic.StreamObject)
                    and old.encoded_data == new.encoded_data
                    and self._same_dict(old, new, seen, depth))
        if isinstance(old, generic.DictionaryObject) or isinstance(new, generic.DictionaryObject):
            return (isinstance(old, generic.DictionaryObject)
                    and isinstance(new, generic.DictionaryObject)
                    and self._same_dict(old, new, seen, depth))
        if isinstance(old, generic.ArrayObject) or isinstance(new, generic.ArrayObject):
            return (isinstance(old, generic.ArrayObject)
                    and isinstance(new, generic.ArrayObject) and len(old) == len(new)
                    and all(self._same(a, b, seen, depth + 1)
                            for a, b in zip(old, new, strict=True)))
        return bool(old == new)

    def _same_dict(self, old: Any, new: Any, seen: set[tuple[int, int]], depth: int) -> bool:
        if set(old) != set(new):
            return False
        return all(self._same(old.raw_get(key), new.raw_get(key), seen, depth + 1)
                   for key in old if key != "/Parent")


def _reaching(roots: list[Any], touched: set[tuple[int, int]],
              limit: int = 500_000) -> set[tuple[int, int]] | _Everything:
    """The objects of the revision that are in *touched* or refer, directly or through
    others, to one that is (found by walking the graph once, then back from *touched*)."""
    parents: dict[tuple[int, int], set[tuple[int, int]]] = {}
    stack: list[tuple[tuple[int, int], Any]] = [((-1, -1), root) for root in roots]
    visited: set[tuple[int, int]] = set()
    while stack:
        owner, value = stack.pop()
        if len(visited) > limit:
            return _Everything()
        if isinstance(value, generic.IndirectObject):
            ref = _ref(value)
            parents.setdefault(ref, set()).add(owner)
            if ref in visited:
                continue
            visited.add(ref)
            try:
                stack.append((ref, value.get_object()))  # type: ignore[no-untyped-call]
            except Exception:
                continue
        elif isinstance(value, generic.DictionaryObject):  # streams included
            stack.extend((owner, value.raw_get(key)) for key in value)
        elif isinstance(value, generic.ArrayObject):
            stack.extend((owner, item) for item in value)
    dirty = set(touched)
    queue = list(touched)
    while queue:
        for parent in parents.get(queue.pop(), ()):
            if parent not in dirty:
                dirty.add(parent)
                queue.append(parent)
    return dirty


class _Everything:
    """A set that holds every reference: used when a graph is too large to walk."""

    def __contains__(self, item: object) -> bool:
        return True


_XmpNode = tuple[str, tuple[tuple[str, str], ...], str, tuple[Any, ...]]


_RDF_DESCRIPTION = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description"
_XMP_META = "{adobe:ns:meta/}xmpmeta"
# Deeper XMP is not compared: its change counts as a change.
_MAX_XMP_DEPTH = 64


class _XmpRefused(ValueError):
    """XMP that is not compared (a document type or entity declaration, too deep)."""


def _parse_xmp(data: bytes) -> ElementTree.Element:
    """The XMP packet as an element tree, namespaces resolved ("{uri}name"); a document
    type or entity declaration is refused, whatever the packet's encoding (expat's own
    handlers see them, not a search of the bytes), so no entity is ever expanded."""
    builder = ElementTree.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")

    def name(raw: str) -> str:
        return "{" + raw if "}" in raw else raw

    def refuse(*_args: object) -> None:
        raise _XmpRefused("XMP with a document type or entity declarations")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = lambda tag, attributes: builder.start(
        name(tag), {name(key): value for key, value in attributes.items()})
    parser.EndElementHandler = lambda tag: builder.end(name(tag))
    parser.CharacterDataHandler = builder.data
    parser.Parse(data, True)
    return builder.close()


def _signing_update(parent: ElementTree.Element, child: ElementTree.Element) -> bool:
    """Whether *child* is a property signing tools rewrite, where they write it: a leaf
    element right under an rdf:Description (no elements inside it, nothing after it)."""
    return (child.tag in _XMP_SIGNING_UPDATES and parent.tag == _RDF_DESCRIPTION
            and len(child) == 0 and not (child.tail or "").strip())


def _xmp_tree(data: bytes) -> _XmpNode | None:
    """The XMP packet as (tag, attributes, text, children), namespaces resolved, without
    the properties signing tools update (as attributes of rdf:Description or x:xmpmeta, or
    leaf elements under rdf:Description) and without white space between elements; None
    when it is not compared (too large, too deep, declarations of entities)."""
    if len(data) > _MAX_XMP_BYTES:
        return None
    try:
        root = _parse_xmp(data)
    except (_XmpRefused, expat.ExpatError, ValueError, LookupError):
        return None

    def node(element: ElementTree.Element, depth: int) -> _XmpNode:
        if depth > _MAX_XMP_DEPTH:
            raise _XmpRefused("XMP nested too deep")
        where_signing_writes = element.tag in (_RDF_DESCRIPTION, _XMP_META)
        attributes = tuple(sorted(
            (key, value) for key, value in element.attrib.items()
            if not (where_signing_writes and key in _XMP_SIGNING_UPDATES)))
        children = tuple(node(child, depth + 1) for child in element
                         if not _signing_update(element, child))
        text = (element.text or "").strip() + "\0" + (element.tail or "").strip()
        return (str(element.tag), attributes, text, children)

    try:
        return node(root, 0)
    except _XmpRefused:
        return None


def _raw(container: Any, key: str) -> Any:
    """The entry *key* of a dictionary as written (a reference stays a reference)."""
    if not isinstance(container, generic.DictionaryObject) or key not in container:
        return None
    return container.raw_get(key)


def _fields(form: Any) -> Iterator[tuple[Any, Any, str]]:
    """(as written, resolved, full name) of every field of the form, kids included."""
    stack = [(item, "") for item in (_resolved(_raw(form, "/Fields")) or [])]
    seen: set[tuple[int, int]] = set()
    while stack and len(seen) < 10_000:
        item, prefix = stack.pop()
        obj = _first_visit(item, seen)
        if obj is None:
            continue
        name = f"{prefix}.{obj.get('/T', '')}" if prefix else str(obj.get("/T", ""))
        yield item, obj, name
        for kid in _resolved(_raw(obj, "/Kids")) or []:
            resolved = _resolved(kid)
            if isinstance(resolved, generic.DictionaryObject) and "/T" in resolved:
                stack.append((kid, name))


def _first_visit(item: Any, seen: set[tuple[int, int]]) -> Any:
    """The dictionary *item* refers to, or None if it is none or was visited (a loop)."""
    ref = _ref(item)
    if ref != (-1, -1):
        if ref in seen:
            return None
        seen.add(ref)
    obj = _resolved(item)
    return obj if isinstance(obj, generic.DictionaryObject) else None


def _ref(obj: Any) -> tuple[int, int]:
    if isinstance(obj, generic.IndirectObject):
        return obj.idnum, obj.generation
    return -1, -1


def _resolved(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, generic.IndirectObject) else obj  # type: ignore[no-untyped-call]


def _content_refs(page: Any) -> list[tuple[int, int]]:
    raw = _raw(page, "/Contents")
    contents = _resolved(raw)
    if isinstance(contents, generic.ArrayObject):
        return [_ref(item) for item in contents]
    return [_ref(raw)] if raw is not None else []


def _is_signature_widget(obj: Any) -> bool:
    if not isinstance(obj, generic.DictionaryObject):
        return False
    if obj.get("/Subtype") != "/Widget":
        return False
    parent = _resolved(_raw(obj, "/Parent")) if "/Parent" in obj else obj
    return isinstance(parent, generic.DictionaryObject) and parent.get("/FT") == "/Sig"


def _page_list(root: Any, limit: int = 20_000) -> list[Any]:
    """The leaf page objects (as references where they are indirect), in order."""
    pages: list[Any] = []
    stack = [_raw(root, "/Pages")]
    seen: set[tuple[int, int]] = set()
    while stack and len(pages) < limit:
        node = stack.pop()
        obj = _first_visit(node, seen)
        if obj is None:
            continue
        if obj.get("/Type") == "/Pages" or "/Kids" in obj:
            kids = _resolved(_raw(obj, "/Kids"))
            stack.extend(reversed(list(kids or [])))
        else:
            pages.append(node)
    return pages


def _catalog_change(diff: _RevisionDiff, key: str, before: bool,
                    after: bool) -> RevisionChange:
    name = key.lstrip("/")
    if not before:
        return diff.change(Change.OTHER, QT_TRANSLATE_NOOP(
            "verification", "the document catalog entry {key} was added"), key=name)
    if not after:
        return diff.change(Change.OTHER, QT_TRANSLATE_NOOP(
            "verification", "the document catalog entry {key} was removed"), key=name)
    return diff.change(Change.OTHER, QT_TRANSLATE_NOOP(
        "verification", "the document catalog entry {key} was changed"), key=name)
