"""Joint letters for the tests: a bundled sample turned into a request by several States,
each signing its own block."""

from __future__ import annotations

from typing import Any

from cica_desktop.model import Package, load_project
from cica_desktop.samples import sample_path

#: States (as each language writes them) in the order their blocks are printed: not the
#: alphabetical order, so the heading's order is visibly its own.
STATES: dict[str, list[str]] = {
    "en": ["Kazakhstan", "Croatia", "the Netherlands", "Côte d’Ivoire", "Austria"],
    "fr": ["Kazakhstan", "Croatie", "Pays-Bas", "Côte d’Ivoire", "l’Autriche"],
    "es": ["Kazajstán", "Croacia", "los Países Bajos", "Côte d’Ivoire", "Austria"],
    "ru": ["Казахстана", "Хорватии", "Нидерландов", "Кот-д’Ивуара", "Австрии"],
    "zh": ["哈萨克斯坦", "克罗地亚", "荷兰", "科特迪瓦", "奥地利"],
    "ar": ["كازاخستان", "كرواتيا", "هولندا", "كوت ديفوار", "النمسا"],
}

TITLES: dict[str, tuple[str, str]] = {
    "en": ("Ambassador", "Permanent Representative"),
    "fr": ("L’Ambassadeur,", "Représentant permanent"),
    "es": ("Embajador", "Representante Permanente"),
    "ru": ("Посол", "Постоянный представитель"),
    "zh": ("大使", "常驻代表"),
    "ar": ("السفير", "الممثل الدائم"),
}


def signatory(language: str, index: int, state: str, **extra: Any) -> dict[str, Any]:
    return {"name": f"Name{index + 1} Surname{index + 1}", "titles": list(TITLES[language]),
            "state": state, **extra}


def joint_package(language: str = "en", count: int = 5, **letter: Any) -> Package:
    """The sample in *language*, requested by *count* States (the five of STATES first,
    then numbered ones), each with its own signature block in that order."""
    base = load_project(sample_path(language))
    states = list(STATES[language])
    states += [f"{states[0]} {n}" for n in range(len(states) + 1, count + 1)]
    states = states[:count]
    data = base.model_dump(mode="json")
    data["requesting_states"] = states
    data["letter"]["sender_role"] = "representatives"
    data["letter"]["senders"] = [signatory(language, i, s) for i, s in enumerate(states)]
    data["letter"].update(letter)
    return Package.model_validate(data)
