"""The checks never fail on odd but valid text: whatever is typed, the window lists
findings (a check that raised would hide them all)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cica_desktop.checks import check
from cica_desktop.model import Package, load_project
from cica_desktop.samples import sample_path

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]

ODD = [
    "annex", "annexes I to", "annexes to III", "annex XXX and IIII", "see annexes I, II and",
    "“", "”", "«", "»", "„“", "« “ » ”", '"', "'", "''", '""', "«»", "“”",
    "the memorandum (annex I) and the draft resolution (annex I)",
    "rule 13 rule 14 rule 15 rule 20", "the first session, the second session",
    "附件", "附件十一至二十", "第届会议", "المرفق", "المرفقين الأول و", "приложения I и",
    ".", ",", ";", ":", "。", "，", " x  y ", " x ", "x\ty", "A/62/232", "and or the",
    "Observer status for the  in the General Assembly",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_odd_text_everywhere_in_the_letter_and_the_resolution(language: str) -> None:
    package = load_project(sample_path(language))
    letter = package.letter.model_dump()
    letter["blocks"] = [{"type": "paragraph", "text": text} for text in ODD]
    annexes = [a.model_dump() for a in package.annexes]
    annexes[1]["preambular"] = [{"lead": text, "text": text} for text in ODD]
    annexes[1]["operative"] = [{"verb": text, "text": text, "subparagraphs": [
        {"text": text, "subparagraphs": [{"text": text}]}]} for text in ODD]
    annexes[1]["title"] = ODD[-1]
    for title in ODD:
        odd = package.evolve(letter=letter, annexes=annexes, item_title=title,
                             running_title=title)
        assert isinstance(check(odd), list)


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1946, 1, 1), dt.date(9999, 12, 31)])
@pytest.mark.parametrize("rule", [13, 14, 15])
def test_any_date_and_session(day: dt.date, rule: int) -> None:
    package = load_project(sample_path("en"))
    letter = {**package.letter.model_dump(), "date": day}
    for session in (1, 62, 200):
        odd = package.evolve(letter=letter, rule=rule, session=session, issue_date=None)
        assert isinstance(check(odd), list)


def test_a_title_without_an_organization_names_none() -> None:
    package = load_project(sample_path("en")).evolve(
        item_title="Observer status for the  –  in the General Assembly")
    assert [f for f in check(package) if f.code.startswith("consistency.organization")] == []


def _at(data: object, path: str) -> object:
    node = data
    for name, index in re.findall(r"([A-Za-z_]\w*)|\[(\d+)\]", path):
        node = node[int(index)] if index else node[name]  # type: ignore[index]
    return node


def _set(data: dict[str, object], path: str, value: object) -> None:
    parts = [int(index) if index else name
             for name, index in re.findall(r"([A-Za-z_]\w*)|\[(\d+)\]", path)]
    node: object = data
    for part in parts[:-1]:
        node = node[part]  # type: ignore[index]
    node[parts[-1]] = value  # type: ignore[index]


def many_findings() -> list[Package]:
    packages = []
    for language in LANGUAGES:
        package = load_project(sample_path(language))
        letter = package.letter.model_dump()
        letter["blocks"] = [{"type": "paragraph", "text": text} for text in ODD]
        annexes = [a.model_dump() for a in package.annexes]
        annexes[1]["operative"] = [{"verb": text, "text": text} for text in ODD]
        packages.append(package.evolve(letter=letter, annexes=annexes, rule=14,
                                       running_title="Observer status for  the Coffee"))
    return packages


@pytest.mark.parametrize("package", many_findings(), ids=LANGUAGES)
def test_every_finding_names_a_field_and_every_fix_gives_a_valid_package(
        package: Package) -> None:
    data = package.model_dump(mode="json")
    found = check(package)
    assert len(found) > 20
    for finding in found:
        _at(data, finding.path)  # the field exists
        if finding.fix is None:
            continue
        assert finding.fix.path == finding.path or finding.path == "session"
        fixed = package.model_dump(mode="json")
        _set(fixed, finding.fix.path, finding.fix.value)
        after = Package.model_validate(fixed)
        assert finding not in check(after), finding
