"""Every kind of request, in six languages: `cica-desktop new` writes it with the standard
wording of its kind, rule and number of senders (templates/kinds), blanks stay blank (they
are findings; the guidance is never printed), and once the blanks are filled it builds as
DOCX and PDF. Also `new --from` (a new request from an earlier one) and the command's
options and exit codes."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from cica_desktop.build import build
from cica_desktop.cli import COMMANDS, main
from cica_desktop.compose.kinds import GUIDANCE, KINDS, RULES, load_kinds
from cica_desktop.compose.language import templates_root
from cica_desktop.compose.new_package import RequestSpec, new_request
from cica_desktop.model import Package, ProjectError, RequestKind, load_project
from cica_desktop.samples import sample_path

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")

#: Per language: two States, an organization, a title, an existing item, a filler word.
WORDS: dict[str, dict[str, Any]] = {
    "en": {"states": ["Kazakhstan", "Mongolia"], "organization": "the Example Forum",
           "title": "Example item", "parent": "Existing item", "word": "Text"},
    "fr": {"states": ["Kazakhstan", "Mongolie"], "organization": "le Forum de l’exemple",
           "title": "Question exemple", "parent": "Question existante", "word": "Texte"},
    "es": {"states": ["Kazajstán", "Mongolia"], "organization": "el Foro de Ejemplo",
           "title": "Tema de ejemplo", "parent": "Tema existente", "word": "Texto"},
    "ru": {"states": ["Казахстан", "Монголия"], "organization": "Форум примера",
           "title": "Пример пункта", "parent": "Существующий пункт", "word": "Текст"},
    "zh": {"states": ["哈萨克斯坦", "蒙古"], "organization": "示例论坛",
           "title": "示例项目", "parent": "现有项目", "word": "文本"},
    "ar": {"states": ["كازاخستان", "منغوليا"], "organization": "منتدى المثال",
           "title": "بند مثال", "parent": "بند قائم", "word": "نص"},
}


def new_args(out: Path, kind: str, language: str, states: int = 2) -> list[str]:
    words = WORDS[language]
    info = KINDS[RequestKind(kind)]
    args = ["new", str(out), "--kind", kind, "--language", language, "--rule", "15",
            "--session", "80", "--date", "2025-08-20"]
    for state in words["states"][:states]:
        args += ["--state", state]
    if info.organization:
        args += ["--organization", words["organization"]]
    else:
        args += ["--title", words["title"]]
    if kind == "sub_item":
        args += ["--parent-item", words["parent"]]
    return args


def fill_blanks(node: Any, word: str) -> Any:
    """Every blank text (a paragraph, a heading, a preambular or operative paragraph, a
    signatory's name) filled in, as a user would."""
    if isinstance(node, dict):
        filled = {key: fill_blanks(value, word) for key, value in node.items()}
        for key in ("text", "name"):
            if filled.get(key) == "":
                filled[key] = f"{word} {key}"
        if "verb" in filled and not filled["verb"]:
            filled["verb"] = word
        return filled
    if isinstance(node, list):
        return [fill_blanks(value, word) for value in node]
    return node


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", [kind.value for kind in RequestKind])
def test_every_kind_builds_in_every_language(tmp_path: Path, kind: str, language: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "new.json"
    assert main(new_args(out, kind, language)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["kind"] == kind and data["language"] == language
    # One signature block per requesting State, a joint letter: "representatives".
    assert [s["state"] for s in data["letter"]["senders"]] == WORDS[language]["states"]
    assert data["letter"]["sender_role"] == "representatives"
    assert all(s["name"] == "" for s in data["letter"]["senders"])  # nothing invented
    # The blanks are findings: the project cannot be built as it is.
    with pytest.raises(ProjectError):
        load_project(out)
    # No guidance is ever in the project's text.
    text = json.dumps(data, ensure_ascii=False)
    assert not [hint for hint in GUIDANCE.values() if hint in text]
    filled = tmp_path / "filled.json"
    filled.write_text(json.dumps(fill_blanks(data, WORDS[language]["word"]),
                                 ensure_ascii=False), encoding="utf-8")
    package = load_project(filled)
    result = build(package, "filled", tmp_path / "out", formats=("pdf", "docx"),
                   allow_missing_glyphs=False)
    assert sorted(p.name for p in result.files) == ["filled.docx", "filled.pdf"]
    pdf = "".join(page.extract_text() or "" for page in
                  PdfReader(str(tmp_path / "out" / "filled.pdf")).pages)
    docx = "\n".join(p.text for p in open_docx(str(tmp_path / "out" / "filled.docx")).paragraphs)
    first = data["letter"]["blocks"][0]["text"]
    assert first  # the request paragraph is the standard wording with the title in it
    assert first in docx
    if language in ("en", "fr", "es", "ru"):
        assert re.sub(r"\s+", "", first[:40]) in re.sub(r"\s+", "", pdf)


def test_one_sender_and_several_senders_are_worded_apart() -> None:
    date = dt.date(2025, 8, 20)
    for language in LANGUAGES:
        one = new_request(RequestSpec(RequestKind.OBSERVER_STATUS, 80, date,
                                      language=language, states=("A",),
                                      organization="X")).data
        several = new_request(RequestSpec(RequestKind.OBSERVER_STATUS, 80, date,
                                          language=language, states=("A", "B"),
                                          organization="X")).data
        assert one["letter"]["sender_role"] == "permanent_representative"
        assert several["letter"]["sender_role"] == "representatives"
        assert one["letter"]["blocks"][0]["text"] != several["letter"]["blocks"][0]["text"]
    english = new_request(RequestSpec(RequestKind.OBSERVER_STATUS, 80, date,
                                      states=("A",), organization="X")).data["letter"]
    assert [b["text"].split(",")[0] for b in english["blocks"]] == [
        "On instructions from my Government", "Pursuant to rule 20 of the rules of procedure "
        "of the General Assembly", "I should be grateful if the present letter and its "
        "annexes could be circulated as a document of the General Assembly."]
    assert "I have the honour" in english["blocks"][0]["text"]
    assert "I attach" in english["blocks"][1]["text"]
    joint = new_request(RequestSpec(RequestKind.OBSERVER_STATUS, 80, date,
                                    states=("A", "B"), organization="X")).data["letter"]
    assert "On instructions from our Governments" in joint["blocks"][0]["text"]
    assert "we have the honour" in joint["blocks"][0]["text"]
    assert "we attach" in joint["blocks"][1]["text"]
    assert joint["blocks"][2]["text"].startswith("We should be grateful")


def test_the_representatives_sign_in_alphabetical_order() -> None:
    """FORMAT.md §7; the language's collation (cica_desktop/collation.py) orders them."""
    data = new_request(RequestSpec(RequestKind.SUBSTANTIVE_ITEM, 80, dt.date(2025, 8, 20),
                                   states=("the Netherlands", "Mongolia", "Côte d’Ivoire",
                                           "Croatia", "Chile"), item_title="T")).data
    order = ["Chile", "Côte d’Ivoire", "Croatia", "Mongolia", "the Netherlands"]
    assert [s["state"] for s in data["letter"]["senders"]] == order
    assert data["requesting_states"] == order


@pytest.mark.parametrize("rule", [13, 14, 15])
def test_the_request_follows_the_rule(rule: int) -> None:
    data = new_request(RequestSpec(RequestKind.SUBSTANTIVE_ITEM, 81, dt.date(2026, 5, 1),
                                   rule=rule, states=("A",), item_title="T")).data
    text = data["letter"]["blocks"][0]["text"]
    assert f"pursuant to rule {rule} of the rules of procedure" in text
    assert {13: "provisional agenda of the eighty-first session",
            14: "of a supplementary item entitled “T”",
            15: "of an additional item of an important and urgent character entitled “T”",
            }[rule] in text
    assert data["rule"] == rule


def test_the_observer_status_resolution_is_the_issued_text() -> None:
    """A/C.6/80/L.2, A/RES/78/117: the standard observer-status draft resolution."""
    data = new_request(RequestSpec(RequestKind.OBSERVER_STATUS, 80, dt.date(2025, 8, 20),
                                   states=("Argentina",),
                                   organization="the Example Agency")).data
    assert data["item_title"] == "Observer status for the Example Agency in the General " \
                                 "Assembly"
    resolution = data["annexes"][1]
    assert resolution["preambular"] == [{"lead": "Wishing", "text": "to promote cooperation "
                                         "between the United Nations and the Example Agency,"}]
    assert [(p["verb"], p["text"]) for p in resolution["operative"]] == [
        ("Decides", "to invite the Example Agency to participate in the sessions and the "
                    "work of the General Assembly in the capacity of observer;"),
        ("Requests", "the Secretary-General to take the action necessary to implement the "
                     "present resolution.")]


@pytest.mark.parametrize("organization", ["la Agencia de Ejemplo", "el Foro de Ejemplo"])
def test_the_spanish_observer_resolution_is_the_issued_form(organization: str) -> None:
    """The issued Spanish text: "en sus períodos de sesiones y en sus trabajos", and
    "observador" whatever the organization's grammatical gender."""
    data = new_request(RequestSpec(RequestKind.OBSERVER_STATUS, 80, dt.date(2025, 8, 20),
                                   language="es", states=("Argentina",),
                                   organization=organization)).data
    invited = {"la Agencia de Ejemplo": "a la Agencia de Ejemplo",
               "el Foro de Ejemplo": "al Foro de Ejemplo"}[organization]
    assert data["annexes"][1]["operative"][0] == {
        "verb": "Decide",
        "text": f"invitar {invited} a participar en sus períodos de sesiones y en sus "
                "trabajos en calidad de observador;"}


def test_blank_values_leave_their_paragraphs_blank_with_the_wording_as_a_hint() -> None:
    made = new_request(RequestSpec(RequestKind.OBSERVER_STATUS, 80, dt.date(2025, 8, 20)))
    data = made.data
    assert data["item_title"] == "" and data["requesting_states"] == [""]
    assert data["letter"]["blocks"][0]["text"] == ""
    hint = made.hints[("letter", "blocks", 0, "text")]
    assert hint.startswith("On instructions from my Government") and "“…”" in hint
    assert data["annexes"][1]["operative"][0]["text"] == ""
    assert [len(data["letter"]["senders"]), data["letter"]["senders"][0]["name"]] == [1, ""]
    # The memorandum: blank numbered paragraphs, each with its guidance.
    assert all(block == {"type": "paragraph", "numbered": True, "text": ""}
               for block in data["annexes"][0]["blocks"])
    assert made.hints[("annexes", 0, "blocks", 0, "text")] == GUIDANCE["organization_history"]


def test_a_substantive_item_has_a_draft_resolution_only_if_asked() -> None:
    date = dt.date(2025, 8, 20)
    without = new_request(RequestSpec(RequestKind.SUBSTANTIVE_ITEM, 80, date, item_title="T"))
    assert [a["kind"] for a in without.data["annexes"]] == ["memorandum"]
    assert without.data["letter"]["blocks"][1]["text"].endswith(
        "I attach an explanatory memorandum (annex I).")
    with_one = new_request(RequestSpec(RequestKind.SUBSTANTIVE_ITEM, 80, date,
                                       item_title="T", draft_resolution=True))
    assert [a["kind"] for a in with_one.data["annexes"]] == ["memorandum", "draft_resolution"]
    # An observer-status request always has its resolution.
    assert len(new_request(RequestSpec(RequestKind.OBSERVER_STATUS, 80, date,
                                       draft_resolution=False)).data["annexes"]) == 2


def test_a_sub_item_names_the_existing_item() -> None:
    data = new_request(RequestSpec(RequestKind.SUB_ITEM, 80, dt.date(2025, 8, 20),
                                   item_title="Sub", parent_item="Parent")).data
    assert data["parent_item"] == "Parent"
    assert ("of an additional sub-item of an important and urgent character entitled “Sub” "
            "under the item entitled “Parent”") in data["letter"]["blocks"][0]["text"]
    cooperation = new_request(RequestSpec(RequestKind.COOPERATION, 79, dt.date(2024, 9, 1),
                                          organization="the Shanghai Cooperation "
                                                       "Organization")).data
    assert cooperation["parent_item"] == "Cooperation between the United Nations and " \
                                         "regional and other organizations"
    # A/RES/79/332, para. 5: the report and the sub-item two sessions on.
    assert cooperation["annexes"][1]["operative"][-1]["text"] == (
        "to include in the provisional agenda of its eighty-first session, under the item "
        "entitled “Cooperation between the United Nations and regional and other "
        "organizations”, the sub-item entitled “Cooperation between the United Nations and "
        "the Shanghai Cooperation Organization”.")


# --------------------------------------------------------------------------- templates


def test_every_language_has_every_standard_text_and_the_same_skeletons() -> None:
    english = load_kinds("en")
    for language in LANGUAGES:
        table = load_kinds(language)
        for form in ("one", "several"):
            assert set(table["letter"][form]) == set(english["letter"]["one"]), language
        assert set(table["resolution"]) == {kind.value for kind in RequestKind}
        for kind, resolution in english["resolution"].items():
            for part in ("preambular", "operative"):
                ours = table["resolution"][kind][part]
                assert [bool(p["text"]) for p in ours] == \
                       [bool(p["text"]) for p in resolution[part]], (language, kind, part)
                assert [p.get("hint") for p in ours] == \
                       [p.get("hint") for p in resolution[part]], (language, kind, part)
                assert all(p["hint"] in GUIDANCE for p in ours if "hint" in p)
        assert set(table["item_title"]) == set(english["item_title"])
        assert set(table["parent_item"]) == set(english["parent_item"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_standard_text_names_its_source(language: str) -> None:
    """As in templates/lang: [M], [S] or [V] on every line that holds wording."""
    path = templates_root() / "kinds" / f"{language}.toml"
    tomllib.loads(path.read_text(encoding="utf-8"))
    unmarked = [line for line in path.read_text(encoding="utf-8").splitlines()
                if (re.match(r"^\w+ = \"", line) or re.search(r'text = "[^"]', line))
                and not re.search(r"\[[MSV]\]", line)]
    assert unmarked == []


def test_the_kinds_and_rules_are_described() -> None:
    assert set(KINDS) == set(RequestKind)
    assert all(info.title and len(info.description) > 40 for info in KINDS.values())
    assert set(RULES) == {13, 14, 15, 20}


# --------------------------------------------------------------------------- the command


def test_new_is_a_command_and_its_help_lists_the_kinds(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert "new" in COMMANDS
    with pytest.raises(SystemExit) as exit_info:
        main(["new", "--help"])
    assert exit_info.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--kind {observer_status,cooperation,international_day,substantive_item,sub_item}" \
        in help_text
    for info in KINDS.values():
        assert f"{info.kind.value}: {info.title}." in help_text
        assert " ".join(info.description.split()) in help_text
    for title, _text in RULES.values():
        assert title in help_text


def test_new_writes_what_the_window_makes(tmp_path: Path) -> None:
    """The dialog's data come from the same builder (app.new_request.new_request_data)."""
    out = tmp_path / "r.json"
    assert main(["new", str(out), "--kind", "cooperation", "--language", "en", "--rule",
                 "14", "--session", "81", "--date", "2026-07-01", "--state", "Chile",
                 "--organization", "the Example Forum", "--paper", "a4"]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == new_request(RequestSpec(
        RequestKind.COOPERATION, 81, dt.date(2026, 7, 1), language="en", rule=14,
        states=("Chile",), organization="the Example Forum", paper="a4")).data


def test_new_refuses_to_replace_a_file_without_force(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    out.write_text("mine", encoding="utf-8")
    args = ["new", str(out), "--kind", "substantive_item", "--title", "T"]
    assert main(args) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mine"
    assert main([*args, "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["item_title"] == "T"


@pytest.mark.parametrize(("args", "named"), [
    (["--kind", "embassy"], "--kind"),
    (["--language", "de", "--kind", "sub_item"], "--language"),
    (["--kind", "sub_item", "--rule", "16"], "--rule"),
    (["--kind", "sub_item", "--session", "eighty"], "--session"),
    (["--kind", "sub_item", "--date", "2025-13-01"], "--date"),
    (["--kind", "sub_item", "--state", " "], "--state"),
    ([], "--kind"),
    (["--kind", "international_day", "--organization", "X"], "--organization"),
    (["--kind", "observer_status", "--parent-item", "X"], "--parent-item"),
    (["--kind", "observer_status", "--no-draft-resolution"], "--no-draft-resolution"),
    (["--kind", "sub_item", "--from", "x.json"], "--from"),
    (["--from", "x.json", "--state", "Chile"], "--state"),
])
def test_new_names_the_option_it_refuses(tmp_path: Path, args: list[str], named: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["new", str(tmp_path / "r.json"), *args])
    assert exit_info.value.code == 2
    assert named in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists()


def test_new_that_cannot_write_exits_1(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing" / "r.json"
    assert main(["new", str(out), "--kind", "sub_item"]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_new_from_an_earlier_request(tmp_path: Path) -> None:
    earlier = tmp_path / "earlier.json"
    data = json.loads(sample_path("en").read_text(encoding="utf-8"))
    data["letter"]["senders"][0]["signature_image"] = "scan.png"
    data["letter"]["reference"] = "No. 1/2007"
    earlier.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "new.json"
    assert main(["new", str(out), "--from", str(earlier), "--session", "81", "--date",
                 "2026-08-25"]) == 0
    new = json.loads(out.read_text(encoding="utf-8"))
    assert new["session"] == 81 and new["letter"]["date"] == "2026-08-25"
    for key in ("symbol", "job_number", "issue_date", "agenda_item"):
        assert new.get(key) is None
    [sender] = new["letter"]["senders"]
    assert sender["name"] == "" and sender["signature_image"] == ""
    assert sender["titles"] == ["Ambassador", "Permanent Representative"]
    assert new["letter"]["reference"] == ""
    letters = [a for a in new["annexes"] if a["kind"] == "letter"]
    assert letters and all(a["date"] is None for a in letters)
    assert all(s["name"] == "" for a in letters for s in a.get("signatories", []))
    # The text is kept.
    assert new["annexes"][0]["blocks"] == data["annexes"][0]["blocks"]
    assert new["item_title"] == data["item_title"]
    assert new["letter"]["blocks"][1:] == data["letter"]["blocks"][1:]
    # The request reads as the standard wording did, so it names the new session.
    assert new["letter"]["blocks"][0]["text"] == data["letter"]["blocks"][0]["text"].replace(
        "sixty-second", "eighty-first")
    # The names are findings until filled in; nothing else is wrong.
    with pytest.raises(ProjectError) as errors:
        load_project(out)
    assert {str(e.path) for e in errors.value.errors} >= {"letter.senders[0].name"}
    assert all("name" in str(e.path) for e in errors.value.errors)


def test_new_from_an_earlier_request_writes_the_standard_wording_for_the_new_session(
        tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert main(["new", str(first), "--kind", "observer_status", "--session", "80",
                 "--date", "2025-08-20", "--state", "Chile", "--organization",
                 "the Example Forum"]) == 0
    second = tmp_path / "second.json"
    assert main(["new", str(second), "--from", str(first), "--session", "81", "--rule",
                 "14", "--date", "2026-07-01"]) == 0
    text = json.loads(second.read_text(encoding="utf-8"))["letter"]["blocks"][0]["text"]
    assert "of the eighty-first session" in text
    assert "pursuant to rule 14" in text and "a supplementary item" in text


def test_a_cooperation_resolution_from_an_earlier_one_names_the_new_sessions(
        tmp_path: Path) -> None:
    """Cooperation resolutions come back every two sessions (A/RES/79/332): the report and
    the sub-item move on with the session; the paragraphs the user wrote stay."""
    first = tmp_path / "first.json"
    assert main(["new", str(first), "--kind", "cooperation", "--session", "79", "--date",
                 "2024-09-01", "--state", "Kazakhstan", "--organization",
                 "the Shanghai Cooperation Organization"]) == 0
    data = json.loads(first.read_text(encoding="utf-8"))
    data["annexes"][1]["operative"][0]["text"] = "the constructive role of the Organization;"
    first.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    second = tmp_path / "second.json"
    assert main(["new", str(second), "--from", str(first), "--session", "81"]) == 0
    operative = json.loads(second.read_text(encoding="utf-8"))["annexes"][1]["operative"]
    assert operative[0]["text"] == "the constructive role of the Organization;"
    assert "at its eighty-third session a report" in operative[2]["text"]
    assert operative[3]["text"].startswith("to include in the provisional agenda of its "
                                           "eighty-third session")


def test_new_from_a_file_that_is_not_a_project_exits_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main(["new", str(tmp_path / "r.json"), "--from", str(bad)]) == 2
    assert "--from" in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists()


def test_a_new_request_is_a_valid_package_once_filled() -> None:
    data = new_request(RequestSpec(RequestKind.INTERNATIONAL_DAY, 80, dt.date(2025, 8, 20),
                                   states=("Chile",), item_title="World Example Day")).data
    package = Package.model_validate(fill_blanks(data, "Text"))
    assert package.kind is RequestKind.INTERNATIONAL_DAY


def test_new_without_its_template_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from cica_desktop.compose import kinds
    from cica_desktop.compose.language import TemplateProblem

    def missing(code: str) -> dict[str, Any]:
        raise TemplateProblem(f"no request template for '{code}' "
                              f"(expected templates/kinds/{code}.toml)")

    monkeypatch.setattr(kinds, "load_kinds", missing)
    out = tmp_path / "r.json"
    assert main(["new", str(out), "--kind", "sub_item", "--language", "ru"]) == 3
    assert "templates/kinds/ru.toml" in capsys.readouterr().err
    assert not out.exists()


def test_new_defaults_to_the_session_the_rule_is_for(tmp_path: Path) -> None:
    """A rule 15 letter of late August is for the session opening in September; rule 13
    then is for the one after (docs/CHECKS.md)."""
    for rule, session in (("15", 80), ("14", 81), ("13", 81)):
        out = tmp_path / f"r{rule}.json"
        assert main(["new", str(out), "--kind", "sub_item", "--rule", rule, "--date",
                     "2025-08-28"]) == 0
        assert json.loads(out.read_text(encoding="utf-8"))["session"] == session
