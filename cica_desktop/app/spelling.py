"""Spell checking for the window: the dictionaries loaded off the GUI thread, then verdicts,
suggestions and "Add to dictionary" through the spelling service (cica_desktop/spelling).

A dictionary takes seconds to load (spylls is pure Python), so `SpellChecking.misspelt`
answers None until the language is ready, starts loading it in a thread the first time it
is asked, and emits `ready(language)` once it can answer, or `missing(language)` when no
dictionary is installed for it. The thread also checks the words of the texts it was given
(the project's), so the first highlighting after `ready` finds every verdict cached.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..spelling import (
    CHECKED_LANGUAGES,
    PROSE_KEYS,
    Speller,
    prose_fields,
    search_folders,
    speller,
)
from .collection import collection_paused
from .settings import data_dir


class State(StrEnum):
    LOADING = "loading"
    READY = "ready"
    MISSING = "missing"  # no dictionary installed (or it could not be read)
    NOT_CHECKED = "not_checked"  # a language Hunspell does not spell-check (Chinese)


#: The start of the name of each thread loading a dictionary (tests wait for them).
LOADER_THREAD_PREFIX = "spelling-"


class SpellChecking(QObject):
    """The window's spell checking, for the user data folder it was made for."""

    #: A language's dictionary is loaded: highlight again.
    ready = Signal(str)
    #: No dictionary for a language: say so.
    missing = Signal(str)
    _loaded = Signal(str, object)  # from the loading thread: language, Speller or None

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self._spellers: dict[str, Speller] = {}
        self._states: dict[str, State] = {}
        self._loaded.connect(self._on_loaded)

    def state(self, language: str) -> State:
        if language not in CHECKED_LANGUAGES:
            return State.NOT_CHECKED
        return self._states.get(language, State.LOADING)

    def search_folders(self) -> tuple[Path, ...]:
        """Where dictionaries are looked for, first to last."""
        return search_folders(self.folder)

    def load(self, language: str, texts: Iterable[str] = ()) -> None:
        """Start loading *language* (once) in a thread; *texts* are checked there too."""
        if language not in CHECKED_LANGUAGES or language in self._states:
            return
        self._states[language] = State.LOADING
        thread = threading.Thread(target=self._load, args=(language, tuple(texts)),
                                  name=f"{LOADER_THREAD_PREFIX}{language}", daemon=True)
        thread.start()

    def _load(self, language: str, texts: tuple[str, ...]) -> None:
        with collection_paused():  # no collection while the job runs (collection.py)
            self._load_and_check(language, texts)

    def _load_and_check(self, language: str, texts: tuple[str, ...]) -> None:
        try:
            loaded = speller(language, self.folder)
            for text in texts:
                for _ in loaded.misspellings(text):
                    pass
        except Exception:  # a dictionary spylls cannot read is as good as none
            self._loaded.emit(language, None)
            return
        self._loaded.emit(language, loaded)

    def _on_loaded(self, language: str, loaded: Speller | None) -> None:
        if loaded is None:
            self._states[language] = State.MISSING
            self.missing.emit(language)
        else:
            self._spellers[language] = loaded
            self._states[language] = State.READY
            self.ready.emit(language)

    def misspelt(self, language: str, text: str) -> list[tuple[int, int, str]] | None:
        """(start, length, word) of each unknown word of *text*; None while *language* is
        loading (and loading starts), or when it is not checked."""
        checker = self._spellers.get(language)
        if checker is None:
            self.load(language)
            return None
        return [(word.start, word.length, word.text) for word in checker.misspellings(text)]

    def word_at(self, language: str, text: str, position: int) -> tuple[int, int, str] | None:
        """The unknown word of *text* at *position* (start, length, word), or None."""
        for start, length, word in self.misspelt(language, text) or ():
            if start <= position <= start + length:
                return start, length, word
        return None

    def suggestions(self, language: str, word: str) -> list[str]:
        """Known words close to *word* (computed now: up to about a second)."""
        checker = self._spellers.get(language)
        return checker.suggest(word) if checker is not None else []

    def add_word(self, language: str, word: str) -> None:
        """Keep *word* as known in *language* (the user's word list, in the data folder)."""
        checker = self._spellers.get(language)
        if checker is not None:
            checker.add(word)
            self.ready.emit(language)  # highlight again without it

    def prepare(self, language: str, data: object) -> None:
        """Start loading *language* with the texts of project *data* to check meanwhile."""
        if language in CHECKED_LANGUAGES and language not in self._states \
                and isinstance(data, dict):
            self.load(language, (text for _, text in prose_fields(data)))


def checks_spelling(path: tuple[str | int, ...]) -> bool:
    """Whether the field at model *path* is prose that is spell-checked (not a name, an
    address, a symbol or a file)."""
    keys = [part for part in path if isinstance(part, str)]
    return bool(keys) and keys[-1] in PROSE_KEYS


_INSTANCES: dict[Path, SpellChecking] = {}


def spell_checking() -> SpellChecking:
    """The spell checking of the current user data folder (one per folder and process)."""
    folder = data_dir()
    instance = _INSTANCES.get(folder)
    if instance is None:
        instance = _INSTANCES[folder] = SpellChecking(folder)
    return instance
