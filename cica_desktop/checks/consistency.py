"""The same thing said the same way everywhere: the item's title (the letter quotes it,
the memorandum may, the resolution is entitled by it, the running heads shorten it), the
organization's name, and the annexes the letter mentions.

A quotation or a name is compared only when it is close to the title or name (a
misspelling, a word left out): a different quotation is another title, not a mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from ..findings import Finding, Severity
from ..model import DraftResolution, Memorandum, Package
from .base import finding, package_texts, quotations, quoted, resolutions, texts
from .languages import RULES, LanguageRules, numbers, numeral, session_number, session_words

#: How close a quotation must be to the item title to be taken for it (0 to 1).
CLOSE = 0.8
_CJK = re.compile("[\u3400-\u9fff]")


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a.casefold(), b.casefold(), autojunk=False).ratio()


def _normal(text: str) -> str:
    return " ".join(text.split())


def item_title_the_same_everywhere(package: Package) -> Iterator[Finding]:
    """The letter and the memorandum quote the item title as it is; the resolution's own
    title is the item title; a running head's short title shortens it."""
    title = _normal(package.item_title)
    places = [texts(package.letter.blocks, "letter.blocks")]
    places += [texts(annex.blocks, f"annexes[{index}].blocks")
               for index, annex in enumerate(package.annexes)
               if isinstance(annex, Memorandum)]
    # A sub-item's request also quotes the item it goes under: another title.
    others = {_normal(package.parent_item)} - {""}
    for place in places:
        for path, text in place:
            yield from _quotations_of_the_title(path, text, title, others)
    for index, resolution in resolutions(package):
        yield from _resolution_title(index, resolution, title)
    if package.running_title is not None:
        yield from _running_title(package, title)


def _quotations_of_the_title(path: str, text: str, title: str,
                             others: set[str]) -> Iterator[Finding]:
    fixed, found = text, ""
    for start, end, _mark in reversed(list(quotations(text))):
        inner_start, inner_end = quoted(text, start, end)
        inner = text[inner_start:inner_end]
        if _normal(inner) not in {title, *others} and similarity(inner, title) >= CLOSE:
            fixed = fixed[:inner_start] + title + fixed[inner_end:]
            found = inner
    if found:
        yield finding(Severity.WARNING, path, "consistency.title_quoted", fix=(path, fixed),
                      quoted=found, title=title)


def _resolution_title(index: int, resolution: DraftResolution, title: str) -> Iterator[Finding]:
    if resolution.title is None or _normal(resolution.title) == title:
        return
    path = f"annexes[{index}].title"
    yield finding(Severity.WARNING, path, "consistency.resolution_title", fix=(path, None),
                  resolution=resolution.title, title=title)


def _words(text: str) -> list[str]:
    if _CJK.search(text):
        return [char for char in text if _CJK.match(char)]
    return [word.casefold() for word in re.findall(r"\w{4,}", text)]


def _running_title(package: Package, title: str) -> Iterator[Finding]:
    """A short title is fine; one close to the title but not it is a misspelling, and one
    with little of the title in it belongs to another request."""
    running = _normal(package.running_title or "")
    if not running or running == title or running.casefold() in title.casefold():
        return
    if similarity(running, title) >= CLOSE:
        yield finding(Severity.WARNING, "running_title", "consistency.running_title",
                      fix=("running_title", None), running=running, title=title)
        return
    known = set(_words(title))
    for _index, resolution in resolutions(package):
        known |= set(_words(resolution.title or ""))
    for _path, text in texts(package.annexes):  # acronyms the memorandum introduces
        known |= {acronym.casefold() for acronym in re.findall(r"\(([A-Z]{2,})\)", text)}
    words = _words(running)
    if words and sum(word in known for word in words) < len(words) / 2:
        yield finding(Severity.WARNING, "running_title", "consistency.running_title_other",
                      fix=("running_title", None), running=running, title=title)


def letter_cites_the_rule(package: Package) -> Iterator[Finding]:
    """The letter cites the rule the package is made under (its heading says "additional
    item" for rule 15, "supplementary item" for rule 14, from the package's rule)."""
    cited = RULES[package.language.value].rule_cited
    for path, text in texts(package.letter.blocks, "letter.blocks"):
        other = [match for match in cited.finditer(text)
                 if int(match.group(1)) != package.rule]
        if other:
            fixed = cited.sub(lambda match: match.group(0).replace(
                match.group(1), str(package.rule)), text)
            yield finding(Severity.WARNING, path, "consistency.letter_rule", fix=(path, fixed),
                          cited=int(other[0].group(1)), rule=package.rule)


def letter_names_the_session(package: Package) -> Iterator[Finding]:
    """The paragraph that cites the rule (the request itself) names the package's session
    ("the sixty-second session"; en, fr, es, zh: Russian and Arabic decline the words)."""
    language = package.language.value
    rules = RULES[language]
    if rules.session_named is None:
        return
    for path, text in texts(package.letter.blocks, "letter.blocks"):
        if not rules.rule_cited.search(text):
            continue
        named = [(match, session_number(match.group(1), language))
                 for match in rules.session_named.finditer(text)]
        named = [(match, number) for match, number in named if number is not None]
        if len(named) != 1 or named[0][1] == package.session:
            continue
        match, number = named[0]
        fixed = text[:match.start(1)] + session_words(package.session, language) \
            + text[match.end(1):]
        yield finding(Severity.WARNING, path, "consistency.letter_session", fix=(path, fixed),
                      named=match.group(1), number=number or 0, session=package.session)


# ---------------------------------------------------------------- the organization


def organization(package: Package) -> str | None:
    """The organization the item title names ("Observer status for X in the General
    Assembly"), if its form is one the checks know."""
    rules = RULES[package.language.value]
    title = _normal(package.item_title)
    for pattern in rules.organization_titles:
        match = pattern.match(title)
        if match and re.search(r"\w", match.group("org")):
            return match.group("org").strip()
    return None


def _spellings(name: str) -> re.Pattern[str]:
    """The name with any spacing, hyphens, apostrophes and case between its words."""
    words = [word for word in re.split(r"[\s\-\u2010\u2011\u2013]+", name) if word]
    parts = [re.sub(r"['’]", "['’]", re.escape(word)) for word in words]
    return re.compile(r"[\s\-\u2010\u2011\u2013]+".join(parts), re.IGNORECASE)


def organization_spelt_the_same(package: Package) -> Iterator[Finding]:
    """The organization is spelt everywhere as in the item title, and the resolution invites
    the organization the title names."""
    name = organization(package)
    if name is None:
        return
    spellings = _spellings(name)
    for path, text in package_texts(package):
        if path == "item_title":
            continue
        variants = [match for match in spellings.finditer(text) if match.group() != name]
        if variants:
            fixed = spellings.sub(lambda _match: name, text)
            yield finding(Severity.WARNING, path, "consistency.organization_spelling",
                          fix=(path, fixed), found=variants[0].group(), name=name)
    invited = RULES[package.language.value].invited
    if invited is None:
        return
    for index, resolution in resolutions(package):
        for number, paragraph in enumerate(resolution.operative):
            match = invited.search(paragraph.text)
            if match and not spellings.fullmatch(match.group("org")):
                path = f"annexes[{index}].operative[{number}].text"
                yield finding(Severity.WARNING, path, "consistency.organization_invited",
                              invited=match.group("org"), name=name)


# ---------------------------------------------------------------- the annexes


def annexes_the_letter_mentions(package: Package) -> Iterator[Finding]:
    """Every annex the letter mentions exists; the one it calls the memorandum (or the draft
    resolution) is that; annexes are mentioned first in their order."""
    rules = RULES[package.language.value]
    count = len(package.annexes)
    seen: list[int] = []
    for path, text in texts(package.letter.blocks, "letter.blocks"):
        for sentence_start, sentence in _sentences(text):
            mentions = list(rules.annex_mention.finditer(sentence))
            for mention in mentions:
                listed = numbers(mention.group(1), rules)
                for number in listed:
                    if number > count:
                        yield finding(Severity.WARNING, path, "consistency.annex_missing",
                                      annex=numeral(number, rules), count=count)
                    elif number not in seen:
                        if seen and number < max(seen):
                            yield finding(Severity.NOTE, path, "consistency.annex_order",
                                          annex=numeral(number, rules),
                                          before=numeral(max(seen), rules))
                        seen.append(number)
            if len(mentions) == 1 and len(numbers(mentions[0].group(1), rules)) == 1:
                yield from _annex_kind(package, rules, path, text,
                                       sentence_start, sentence, mentions[0])


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    # A full stop before a lower-case word ends an abbreviation ("см. приложение I").
    for match in re.finditer(r"(?<=[.!?؟])\s+(?![a-zà-ÿа-яё])|(?<=[。])", text):
        yield start, text[start:match.start()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def _annex_kind(package: Package, rules: LanguageRules, path: str, text: str,
                sentence_start: int, sentence: str,
                mention: re.Match[str]) -> Iterator[Finding]:
    [number] = numbers(mention.group(1), rules)
    if number > len(package.annexes):
        return
    for word, kind, code in ((rules.memorandum, Memorandum, "consistency.annex_memorandum"),
                             (rules.draft_resolution, DraftResolution,
                              "consistency.annex_resolution")):
        if not word.search(sentence) or isinstance(package.annexes[number - 1], kind):
            continue
        actual = next((i + 1 for i, annex in enumerate(package.annexes)
                       if isinstance(annex, kind)), None)
        fix = None
        if actual is not None:
            at = sentence_start + mention.start(1)
            fixed = text[:at] + numeral(actual, rules) \
                + text[sentence_start + mention.end(1):]
            fix = (path, fixed)
        yield finding(Severity.WARNING, path, code, fix=fix, annex=numeral(number, rules))


__all__ = ["annexes_the_letter_mentions", "item_title_the_same_everywhere",
           "letter_cites_the_rule", "letter_names_the_session", "organization",
           "organization_spelt_the_same", "similarity"]
