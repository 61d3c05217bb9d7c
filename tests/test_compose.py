"""compose: the UN conventions, from the language templates."""

from __future__ import annotations

import datetime as dt

import pytest

from cica_desktop.compose import Part, compose
from cica_desktop.compose.compose import ComposeError
from cica_desktop.compose.language import TemplateProblem
from cica_desktop.compose.numerals import ordinal_words, roman, zh_numeral
from cica_desktop.document import NumberedParagraph, Paragraph, SignatureBlock
from cica_desktop.model import Package, Signatory


def texts(package: Package, part: Part = Part.PACKAGE) -> list[str]:
    out = []
    for block in compose(package, part).blocks:
        if isinstance(block, Paragraph | NumberedParagraph):
            prefix = f"{block.label} " if isinstance(block, NumberedParagraph) else ""
            out.append(prefix + "".join(r.text for r in block.runs))
        elif isinstance(block, SignatureBlock):
            out.extend("".join(r.text for r in line) for line in block.lines)
    return out


def test_english_heading_stack(en_package: Package) -> None:
    lines = texts(en_package)
    assert lines[:4] == [
        "Sixty-second session",
        "Request for the inclusion of an additional item in the agenda of the sixty-second "
        "session",
        "Observer status for the Conference on Interaction and Confidence-Building Measures in "
        "Asia in the General Assembly",
        "Letter dated 3 October 2007 from the Permanent Representative of Kazakhstan to the "
        "United Nations addressed to the Secretary-General",
    ]


@pytest.mark.parametrize(("rule", "words"), [(13, "an item in the provisional agenda"),
                                              (14, "a supplementary item in the agenda"),
                                              (15, "an additional item in the agenda")])
def test_request_heading_follows_the_rule(en_package: Package, rule: int, words: str) -> None:
    assert words in texts(en_package.evolve(rule=rule))[1]


def test_charge_d_affaires_and_several_representatives(en_package: Package) -> None:
    letter = en_package.letter
    charge = en_package.evolve(letter=letter.evolve(sender_role="charge_d_affaires"))
    assert "from the Chargé d’affaires a.i. of the Permanent Mission of Kazakhstan" in \
        texts(charge)[3]
    senders = (Signatory(name="A", state="Kazakhstan"), Signatory(name="B", state="Mongolia"),
               Signatory(name="C", state="Thailand"))
    several = en_package.evolve(letter=letter.evolve(sender_role="representatives",
                                                     senders=senders))
    assert "from the representatives of Kazakhstan, Mongolia and Thailand to the United " \
        "Nations" in texts(several)[3]


def test_letter_to_the_president_of_the_general_assembly(en_package: Package,
                                                         zh_package: Package) -> None:
    def to_president(package: Package) -> Package:
        letter = package.letter.evolve(addressee="president_of_the_general_assembly")
        return package.evolve(letter=letter)

    assert texts(to_president(en_package))[3].endswith(
        "addressed to the President of the General Assembly")
    assert texts(to_president(zh_package))[3].endswith("给大会主席的信")


def test_signed_mark_and_titles_order(en_package: Package, zh_package: Package) -> None:
    en = texts(en_package)
    i = en.index("(Signed) Byrganym Aitimova")
    assert en[i + 1 : i + 3] == ["Ambassador", "Permanent Representative"]
    zh = texts(zh_package)
    i = zh.index("贝尔加内姆·艾季莫娃（签名）")
    assert zh[i - 2 : i] == ["常驻代表", "大使"]


def test_unsigned_signatory_has_no_mark(en_package: Package) -> None:
    sender = en_package.letter.senders[0].evolve(signed=False)
    package = en_package.evolve(letter=en_package.letter.evolve(senders=(sender,)))
    assert "Byrganym Aitimova" in texts(package)


def test_annex_headings_and_original_mark(en_package: Package, zh_package: Package) -> None:
    en = texts(en_package)
    assert [t for t in en if t.startswith("Annex ")][:3] == ["Annex I", "Annex II", "Annex III"]
    assert "[Original: Russian]" in en
    zh = texts(zh_package)
    assert [t for t in zh if t.startswith("附件")][:3] == ["附件一", "附件二", "附件三"]


def test_lead_words_italic_in_english_not_in_chinese(en_package: Package,
                                                     zh_package: Package) -> None:
    def lead_runs(package: Package) -> list[tuple[str, bool]]:
        return [(b.runs[0].text, b.runs[0].italic) for b in compose(package).blocks
                if isinstance(b, NumberedParagraph | Paragraph) and len(b.runs) == 2]

    assert ("Decides", True) in lead_runs(en_package)
    assert all(not italic for _, italic in lead_runs(zh_package))
    assert ("决定", False) in lead_runs(zh_package)


def test_sub_paragraphs_are_lettered_then_roman(en_package: Package) -> None:
    resolution = en_package.annexes[1]
    operative = resolution.operative[0].evolve(subparagraphs=[
        {"text": "first;", "subparagraphs": [{"text": "inner;"}, {"text": "inner two;"}]},
        {"text": "second;"}])
    package = en_package.evolve(annexes=[en_package.annexes[0],
                                         resolution.evolve(operative=[operative]),
                                         en_package.annexes[2]])
    lines = texts(package)
    start = lines.index("(a) first;")
    assert lines[start : start + 4] == ["(a) first;", "(i) inner;", "(ii) inner two;",
                                        "(b) second;"]


def test_standalone_resolution_has_sponsors_and_committee(en_package: Package) -> None:
    resolution = en_package.annexes[1].evolve(committee="Sixth Committee",
                                              sponsors=["Kazakhstan", "Mongolia"])
    package = en_package.evolve(agenda_item=171, annexes=[resolution])
    lines = texts(package, Part.RESOLUTION)
    assert lines[:5] == ["Sixty-second session", "Sixth Committee", "Agenda item 171",
                         en_package.item_title, "Kazakhstan and Mongolia: draft resolution"]
    document = compose(package, Part.RESOLUTION)
    assert document.masthead is not None
    assert document.masthead.distribution == "Distr.: Limited"


def test_no_draft_resolution_for_the_resolution_part(en_package: Package) -> None:
    package = en_package.evolve(annexes=[en_package.annexes[0]])
    with pytest.raises(ComposeError, match="no draft resolution"):
        compose(package, Part.RESOLUTION)


def test_a_language_without_a_template_is_a_clear_error() -> None:
    from cica_desktop.compose.language import load_language

    with pytest.raises(TemplateProblem, match="no language template for 'xx'"):
        load_language("xx")


def test_masthead_of_a_translation(zh_package: Package) -> None:
    masthead = compose(zh_package).masthead
    assert masthead is not None
    assert (masthead.organ, masthead.body, masthead.date, masthead.language_line,
            masthead.original) == ("联合国", "大会", "4 October 2007", "Chinese",
                                   "Original: English")


def test_dates_in_each_language(en_package: Package, zh_package: Package) -> None:
    letter = en_package.letter.evolve(date=dt.date(2008, 1, 1))
    assert texts(en_package.evolve(letter=letter))[3].startswith("Letter dated 1 January 2008")
    letter = zh_package.letter.evolve(date=dt.date(2008, 1, 1))
    assert texts(zh_package.evolve(letter=letter))[3].startswith("2008年1月1日")


def test_numerals() -> None:
    assert [zh_numeral(n) for n in (1, 10, 12, 20, 62, 100, 105, 110)] == [
        "一", "十", "十二", "二十", "六十二", "一百", "一百零五", "一百一十"]
    assert [roman(n) for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert ordinal_words(62, "en") == "sixty-second"
    assert ordinal_words(80, "en") == "eightieth"


def test_what_the_renderers_need_to_know_about_the_language_is_in_the_tree(
        en_package: Package, zh_package: Package) -> None:
    from cica_desktop.document import Direction
    from cica_desktop.document.script import Script

    english, chinese = compose(en_package), compose(zh_package)
    assert (english.script, english.italics, english.direction) == (Script.LATIN, True,
                                                                   Direction.LTR)
    assert (chinese.script, chinese.italics) == (Script.CJK, False)
    assert english.language_tags.text == "en-US"
    # a Chinese document's own text is tagged East Asian; its Latin words are English
    assert (chinese.language_tags.text, chinese.language_tags.east_asian) == ("en-US", "zh-CN")
    assert chinese.metadata.language == "zh-CN"


def test_latin_paragraphs_of_an_arabic_letter_are_left_to_right() -> None:
    from cica_desktop.compose import Layout
    from cica_desktop.document import Direction
    from cica_desktop.document.script import Script
    from cica_desktop.model.project import load_project
    from cica_desktop.samples import sample_path

    document = compose(load_project(sample_path("ar")), Part.LETTER, Layout.MISSION)
    assert (document.script, document.direction) == (Script.ARABIC, Direction.RTL)
    directions = {"".join(r.text for r in block.runs): block.direction
                  for block in document.blocks if isinstance(block, Paragraph)}
    assert directions["New York, NY 10017"] is Direction.LTR
    assert all(direction is None for text, direction in directions.items()
               if any("\u0600" <= c <= "\u06ff" for c in text))


def test_the_masthead_splits_its_symbol_and_lists_its_fields(zh_package: Package) -> None:
    masthead = compose(zh_package).masthead
    assert masthead is not None
    assert masthead.symbol_parts == ("A", "/62/232")
    assert masthead.fields == ("Distr.: General", "4 October 2007", "Chinese",
                               "Original: English")


def test_both_layouts_compose_the_same_letter(en_package: Package) -> None:
    """One composition of the cover letter: the layouts differ in its opening, the styles,
    the close and how it is signed, never in what the letter says."""
    from cica_desktop.compose import Layout

    def letter(layout: Layout) -> tuple[list[str], list[str], set[str]]:
        blocks = compose(en_package, Part.LETTER, layout).blocks
        body = ["".join(r.text for r in b.runs) for b in blocks
                if isinstance(b, Paragraph) and b.style in ("SingleTxt", "MissionTxt")]
        names = [b.lines[0][0].text for b in blocks if isinstance(b, SignatureBlock)]
        styles = {b.style for b in blocks if isinstance(b, SignatureBlock)}
        return body, names, styles

    un_body, un_names, un_styles = letter(Layout.UN)
    mission_body, mission_names, mission_styles = letter(Layout.MISSION)
    assert un_body == [block.text for block in en_package.letter.blocks]  # type: ignore[union-attr]
    assert mission_body[:-1] == un_body  # and the complimentary close
    assert [name.replace("(Signed) ", "") for name in un_names] == mission_names
    assert (un_styles, mission_styles) == ({"Signature"}, {"MissionSignature"})
