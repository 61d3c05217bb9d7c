"""compare (issue 16): the new version as a DOCX whose every difference from the old one is
a Word revision; accepting all gives the new version's text, rejecting all the old one's.

Each sample gets the edits co-sponsors make: a word changed in an operative paragraph, an
operative paragraph inserted (the next one is renumbered), a paragraph of the annexed letter
deleted, a paragraph of the enclosure moved, a heading made a sub-heading."""

from __future__ import annotations

import copy
import functools
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from compare_edits import edited
from docx import Document as read_docx
from lxml import etree
from ooxml_order import problems_in_docx

from cica_desktop.cli import main
from cica_desktop.compose import Layout, Part, compose
from cica_desktop.model import Package
from cica_desktop.render import docx_bytes
from cica_desktop.revise import Author, Summary, compare_docx, compared_documents, word_date
from cica_desktop.revise.diff import word_spans
from cica_desktop.revise.review import accept_all, body_text, reject_all
from cica_desktop.samples import sample_path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]
AUTHOR = Author("Permanent Mission of Kazakhstan", "2026-11-30T12:00:00Z")


@functools.cache
def _docx_of_json(text: str) -> bytes:
    return docx_bytes(compose(Package.model_validate_json(text), Part.PACKAGE, Layout.UN))


def docx_of(data: dict[str, Any]) -> bytes:
    """The version's DOCX as `build` writes it (each version rendered once)."""
    return _docx_of_json(json.dumps(data, sort_keys=True))


def document_xml(docx: bytes) -> Any:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml"))


def text_of(element: Any) -> str:
    return "".join(element.xpath(".//w:t/text() | .//w:delText/text()", namespaces=NS))


@pytest.fixture(scope="module", params=LANGUAGES)
def compared(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any], dict[str, Any],
                                                      str, bytes, Summary]:
    old, new, replaced = edited(request.param)
    comparison = compared_documents(Package.model_validate(old), Package.model_validate(new))
    return (request.param, old, new, replaced, compare_docx(comparison, AUTHOR),
            comparison.summary())


def test_accepting_all_gives_the_new_text_and_rejecting_all_the_old(compared: Any) -> None:
    _, old, new, _, changes, _ = compared
    assert body_text(accept_all(changes)) == body_text(docx_of(new))
    rejected = [text for text in body_text(reject_all(changes)) if text]
    assert rejected == [text for text in body_text(docx_of(old)) if text]
    # And the file itself is neither: the deletions and insertions are both in it.
    assert body_text(changes) != body_text(docx_of(new))


def test_every_edit_is_a_revision_by_the_author(compared: Any) -> None:
    _, _, _, replaced, changes, summary = compared
    assert summary == Summary(changed=1, inserted=1, deleted=1, moved=1, reformatted=2)
    root = document_xml(changes)
    revisions = root.xpath("//w:ins | //w:del | //w:moveFrom | //w:moveTo | //w:pPrChange"
                           " | //w:moveFromRangeStart | //w:moveToRangeStart", namespaces=NS)
    assert revisions
    for revision in revisions:
        assert revision.get(f"{{{W}}}author") == AUTHOR.name
        assert revision.get(f"{{{W}}}date") == AUTHOR.date
    ids = [r.get(f"{{{W}}}id") for r in revisions]
    assert len(ids) == len(set(ids))
    # The word: deleted and inserted inside the operative paragraph, the rest untouched.
    changed = root.xpath("//w:p[.//w:ins//w:t[contains(., 'EDITED')]]", namespaces=NS)
    assert len(changed) == 1
    deleted = "".join(changed[0].xpath(".//w:del//w:delText/text()", namespaces=NS))
    assert deleted.strip() == replaced.strip() or replaced in deleted
    # The inserted paragraph: its runs and its paragraph mark.
    inserted = root.xpath("//w:p[w:pPr/w:rPr/w:ins]", namespaces=NS)
    assert [text_of(p) for p in inserted] == [
        text_of(p) for p in inserted if "INSERTED paragraph." in text_of(p)]
    assert len(inserted) == 1 and inserted[0].xpath("w:ins/w:r", namespaces=NS)
    # The deleted paragraph: whole, as deleted text, its mark deleted.
    removed = root.xpath("//w:p[w:pPr/w:rPr/w:del]", namespaces=NS)
    assert len(removed) == 1
    assert not removed[0].xpath(".//w:t", namespaces=NS)
    assert removed[0].xpath("w:del/w:r/w:delText", namespaces=NS)
    # The moved paragraph: a moveFrom and a moveTo of the same name and text.
    source = root.xpath("//w:p[w:moveFromRangeStart]", namespaces=NS)
    target = root.xpath("//w:p[w:moveToRangeStart]", namespaces=NS)
    assert len(source) == len(target) == 1
    assert (source[0].xpath("string(w:moveFromRangeStart/@w:name)", namespaces=NS)
            == target[0].xpath("string(w:moveToRangeStart/@w:name)", namespaces=NS))
    assert text_of(source[0]) == text_of(target[0])
    assert source[0].xpath("w:pPr/w:rPr/w:moveFrom", namespaces=NS)
    # The heading made a sub-heading, and the operative paragraph renumbered: each keeps
    # its earlier properties in w:pPrChange.
    earlier = root.xpath("//w:pPrChange/w:pPr/w:pStyle/@w:val", namespaces=NS)
    now = root.xpath("//w:pPr[w:pPrChange]/w:pStyle/@w:val", namespaces=NS)
    assert sorted(zip(earlier, now, strict=True)) == sorted(
        [("H1", "H23"), ("NumberedPara", "NumberedPara")])


def test_the_file_is_well_formed_word(compared: Any) -> None:
    _, _, new, _, changes, _ = compared
    assert problems_in_docx(io.BytesIO(changes)) == []
    document = read_docx(io.BytesIO(changes))  # python-docx reads it back
    assert len(document.paragraphs) > len(read_docx(io.BytesIO(docx_of(new))).paragraphs)
    settings = zipfile.ZipFile(io.BytesIO(changes)).read("word/settings.xml").decode()
    assert "<w:trackRevisions/>" in settings
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", word_date())


# ---------------------------------------------------------------------- accept and reject


def _docx_with_body(body: str) -> bytes:
    document = read_docx()
    out = io.BytesIO()
    document.save(out)
    archive = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    xml = archive.read("word/document.xml").decode()
    xml = re.sub(r"<w:body>.*<w:sectPr", f"<w:body>{body}<w:sectPr", xml, flags=re.S)
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w") as target:
        for name in archive.namelist():
            target.writestr(name, xml if name == "word/document.xml" else archive.read(name))
    return result.getvalue()


def test_accept_and_reject_follow_words_rules() -> None:
    """By hand: a word replaced, a paragraph inserted, one deleted, one restyled."""
    a = 'w:id="{}" w:author="A" w:date="2026-01-01T00:00:00Z"'
    body = (
        f'<w:p><w:r><w:t xml:space="preserve">one </w:t></w:r><w:del {a.format(1)}><w:r>'
        f'<w:delText>old</w:delText></w:r></w:del><w:ins {a.format(2)}><w:r><w:t>new</w:t>'
        f'</w:r></w:ins></w:p>'
        f'<w:p><w:pPr><w:rPr><w:ins {a.format(3)}/></w:rPr></w:pPr><w:ins {a.format(4)}>'
        f'<w:r><w:t>added</w:t></w:r></w:ins></w:p>'
        f'<w:p><w:pPr><w:rPr><w:del {a.format(5)}/></w:rPr></w:pPr><w:del {a.format(6)}>'
        f'<w:r><w:delText>gone</w:delText></w:r></w:del></w:p>'
        f'<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:pPrChange {a.format(7)}><w:pPr>'
        f'<w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>head</w:t>'
        f'</w:r></w:p>')
    docx = _docx_with_body(body)
    accepted, rejected = accept_all(docx), reject_all(docx)
    assert body_text(accepted) == ["one new", "added", "head"]
    assert body_text(rejected) == ["one old", "gone", "head"]
    assert [p.style.name for p in read_docx(io.BytesIO(accepted)).paragraphs][-1] == \
        "Heading 2"
    assert [p.style.name for p in read_docx(io.BytesIO(rejected)).paragraphs][-1] == \
        "Heading 1"
    assert b"w:ins" not in zipfile.ZipFile(io.BytesIO(accepted)).read("word/document.xml")


def test_identical_versions_have_no_revisions() -> None:
    package = Package.model_validate(json.loads(sample_path("en").read_text("utf-8")))
    comparison = compared_documents(package, package)
    assert comparison.summary().total == 0
    root = document_xml(compare_docx(comparison, AUTHOR))
    assert not root.xpath("//w:ins | //w:del | //w:pPrChange", namespaces=NS)


# ---------------------------------------------------------------------- the command


def _files(tmp_path: Path, language: str = "en") -> tuple[Path, Path]:
    old, new, _ = edited(language)
    old_path, new_path = tmp_path / "old.json", tmp_path / "new.json"
    old_path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    new_path.write_text(json.dumps(new, ensure_ascii=False), encoding="utf-8")
    return old_path, new_path


def test_command_writes_the_docx_and_counts_the_changes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _files(tmp_path)
    out = tmp_path / "CHANGES.docx"
    assert main(["compare", str(old), str(new), "--out", str(out), "--author", "Me"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{out}\n"
    assert "compare: 1 changed, 1 inserted, 1 deleted, 1 moved, 2 renumbered or restyled" \
        in captured.err
    authors = set(document_xml(out.read_bytes()).xpath("//w:ins/@w:author", namespaces=NS))
    assert authors == {"Me"}


def test_command_keeps_an_existing_file_unless_forced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As `import`: an existing --out is refused (exit 2, the file untouched) without
    --force, replaced with it."""
    old, new = _files(tmp_path)
    out = tmp_path / "CHANGES.docx"
    out.write_bytes(b"someone else's file")
    assert main(["compare", str(old), str(new), "--out", str(out)]) == 2
    assert f"{out} exists; pass --force to replace it" in capsys.readouterr().err
    assert out.read_bytes() == b"someone else's file"
    assert main(["compare", str(old), str(new), "--out", str(out), "--force"]) == 0
    assert document_xml(out.read_bytes()).xpath("//w:ins", namespaces=NS)
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    assert "--out exists without --force" in " ".join(capsys.readouterr().out.split())


def test_command_defaults_the_author_to_the_mission(tmp_path: Path) -> None:
    old, new = _files(tmp_path)
    out = tmp_path / "CHANGES.docx"
    assert main(["compare", str(old), str(new), "--out", str(out)]) == 0
    mission = json.loads(new.read_text(encoding="utf-8"))["mission"]
    assert set(document_xml(out.read_bytes()).xpath("//w:del/@w:author", namespaces=NS)) \
        == {mission}


def test_command_pdf_shows_both_texts(tmp_path: Path) -> None:
    import pdfplumber

    old, new = _files(tmp_path)
    out = tmp_path / "CHANGES.pdf"
    assert main(["compare", str(old), str(new), "--out", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        inserted = [c for page in pdf.pages for c in page.chars if c["text"] == "I"
                    and c.get("non_stroking_color") not in (None, (0,), [0], (0, 0, 0))]
    assert "EDITED" in text and "INSERTED paragraph." in text
    deleted = json.loads(old.read_text("utf-8"))["annexes"][2]["blocks"][3]["text"]
    assert deleted[:30] in text.replace("\n", " ")
    assert inserted  # drawn in colour


def test_command_refuses_what_it_cannot_compare(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _files(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 3}', encoding="utf-8")
    out = tmp_path / "CHANGES.docx"
    assert main(["compare", str(old), str(bad), "--out", str(out)]) == 2
    assert f"{bad}: the project is not valid" in capsys.readouterr().err
    french = tmp_path / "fr.json"
    french.write_text(sample_path("fr").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["compare", str(old), str(french), "--out", str(out)]) == 2
    assert "one language" in capsys.readouterr().err
    assert main(["compare", str(old), str(new), "--out", str(tmp_path / "x.txt")]) == 2
    assert not out.exists()


def _part_texts(docx: bytes, name: str) -> list[str]:
    root = document_xml_part(docx, name)
    return ["".join(p.xpath(".//w:t/text()", namespaces=NS))
            for p in root.iter(f"{{{W}}}p")]


def document_xml_part(docx: bytes, name: str) -> Any:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(docx)).read(name))


def test_a_new_date_in_the_masthead_is_a_revision_of_the_header() -> None:
    old = json.loads(sample_path("en").read_text(encoding="utf-8"))
    new = copy.deepcopy(old)
    new["issue_date"] = "2007-10-12"
    comparison = compared_documents(Package.model_validate(old), Package.model_validate(new))
    changes = compare_docx(comparison, AUTHOR)
    header = document_xml_part(changes, "word/header1.xml")
    assert header.xpath("//w:del//w:delText/text()", namespaces=NS) == ["4"]
    assert header.xpath("//w:ins//w:t/text()", namespaces=NS) == ["12"]
    for resolved, version in ((accept_all(changes), new), (reject_all(changes), old)):
        assert _part_texts(resolved, "word/header1.xml") == _part_texts(
            docx_of(version), "word/header1.xml")


def test_a_table_is_compared_row_by_row_and_word_by_word() -> None:
    old = json.loads(sample_path("en").read_text(encoding="utf-8"))
    new = copy.deepcopy(old)
    table = new["annexes"][2]["enclosure"]["annex"]["blocks"][1]
    table["rows"][0][1] = table["rows"][0][1].replace("safe", "secure")  # a word
    gone = table["rows"].pop(2)  # a row deleted
    table["rows"].append(["Mongolia", "Exchange of information"])  # a row added
    comparison = compared_documents(Package.model_validate(old), Package.model_validate(new))
    assert comparison.summary() == Summary(changed=1)
    changes = compare_docx(comparison, AUTHOR)
    root = document_xml(changes)
    [tbl] = root.xpath("//w:tbl[.//w:ins or .//w:del]", namespaces=NS)
    assert tbl.xpath(".//w:del//w:delText/text()", namespaces=NS)[0] == "safe"
    assert tbl.xpath(".//w:p/w:ins//w:t/text()", namespaces=NS)[0] == "secure"
    deleted_rows = tbl.xpath("w:tr[w:trPr/w:del]", namespaces=NS)
    inserted_rows = tbl.xpath("w:tr[w:trPr/w:ins]", namespaces=NS)
    assert [text_of(row) for row in deleted_rows] == ["".join(gone)]
    assert [text_of(row) for row in inserted_rows] == ["MongoliaExchange of information"]
    for row in deleted_rows + inserted_rows:  # a row property first, as the schema asks
        assert etree.QName(row.find(f"{{{W}}}trPr")[0]).localname not in ("ins", "del")
    assert body_text(accept_all(changes)) == body_text(docx_of(new))
    assert body_text(reject_all(changes)) == body_text(docx_of(old))
    assert problems_in_docx(io.BytesIO(changes)) == []


def test_words_are_what_changes() -> None:
    """Replaced words are one deletion then one insertion (the space between two changed
    words joins them); Chinese changes by the character; Arabic keeps its vowel signs."""
    def changes(old: str, new: str) -> list[tuple[str, str, str]]:
        return [(span.op.value, old[span.old_start:span.old_end],
                 new[span.new_start:span.new_end]) for span in word_spans(old, new)]

    assert changes("the quick brown fox", "the slow red fox") == [
        ("equal", "the ", "the "), ("delete", "quick brown", ""), ("insert", "", "slow red"),
        ("equal", " fox", " fox")]
    assert changes("大会决定邀请", "大会请邀请") == [
        ("equal", "大会", "大会"), ("delete", "决定", ""), ("insert", "", "请"),
        ("equal", "邀请", "邀请")]
    assert changes("إِنَّ الجمعية", "إن الجمعية")[:2] == [
        ("delete", "إِنَّ", ""), ("insert", "", "إن")]


def _black(colour: Any) -> bool:
    values = colour if isinstance(colour, tuple | list) else (colour or 0,)
    return not any(values)


def test_pdf_rules_lie_under_their_words(tmp_path: Path) -> None:
    """The underlines and strike-throughs of the PDF variant start where the text does,
    on every line (a paragraph changed throughout included: reportlab's single-style path
    drew those lines without the paragraph's indent)."""
    import pdfplumber

    from cica_desktop.revise.pdf import changes_pdf

    old, new, _ = edited("en")
    comparison = compared_documents(Package.model_validate(old), Package.model_validate(new))
    with pdfplumber.open(io.BytesIO(changes_pdf(comparison))) as pdf:
        checked = 0
        for page in pdf.pages:
            coloured = [c for c in page.chars if not _black(c.get("non_stroking_color"))]
            if not coloured:
                continue
            left = min(c["x0"] for c in coloured)
            for rule in page.lines + page.rects:
                if rule["height"] < 2 and not _black(rule.get("stroking_color")):
                    assert rule["x0"] >= left - 1, (page.page_number, rule["x0"], left)
                    checked += 1
    assert checked > 10


def test_a_pdf_of_changes_in_right_to_left_text_marks_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Arabic paragraphs draw their revised words too: inserted words in blue with a blue
    rule under them, deleted words in red struck through, each rule within its words'
    extent; the whole document as the reader sees it."""
    import pdfplumber

    old, new = _files(tmp_path, "ar")
    out = tmp_path / "CHANGES.pdf"
    assert main(["compare", str(old), str(new), "--out", str(out)]) == 0
    assert "right-to-left" not in capsys.readouterr().err
    inks = {"ins": (0x1F / 255, 0x4E / 255, 0x9A / 255), "del": (0xB2 / 255, 0x22 / 255,
                                                                    0x22 / 255)}

    def ink(colour: Any) -> str:
        values = tuple(colour) if isinstance(colour, tuple | list) else ()
        return next((name for name, rgb in inks.items()
                     if values == pytest.approx(rgb, abs=1e-3)), "")

    found = {"ins": 0, "del": 0}
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            for rule in page.lines:
                kind = ink(rule.get("stroking_color"))
                if not kind:
                    continue
                found[kind] += 1
                # The rule lies on (strike) or just under (underline) characters of its ink.
                near = [c for c in chars if ink(c.get("non_stroking_color")) == kind
                        and c["x0"] >= rule["x0"] - 1 and c["x1"] <= rule["x1"] + 1
                        and c["top"] - 3 <= rule["top"] <= c["bottom"] + 3]
                assert near, (page.page_number, kind, rule["x0"], rule["top"])
    assert found["ins"] > 0 and found["del"] > 0


def test_the_author_is_the_mission_else_the_user(monkeypatch: pytest.MonkeyPatch) -> None:
    from cica_desktop.revise.output import default_author

    package = Package.model_validate(json.loads(sample_path("en").read_text("utf-8")))
    assert default_author(package, "Ms. A") == package.mission
    anonymous = package.evolve(mission="")
    assert default_author(anonymous, "Ms. A") == "Ms. A"
    monkeypatch.setattr("getpass.getuser", lambda: "delegate")
    assert default_author(anonymous) == "delegate"


def test_moves_can_be_deletions_and_insertions(tmp_path: Path) -> None:
    old, new = _files(tmp_path)
    out = tmp_path / "CHANGES.docx"
    assert main(["compare", str(old), str(new), "--out", str(out), "--no-moves"]) == 0
    root = document_xml(out.read_bytes())
    assert not root.xpath("//w:moveFrom | //w:moveTo | //w:moveFromRangeStart",
                          namespaces=NS)
    assert len(root.xpath("//w:p[w:pPr/w:rPr/w:del]", namespaces=NS)) == 2
    assert body_text(accept_all(out.read_bytes())) == body_text(
        docx_of(json.loads(new.read_text("utf-8"))))
