"""Checks: what a UN editor would point out in a valid package, with the field to fix."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cica_desktop.checks import Severity, check, current_session
from cica_desktop.cli import main
from cica_desktop.model import Package, load_project
from cica_desktop.samples import sample_path

LANGUAGES = ["en", "zh", "fr", "es", "ru", "ar"]


@pytest.fixture(scope="module")
def sample() -> Package:
    return load_project(sample_path("en"))


def findings(package: Package) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.path, f.message) for f in check(package)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_real_a_62_232_has_no_findings(language: str) -> None:
    assert check(load_project(sample_path(language))) == []


def test_sessions_are_counted_from_september() -> None:
    assert current_session(dt.date(2007, 10, 3)) == 62
    assert current_session(dt.date(2007, 8, 31)) == 61
    assert current_session(dt.date(2026, 9, 1)) == 81


def test_a_package_without_a_memorandum_is_against_rule_20(sample: Package) -> None:
    without = sample.evolve(annexes=[a.model_dump() for a in sample.annexes
                                     if a.kind != "memorandum"])
    [(severity, path, message)] = findings(without)
    assert (severity, path) == ("warning", "annexes")
    assert "explanatory memorandum" in message


def test_no_draft_resolution_is_only_a_note(sample: Package) -> None:
    without = sample.evolve(annexes=[a.model_dump() for a in sample.annexes
                                     if a.kind != "draft_resolution"])
    assert [(s, p) for s, p, _ in findings(without)] == [("note", "annexes")]


@pytest.mark.parametrize(("rule", "session", "ok"), [
    (15, 62, True), (15, 63, False), (14, 62, True), (14, 63, True), (14, 61, False),
    (13, 63, True), (13, 62, False)])
def test_the_session_fits_the_rule_and_the_letters_date(sample: Package, rule: int,
                                                         session: int, ok: bool) -> None:
    package = sample.evolve(rule=rule, session=session)  # the letter is of 3 October 2007
    found = [f for f in check(package) if f.path == "session"]
    assert (found == []) is ok
    if not ok:
        assert found[0].severity is Severity.WARNING
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


def test_an_operative_paragraph_without_a_verb_is_a_note(sample: Package) -> None:
    index = next(i for i, a in enumerate(sample.annexes) if a.kind == "draft_resolution")
    annexes = [a.model_dump() for a in sample.annexes]
    annexes[index]["operative"][0]["verb"] = ""
    found = findings(sample.evolve(annexes=annexes))
    assert found == [("note", f"annexes[{index}].operative[0].verb",
                      "operative paragraphs usually open with a verb in italics "
                      "(Decides, Requests)")]


def test_cli_check_prints_findings_and_fails_only_on_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample_path("en"))]) == 0
    assert "no findings" in capsys.readouterr().out
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["session"] = 63
    project = tmp_path / "request.json"
    project.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(project)]) == 0  # a warning never fails
    assert capsys.readouterr().out.startswith("session: warning: a rule 15 request")
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
