"""Findings are codes with values; their words come from one catalogue (no Qt needed here)."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import string
from pathlib import Path
from typing import Any

import pytest

from cica_desktop.checks import check
from cica_desktop.cli import main
from cica_desktop.findings import DATE, MESSAGES, Finding, Severity, message_text
from cica_desktop.model import ProjectError, load_project
from cica_desktop.model.project import FieldError, validate_project
from cica_desktop.samples import sample_path

TS = Path(__file__).parent.parent / "resources" / "translations" / "cica_desktop_zh_CN.ts"


def names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def sample_data(language: str = "en") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(sample_path(language).read_text(encoding="utf-8"))
    return data


def errors(data: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    with pytest.raises(ProjectError) as caught:
        validate_project(data)
    return [(e.path, e.code, dict(e.params)) for e in caught.value.errors]


def test_every_template_fills_in_from_its_own_values() -> None:
    for code, template in MESSAGES.items():
        assert re.fullmatch(r"[a-z0-9_]+\.[a-z0-9_]+", code), code
        params = {name: 1 for name in names(template)}
        assert "{" not in message_text(code, params), code


def test_every_chinese_translation_uses_the_values_of_its_english() -> None:
    text = TS.read_text(encoding="utf-8")
    [context] = [c for c in re.findall(r"<context>(.*?)</context>", text, re.S)
                 if "<name>findings</name>" in c]
    pairs = re.findall(r"<source>(.*?)</source>.*?<translation>(.*?)</translation>",
                       context, re.S)
    sources = {html.unescape(source) for source, _ in pairs}  # the .ts is XML
    assert sources == {*MESSAGES.values(), DATE}
    for source, translation in pairs:
        if source != DATE:  # a date may be written without the month's English name
            assert names(translation) == names(source), source


def test_a_date_is_written_as_the_language_writes_it() -> None:
    finding = Finding("dates.annexed_letter_after_cover", "annexes[3].date", Severity.WARNING,
                      {"date": dt.date(2007, 11, 1), "cover": dt.date(2007, 10, 3)})
    assert finding.message == \
        "this annexed letter is dated 1 November 2007, after the cover letter of 3 October 2007"
    chinese = {DATE: "{year}年{month}月{day}日"}
    assert "2007年11月1日" in finding.text(lambda template: chinese.get(template, template))
    assert finding.as_json()["params"] == {"date": "2007-11-01", "cover": "2007-10-03"}


def test_a_translation_that_cannot_be_filled_in_gives_the_english() -> None:
    finding = Finding("signatories.state", "letter.senders[1].state", Severity.WARNING,
                      {"state": "Mongolia"})
    assert finding.text(lambda template: "{country} ?") == \
        "Mongolia is not among the requesting States"


def test_a_code_outside_the_catalogue_is_said_in_its_own_english() -> None:
    finding = Finding("pydantic.uuid_parsing", "x", Severity.ERROR, {}, "not a UUID")
    assert finding.message == finding.text(lambda template: "translated") == "not a UUID"
    assert Finding("no.such_code", "x", Severity.NOTE).message == "no.such_code"


def test_validation_errors_are_built_from_pydantics_type_and_context() -> None:
    data = sample_data("zh")
    data["rule"] = 17
    data["job_number"] = "1"
    data["item_title"] = ""
    data["letter"]["date"] = "3 October"
    data["letter"]["blocks"] = [{"type": "paragraph", "text": text}
                              for text in ("x" * 100_001, "a\x01b", "two\nlines")]
    data["letter"]["reference"] = "two\nlines"
    data["letter"]["senders"] = []
    data["letter"]["signatur"] = "x"
    data["annexes"][2]["enclosure"]["annex"]["blocks"][1]["rows"][3] = ["只有一格"]
    found = errors(data)
    assert ("rule", "value.not_one_of", {"expected": "13, 14 or 15"}) in found
    assert ("job_number", "value.bad_form", {"pattern": r"^\d{2}-\d{5}$"}) in found
    assert ("item_title", "text.empty", {}) in found
    assert ("letter.date", "value.not_date", {}) in found
    assert ("letter.blocks[0].text", "text.too_long", {"length": 100_001, "limit": 100_000}) \
        in found
    assert ("letter.blocks[1].text", "text.bad_character",
            {"character": "U+0001", "position": 2}) in found
    assert ("letter.reference", "text.line_break", {}) in found
    assert ("letter.senders", "list.too_short", {"minimum": 1}) in found
    assert ("letter.signatur", "field.unknown", {}) in found
    assert ("annexes[2].enclosure.annex.blocks[1].rows[3]", "table.row_length",
            {"cells": 1, "header": 2}) in found
    assert all(code in MESSAGES for _, code, _ in found), found


def test_a_rule_of_the_model_names_the_sub_field_it_is_about() -> None:
    data = sample_data()
    data["letter"]["sender_role"] = "representatives"
    data["letter"]["senders"][0]["state"] = ""
    assert errors(data) == [("letter.senders[0].state", "letter.state_missing", {})]


def test_the_english_comes_from_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    data = sample_data()
    data["item_title"] = " "
    monkeypatch.setitem(MESSAGES, "text.empty", "is blank")
    with pytest.raises(ProjectError) as caught:
        validate_project(data)
    assert [str(e) for e in caught.value.errors] == ["item_title: is blank"]


def test_a_pydantic_error_without_a_code_keeps_its_english() -> None:
    error = FieldError("x", "pydantic.uuid_parsing", {}, "Input should be a valid UUID")
    assert str(error) == "x: Input should be a valid UUID"
    finding = error.finding()
    assert (finding.code, finding.path, finding.severity) == \
        ("pydantic.uuid_parsing", "x", Severity.ERROR)
    assert finding.message == "Input should be a valid UUID"


def test_the_checks_findings_carry_codes_and_values() -> None:
    package = load_project(sample_path("en"))
    late = package.evolve(rule=14, session=64)
    [finding] = [f for f in check(late) if f.path == "session"]  # (the letter cites 15)
    assert (finding.code, finding.path, finding.severity) == \
        ("session.rule", "session", Severity.WARNING)
    assert dict(finding.params) == {"rule": 14, "date": dt.date(2007, 10, 3), "expected": 63,
                                    "session": 64}
    assert finding.message == ("a rule 14 request dated 3 October 2007 is for session 63; "
                               "the package names session 64")
    assert (finding.fix.path, finding.fix.value) == ("session", 63)  # type: ignore[union-attr]


def run_check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    status = main(["check", *args])
    out = capsys.readouterr().out
    return status, json.loads(out)


def write(tmp_path: Path, data: dict[str, Any] | str) -> Path:
    project = tmp_path / "request.json"
    project.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return project


def test_cli_check_json_lists_the_findings_for_scripts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = run_check(capsys, str(sample_path("en")), "--format", "json")
    assert (status, report) == (0, {"file": str(sample_path("en")), "findings": []})
    data = sample_data()
    data["session"] = 63
    status, report = run_check(capsys, str(write(tmp_path, data)), "--format", "json")
    assert status == 0  # a warning never fails
    # (the letter's "sixty-second session" is a finding of its own, consistency.letter_session)
    assert [f for f in report["findings"] if f["path"] == "session"] == [{
        "code": "session.rule", "path": "session", "severity": "warning",
        "params": {"rule": 15, "date": "2007-10-03", "expected": 62, "session": 63},
        "message": "a rule 15 request dated 3 October 2007 is for session 62; the package "
                   "names session 63",
        "fix": {"path": "session", "value": 62}}]


def test_cli_check_json_lists_errors_with_the_same_exit_code(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = sample_data()
    data["item_title"] = ""
    status, report = run_check(capsys, str(write(tmp_path, data)), "--format", "json")
    assert status == 2
    assert report["findings"] == [{"code": "text.empty", "path": "item_title",
                                   "severity": "error", "params": {},
                                   "message": "must not be empty", "fix": None}]
    status, report = run_check(capsys, str(write(tmp_path, '{"session": 62,,}')),
                               "--format", "json")
    assert status == 2
    [finding] = report["findings"]
    assert (finding["code"], finding["path"], finding["params"]["line"]) == \
        ("file.not_json", "", 1)


def test_cli_check_text_is_as_before(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    data = sample_data()
    data["item_title"] = ""
    assert main(["check", str(write(tmp_path, data)), "--format", "text"]) == 2
    assert capsys.readouterr().out == "item_title: error: must not be empty\n"

