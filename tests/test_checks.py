"""Checks: what a UN editor would point out in a valid package, with the field to fix.

The checks of issue 11 have their own files: test_checks_sessions.py (rules 1 and 12 to
15), test_checks_drafting.py (with real resolutions), test_checks_consistency.py,
test_checks_typography.py and test_checks_fixes.py (applying a fix, in the window and on
the command line)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cica_desktop.checks import check
from cica_desktop.cli import main
from cica_desktop.model import Package, load_project
from cica_desktop.samples import sample_path

LANGUAGES = ["en", "zh", "fr", "es", "ru", "ar"]


@pytest.fixture(scope="module")
def sample() -> Package:
    return load_project(sample_path("en"))


def findings(package: Package) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.path, f.message) for f in check(package)]


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "zh"])
def test_the_real_a_62_232_has_no_findings(language: str) -> None:
    assert check(load_project(sample_path(language))) == []


def test_the_chinese_a_62_232_has_the_real_documents_own_slips() -> None:
    """The UN's Chinese text of A/62/232 quotes the item's title with a 的 the title lacks,
    entitles the resolution with a 大会 the title lacks, and leaves "and" three times in
    Chinese text ("新的挑战 and 威胁"): the sample reproduces the document, the checks
    point them out."""
    found = [(f.code, f.path) for f in check(load_project(sample_path("zh")))]
    assert found == [
        ("consistency.title_quoted", "letter.blocks[0].text"),
        ("consistency.resolution_title", "annexes[1].title"),
        ("typography.latin_in_chinese", "annexes[2].blocks[4].text"),
        ("typography.latin_in_chinese", "annexes[2].enclosure.blocks[1].text"),
        ("typography.latin_in_chinese", "annexes[2].enclosure.blocks[6].items[3].text"),
    ]


def test_a_package_without_a_memorandum_is_against_rule_20(sample: Package) -> None:
    without = sample.evolve(annexes=[a.model_dump() for a in sample.annexes
                                     if a.kind != "memorandum"])
    [(severity, path, message), mention] = findings(without)
    assert (severity, path) == ("warning", "annexes")
    assert "explanatory memorandum" in message
    # … and the letter's "(see annex I)" now points at the draft resolution
    assert mention == ("warning", "letter.blocks[1].text", "the letter calls annex I the "
                       "explanatory memorandum, but annex I is not the memorandum")


def test_no_draft_resolution_is_only_a_note(sample: Package) -> None:
    without = sample.evolve(annexes=[a.model_dump() for a in sample.annexes
                                     if a.kind != "draft_resolution"])
    assert [(s, p) for s, p, _ in findings(without)] == [("note", "annexes")]


@pytest.mark.parametrize(("rule", "session", "code"), [
    (15, 62, None), (15, 63, "session.rule"), (14, 62, "session.open"),
    (14, 63, "session.rule14_early"), (14, 61, "session.rule"), (13, 63, None),
    (13, 62, "session.open")])
def test_the_session_fits_the_rule_and_the_letters_date(sample: Package, rule: int,
                                                         session: int, code: str | None) -> None:
    # The letter is of 3 October 2007: the sixty-second session opened on 18 September
    # 2007, the sixty-third opens on 16 September 2008 (test_checks_sessions.py has more).
    package = sample.evolve(rule=rule, session=session)
    found = [f for f in check(package) if f.path == "session"]
    assert [f.code for f in found] == ([code] if code else [])
    if code:
        assert "3 October 2007" in found[0].message


def joint_letter(sample: Package, states: list[str], requesting: list[str]) -> Package:
    letter = sample.letter.model_dump()
    letter["sender_role"] = "representatives"
    letter["senders"] = [{"name": f"Representative of {s}", "state": s} for s in states]
    return sample.evolve(letter=letter, requesting_states=requesting)


def test_several_signatories_sign_in_the_alphabetical_order_of_their_countries(
        sample: Package) -> None:
    unordered = joint_letter(sample, ["Kazakhstan", "China"], ["China", "Kazakhstan"])
    [(severity, path, message)] = findings(unordered)
    assert (severity, path) == ("warning", "letter.senders")
    assert message.endswith("China, Kazakhstan")
    assert findings(joint_letter(sample, ["China", "Kazakhstan"],
                                 ["China", "Kazakhstan"])) == []


def test_a_signatory_speaks_for_a_requesting_state(sample: Package) -> None:
    package = joint_letter(sample, ["China", "Mongolia"], ["China", "Kazakhstan"])
    assert ("warning", "letter.senders[1].state",
            "Mongolia is not among the requesting States") in findings(package)


def test_dates_follow_each_other(sample: Package) -> None:
    early = sample.evolve(issue_date=dt.date(2007, 10, 1))
    assert [p for _, p, _ in findings(early)] == ["issue_date"]
    index = next(i for i, a in enumerate(sample.annexes) if a.kind == "letter")
    annexes = [a.model_dump() for a in sample.annexes]
    annexes[index]["date"] = "2007-11-01"
    late = sample.evolve(annexes=annexes)
    assert [p for _, p, _ in findings(late)] == [f"annexes[{index}].date"]


def test_an_operative_paragraph_without_a_verb_is_a_warning(sample: Package) -> None:
    index = next(i for i, a in enumerate(sample.annexes) if a.kind == "draft_resolution")
    annexes = [a.model_dump() for a in sample.annexes]
    annexes[index]["operative"][0]["verb"] = ""
    found = findings(sample.evolve(annexes=annexes))
    assert found == [("warning", f"annexes[{index}].operative[0].verb",
                      "an operative paragraph opens with a verb in the present tense, in "
                      "italics (Decides, Requests); this one has none")]


def test_cli_check_prints_findings_and_fails_only_on_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample_path("en"))]) == 0
    assert "no findings" in capsys.readouterr().out
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["session"] = 63
    project = tmp_path / "request.json"
    project.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(project)]) == 0  # a warning never fails
    assert capsys.readouterr().out.splitlines()[:3] == [
        "session: warning: a rule 15 request dated 3 October 2007 is for session 62; the "
        "package names session 63",
        "    fix: session = 62",
        "letter.blocks[0].text: warning: the letter asks for the sixty-second session "
        "(session 62); the package names session 63"]
    data["item_title"] = ""
    project.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(project)]) == 2
    assert "item_title: error: must not be empty" in capsys.readouterr().out


def test_the_window_lists_warnings_under_errors_and_jumps_to_them(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gui_helpers import open_window, settle

    window = open_window(qtbot, tmp_path, "en")
    window.project.set_value(("session",), 63)
    texts = [window.findings.item(i).text() for i in range(window.findings.count())]
    assert texts[0].startswith("⚠ Session: a rule 15 request dated 3 October 2007")
    window.navigator.select(("letter",))
    window.findings.itemClicked.emit(window.findings.item(0))
    settle()
    assert window.navigator.current_node() == ("settings",)
    assert window.project.package is not None  # warnings do not block anything


def test_the_alphabetical_order_of_signatories_is_the_uns(sample: Package) -> None:
    """Accents, case, "the" and punctuation do not decide the order: Côte d’Ivoire comes
    before Croatia, the Netherlands under N."""
    states = ["Côte d’Ivoire", "Croatia", "the Netherlands", "Norway", "Timor-Leste",
              "Togo"]
    assert findings(joint_letter(sample, states, states)) == []
    [(_severity, path, message)] = findings(joint_letter(sample, states[::-1], states))
    assert path == "letter.senders"
    assert message.endswith("Côte d’Ivoire, Croatia, the Netherlands, Norway, Timor-Leste, "
                            "Togo")
