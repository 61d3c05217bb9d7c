"""Child order of WordprocessingML elements, checked against ECMA-376 sequences.

Word refuses ("unreadable content") a file whose property elements are out of order, even
when LibreOffice opens it; python-docx does not check. Sequences for the elements we write.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

SEQUENCES: dict[str, list[str]] = {
    "pPr": [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
        "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
        "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
        "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
        "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"
    ],
    "rPr": [
        "ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
        "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof",
        "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
        "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
        "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange"
    ],
    "tblPr": [
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
        "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
        "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange"
    ],
    "tcPr": [
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
        "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
        "cellMerge", "tcPrChange"
    ],
    "sectPr": [
        "headerReference|footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
        "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
        "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
        "printerSettings", "sectPrChange"
    ],
    "lvl": [
        "start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId",
        "legacy", "lvlJc", "pPr", "rPr"
    ],
    "abstractNum": [
        "nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl"
    ],
    "numbering": [
        "numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"
    ],
    "num": [
        "abstractNumId", "lvlOverride"
    ],
    "style": [
        "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
        "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
        "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"
    ],
    "tbl": [
        "bookmarkStart|bookmarkEnd", "tblPr", "tblGrid", "tr"
    ],
    "tc": [
        "tcPr", "p|tbl|sdt|customXml|bookmarkStart|bookmarkEnd"
    ],
    "pBdr": [
        "top", "left", "bottom", "right", "between", "bar"
    ],
    "tblBorders": [
        "top", "left", "start", "bottom", "right", "end", "insideH", "insideV"
    ],
    "tcBorders": [
        "top", "left", "start", "bottom", "right", "end", "insideH", "insideV", "tl2br", "tr2bl"
    ],
    "tblCellMar": [
        "top", "left", "start", "bottom", "right", "end"
    ],
}


#: Children that may occur more than once in their parent.
REPEATABLE = frozenset({"lvl", "abstractNum", "num", "style", "lvlOverride", "tblStylePr", "tr",
                        "numPicBullet", "headerReference", "footerReference", "p", "tbl",
                        "bookmarkStart", "bookmarkEnd", "sdt", "customXml"})


def _rank(sequence: list[str], name: str) -> int | None:
    return next((i for i, entry in enumerate(sequence) if name in entry.split("|")), None)


def problems_in_xml(part: str, xml: bytes) -> list[str]:
    problems = []
    root = etree.fromstring(xml)
    for element in root.iter(f"{{{W}}}*"):
        local = etree.QName(element).localname
        sequence = SEQUENCES.get(local)
        if sequence is None:
            continue
        last, last_name = -1, ""
        for child in element:
            if not isinstance(child.tag, str) or not child.tag.startswith(f"{{{W}}}"):
                continue
            name = etree.QName(child).localname
            rank = _rank(sequence, name)
            if rank is None:
                problems.append(f"{part}: <{local}> has an unexpected <{name}>")
            elif rank < last:
                problems.append(f"{part}: <{local}>: <{name}> after <{last_name}>")
            elif rank == last and name not in REPEATABLE:
                problems.append(f"{part}: <{local}>: <{name}> repeated")
            else:
                last, last_name = rank, name
    return problems


def problems_in_docx(path: Path | BinaryIO) -> list[str]:
    problems = []
    with zipfile.ZipFile(path) as archive:
        for part in archive.namelist():
            if part.startswith("word/") and part.endswith(".xml"):
                problems.extend(problems_in_xml(part, archive.read(part)))
    return problems
