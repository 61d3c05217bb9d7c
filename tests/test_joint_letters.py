"""Joint letters (issue 11): the States of the heading in the language's alphabetical
order, the heading agreeing with the sender, the signature blocks side by side in both
formats (25 of them too), each signatory's own scanned signature in the mission's letter,
the titles offered per language and gender, and a sub-item's heading."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from joint import STATES, joint_package, signatory
from ooxml_order import problems_in_docx
from PIL import Image, ImageDraw
from pypdf import PdfReader

from cica_desktop.app.titles import title_forms, title_suggestions
from cica_desktop.cli import main
from cica_desktop.collation import Collation, collate, sort_key, unique
from cica_desktop.compose import Layout, MissionExtras, Part, compose
from cica_desktop.compose.language import fallbacks_noted, load_language
from cica_desktop.document import Paragraph, SignatureBlock, SignatureGrid
from cica_desktop.images import ImageError, image_from_bytes
from cica_desktop.mission import mission_extras, mission_pdf
from cica_desktop.model import Package, load_project
from cica_desktop.render import docx_bytes, pdf_bytes
from cica_desktop.samples import sample_path

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")


def heading(package: Package, part: Part = Part.LETTER) -> str:
    document = compose(package, part)
    [letter] = [b for b in document.blocks if isinstance(b, Paragraph) and b.anchor == "letter"]
    return "".join(run.text for run in letter.runs)


def words(pdf: bytes) -> list[list[dict[str, Any]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_words(keep_blank_chars=False) for page in document.pages]


def find(pages: list[list[dict[str, Any]]], text: str) -> list[tuple[int, dict[str, Any]]]:
    return [(index, word) for index, page in enumerate(pages) for word in page
            if word["text"] == text]


def rules(language: str) -> Collation:
    return Collation.from_settings(load_language(language).data["language"]["collation"])


# ------------------------------------------------------------------ collation


def test_english_order_ignores_accents_and_the_article() -> None:
    names = ["Croatia", "the Netherlands", "Côte d’Ivoire", "Nepal", "the Niger", "Nigeria",
             "New Zealand", "Guinea-Bissau", "Guyana", "Guinea", "Austria"]
    assert collate(names, rules("en")) == [
        "Austria", "Côte d’Ivoire", "Croatia", "Guinea", "Guinea-Bissau", "Guyana", "Nepal",
        "the Netherlands", "New Zealand", "the Niger", "Nigeria"]


def test_french_and_spanish_articles_and_letters() -> None:
    assert collate(["la République de Corée", "le Kazakhstan", "Croatie", "Côte d’Ivoire",
                    "l’Autriche", "Égypte", "Espagne", "les Pays-Bas"], rules("fr")) == [
        "l’Autriche", "Côte d’Ivoire", "Croatie", "Égypte", "Espagne", "le Kazakhstan",
        "les Pays-Bas", "la République de Corée"]
    assert collate(["el Ecuador", "España", "la Argentina", "los Países Bajos", "Panamá",
                    "Noruega", "Ñandú", "las Bahamas"], rules("es")) == [
        "la Argentina", "las Bahamas", "el Ecuador", "España", "Noruega", "Ñandú",
        "los Países Bajos", "Panamá"]


def test_russian_alphabet_keeps_short_i_apart_and_folds_yo() -> None:
    assert collate(["Йемен", "Израиль", "Иордания", "Индия", "Казахстан", "Ёё", "Египет"],
                   rules("ru")) == [
        "Египет", "Ёё", "Израиль", "Индия", "Иордания", "Йемен", "Казахстан"]


def test_arabic_ignores_the_article_and_hamza_forms() -> None:
    # The order of UN Arabic lists of Member States: الاتحاد الروسي under ا, الأردن under أ.
    assert collate(["الأردن", "إثيوبيا", "الاتحاد الروسي", "أذربيجان", "الأرجنتين", "أرمينيا",
                    "النمسا", "كازاخستان", "هولندا"], rules("ar")) == [
        "الاتحاد الروسي", "إثيوبيا", "أذربيجان", "الأرجنتين", "الأردن", "أرمينيا", "كازاخستان",
        "النمسا", "هولندا"]


def test_chinese_keeps_the_order_given() -> None:
    given = ["哈萨克斯坦", "奥地利", "荷兰"]
    assert collate(given, rules("zh")) == given


def test_ties_and_repeats() -> None:
    english = rules("en")
    assert sort_key("Cote", english) < sort_key("Côte", english)
    assert unique(["Kazakhstan", " kazakhstan ", "Mongolia"]) == ["Kazakhstan", "Mongolia"]


@pytest.mark.parametrize("settings", [
    {"order": "stroke"}, {"articles": "the "}, {"folds": ["ё"]}, {"unknown": 1}, "x"])
def test_bad_collation_settings_are_refused(settings: object) -> None:
    with pytest.raises(ValueError, match=r"\[language.collation\]"):
        Collation.from_settings(settings)


# ------------------------------------------------------------------ the heading


def test_the_heading_lists_the_states_alphabetically_not_in_signing_order() -> None:
    package = joint_package("en")
    assert [s.state for s in package.letter.senders] == STATES["en"]
    assert heading(package) == (
        "Letter dated 3 October 2007 from the representatives of Austria, Côte d’Ivoire, "
        "Croatia, Kazakhstan and the Netherlands to the United Nations addressed to the "
        "Secretary-General")
    # Reordering the signature blocks does not change the heading.
    letter = package.letter
    reordered = package.evolve(letter=letter.evolve(senders=tuple(reversed(letter.senders))))
    assert heading(reordered) == heading(package)


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "par les représentants de l’Autriche, de la Côte d’Ivoire, de la Croatie, du "
           "Kazakhstan et des Pays-Bas auprès"),
    ("es", "por los representantes de Austria, Côte d’Ivoire, Croacia, Kazajstán y los "
           "Países Bajos ante"),
    ("ru", "Письмо представителей Австрии, Казахстана, Кот-д’Ивуара, Нидерландов и Хорватии "
           "при"),
    ("zh", "哈萨克斯坦、克罗地亚、荷兰、科特迪瓦和奥地利常驻联合国代表"),
    ("ar", "من ممثلي كازاخستان، كرواتيا، كوت ديفوار، النمسا وهولندا لدى"),
])
def test_each_language_orders_the_states_its_own_way(language: str, expected: str) -> None:
    with fallbacks_noted() as noted:
        text = heading(joint_package(language))
    assert expected in text
    assert noted == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_metadata_names_the_states_in_the_headings_order(language: str) -> None:
    package = joint_package(language)
    document = compose(package, Part.LETTER)
    template = load_language(language)
    states = collate(STATES[language], rules(language))
    assert document.metadata.author == template.join_and(states)
    # The heading names them in the same order (French adds "de la", "du" before each).
    text = heading(package)
    positions = [text.index(state.removeprefix("l’")) for state in states]
    assert positions == sorted(positions)
    pdf, _ = pdf_bytes(document)
    assert PdfReader(io.BytesIO(pdf)).metadata.author == document.metadata.author
    word = open_docx(io.BytesIO(docx_bytes(document)))
    assert word.core_properties.author == document.metadata.author


def test_a_signatorys_state_missing_from_the_requesting_states_is_still_named() -> None:
    package = joint_package("en", 3)
    package = package.evolve(requesting_states=("Kazakhstan",))
    assert "from the representatives of Croatia, Kazakhstan and the Netherlands to" in \
        heading(package)


def test_the_standalone_drafts_sponsors_follow_the_same_order() -> None:
    document = compose(joint_package("en"), Part.RESOLUTION)
    texts = ["".join(r.text for r in b.runs) for b in document.blocks
             if isinstance(b, Paragraph)]
    assert ("Austria, Côte d’Ivoire, Croatia, Kazakhstan and the Netherlands: draft resolution"
            in texts)


# ------------------------------------------------------------------ the sender's gender


def one_sender(language: str, role: str, gender: str) -> Package:
    package = load_project(sample_path(language))
    sender = package.letter.senders[0].evolve(gender=gender)
    return package.evolve(letter=package.letter.evolve(sender_role=role, senders=(sender,)))


@pytest.mark.parametrize(("language", "role", "masculine", "feminine"), [
    ("fr", "permanent_representative", "par le Représentant permanent du Kazakhstan",
     "par la Représentante permanente du Kazakhstan"),
    ("fr", "charge_d_affaires", "par le Chargé d’affaires par intérim",
     "par la Chargée d’affaires par intérim"),
    ("es", "permanent_representative", "por el Representante Permanente de",
     "por la Representante Permanente de"),
    ("es", "charge_d_affaires", "por el Encargado de Negocios Interino",
     "por la Encargada de Negocios Interina"),
    ("ar", "permanent_representative", "من الممثل الدائم", "من الممثلة الدائمة"),
    ("ar", "charge_d_affaires", "من القائم بالأعمال", "من القائمة بالأعمال"),
])
def test_the_heading_agrees_with_a_woman_sender(language: str, role: str, masculine: str,
                                                feminine: str) -> None:
    assert masculine in heading(one_sender(language, role, "masculine"))
    with fallbacks_noted() as noted:
        text = heading(one_sender(language, role, "feminine"))
    assert feminine in text and masculine not in text
    assert noted == []


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_languages_without_the_distinction_keep_the_heading(language: str) -> None:
    for role in ("permanent_representative", "charge_d_affaires"):
        assert heading(one_sender(language, role, "feminine")) == \
            heading(one_sender(language, role, "masculine"))


# ------------------------------------------------------------------ the signature grid


def test_compose_groups_several_signatories_in_order_and_leaves_one_alone() -> None:
    package = joint_package("en")
    [grid] = [b for b in compose(package, Part.LETTER).blocks if isinstance(b, SignatureGrid)]
    assert [block.lines[0][0].text for block in grid.blocks] == [
        f"(Signed) Name{n} Surname{n}" for n in range(1, 6)]
    assert [len(row) for row in grid.rows()] == [2, 2, 1]
    assert grid.blocks[0].lines[1:] == ((grid.blocks[0].lines[1][0],),
                                        (grid.blocks[0].lines[2][0],))
    single = compose(load_project(sample_path("en")), Part.LETTER).blocks
    assert not any(isinstance(b, SignatureGrid) for b in single)
    assert sum(isinstance(b, SignatureBlock) for b in single) == 1


def name_words(pages: list[list[dict[str, Any]]], n: int) -> tuple[int, dict[str, Any]]:
    [found] = find(pages, f"Name{n}")
    return found


@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_pdf_two_columns_and_the_odd_block_centred(language: str) -> None:
    document = compose(joint_package(language), Part.LETTER)
    pdf, _ = pdf_bytes(document)
    pages = words(pdf)
    placed = {n: name_words(pages, n) for n in range(1, 6)}
    # Side by side: the same line, the second to the right of the first.
    for left, right in ((1, 2), (3, 4)):
        (page_a, a), (page_b, b) = placed[left], placed[right]
        assert page_a == page_b and abs(a["top"] - b["top"]) < 0.5
        assert b["x0"] - a["x0"] > 150
    # Rows follow each other; the first column starts at the text block's edge.
    assert placed[3][1]["top"] > placed[1][1]["top"] or placed[3][0] > placed[1][0]
    # The fifth block alone, half a column in: centred under the two columns.
    x1, x2, x5 = placed[1][1]["x0"], placed[2][1]["x0"], placed[5][1]["x0"]
    assert abs(x5 - (x1 + x2) / 2) < 1.0


def test_pdf_right_to_left_puts_the_first_block_at_the_right() -> None:
    pdf, _ = pdf_bytes(compose(joint_package("ar"), Part.LETTER))
    pages = words(pdf)
    first, second = name_words(pages, 1)[1], name_words(pages, 2)[1]
    assert abs(first["top"] - second["top"]) < 0.5
    assert first["x0"] > second["x0"] + 150


def grid_table(data: bytes) -> Any:
    word = open_docx(io.BytesIO(data))
    [table] = word.tables
    return table


@pytest.mark.parametrize("language", LANGUAGES)
def test_docx_a_borderless_table_of_real_cells(language: str) -> None:
    package = joint_package(language)
    data = docx_bytes(compose(package, Part.LETTER))
    assert problems_in_docx(io.BytesIO(data)) == []  # Word opens it
    table = grid_table(data)
    tbl = table._tbl
    rows = tbl.findall(qn("w:tr"))
    assert len(rows) == 3
    spans = [[int(tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val")))
              if tc.tcPr is not None and tc.tcPr.find(qn("w:gridSpan")) is not None else 1
              for tc in tr.findall(qn("w:tc"))] for tr in rows]
    assert spans == [[2, 2], [2, 2], [1, 2, 1]]
    cells = [[("".join(t.text or "" for t in tc.iter(qn("w:t"))))
              for tc in tr.findall(qn("w:tc"))] for tr in rows]
    assert "Name1" in cells[0][0] and "Name2" in cells[0][1]
    assert cells[2][0] == "" and "Name5" in cells[2][1] and cells[2][2] == ""
    # Each block keeps its own title lines, as paragraphs of its cell.
    first = rows[0].findall(qn("w:tc"))[0].findall(qn("w:p"))
    assert len(first) == 3
    borders = tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}
    assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows)
    assert (tbl.tblPr.find(qn("w:bidiVisual")) is not None) == (language == "ar")


def test_a_single_signatory_is_no_table() -> None:
    package = load_project(sample_path("en"))
    word = open_docx(io.BytesIO(docx_bytes(compose(package, Part.LETTER))))
    assert word.tables == []


def test_twenty_five_signatories_break_cleanly_across_pages() -> None:
    package = joint_package("en", 25)
    document = compose(package, Part.LETTER)
    pdf, report = pdf_bytes(document)
    assert report.pages >= 2
    pages = words(pdf)
    for n in range(1, 26):
        page, name = name_words(pages, n)
        # The block's title lines are on the same page, under the name.
        titles = [w for w in pages[page] if w["text"] == "Ambassador"
                  and abs(w["x0"] - name["x0"]) < 60 and 0 < w["top"] - name["top"] < 15]
        assert titles, f"Name{n}: its titles are not under it"
        partner = n + 1 if n % 2 else n - 1
        if partner <= 25:
            other_page, other = name_words(pages, partner)
            assert other_page == page and abs(other["top"] - name["top"]) < 0.5
    assert len({name_words(pages, n)[0] for n in range(1, 26)}) >= 2
    table = grid_table(docx_bytes(document))
    assert len(table.rows) == 13


def test_a_block_taller_than_a_page_runs_on_instead_of_failing() -> None:
    package = joint_package("en", 3)
    senders = list(package.letter.senders)
    senders[1] = senders[1].evolve(titles=("word " * 5000,))
    package = package.evolve(letter=package.letter.evolve(senders=tuple(senders)))
    pdf, report = pdf_bytes(compose(package, Part.LETTER))
    assert report.pages > 3
    pages = words(pdf)
    assert name_words(pages, 1)[0] == name_words(pages, 2)[0]  # still side by side
    assert name_words(pages, 3)[0] == report.pages - 1


# ------------------------------------------------------------------ the mission's letter


def ink(size: tuple[int, int] = (300, 100)) -> bytes:
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    ImageDraw.Draw(image).line((8, size[1] - 12, size[0] - 8, 12), fill=(10, 10, 120, 255),
                               width=6)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def scanned(tmp_path: Path, count: int = 3, broken: int | None = None) -> Package:
    (tmp_path / "scans").mkdir(exist_ok=True)
    package = joint_package("en", count)
    senders = []
    for index, sender in enumerate(package.letter.senders):
        name = f"scans/sig{index}.png"
        data = b"not an image" if index == broken else ink((300 + 10 * index, 100))
        (tmp_path / name).write_bytes(data)
        senders.append(sender.evolve(signature_image=name))
    return package.evolve(letter=package.letter.evolve(senders=tuple(senders)))


def test_each_signatory_has_its_own_scan_and_the_box_goes_with_the_digital_signer(
        tmp_path: Path) -> None:
    package = scanned(tmp_path)
    extras = mission_extras(package, None, tmp_path)
    assert [s is not None for s in extras.signatures] == [True, True, True]
    extras = MissionExtras(emblem=extras.emblem, signatures=extras.signatures, signatory=2,
                           digital_signer="Name3 Surname3")
    document = compose(package, Part.LETTER, Layout.MISSION, extras)
    [grid] = [b for b in document.blocks if isinstance(b, SignatureGrid)]
    assert all(block.image is not None for block in grid.blocks)
    assert [bool(block.stamp) for block in grid.blocks] == [False, False, True]
    pdf, report = mission_pdf(package, extras)
    assert report.signature_box is not None
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        page = opened.pages[report.signature_box[0]]
        sizes = sorted(int(image["srcsize"][0]) for image in page.images)
        name3 = next(w for w in page.extract_words() if w["text"] == "Name3")
        height = float(page.height)
    assert sizes == [300, 310, 320]
    _, x0, _, x1, y1 = report.signature_box
    # The box is under the third block (the odd one, centred), not under the first.
    assert x0 - 40 < name3["x0"] < x1 and height - y1 > name3["top"]
    word = open_docx(io.BytesIO(docx_bytes(document)))
    assert len(word.inline_shapes) == 3


def test_a_bad_scan_names_its_signatory(tmp_path: Path) -> None:
    package = scanned(tmp_path, broken=1)
    with pytest.raises(ImageError, match=r"^letter\.senders\[1\]\.signature_image: "):
        mission_extras(package, None, tmp_path)
    missing = package.evolve(letter=package.letter.evolve(senders=(
        package.letter.senders[0], package.letter.senders[1].evolve(
            signature_image="nowhere.png"), package.letter.senders[2])))
    with pytest.raises(ImageError, match=r"^letter\.senders\[1\]\.signature_image: "):
        mission_extras(missing, None, tmp_path)


def test_the_command_line_builds_the_joint_mission_letter_or_names_the_bad_scan(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = scanned(tmp_path)
    project = tmp_path / "joint.json"
    project.write_text(package.model_dump_json(), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(project), "--layout", "mission", "--out", str(out)]) == 0
    with pdfplumber.open(out / "joint-mission.pdf") as pdf:
        assert len(pdf.pages[0].images) == 3
    (tmp_path / "scans" / "sig2.png").unlink()
    assert main(["build", str(project), "--layout", "mission", "--out",
                 str(tmp_path / "again")]) == 2
    assert "letter.senders[2].signature_image: " in capsys.readouterr().err
    assert not (tmp_path / "again").exists()


def test_the_same_scan_is_decoded_once_and_a_bad_one_always_names_its_field() -> None:
    data = ink((333, 111))
    assert image_from_bytes(data, "a") is image_from_bytes(data, "b")
    for field in ("letter.senders[0].signature_image", "letter.senders[1].signature_image"):
        with pytest.raises(ImageError, match=rf"^{re.escape(field)}: "):
            image_from_bytes(b"\x89PNG broken", field)


def test_the_un_layout_prints_no_scan(tmp_path: Path) -> None:
    package = scanned(tmp_path)
    extras = mission_extras(package, None, tmp_path)
    document = compose(package, Part.LETTER, Layout.UN, extras)
    [grid] = [b for b in document.blocks if isinstance(b, SignatureGrid)]
    assert all(block.image is None for block in grid.blocks)


# ------------------------------------------------------------------ titles offered


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_offers_the_same_titles_in_both_genders(language: str) -> None:
    forms = title_forms(language)
    assert len(forms) == len(title_forms("en")) >= 6
    assert all(form["masculine"] and form["feminine"] for form in forms)
    # Titles are short: never "… of X to the United Nations".
    assert all(len(form["masculine"]) < 45 for form in forms)


def test_titles_agree_with_the_gender() -> None:
    feminine = title_suggestions("fr", "feminine")
    assert feminine[:2] == ["L’Ambassadrice,", "Représentante permanente"]
    assert "Représentant permanent" in feminine  # the other forms follow
    assert title_suggestions("es", "feminine")[0] == "Embajadora"
    assert title_suggestions("ar", "feminine")[:2] == ["السفيرة", "الممثلة الدائمة"]
    english = title_suggestions("en", "feminine")
    assert english == title_suggestions("en", "masculine")
    assert "Chargé d’affaires a.i." in english and len(english) == len(set(english))
    assert title_suggestions("xx") == []


# ------------------------------------------------------------------ a sub-item


def sub_item(language: str, parent: str = "") -> Package:
    package = load_project(sample_path(language))
    return package.evolve(kind="sub_item", parent_item=parent, agenda_item=None)


def texts_of(package: Package) -> list[str]:
    return ["".join(r.text for r in b.runs) for b in compose(package, Part.LETTER).blocks
            if isinstance(b, Paragraph)]


def test_a_sub_items_heading_and_its_parent() -> None:
    package = sub_item("en", "Elections to fill vacancies in subsidiary organs")
    texts = texts_of(package)
    assert texts[1] == ("Request for the inclusion of an additional sub-item in the agenda "
                        "of the sixty-second session")
    assert texts[2] == f"Elections to fill vacancies in subsidiary organs: {package.item_title}"
    assert compose(package, Part.LETTER).metadata.subject == texts[1]
    assert texts_of(sub_item("en"))[2] == package.item_title
    rule_14 = package.evolve(rule=14)
    assert "a supplementary sub-item in the agenda" in texts_of(rule_14)[1]


@pytest.mark.parametrize(("language", "word"), [
    ("fr", "question subsidiaire"), ("es", "subtema"), ("ru", "подпункта"),
    ("zh", "分项目"), ("ar", "بند فرعي")])
def test_every_language_says_sub_item(language: str, word: str) -> None:
    with fallbacks_noted() as noted:
        texts = texts_of(sub_item(language, "Parent"))
    assert word in texts[1]
    assert texts[2].startswith("Parent")
    assert noted == []


def test_joint_packages_render_in_every_language_with_their_annexes() -> None:
    for language in LANGUAGES:
        package = joint_package(language, 6)
        data = package.model_dump(mode="json")
        data["annexes"][-1]["signatories"] = [signatory(language, 0, "A"),
                                              signatory(language, 1, "B")]
        package = Package.model_validate(data)
        document = compose(package, Part.PACKAGE)
        assert sum(isinstance(b, SignatureGrid) for b in document.blocks) == 2
        pdf_bytes(document)
        docx_bytes(document)
