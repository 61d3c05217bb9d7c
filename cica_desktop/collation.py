"""The alphabetical order of States' names in one language, as UN lists give them.

Pure and standard-library only. A language's rules are data of its template
(`[language.collation]` in templates/lang/<code>.toml), given here as a `Collation`:

- a leading article is not sorted on ("the Netherlands" under N, "la République de Corée"
  under R, "el Ecuador" under E; Arabic "الأردن" under أ);
- accents and case do not decide the order, only break ties ("Côte d'Ivoire" before
  "Croatia");
- letters a language counts as letters of their own stay apart from the letter they are
  built on (Spanish ñ after n, Russian й after и), and letters a language counts as the
  same are folded (Russian ё as е, Arabic أ إ آ as ا, ى as ي, ة as ه);
- words are compared one by one (a space sorts before any letter); punctuation inside a
  name (apostrophes, hyphens, brackets) is ignored, a hyphen counting as a space.

A language whose order is not alphabetical in this sense (`order = "as_given"`) keeps the
names in the order they were given.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: How an order is named in a template's [language.collation] order.
ALPHABETICAL = "alphabetical"
AS_GIVEN = "as_given"


@dataclass(frozen=True)
class Collation:
    """One language's rules for ordering names."""

    order: str = ALPHABETICAL
    #: Leading articles not sorted on, with the space or apostrophe that ends them
    #: ("the ", "l’", "ال"); matched as written (lower case: "El Salvador" keeps its "El").
    articles: tuple[str, ...] = ()
    #: Letters of their own: kept as they are where accents are removed ("ñ", "й").
    letters: tuple[str, ...] = ()
    #: Letters sorted as another one: pairs "ё=е", "أ=ا".
    folds: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_settings(cls, settings: object) -> Collation:
        """The rules from a template's [language.collation] table (absent: alphabetical,
        no articles). Unknown keys or values of the wrong type raise ValueError."""
        if settings is None:
            return cls()
        if not isinstance(settings, dict):
            raise ValueError("[language.collation] must be a table")
        unknown = set(settings) - {"order", "articles", "letters", "folds"}
        if unknown:
            raise ValueError(f"[language.collation] has unknown keys: {sorted(unknown)}")
        order = settings.get("order", ALPHABETICAL)
        if order not in (ALPHABETICAL, AS_GIVEN):
            raise ValueError(f"[language.collation] order must be {ALPHABETICAL!r} or "
                             f"{AS_GIVEN!r}, not {order!r}")
        articles = _strings(settings.get("articles", []), "articles")
        letters = _strings(settings.get("letters", []), "letters")
        folds: list[tuple[str, str]] = []
        for fold in _strings(settings.get("folds", []), "folds"):
            source, equals, target = fold.partition("=")
            if not equals or not source or not target:
                raise ValueError(f"[language.collation] folds: {fold!r} is not 'x=y'")
            folds.append((source, target))
        return cls(str(order), articles, letters, tuple(folds))


def _strings(value: object, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"[language.collation] {key} must be a list of strings")
    return tuple(value)


#: Characters that separate words for sorting (a space sorts before every letter).
_SEPARATORS = frozenset(" -\u2010\u2011\u2012\u2013\u2014\u00a0\u202f/")


def without_article(name: str, collation: Collation) -> str:
    """*name* without the leading article its language does not sort on, written as the
    template writes it (lower case: "el Ecuador" sorts under E, but "El Salvador", whose
    article is part of the name, under E for El)."""
    text = " ".join(name.split())
    for article in sorted(collation.articles, key=len, reverse=True):
        if text.startswith(article) and len(text) > len(article):
            return text[len(article):].lstrip()
    return text


def _base_letters(text: str, collation: Collation) -> str:
    """*text* in lower case, its accents removed (except on letters of their own), folded
    letters replaced, punctuation dropped and separators made spaces."""
    text = unicodedata.normalize("NFC", text.casefold())
    for source, target in collation.folds:
        text = text.replace(source.casefold(), target.casefold())
    out: list[str] = []
    for char in text:
        if char in collation.letters:
            out.append(char)
            continue
        for part in unicodedata.normalize("NFD", char):
            if unicodedata.combining(part):
                continue
            if part in _SEPARATORS or part.isspace():
                out.append(" ")
            elif part.isalnum():
                out.append(part)
    return " ".join("".join(out).split())


def _primary(text: str, collation: Collation) -> tuple[tuple[int, ...], ...]:
    """Word by word, each letter ranked: letters of their own right after their base."""
    own = {letter: unicodedata.normalize("NFD", letter)[0] for letter in collation.letters}
    words = []
    for word in text.split(" "):
        ranks: list[int] = []
        for char in word:
            if char in own:
                ranks.append(ord(own[char]) * 2 + 1)
            else:
                ranks.append(ord(char) * 2)
        words.append(tuple(ranks))
    return tuple(words)


def sort_key(name: str, collation: Collation) -> tuple[object, ...]:
    """The key *name* sorts by: its letters without article, accents and case; then its
    accents; then the name as written (so equal keys are equal names)."""
    bare = without_article(name, collation)
    primary = _primary(_base_letters(bare, collation), collation)
    secondary = unicodedata.normalize("NFD", bare.casefold())
    return (primary, secondary, name)


def collate(names: Iterable[str], collation: Collation) -> list[str]:
    """*names* in the language's order (as given, for a language that keeps it)."""
    names = list(names)
    if collation.order == AS_GIVEN:
        return names
    return sorted(names, key=lambda name: sort_key(name, collation))


def unique(names: Sequence[str]) -> list[str]:
    """*names* without repeats (the same name typed twice, ignoring spacing and case), in
    their first order."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        key = " ".join(name.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            kept.append(" ".join(name.split()))
    return kept
