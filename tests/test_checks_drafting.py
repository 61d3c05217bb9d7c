"""Drafting: a draft resolution's paragraphs as the UN drafts them, in each language.

A preambular paragraph opens with a participle or adjective phrase (its italic lead) and
ends with a comma; an operative paragraph opens with a verb in the present tense and ends
with a semicolon, the last with a full stop; sub-paragraphs end with semicolons, the last as
its paragraph ends. Ten real resolutions (tests/real_resolutions.py) raise no drafting
finding: the checks ask nothing real texts do not do.
"""

from __future__ import annotations

from typing import Any

import pytest
from real_resolutions import RESOLUTIONS

from cica_desktop.checks import check
from cica_desktop.checks.drafting import operative_paragraphs, preambular_paragraphs
from cica_desktop.findings import Finding
from cica_desktop.model import Package, load_project
from cica_desktop.samples import sample_path

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]


def with_resolution(language: str = "en", **resolution: Any) -> Package:
    """The sample in *language* with its draft resolution replaced by *resolution*'s
    fields."""
    package = load_project(sample_path(language))
    annexes = [a.model_dump() for a in package.annexes]
    index = next(i for i, a in enumerate(annexes) if a["kind"] == "draft_resolution")
    annexes[index] = {**annexes[index], **resolution}
    return package.evolve(annexes=annexes)


def drafting(package: Package) -> list[Finding]:
    return [*preambular_paragraphs(package), *operative_paragraphs(package)]


def real(entry: dict[str, Any]) -> Package:
    """A real resolution in the English sample, entitled as it is: the item is its title
    (and the sample's short running title, made for its own item, goes)."""
    package = with_resolution(
        title=None,
        preambular=[{"lead": lead, "text": text} for lead, text in entry["preambular"]],
        operative=[{"verb": verb, "text": text} for verb, text in entry["operative"]])
    return package.evolve(item_title=entry["title"], running_title=None)


@pytest.mark.parametrize("entry", RESOLUTIONS, ids=[r["symbol"] for r in RESOLUTIONS])
def test_real_resolutions_raise_no_drafting_finding(entry: dict[str, Any]) -> None:
    assert drafting(real(entry)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_samples_resolution_is_drafted_right_in_every_language(language: str) -> None:
    assert drafting(load_project(sample_path(language))) == []


def codes(package: Package) -> list[tuple[str, str]]:
    return [(f.code, f.path.split(".", 1)[1]) for f in drafting(package)]


def test_a_preambular_paragraph_ends_with_a_comma() -> None:
    package = with_resolution(preambular=[
        {"lead": "Noting", "text": "the wish of the Conference;"},
        {"lead": "Recalling", "text": "its resolution 59/50"}])
    found = drafting(package)
    assert [(f.code, f.path) for f in found] == [
        ("resolution.preambular_end", "annexes[1].preambular[0].text"),
        ("resolution.preambular_end_missing", "annexes[1].preambular[1].text")]
    assert found[0].message == ("a preambular paragraph ends with a comma: here “,”, not "
                                "“;”")
    assert [f.fix.value for f in found if f.fix] == [  # type: ignore[union-attr]
        "the wish of the Conference,", "its resolution 59/50,"]


def test_a_preambular_lead_is_not_an_operative_verb() -> None:
    package = with_resolution(preambular=[
        {"lead": "Notes", "text": "the wish of the Conference,"},
        {"lead": "Conscious", "text": "of the need,"},  # an adjective: fine
        {"lead": "", "text": "the wish of the Conference,"}])
    assert codes(package) == [("resolution.preambular_verb", "preambular[0].lead"),
                              ("resolution.preambular_lead", "preambular[2].lead")]


def test_operative_paragraphs_end_with_semicolons_the_last_with_a_full_stop() -> None:
    package = with_resolution(operative=[
        {"verb": "Decides", "text": "to invite the Conference."},
        {"verb": "Requests", "text": "the Secretary-General to act;"}])
    found = drafting(package)
    assert [(f.code, f.path, f.fix.value) for f in found] == [  # type: ignore[union-attr]
        ("resolution.operative_end", "annexes[1].operative[0].text",
         "to invite the Conference;"),
        ("resolution.operative_end", "annexes[1].operative[1].text",
         "the Secretary-General to act.")]


def test_punctuation_after_a_closing_quotation_mark_counts() -> None:
    package = with_resolution(operative=[
        {"verb": "Decides", "text": "to include the sub-item entitled “Cooperation”."}])
    assert drafting(package) == []


def test_an_operative_paragraph_opens_with_a_verb_not_a_participle() -> None:
    package = with_resolution(operative=[
        {"verb": "Noting", "text": "the wish;"}, {"verb": "", "text": "the wish."}])
    assert codes(package) == [("resolution.operative_participle", "operative[0].verb"),
                              ("resolution.operative_verb", "operative[1].verb")]


def test_a_verb_may_repeat_the_one_before() -> None:
    # A/RES/79/10 opens paragraphs 4, 5 and 6 with "Invites"; "Also decides" is usual.
    package = with_resolution(operative=[
        {"verb": "Decides", "text": "to invite the Conference;"},
        {"verb": "Decides", "text": "to include the item."}])
    assert drafting(package) == []


def test_sub_paragraphs_end_with_semicolons_the_last_as_its_paragraph_ends() -> None:
    package = with_resolution(operative=[
        {"verb": "Decides", "text": "to invite the Conference;"},
        {"verb": "Requests", "text": "the Secretary-General:", "subparagraphs": [
            {"text": "to act;"}, {"text": "to report."}]}])
    assert drafting(package) == []
    package = with_resolution(operative=[
        {"verb": "Requests", "text": "the Secretary-General:", "subparagraphs": [
            {"text": "to act;"}, {"text": "to report."}]},
        {"verb": "Decides", "text": "to invite the Conference;", "subparagraphs": [
            {"text": "to act."}, {"text": "to report; and"}, {"text": "to conclude."}]}])
    assert codes(package) == [
        ("resolution.subparagraph_end", "operative[0].subparagraphs[1].text"),
        ("resolution.introduces", "operative[1].text"),
        ("resolution.subparagraph_end", "operative[1].subparagraphs[0].text")]


def test_nested_sub_paragraphs_carry_the_end_down() -> None:
    package = with_resolution(operative=[
        {"verb": "Requests", "text": "the Secretary-General:", "subparagraphs": [
            {"text": "to act;"},
            {"text": "to report on:", "subparagraphs": [{"text": "the first;"},
                                                        {"text": "the second;"}]}]}])
    assert codes(package) == [
        ("resolution.subparagraph_end", "operative[0].subparagraphs[1].subparagraphs[1].text")]


@pytest.mark.parametrize(("language", "text", "fixed"), [
    ("fr", "le souhait de la Conférence ;", "le souhait de la Conférence,"),
    ("es", "el deseo de la Conferencia", "el deseo de la Conferencia,"),
    ("zh", "亚洲相互协作与建立信任措施会议希望增进与联合国的合作；",
     "亚洲相互协作与建立信任措施会议希望增进与联合国的合作，"),
    ("ar", "رغبة مؤتمر التفاعل؛", "رغبة مؤتمر التفاعل،"),
])
def test_each_language_ends_with_its_own_marks(language: str, text: str, fixed: str) -> None:
    package = load_project(sample_path(language))
    resolution = package.draft_resolution()
    assert resolution is not None
    preambular = [{"lead": resolution.preambular[0].lead, "text": text}]
    [finding] = drafting(with_resolution(language, preambular=preambular))
    assert finding.fix is not None and finding.fix.value == fixed


def test_chinese_and_arabic_accept_the_marks_compose_converts() -> None:
    # compose prints "," after Chinese text as "，": the check accepts what prints right.
    package = with_resolution("zh", preambular=[{"lead": "注意到", "text": "会议希望合作,"}])
    assert drafting(package) == []
    package = with_resolution("ar", preambular=[{"lead": "إذ تلاحظ", "text": "رغبة مؤتمر,"}])
    assert drafting(package) == []


@pytest.mark.parametrize(("language", "verb"), [
    ("en", "Noting"), ("fr", "Notant"), ("es", "Observando"), ("ru", "Отмечая"),
    ("ar", "إذ تلاحظ")])
def test_a_preambular_participle_as_operative_verb_in_each_language(language: str,
                                                                  verb: str) -> None:
    package = load_project(sample_path(language))
    resolution = package.draft_resolution()
    assert resolution is not None
    operative = [p.model_dump() for p in resolution.operative]
    operative[0]["verb"] = verb
    assert [f.code for f in drafting(with_resolution(language, operative=operative))] == [
        "resolution.operative_participle"]


def test_a_russian_operative_form_as_preambular_lead() -> None:
    package = with_resolution("ru", preambular=[{"lead": "Отмечает", "text": "стремление,"}])
    assert [f.code for f in drafting(package)] == ["resolution.preambular_verb"]


def test_real_texts_pass_every_check_but_their_own_slip() -> None:
    """All the checks over the ten real texts: the only finding is A/C.6/80/L.2's
    "Brazilian Argentine", spelt "Brazilian-Argentine" in its title."""
    found = {entry["symbol"]: [(f.code, f.path) for f in check(real(entry))]
             for entry in RESOLUTIONS}
    # the English sample's letter quotes its own title: set aside here
    found = {symbol: [(code, path) for code, path in items
                      if code != "consistency.title_quoted"]
             for symbol, items in found.items()}
    assert found.pop("A/C.6/80/L.2") == [
        ("consistency.organization_spelling", "annexes[1].preambular[0].text"),
        ("consistency.organization_spelling", "annexes[1].operative[0].text")]
    assert all(items == [] for items in found.values()), found
