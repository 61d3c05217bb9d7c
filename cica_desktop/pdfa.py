"""PDF/A-2b for our own PDFs (pikepdf): XMP metadata and an sRGB output intent; a tagged
PDF's structure tree is kept and its XMP names PDF/UA-1 as well.

reportlab already embeds (and subsets) every font and writes a file ID; what PDF/A-2b adds
for a file like ours is the XMP packet that names the conformance level and repeats the
document information, and an output intent that says what the RGB colours mean. This is
applied before signing: a signature appended afterwards keeps the file PDF/A.
"""

from __future__ import annotations

import io
from functools import cache

import pikepdf
from pikepdf.models.metadata import decode_pdf_date
from PIL import ImageCms
from pyhanko.pdf_utils.metadata.model import VENDOR

from .render.xmp import XmpMetadata, xmp_packet

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"


class PdfAError(ValueError):
    """The PDF cannot be made PDF/A-2b (the message says why)."""


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (built by LittleCMS through Pillow; no file to ship)."""
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def to_pdfa_2b(pdf: bytes) -> bytes:
    """*pdf* made PDF/A-2b: XMP (pdfaid 2B, Dublin Core from the document information) and
    an sRGB output intent. Refuses a PDF with a font that is not embedded."""
    try:
        document = pikepdf.open(io.BytesIO(pdf))
    except pikepdf.PdfError as exc:
        raise PdfAError(f"not a readable PDF ({exc})") from None
    with document:
        unembedded = sorted(unembedded_fonts(document))
        if unembedded:
            raise PdfAError("these fonts are not embedded: " + ", ".join(unembedded))
        profile = pikepdf.Stream(document, srgb_profile())
        profile.N = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String(SRGB_IDENTIFIER),
            Info=pikepdf.String(SRGB_IDENTIFIER),
            DestOutputProfile=document.make_indirect(profile))
        document.Root.OutputIntents = pikepdf.Array([document.make_indirect(intent)])
        # /Trapped has no equivalent in our XMP packet; PDF/A wants the two to agree.
        if "/Trapped" in document.docinfo:
            del document.docinfo["/Trapped"]
        # Signing updates the producer in both places: pyHanko leaves a /Producer that
        # already names it alone but writes its own name to the XMP, so name it now and
        # the information dictionary and the XMP still agree after signing.
        producer = str(document.docinfo.get("/Producer", ""))
        if VENDOR not in producer:
            document.docinfo["/Producer"] = VENDOR
        # One packet, from the renderer's builder (render/xmp.py): it replaces the tagged
        # PDF's own, which said no PDF/A, so the file holds a single /Metadata.
        document.Root.Metadata = document.make_stream(
            xmp_packet(pdfa_xmp(document)), Type=pikepdf.Name.Metadata,
            Subtype=pikepdf.Name.XML)
        out = io.BytesIO()
        # PDF/A-2 is based on PDF 1.7; object streams are allowed, but plain is simplest to
        # check by eye and keeps every object where a validator expects it.
        # fix_metadata_version off: pikepdf would parse and write the packet again.
        document.save(out, min_version="1.7", force_version="1.7",
                      object_stream_mode=pikepdf.ObjectStreamMode.disable,
                      fix_metadata_version=False)
        return out.getvalue()


def pdfa_xmp(document: pikepdf.Pdf) -> XmpMetadata:
    """The XMP of *document* made PDF/A-2b: its document information as it stands, its
    /Lang, PDF/UA-1 if it is tagged (with the extension schema that declares pdfuaid)."""
    info = document.docinfo

    def text(key: str) -> str:
        return str(info.get(key, ""))

    def date(key: str) -> str:
        try:
            return decode_pdf_date(text(key)).isoformat() if key in info else ""
        except ValueError:
            return ""

    return XmpMetadata(title=text("/Title"), author=text("/Author"), subject=text("/Subject"),
                       keywords=text("/Keywords"), creator_tool=text("/Creator"),
                       producer=text("/Producer"), created=date("/CreationDate"),
                       modified=date("/ModDate"),
                       language=str(document.Root.get("/Lang", "")),
                       pdfua=is_tagged(document), pdfa=(2, "B"))


def is_tagged(document: pikepdf.Pdf) -> bool:
    """A tagged PDF: a structure tree, and marked content said to be tagged."""
    mark = document.Root.get("/MarkInfo")
    return "/StructTreeRoot" in document.Root and isinstance(mark, pikepdf.Dictionary) \
        and bool(mark.get("/Marked", False))


def unembedded_fonts(document: pikepdf.Pdf) -> set[str]:
    """The names of fonts used on the pages, in their form XObjects and in annotation
    appearances, that have no font program in the file."""
    missing: set[str] = set()
    seen: set[tuple[int, int]] = set()
    for page in document.pages:
        _check_resources(page.obj.get("/Resources"), missing, seen)
        for annotation in page.obj.get("/Annots", pikepdf.Array()):
            for appearance in annotation.get("/AP", pikepdf.Dictionary()).values():
                streams = ([appearance] if isinstance(appearance, pikepdf.Stream)
                           else list(appearance.values()))
                for stream in streams:
                    if isinstance(stream, pikepdf.Stream):
                        _check_resources(stream.get("/Resources"), missing, seen)
    return missing


def _check_resources(resources: pikepdf.Object | None, missing: set[str],
                     seen: set[tuple[int, int]]) -> None:
    """Check a resource dictionary's fonts, then its form XObjects' (each once)."""
    if not isinstance(resources, pikepdf.Dictionary):
        return
    for font in resources.get("/Font", pikepdf.Dictionary()).values():
        for candidate in _descendants(font):
            # Type 3 fonts are drawn by the file itself; a Type 0 font's program is in its
            # descendant, checked in turn.
            if candidate.get("/Subtype") in ("/Type3", "/Type0"):
                continue
            descriptor = candidate.get("/FontDescriptor")
            if descriptor is None or not any(key in descriptor for key in
                                             ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(candidate.get("/BaseFont", "?")))
    for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
        if not isinstance(xobject, pikepdf.Stream) or xobject.get("/Subtype") != "/Form":
            continue
        key = xobject.objgen
        if key != (0, 0):
            if key in seen:
                continue
            seen.add(key)
        _check_resources(xobject.get("/Resources"), missing, seen)


def _descendants(font: pikepdf.Object) -> list[pikepdf.Object]:
    if font.get("/Subtype") == "/Type0":
        return [font, *font.get("/DescendantFonts", pikepdf.Array())]
    return [font]
