"""Every field of the model is editable in a form: nothing only through the JSON file."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from cica_desktop.model import package as model
from cica_desktop.ui.formspec import ANNEX_FORMS, BLOCK_FORMS, FORMS


def models() -> list[type[BaseModel]]:
    return [value for value in vars(model).values()
            if isinstance(value, type) and issubclass(value, model.Strict)
            and value is not model.Strict]


@pytest.mark.parametrize("cls", models(), ids=lambda c: c.__name__)
def test_each_model_has_a_form_covering_all_its_fields(cls: type[BaseModel]) -> None:
    assert cls in FORMS, f"no form for {cls.__name__}"
    form = FORMS[cls]
    covered = [f.name for f in form.fields] + list(form.elsewhere)
    assert sorted(covered) == sorted(cls.model_fields)
    assert len(covered) == len(set(covered))


def test_fields_shown_elsewhere_are_tags_or_parts() -> None:
    allowed = {"kind", "type", "format_version", "letter", "annexes", "rows"}
    for form in FORMS.values():
        assert set(form.elsewhere) <= allowed


def test_every_annex_kind_and_block_type_has_a_form() -> None:
    assert set(ANNEX_FORMS) == {"memorandum", "draft_resolution", "letter"}
    assert set(BLOCK_FORMS) == {"heading", "paragraph", "list", "place_date", "table"}
