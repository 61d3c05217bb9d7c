"""Validating only what changed: a keystroke in a 127-page package revalidates one paragraph.

The project's data is never changed in place: each edit copies the containers on its path
and shares everything else with the data before (`paths.set_at`). So a part of the new data
that is the *same object* as in the last data that validated has the same value, and its
validated model can stand in for it: pydantic accepts a model instance for a model field as
it is (`revalidate_instances` is "never"), without looking inside. What is left to validate
is the changed path, every model on it included, so each validator that could see the
change (a model's own checks of its fields, a list's length) runs as before; the errors and
their paths are those a full validation gives, because the parts reused were valid.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

_ABSENT = object()


def reusing(data: Any, valid_data: Any, valid_model: Any) -> Any:
    """*data* for validation, each part that is the same object as in *valid_data* replaced
    by its validated value from *valid_model* (what *valid_data* validated to)."""
    if data is valid_data:
        return valid_model
    if isinstance(data, dict) and isinstance(valid_data, dict) \
            and isinstance(valid_model, BaseModel):
        fields = type(valid_model).model_fields
        out = {}
        for key, value in data.items():
            before = valid_data.get(key, _ABSENT)
            if before is _ABSENT or key not in fields:
                out[key] = value
            else:
                out[key] = reusing(value, before, getattr(valid_model, key))
        return out
    if isinstance(data, list) and isinstance(valid_data, list) \
            and isinstance(valid_model, tuple) and len(valid_data) == len(valid_model):
        # Items may have moved (a row inserted, removed or moved): find each by identity.
        where = {id(item): index for index, item in enumerate(valid_data)
                 if isinstance(item, dict | list)}
        out_items = []
        for index, item in enumerate(data):
            at = where.get(id(item), index if index < len(valid_data) else -1)
            out_items.append(item if at < 0 else
                             reusing(item, valid_data[at], valid_model[at]))
        return out_items
    return data
