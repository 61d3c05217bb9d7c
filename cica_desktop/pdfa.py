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
from PIL import ImageCms
from pyhanko.pdf_utils.metadata.model import VENDOR

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
        # /Trapped has no XMP equivalent pikepdf writes; PDF/A wants the two to agree.
        if "/Trapped" in document.docinfo:
            del document.docinfo["/Trapped"]
        # Signing updates the producer in both places: pyHanko leaves a /Producer that
        # already names it alone but writes its own name to the XMP, so name it now and
        # the information dictionary and the XMP still agree after signing.
        producer = str(document.docinfo.get("/Producer", ""))
        if VENDOR not in producer:
            document.docinfo["/Producer"] = VENDOR
        with document.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(document.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            tagged = is_tagged(document)
            if tagged:  # our renderer's PDFs: PDF/UA-1 (render/pdf_tags.py)
                meta["pdfuaid:part"] = "1"
        if tagged:
            declare_pdfua_schema(document)
        out = io.BytesIO()
        # PDF/A-2 is based on PDF 1.7; object streams are allowed, but plain is simplest to
        # check by eye and keeps every object where a validator expects it.
        document.save(out, min_version="1.7", force_version="1.7",
                      object_stream_mode=pikepdf.ObjectStreamMode.disable)
        return out.getvalue()


#: The PDF/A extension schema that declares pdfuaid:part: PDF/A-2 allows only the XMP
#: properties it predefines or an extension schema declares (ISO 19005-2, 6.6.2.3), and it
#: predates PDF/UA.
PDFUA_EXTENSION_SCHEMA = b"""<rdf:Description rdf:about=""
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
"""


def declare_pdfua_schema(document: pikepdf.Pdf) -> None:
    """Add PDFUA_EXTENSION_SCHEMA to the XMP packet (once)."""
    stream = document.Root.Metadata
    xmp = stream.read_bytes()
    if b"pdfaExtension:schemas" in xmp or b"</rdf:RDF>" not in xmp:
        return
    head, _, tail = xmp.rpartition(b"</rdf:RDF>")
    stream.write(head + PDFUA_EXTENSION_SCHEMA + b"</rdf:RDF>" + tail)


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
