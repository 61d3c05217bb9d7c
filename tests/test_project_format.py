"""The JSON project format: strict validation, field paths in errors, versions, schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cica_desktop.model import (
    FORMAT_VERSION,
    Memorandum,
    Package,
    ParagraphBlock,
    ProjectError,
    dump_project,
    load_project,
    parse_project,
)
from cica_desktop.model.schema import schema_text
from cica_desktop.samples import sample_path

DOCS = Path(__file__).parent.parent / "docs"


def sample_data(language: str = "en") -> dict:  # type: ignore[type-arg]
    return json.loads(sample_path(language).read_text(encoding="utf-8"))


def errors_for(data: object) -> list[str]:
    with pytest.raises(ProjectError) as caught:
        parse_project(json.dumps(data))
    return [str(e) for e in caught.value.errors]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_samples_load_and_round_trip(language: str) -> None:
    package = load_project(sample_path(language))
    assert package.format_version == FORMAT_VERSION
    assert parse_project(dump_project(package)) == package


def test_error_names_the_path_of_a_nested_field() -> None:
    data = sample_data()
    data["annexes"][1]["operative"][0]["text"] = 42
    assert errors_for(data) == ["annexes[1].operative[0].text: Input should be a valid string"]


def test_every_bad_field_is_reported_once() -> None:
    data = sample_data()
    data["session"] = "sixty-two"
    data["letter"]["date"] = "3 October"
    data["annexes"][0]["blocks"][2]["text"] = "   "
    del data["item_title"]
    errors = errors_for(data)
    assert len(errors) == 4
    paths = [e.split(":")[0] for e in errors]
    assert paths == ["session", "item_title", "letter.date", "annexes[0].blocks[2].text"]


def test_unknown_keys_are_refused_by_name() -> None:
    data = sample_data()
    data["letter"]["signatur"] = "x"
    assert errors_for(data) == ["letter.signatur: is not a field of this format (misspelt?)"]


def test_unknown_annex_kind() -> None:
    data = sample_data()
    data["annexes"][0]["kind"] = "memo"
    [error] = errors_for(data)
    assert error.startswith("annexes[0]: unknown kind 'memo'")


def test_table_rows_must_match_the_header() -> None:
    data = sample_data("zh")
    table = data["annexes"][2]["enclosure"]["annex"]["blocks"][1]
    table["rows"][3] = ["只有一格"]
    [error] = errors_for(data)
    assert error == ("annexes[2].enclosure.annex.blocks[1].rows[3]: has 1 cells; "
                     "the header has 2")


@pytest.mark.parametrize(("version", "message"), [
    (99, "format_version: 99 is newer than this version of cica-desktop reads (3)"),
    (0, "format_version: 0 is not a known format version"),
    ("1", "format_version: must be a whole number, not '1'"),
])
def test_format_versions(version: object, message: str) -> None:
    data = sample_data()
    data["format_version"] = version
    [error] = errors_for(data)
    assert error.startswith(message)


def version_2_data() -> dict[str, Any]:
    """The English sample as format 2 wrote it: lists of paragraphs, not blocks."""
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["format_version"] = 2
    del data["kind"]
    data["letter"]["paragraphs"] = [b["text"] for b in data["letter"].pop("blocks")]
    for annex in data["annexes"]:
        if annex["kind"] in ("memorandum", "letter"):
            annex["paragraphs"] = [b["text"] for b in annex.pop("blocks")]
    return data


def test_a_version_1_file_reads_and_is_saved_as_the_current_version() -> None:
    data = version_2_data()
    del data["letterhead"]
    data["letter"].pop("reference", None)
    data["format_version"] = 1
    package = parse_project(json.dumps(data))
    assert package.format_version == FORMAT_VERSION == 3
    assert package.letterhead.address_lines == () and package.letter.reference == ""
    assert json.loads(dump_project(package))["format_version"] == 3


def test_a_version_2_file_reads_with_its_paragraphs_as_blocks() -> None:
    data = version_2_data()
    package = parse_project(json.dumps(data))
    current = load_project(sample_path("en"))
    # The letter's paragraphs stay unnumbered, the memorandum's are numbered, and nothing
    # else changes: the sample as format 3 writes it is the same package.
    assert package == current.evolve(kind=None)
    memorandum = package.annexes[0]
    assert isinstance(memorandum, Memorandum)
    assert all(isinstance(b, ParagraphBlock) and b.numbered for b in memorandum.blocks)
    assert not any(b.numbered for b in package.letter.blocks  # type: ignore[union-attr]
                   if isinstance(b, ParagraphBlock))


def test_a_version_2_file_with_a_bad_paragraph_names_it_by_its_new_place() -> None:
    data = version_2_data()
    data["annexes"][0]["paragraphs"][1] = ""
    assert errors_for(data) == ["annexes[0].blocks[1].text: must not be empty"]


def test_missing_format_version() -> None:
    data = sample_data()
    del data["format_version"]
    assert errors_for(data) == ["format_version: is required but missing"]


def test_malformed_json_says_where() -> None:
    with pytest.raises(ProjectError) as caught:
        parse_project('{"session": 62,,}')
    assert "not valid JSON" in str(caught.value) and "line 1, column 16" in str(caught.value)


def test_not_utf8() -> None:
    with pytest.raises(ProjectError, match="not UTF-8"):
        parse_project(b"\xff\xfe{")


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="cannot read the file"):
        load_project(tmp_path / "missing.json")


def test_three_levels_of_list_at_most() -> None:
    data = sample_data("zh")
    lettered = data["annexes"][2]["enclosure"]["blocks"][-3]
    assert lettered["style"] == "lettered"
    bullets = lettered["items"][1]["children"]
    bullets["items"][0]["children"] = {"type": "list", "items": [
        {"text": "x", "children": {"type": "list", "items": [{"text": "too deep"}]}}]}
    [error] = errors_for(data)
    assert "three levels deep at most" in error


def test_several_representatives_name_their_states() -> None:
    data = sample_data()
    data["letter"]["sender_role"] = "representatives"
    data["letter"]["senders"][0]["state"] = ""
    [error] = errors_for(data)
    assert error.startswith("letter.senders[0].state:")


def test_evolve_validates() -> None:
    package = load_project(sample_path("en"))
    with pytest.raises(ValueError):
        package.evolve(session=0)
    assert package.evolve(paper="a4").paper.value == "a4"


def test_json_schema_in_docs_is_current() -> None:
    committed = (DOCS / "project-format.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: python -m cica_desktop.model.schema"
    schema = json.loads(committed)
    assert schema["properties"]["format_version"]["const"] == FORMAT_VERSION == 3
    assert "Package" not in schema["title"]


def test_package_is_immutable() -> None:
    package = load_project(sample_path("en"))
    with pytest.raises(ValueError):
        package.session = 63  # type: ignore[misc]
    assert isinstance(package, Package)
