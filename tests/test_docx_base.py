"""The DOCX is Word's own: built on our lean base document (templates/docx/base.docx), in
Word 2013+ compatibility mode, with its core properties filled and nothing left over from
python-docx's template (its unused styles, thumbnail, 2013 dates, stylesWithEffects.xml)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import zipfile
from pathlib import Path

from docx import Document as open_docx
from docx.enum.style import WD_STYLE_TYPE
from lxml import etree

from cica_desktop.render.stylespec import load_style_spec

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "templates" / "docx" / "base.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Word's built-in styles every document carries, beside the UN styles the renderer adds.
BUILT_IN = {"Normal", "Default Paragraph Font", "Normal Table", "No List", "Header", "Footer"}


def test_the_base_document_is_what_its_script_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_base_docx",
                                                  ROOT / "scripts" / "make_base_docx.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert BASE.read_bytes() == script.base_docx_bytes()
    assert open_docx(str(BASE)).styles["Normal"] is not None


def test_word_opens_it_in_word_2013_mode(built: dict[str, Path]) -> None:
    with zipfile.ZipFile(built["en.docx"]) as archive:
        settings = etree.fromstring(archive.read("word/settings.xml"))
    modes = [s.get(f"{W}val") for s in settings.iter(f"{W}compatSetting")
             if s.get(f"{W}name") == "compatibilityMode"]
    assert modes == ["15"]


def test_no_part_is_left_from_python_docx_template(built: dict[str, Path]) -> None:
    for name in ("en.docx", "zh.docx", "en-resolution.docx", "en-letter.docx"):
        with zipfile.ZipFile(built[name]) as archive:
            names = set(archive.namelist())
            app = archive.read("docProps/app.xml").decode()
        assert "word/stylesWithEffects.xml" not in names
        assert not any("thumbnail" in n for n in names)
        assert not any(n.startswith("customXml/") for n in names)
        assert "Macintosh" not in app
        # The parts Word expects beside the document are there.
        assert {"word/fontTable.xml", "word/theme/theme1.xml", "word/numbering.xml"} <= names


def test_only_the_un_styles_and_word_built_ins(built: dict[str, Path]) -> None:
    for name, language in (("en.docx", "en"), ("zh.docx", "zh")):
        styles = open_docx(str(built[name])).styles
        names = {style.name for style in styles}
        un_styles = set(load_style_spec(language).names())
        assert un_styles <= names  # every style the renderer defines is there
        assert names <= un_styles | BUILT_IN, names - un_styles - BUILT_IN
        xml = styles.element
        assert xml.find(f"{W}latentStyles") is None
        assert styles["SingleTxt"].type == WD_STYLE_TYPE.PARAGRAPH


def test_core_properties_say_what_and_when(built: dict[str, Path]) -> None:
    props = open_docx(str(built["en.docx"])).core_properties
    assert "A/62/232" in props.title
    assert props.subject.startswith("Request for the inclusion")
    assert props.author and props.author != "python-docx"
    assert props.last_modified_by == props.author
    assert props.language == "en-US" or props.language.startswith("en")
    assert props.created is not None and props.modified is not None
    created = props.created.replace(tzinfo=dt.UTC)
    assert abs(dt.datetime.now(dt.UTC) - created) < dt.timedelta(hours=1)
    assert props.modified == props.created
    assert props.revision == 1
    zh = open_docx(str(built["zh.docx"])).core_properties
    assert zh.language.startswith("zh")
