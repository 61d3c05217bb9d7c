"""Attacks on a signed PDF, made by the tests themselves from a freshly signed file.

Each function takes the signed bytes and returns the attacked bytes. They are the ways a
signed letter can be changed after signing that a careless validator calls "valid":
incremental updates that replace what a page shows, bytes that no signature covers, and
damaged signature values. See tests/test_signature_attacks.py for the verdict each gets.
"""

from __future__ import annotations

import io
import re

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

FORGED_TEXT = b"BT /FForged 12 Tf 72 400 Td (We withdraw the request.) Tj ET"


def _byte_range(pdf: bytes) -> tuple[int, int, int, int]:
    """The /ByteRange of the last signature in *pdf*."""
    *_, match = re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    a, b, c, d = (int(value) for value in match.groups())
    return a, b, c, d


def flip_byte_inside_signed_range(pdf: bytes) -> bytes:
    """One byte of the page content (inside the signed range) changed in place."""
    data = bytearray(pdf)
    position = data.index(b"/Producer")
    data[position + 1] = ord("Q")
    return bytes(data)


def flip_byte_outside_signed_range(pdf: bytes) -> bytes:
    """One byte of the zero padding after the signature value (in the /Contents hole that
    no byte range covers) changed."""
    _, length1, start2, _ = _byte_range(pdf)
    hole = pdf[length1:start2]
    assert hole.startswith(b"<") and hole.endswith(b">")
    last_digit = length1 + len(hole.rstrip(b">")) - 1  # the last padding hex digit
    data = bytearray(pdf)
    assert data[last_digit] == ord("0")
    data[last_digit] = ord("1")
    return bytes(data)


def flip_signature_value(pdf: bytes) -> bytes:
    """A hex digit in the middle of the signature value (the CMS blob) changed."""
    _, length1, start2, _ = _byte_range(pdf)
    hole = pdf[length1 + 1:start2 - 1]
    used = len(hole.rstrip(b"0"))
    position = length1 + 1 + used - 40  # inside the signer's signature value, near its end
    data = bytearray(pdf)
    data[position] = ord("0") if data[position] != ord("0") else ord("1")
    return bytes(data)


def _writer(pdf: bytes) -> IncrementalPdfFileWriter:
    return IncrementalPdfFileWriter(io.BytesIO(pdf))


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _font(writer: IncrementalPdfFileWriter) -> generic.IndirectObject:
    return writer.add_object(generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Font"), pdf_name("/Subtype"): pdf_name("/Type1"),
        pdf_name("/BaseFont"): pdf_name("/Helvetica")}))


def _form(writer: IncrementalPdfFileWriter, box: tuple[int, int, int, int],
          content: bytes) -> generic.IndirectObject:
    """A form XObject drawing *content* with Helvetica as /FForged."""
    return writer.add_object(generic.StreamObject({
        pdf_name("/Type"): pdf_name("/XObject"), pdf_name("/Subtype"): pdf_name("/Form"),
        pdf_name("/BBox"): generic.ArrayObject([generic.NumberObject(v) for v in box]),
        pdf_name("/Resources"): generic.DictionaryObject({pdf_name("/Font"): (
            generic.DictionaryObject({pdf_name("/FForged"): _font(writer)}))}),
    }, stream_data=content))


def replace_page_content(pdf: bytes, page: int = 0) -> bytes:
    """An incremental update whose page object points at a new content stream."""
    writer = _writer(pdf)
    page_ref, _ = writer.find_page_for_modification(page)
    page_obj = page_ref.get_object()
    stream = writer.add_object(generic.StreamObject(stream_data=FORGED_TEXT))
    page_obj[pdf_name("/Contents")] = stream
    resources = page_obj["/Resources"]
    fonts = resources["/Font"]
    fonts[pdf_name("/FForged")] = _font(writer)
    writer.update_container(fonts)
    writer.update_container(resources)
    writer.update_container(page_obj)
    return _written(writer)


def redefine_content_stream(pdf: bytes, page: int = 0) -> bytes:
    """An incremental update that gives the page's existing content stream object a new
    body (same object number, new revision), so the page dictionary itself is untouched."""
    writer = _writer(pdf)
    page_ref, _ = writer.find_page_for_modification(page)
    contents = page_ref.get_object().raw_get("/Contents")
    if isinstance(contents.get_object(), generic.ArrayObject):
        contents = contents.get_object()[0]
    writer.mark_update(contents)  # then replace what it queued with the new body
    writer.objects[(contents.generation, contents.idnum)] = generic.StreamObject(
        stream_data=b"1 g 0 0 612 792 re f 0 g " + FORGED_TEXT.replace(b"/FForged", b"/F1"))
    return _written(writer)


def add_overlay_xobject(pdf: bytes, page: int = 0) -> bytes:
    """An incremental update drawing a form XObject (a white box and new words) over the
    page: the old content stays, the reader sees the new."""
    writer = _writer(pdf)
    overlay = _form(writer, (0, 0, 612, 792), b"1 g 60 380 500 60 re f 0 g " + FORGED_TEXT)
    draw = writer.add_object(generic.StreamObject(stream_data=b"q /Overlay Do Q"))
    resources = generic.DictionaryObject({pdf_name("/XObject"): generic.DictionaryObject(
        {pdf_name("/Overlay"): overlay})})
    writer.add_stream_to_page(page, draw, resources=resources)
    return _written(writer)


def add_annotation(pdf: bytes, page: int = 0) -> bytes:
    """An incremental update adding a FreeText annotation (with an appearance) to the page."""
    writer = _writer(pdf)
    page_ref, _ = writer.find_page_for_modification(page)
    page_obj = page_ref.get_object()
    appearance = _form(writer, (0, 0, 400, 40), b"1 g 0 0 400 40 re f 0 g BT /FForged 12 Tf "
                                                 b"4 14 Td (We withdraw the request.) Tj ET")
    annotation = writer.add_object(generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Annot"), pdf_name("/Subtype"): pdf_name("/FreeText"),
        pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v)
                                                for v in (72, 380, 472, 420)]),
        pdf_name("/Contents"): generic.TextStringObject("We withdraw the request."),
        pdf_name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        pdf_name("/F"): generic.NumberObject(4),
        pdf_name("/P"): page_ref,
        pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): appearance}),
    }))
    annotations = page_obj.get("/Annots")
    if annotations is None:
        page_obj[pdf_name("/Annots")] = generic.ArrayObject([annotation])
    else:
        annotations = annotations.get_object() if hasattr(annotations, "get_object") \
            else annotations
        annotations.append(annotation)
        raw = page_obj.raw_get("/Annots")
        if isinstance(raw, generic.IndirectObject):
            writer.mark_update(raw)
    writer.update_container(page_obj)
    return _written(writer)


def change_info(pdf: bytes) -> bytes:
    """An unsigned revision changing the document information (/Info: title, author)."""
    writer = _writer(pdf)
    info = writer.trailer["/Info"]
    info = info.get_object() if hasattr(info, "get_object") else info
    info[pdf_name("/Title")] = generic.TextStringObject("Withdrawal of the request")
    info[pdf_name("/Author")] = generic.TextStringObject("Somebody else")
    raw = writer.trailer.raw_get("/Info")
    if isinstance(raw, generic.IndirectObject):
        writer.mark_update(raw)
    else:
        writer.set_info(info)
    return _written(writer)


def append_garbage(pdf: bytes) -> bytes:
    """Bytes after the last %%EOF that belong to no revision."""
    return pdf + b"\n% appended after signing\nGARBAGE 1 0 obj (We withdraw) endobj\n"


def sign_only_part_of_the_file(pdf: bytes, signer: object, uncovered: int = 120) -> bytes:
    """The last signature re-made (with the signer's real key) over a byte range that stops
    *uncovered* bytes before the end of the file: the tail (trailer, startxref) is signed by
    nobody, so it can be anything."""
    import asyncio
    import hashlib

    *_, match = re.finditer(rb"/ByteRange\s*\[[^\]]*\]", pdf)
    start, length1, start2, length2 = _byte_range(pdf)
    new_range = f"/ByteRange [{start} {length1} {start2} {length2 - uncovered}]".encode()
    width = match.end() - match.start()
    assert len(new_range) <= width
    data = bytearray(pdf)
    data[match.start():match.end()] = new_range + b" " * (width - len(new_range))
    covered = bytes(data[start:length1]) + bytes(data[start2:start2 + length2 - uncovered])
    digest = hashlib.sha256(covered).digest()
    cms = asyncio.run(signer.async_sign(digest, "sha256", use_pades=True))  # type: ignore[attr-defined]
    value = cms.dump().hex().encode()
    hole = length1 + 1, start2 - 1
    assert len(value) <= hole[1] - hole[0]
    data[hole[0]:hole[1]] = value + b"0" * (hole[1] - hole[0] - len(value))
    return bytes(data)
