"""The XMP metadata packet of our PDFs: one builder for the tagged PDF reportlab writes
(render/pdf_tags.py) and for its PDF/A-2b form (cica_desktop/pdfa.py).

The packet repeats the document information (title, author, subject, keywords, creator,
producer, dates) in the XMP properties PDF/A maps them to (a PDF/A file's two must
agree), adds the document's language (dc:language) and, for a tagged PDF, names PDF/UA-1
(pdfuaid:part, ISO 14289-1, clause 5). A PDF/A file adds pdfaid:part and
pdfaid:conformance, and the PDF/A extension schema that declares pdfuaid (PDF/A-2 allows
only the properties it predefines or an extension schema declares, ISO 19005-2, 6.6.2.3,
and it predates PDF/UA); a plain PDF needs no declaration.

Pure text, no PDF library: the renderer writes it as reportlab's own stream, pdfa.py as
pikepdf's. pyHanko rewrites the dates and the producer at each signature, which
cica_desktop/revisions.py accepts as no change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import xml_escape

#: Characters XML 1.0 does not allow in text, even escaped (control characters, lone
#: surrogates, U+FFFE and U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: The packet wrapper's id, fixed by the XMP specification (Part 1, 7.3.2).
_PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"

#: The PDF/A extension schema that declares pdfuaid:part (ISO 19005-2, 6.6.2.3).
PDFUA_EXTENSION_SCHEMA = """<rdf:Description rdf:about=""
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


@dataclass(frozen=True)
class XmpMetadata:
    """What the packet says: the document information's values as the file's /Info has
    them (PDF/A wants the two to agree), dates as XMP dates (`xmp_date`)."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: str = ""
    creator_tool: str = ""
    producer: str = ""
    created: str = ""
    modified: str = ""
    #: The document's language (BCP 47), as the catalogue's /Lang.
    language: str = ""
    #: PDF/UA-1: a tagged PDF.
    pdfua: bool = False
    #: PDF/A: (part, conformance), e.g. (2, "B"); None for a plain PDF.
    pdfa: tuple[int, str] | None = None


def xmp_date(year: int, month: int, day: int, hour: int, minute: int, second: int,
             offset_hours: int = 0, offset_minutes: int = 0) -> str:
    """An XMP date (ISO 8601, to the second) from the parts a PDF date has: the same
    instant the /Info dictionary's "D:YYYYMMDDHHmmSS+HH'mm'" says."""
    sign = "-" if offset_hours < 0 or offset_minutes < 0 else "+"
    return (f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            f"{sign}{abs(offset_hours):02d}:{abs(offset_minutes):02d}")


def _text(value: str) -> str:
    return xml_escape(_NOT_XML.sub("", value))


def _simple(name: str, value: str) -> str:
    return f" <{name}>{_text(value)}</{name}>\n" if value else ""


def _array(name: str, kind: str, value: str, default_language: bool = False) -> str:
    language = ' xml:lang="x-default"' if default_language else ""
    return (f" <{name}><rdf:{kind}><rdf:li{language}>{_text(value)}</rdf:li>"
            f"</rdf:{kind}></{name}>\n")


def xmp_packet(meta: XmpMetadata) -> bytes:
    """The XMP packet (UTF-8) for *meta*. The title is always there (PDF/UA wants
    dc:title, ISO 14289-1, 7.1); other properties only when they have a value."""
    namespaces = [
        ('dc', "http://purl.org/dc/elements/1.1/"),
        ('xmp', "http://ns.adobe.com/xap/1.0/"),
        ('pdf', "http://ns.adobe.com/pdf/1.3/"),
    ]
    if meta.pdfua:
        namespaces.append(('pdfuaid', "http://www.aiim.org/pdfua/ns/id/"))
    if meta.pdfa is not None:
        namespaces.append(('pdfaid', "http://www.aiim.org/pdfa/ns/id/"))
    declared = "".join(f'\n xmlns:{prefix}="{uri}"' for prefix, uri in namespaces)
    properties = [
        _array("dc:title", "Alt", meta.title, default_language=True),
        _array("dc:creator", "Seq", meta.author) if meta.author else "",
        _array("dc:description", "Alt", meta.subject, default_language=True)
        if meta.subject else "",
        _array("dc:language", "Bag", meta.language) if meta.language else "",
        _simple("xmp:CreateDate", meta.created),
        _simple("xmp:ModifyDate", meta.modified),
        _simple("xmp:CreatorTool", meta.creator_tool),
        _simple("pdf:Producer", meta.producer),
        _simple("pdf:Keywords", meta.keywords),
        _simple("pdfuaid:part", "1" if meta.pdfua else ""),
    ]
    if meta.pdfa is not None:
        part, conformance = meta.pdfa
        properties += [_simple("pdfaid:part", str(part)),
                       _simple("pdfaid:conformance", conformance)]
    declaration = PDFUA_EXTENSION_SCHEMA if meta.pdfua and meta.pdfa is not None else ""
    packet = (f'<?xpacket begin="\ufeff" id="{_PACKET_ID}"?>\n'
              '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
              '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
              f'<rdf:Description rdf:about=""{declared}>\n'
              f'{"".join(properties)}</rdf:Description>\n'
              f"{declaration}</rdf:RDF>\n</x:xmpmeta>\n"
              '<?xpacket end="w"?>\n')
    return packet.encode("utf-8")
