"""Write templates/docx/base.docx: the lean base document every DOCX is built on.

python-docx's own default template is a 2013 Word for Mac document: about 160 table and
latent styles nobody uses, a thumbnail, 2013 dates, "python-docx" as author, Word 2010
compatibility (Word opens it in "Compatibility Mode") and a stylesWithEffects.xml part that
goes out of step with styles.xml as soon as the styles change. Ours holds only what Word
needs and what the renderer fills in:

* word/document.xml: an empty body with its section properties (the renderer sets the
  page, margins and headers);
* word/styles.xml: the document defaults and the built-in styles every document has
  (Normal, Default Paragraph Font, Normal Table, No List) plus Header and Footer, which the
  renderer restyles; the UN styles themselves are added by the renderer from
  templates/styles.toml;
* word/settings.xml: Word 2013+ compatibility (w:compatSetting compatibilityMode 15), so
  Word opens the file as its own, with no "Compatibility Mode" banner;
* word/fontTable.xml and word/theme/theme1.xml: the font table and a plain theme, which
  Word expects beside the document (openxml-audit flags a document without them);
* word/numbering.xml: empty (the renderer adds its lists; the compare feature expects the
  part);
* docProps/core.xml and app.xml: empty (the renderer writes the title, subject, author,
  language and dates of each document).

The zip is written with fixed timestamps, so running the script again gives the same bytes.
Run it with `.venv/bin/python scripts/make_base_docx.py` after changing it; the file it
writes is committed.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates" / "docx" / "base.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
PKG = "http://schemas.openxmlformats.org/package/2006"
VND = "application/vnd.openxmlformats"

CONTENT_TYPES = HEAD + f"""\
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="xml" ContentType="application/xml"/>
  <Default Extension="rels" ContentType="{VND}-package.relationships+xml"/>
  <Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>
  <Override PartName="/word/settings.xml" ContentType="{MAIN}.settings+xml"/>
  <Override PartName="/word/numbering.xml" ContentType="{MAIN}.numbering+xml"/>
  <Override PartName="/word/fontTable.xml" ContentType="{MAIN}.fontTable+xml"/>
  <Override PartName="/word/theme/theme1.xml" ContentType="{VND}-officedocument.theme+xml"/>
  <Override PartName="/docProps/core.xml" ContentType="{VND}-package.core-properties+xml"/>
  <Override PartName="/docProps/app.xml" \
ContentType="{VND}-officedocument.extended-properties+xml"/>
</Types>
"""

PACKAGE_RELS = HEAD + f"""\
<Relationships xmlns="{PKG}/relationships">
  <Relationship Id="rId1" Type="{OFFICE}/relationships/officeDocument" \
Target="word/document.xml"/>
  <Relationship Id="rId2" Type="{PKG}/relationships/metadata/core-properties" \
Target="docProps/core.xml"/>
  <Relationship Id="rId3" Type="{OFFICE}/relationships/extended-properties" \
Target="docProps/app.xml"/>
</Relationships>
"""

DOCUMENT_RELS = HEAD + f"""\
<Relationships xmlns="{PKG}/relationships">
  <Relationship Id="rId1" Type="{OFFICE}/relationships/styles" Target="styles.xml"/>
  <Relationship Id="rId2" Type="{OFFICE}/relationships/settings" Target="settings.xml"/>
  <Relationship Id="rId3" Type="{OFFICE}/relationships/numbering" Target="numbering.xml"/>
  <Relationship Id="rId4" Type="{OFFICE}/relationships/fontTable" Target="fontTable.xml"/>
  <Relationship Id="rId5" Type="{OFFICE}/relationships/theme" Target="theme/theme1.xml"/>
</Relationships>
"""

# The namespaces python-docx's template declares on w:document, kept so the body elements
# the renderer writes (pictures: wp, a, pic) serialise as before.
DOCUMENT = HEAD + f"""\
<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="{R}" \
xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" \
xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="{W}" \
xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" \
xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" \
xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" \
xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
mc:Ignorable="w14 wp14">
  <w:body>
    <w:sectPr>
      <w:pgSz w:w="12240" w:h="15840"/>
      <w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" \
w:footer="720" w:gutter="0"/>
      <w:cols w:space="720"/>
      <w:docGrid w:linePitch="360"/>
    </w:sectPr>
  </w:body>
</w:document>
"""

# Word's built-in styles keep their built-in ids and lower-case names ("header"), so Word
# recognises them; python-docx finds them by their UI names ("Header").
STYLES = HEAD + f"""\
<w:styles xmlns:w="{W}" xmlns:r="{R}">
  <w:docDefaults>
    <w:rPrDefault>
      <w:rPr>
        <w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" \
w:hAnsi="Times New Roman" w:cs="Times New Roman"/>
        <w:sz w:val="22"/>
        <w:szCs w:val="22"/>
        <w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>
      </w:rPr>
    </w:rPrDefault>
    <w:pPrDefault>
      <w:pPr>
        <w:spacing w:after="200" w:line="276" w:lineRule="auto"/>
      </w:pPr>
    </w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
    <w:name w:val="Normal"/>
    <w:qFormat/>
  </w:style>
  <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
    <w:name w:val="Default Paragraph Font"/>
    <w:uiPriority w:val="1"/>
    <w:semiHidden/>
    <w:unhideWhenUsed/>
  </w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal">
    <w:name w:val="Normal Table"/>
    <w:uiPriority w:val="99"/>
    <w:semiHidden/>
    <w:unhideWhenUsed/>
    <w:tblPr>
      <w:tblInd w:w="0" w:type="dxa"/>
      <w:tblCellMar>
        <w:top w:w="0" w:type="dxa"/>
        <w:left w:w="108" w:type="dxa"/>
        <w:bottom w:w="0" w:type="dxa"/>
        <w:right w:w="108" w:type="dxa"/>
      </w:tblCellMar>
    </w:tblPr>
  </w:style>
  <w:style w:type="numbering" w:default="1" w:styleId="NoList">
    <w:name w:val="No List"/>
    <w:uiPriority w:val="99"/>
    <w:semiHidden/>
    <w:unhideWhenUsed/>
  </w:style>
  <w:style w:type="paragraph" w:styleId="Header">
    <w:name w:val="header"/>
    <w:basedOn w:val="Normal"/>
    <w:uiPriority w:val="99"/>
    <w:unhideWhenUsed/>
    <w:pPr>
      <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
    </w:pPr>
  </w:style>
  <w:style w:type="paragraph" w:styleId="Footer">
    <w:name w:val="footer"/>
    <w:basedOn w:val="Normal"/>
    <w:uiPriority w:val="99"/>
    <w:unhideWhenUsed/>
    <w:pPr>
      <w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
    </w:pPr>
  </w:style>
</w:styles>
"""

WORD = "http://schemas.microsoft.com/office/word"
SETTINGS = HEAD + f"""\
<w:settings xmlns:w="{W}" xmlns:r="{R}">
  <w:zoom w:percent="100"/>
  <w:defaultTabStop w:val="720"/>
  <w:characterSpacingControl w:val="doNotCompress"/>
  <w:compat>
    <w:compatSetting w:name="compatibilityMode" w:uri="{WORD}" w:val="15"/>
    <w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="{WORD}" \
w:val="1"/>
    <w:compatSetting w:name="enableOpenTypeFeatures" w:uri="{WORD}" w:val="1"/>
    <w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="{WORD}" w:val="1"/>
    <w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="{WORD}" w:val="1"/>
  </w:compat>
  <w:decimalSymbol w:val="."/>
  <w:listSeparator w:val=","/>
</w:settings>
"""

NUMBERING = HEAD + f'<w:numbering xmlns:w="{W}" xmlns:r="{R}"/>\n'

FONT_TABLE = HEAD + f"""\
<w:fonts xmlns:w="{W}" xmlns:r="{R}">
  <w:font w:name="Times New Roman">
    <w:panose1 w:val="02020603050405020304"/>
    <w:charset w:val="00"/>
    <w:family w:val="roman"/>
    <w:pitch w:val="variable"/>
  </w:font>
</w:fonts>
"""

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_COLOURS = (("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
            ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
            ("dk2", '<a:srgbClr val="1F497D"/>'), ("lt2", '<a:srgbClr val="EEECE1"/>'),
            ("accent1", '<a:srgbClr val="4F81BD"/>'), ("accent2", '<a:srgbClr val="C0504D"/>'),
            ("accent3", '<a:srgbClr val="9BBB59"/>'), ("accent4", '<a:srgbClr val="8064A2"/>'),
            ("accent5", '<a:srgbClr val="4BACC6"/>'), ("accent6", '<a:srgbClr val="F79646"/>'),
            ("hlink", '<a:srgbClr val="0000FF"/>'), ("folHlink", '<a:srgbClr val="800080"/>'))
_FONTS = '<a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/>'
_FILL = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
_LINE = f'<a:ln w="9525">{_FILL}</a:ln>'
_EFFECT = "<a:effectStyle><a:effectLst/></a:effectStyle>"
# The theme Word expects beside the document (its fonts are the document's own: every
# style names its faces); a plain Office colour scheme, plain fills, lines and effects.
THEME = HEAD + f"""\
<a:theme xmlns:a="{A}" name="cica-desktop">
  <a:themeElements>
    <a:clrScheme name="Office">{"".join(f"<a:{n}>{c}</a:{n}>" for n, c in _COLOURS)}\
</a:clrScheme>
    <a:fontScheme name="cica-desktop"><a:majorFont>{_FONTS}</a:majorFont>\
<a:minorFont>{_FONTS}</a:minorFont></a:fontScheme>
    <a:fmtScheme name="Office"><a:fillStyleLst>{_FILL * 3}</a:fillStyleLst>\
<a:lnStyleLst>{_LINE * 3}</a:lnStyleLst><a:effectStyleLst>{_EFFECT * 3}</a:effectStyleLst>\
<a:bgFillStyleLst>{_FILL * 3}</a:bgFillStyleLst></a:fmtScheme>
  </a:themeElements>
</a:theme>
"""

CORE = HEAD + """\
<cp:coreProperties \
xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:dcmitype="http://purl.org/dc/dcmitype/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
"""

APP = HEAD + f"""\
<Properties xmlns="{OFFICE}/extended-properties" xmlns:vt="{OFFICE}/docPropsVTypes">
  <Application>cica-desktop</Application>
  <DocSecurity>0</DocSecurity>
</Properties>
"""

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": PACKAGE_RELS,
    "word/document.xml": DOCUMENT,
    "word/_rels/document.xml.rels": DOCUMENT_RELS,
    "word/styles.xml": STYLES,
    "word/settings.xml": SETTINGS,
    "word/numbering.xml": NUMBERING,
    "word/fontTable.xml": FONT_TABLE,
    "word/theme/theme1.xml": THEME,
    "docProps/core.xml": CORE,
    "docProps/app.xml": APP,
}


def base_docx_bytes() -> bytes:
    """The base document, the same bytes on every run (fixed zip dates and order)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(base_docx_bytes())
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
