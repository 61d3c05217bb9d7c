"""Spell checking in English, French, Spanish, Russian and Arabic (Hunspell dictionaries
read by spylls, the UN word lists of resources/wordlists, the user's own words); Chinese is
not spell-checked. Pure Python, no Qt: the window (app/spelling.py, ui/spelling.py) and
`cica-desktop check --spelling` use the same verdicts.

- `words`: which words of a text are looked at, and where they are;
- `hunspell`: where dictionaries are found, loading them once, verdicts and suggestions;
- `project`: the findings over a whole project.
"""

from __future__ import annotations

from .hunspell import (
    CHECKED_LANGUAGES,
    LANGUAGE_NAMES,
    NoDictionary,
    Speller,
    find_dictionary,
    search_folders,
    speller,
    user_data_dir,
    user_words_path,
    wordlist_path,
)
from .project import PROSE_KEYS, language_notice, prose_fields, spelling_findings, unknown_word
from .words import ALPHABETS, Alphabet, Word, words

__all__ = ["ALPHABETS", "CHECKED_LANGUAGES", "LANGUAGE_NAMES", "PROSE_KEYS", "Alphabet",
           "NoDictionary",
           "Speller", "Word", "find_dictionary", "language_notice", "prose_fields",
           "search_folders", "speller", "spelling_findings", "unknown_word",
           "user_data_dir", "user_words_path", "wordlist_path", "words"]
