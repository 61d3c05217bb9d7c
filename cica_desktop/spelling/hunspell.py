"""Hunspell dictionaries (read by spylls), the UN word lists and the user's words: whether a
word is known, and what it might have been.

Where a dictionary comes from, in this order (the first folder holding one wins):

1. ``<user data folder>/dictionaries`` (the user's own, e.g. ``en_GB.dic`` + ``en_GB.aff``);
2. ``/usr/share/hunspell`` (Debian's ``hunspell-*`` packages);
3. ``/usr/share/myspell`` and ``/usr/share/myspell/dicts`` (older systems).

Within a folder the names in ``DICTIONARY_NAMES`` are tried in order. The user data folder
is ``CICA_DATA_DIR`` when set, else the folder the window keeps its settings in.

spylls is pure Python: a dictionary takes 1 to 5 seconds to load, so each is loaded once per
process (`load_dictionary` caches it), and every verdict is cached by the `Speller`.
Suggestions are computed only when asked for, within a budget of candidates: spylls' own suggester
can take minutes for French (its MAP table multiplies the candidates), so `Speller.suggest`
tries the common slips (a letter missing, extra, swapped or wrong; spylls' REP table of
typical misspellings) itself, checks each candidate, and stops at the budget.
"""

from __future__ import annotations

import difflib
import gc
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import islice
from pathlib import Path

from spylls.hunspell import Dictionary, readers
from spylls.hunspell.algo import permutations
from spylls.hunspell.readers.file_reader import FileReader

from ..collection_pause import collection_paused
from .words import ALPHABETS, Alphabet, Word, is_acronym, normalised, words

#: Languages that are spell-checked (Chinese is not: Hunspell has no Chinese dictionary, and
#: Chinese is not written in separate words).
CHECKED_LANGUAGES = ("en", "fr", "es", "ru", "ar")
#: The English names of the languages, for messages.
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian",
                  "ar": "Arabic", "zh": "Chinese"}
#: The Hunspell file names tried for each language, in order.
DICTIONARY_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB", "en"),
    "fr": ("fr_FR", "fr"),
    "es": ("es_ES", "es", "es_MX"),
    "ru": ("ru_RU", "ru"),
    "ar": ("ar", "ar_SA", "ar_EG"),
}
SYSTEM_FOLDERS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell"),
                  Path("/usr/share/myspell/dicts"))

#: What Arabic writes on the front of a word (and, so, with, for, like; the article), the
#: longest first.
_ARABIC_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف", "ب",
                      "ل", "ك")

MAX_SUGGESTIONS = 5
#: How many candidates suggestions for one word may check (about a second for French and
#: Arabic, whose look-ups of unknown words are the slowest; the same answer on any machine),
#: and the seconds they may take in any case.
SUGGESTION_CHECKS = 1200
SUGGESTION_SECONDS = 3.0


def user_data_dir() -> Path:
    """The folder the window keeps its settings in (Qt's AppDataLocation for cica-desktop),
    or CICA_DATA_DIR."""
    override = os.environ.get("CICA_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "cica-desktop" / "cica-desktop"


def search_folders(data_dir: Path) -> tuple[Path, ...]:
    """Where Hunspell dictionaries are looked for, first to last."""
    return (data_dir / "dictionaries", *SYSTEM_FOLDERS)


def find_dictionary(language: str, folders: Iterable[Path]) -> Path | None:
    """The path of *language*'s dictionary without its suffix (``…/fr`` for fr.dic and
    fr.aff), or None."""
    for folder in folders:
        for name in DICTIONARY_NAMES.get(language, ()):
            stem = folder / name
            if stem.with_suffix(".dic").is_file() and stem.with_suffix(".aff").is_file():
                return stem
    return None


_DICTIONARIES: dict[Path, Dictionary] = {}
_LOADING = threading.Lock()


class _ClosingReader(FileReader):  # type: ignore[misc]
    """spylls' file reader, closing the files it opens (its own leaves them to the garbage
    collector, a ResourceWarning each)."""

    def reset_io(self, obj: object) -> None:
        previous = getattr(self, "io", None)
        super().reset_io(obj)
        if previous is not None and previous is not obj:
            previous.close()

    def close(self) -> None:
        self.io.close()


def _read(stem: Path) -> Dictionary:
    """What Dictionary.from_files does, with the files closed after."""
    aff_reader = _ClosingReader(f"{stem}.aff")
    try:
        aff, context = readers.read_aff(aff_reader)
    finally:
        aff_reader.close()
    dic_reader = _ClosingReader(f"{stem}.dic", encoding=context.encoding)
    try:
        dic = readers.read_dic(dic_reader, aff=aff, context=context)
    finally:
        dic_reader.close()
    return Dictionary(aff, dic)


def load_dictionary(stem: Path) -> Dictionary:
    """The dictionary at *stem*, read once per process (thread-safe).

    A dictionary is a million small objects or more. While they are made, the garbage
    collector would walk all of them again and again (holding the interpreter: the window's
    thread stalled for seconds, bench/spelling.py), and every full collection after would
    walk them too: so the collector pauses while a dictionary loads, and what is loaded is
    frozen out of its way (gc.freeze, as the window does once its fonts are loaded).
    """
    with _LOADING:
        dictionary = _DICTIONARIES.get(stem)
        if dictionary is None:
            with collection_paused():
                dictionary = _DICTIONARIES[stem] = _read(stem)
            gc.freeze()
        return dictionary


# ------------------------------------------------------------------ word lists


def wordlist_path(language: str) -> Path:
    return Path(str(resources.files("cica_desktop.resources"))) / "wordlists" / \
        f"{language}.txt"


def read_words(path: Path) -> set[str]:
    """The words of a word list: each line a word or a name of several words; lines starting
    with # are comments. Missing file: no words."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    found: set[str] = set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for alphabet in Alphabet:
            found.update(normalised(word.text).casefold() for word in words(line, alphabet))
        # A word list may name an acronym or a short word on purpose: keep the whole entry.
        found.add(normalised(line).casefold())
    return found


def user_words_path(data_dir: Path, language: str) -> Path:
    """The user's own words ("Add to dictionary") for *language*: one word a line."""
    return data_dir / "spelling" / f"words-{language}.txt"


# ------------------------------------------------------------------ the speller


@dataclass(frozen=True)
class Misspelling:
    """A word of a text that no dictionary knows."""

    word: Word


class Speller:
    """The verdicts for one language: the Hunspell dictionary, then the UN word list and the
    user's words. Not thread-safe: one thread asks (the window's, or the command line)."""

    def __init__(self, language: str, dictionary: Dictionary, data_dir: Path) -> None:
        self.language = language
        self.alphabet = ALPHABETS[language]
        self.dictionary = dictionary
        self.data_dir = data_dir
        self.wordlist = read_words(wordlist_path(language))
        self.user_words = read_words(user_words_path(data_dir, language))
        self._verdicts: dict[str, bool] = {}

    def known(self, word: str) -> bool:
        """Whether *word* is spelt right (cached)."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._verdicts[word] = self._look_up(word)
        return verdict

    def _listed(self, folded: str) -> bool:
        if folded in self.wordlist or folded in self.user_words:
            return True
        # Arabic writes "and", "so", "with", "for", "like" and the article on the word:
        # وقيرغيزستان is "and Kyrgyzstan".
        if self.language == "ar":
            for prefix in _ARABIC_PROCLITICS:
                rest = folded[len(prefix):]
                if folded.startswith(prefix) and len(rest) > 1 and (
                        rest in self.wordlist or rest in self.user_words
                        or "ال" + rest in self.wordlist):
                    return True
        return False

    def _look_up(self, word: str) -> bool:
        plain = normalised(word)
        if self._listed(plain.casefold()):
            return True
        if self.dictionary.lookup(plain):
            return True
        if "-" in plain:  # each part known on its own ("Confidence-Building")
            return all(self.known(part) for part in plain.split("-") if len(part) > 1
                       and not is_acronym(part))
        if "'" in plain:  # an elision or a possessive ("l'Assemblée", "States'")
            head, _, tail = plain.rpartition("'")
            return (len(head) <= 2 or self.known(head)) and (len(tail) <= 2 or self.known(tail))
        return False

    def misspellings(self, text: str) -> Iterator[Word]:
        """The words of *text* in this language's script that are not known."""
        for word in words(text, self.alphabet):
            if not self.known(word.text):
                yield word

    def add(self, word: str) -> None:
        """Adds *word* to the user's words (kept in the user data folder)."""
        path = user_words_path(self.data_dir, self.language)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as file:
            file.write(word + "\n")
        self.user_words.add(normalised(word).casefold())
        self._verdicts = {known: True for known, verdict in self._verdicts.items() if verdict}

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS,
                checks: int = SUGGESTION_CHECKS) -> list[str]:
        """Up to *limit* known words close to *word*, the closest first, among the first
        *checks* candidates (one slip away: the likeliest slips first)."""
        deadline = time.monotonic() + SUGGESTION_SECONDS
        plain = normalised(word)
        found: dict[str, int] = {}  # suggestion -> its kind of slip (the likeliest first)
        for kind, slips in enumerate(self._slips(plain)):
            of_this_kind = 0
            for candidate in slips:
                if candidate in found or candidate == plain:
                    continue
                checks -= 1
                if self._good_candidate(candidate):
                    found[candidate] = kind
                    of_this_kind += 1
                if of_this_kind >= limit or checks <= 0:
                    break
            if checks <= 0 or time.monotonic() > deadline:
                break
        for close in difflib.get_close_matches(plain.casefold(), self.wordlist, n=limit,
                                               cutoff=0.8):
            found.setdefault(_cased_like(close, plain), len(found) + 100)
        folded = plain.casefold()
        ranked = sorted(found, key=lambda s: (
            found[s], -difflib.SequenceMatcher(None, folded, s.casefold()).ratio()))
        typographic = "’" in word
        return [s.replace("'", "’") if typographic else s for s in ranked[:limit]]

    def _good_candidate(self, candidate: str) -> bool:
        """A suggestion must be a word as it is (no compound, no break at hyphens): cheaper
        than `known`, and what Hunspell's own suggester checks."""
        if self._listed(candidate.casefold()):
            return True
        return any(self.dictionary.lookuper.good_forms(
            candidate, capitalization=True, allow_nosuggest=False, compound_forms=False))

    def _slips(self, word: str) -> Iterator[Iterator[str]]:
        """Words one slip away from *word*, by kind of slip, the likeliest kinds first."""
        aff = self.dictionary.aff
        # The letters the language tries (the .aff file's TRY), lower case only: a capital
        # inside a word is rarely what was meant.
        letters = "".join(c for c in aff.TRY if not c.isupper())
        variants = [word] + ([word.lower()] if word[:1].isupper() else [])
        for variant in variants:
            capitalise = variant is not word
            kinds: list[Iterable[str]] = [
                (s for s in permutations.replchars(variant, aff.REP) if isinstance(s, str)),
                permutations.swapchar(variant),
                permutations.badcharkey(variant, aff.KEY),
                permutations.badchar(variant, letters),
                permutations.forgotchar(variant, letters),
                permutations.extrachar(variant),
                islice(permutations.mapchars(variant, aff.MAP), 200),
                permutations.longswapchar(variant),
                permutations.movechar(variant),
                permutations.doubletwochars(variant),
            ]
            for kind in kinds:
                yield (c for c in (candidate[:1].upper() + candidate[1:] if capitalise
                                   else candidate for candidate in kind)
                       if _plausible(c, word))


def _plausible(candidate: str, word: str) -> bool:
    """No more capitals than the word had (not "ASsembly"), no space, hyphen or apostrophe
    the word did not have (not "rec-eve")."""
    if sum(c.isupper() for c in candidate) > sum(c.isupper() for c in word):
        return False
    return all(mark in word or mark not in candidate for mark in " -'")


def _cased_like(word: str, model: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class NoDictionary(Exception):
    """No Hunspell dictionary for a language in any of the search folders."""

    def __init__(self, language: str, folders: tuple[Path, ...]) -> None:
        super().__init__(language)
        self.language, self.folders = language, folders


_SPELLERS: dict[tuple[str, Path], Speller] = {}


def speller(language: str, data_dir: Path | None = None) -> Speller:
    """The speller of *language* with the user's words of *data_dir* (default: the user data
    folder); loads the dictionary the first time (seconds). Raises NoDictionary."""
    folder = data_dir if data_dir is not None else user_data_dir()
    key = (language, folder)
    found = _SPELLERS.get(key)
    if found is None:
        folders = search_folders(folder)
        stem = find_dictionary(language, folders)
        if stem is None:
            raise NoDictionary(language, folders)
        found = _SPELLERS[key] = Speller(language, load_dictionary(stem), folder)
    return found
