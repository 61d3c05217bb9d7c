"""Draft resolutions as the UN drafts them, in each language.

A preambular paragraph opens with a participle or adjective phrase (the italic lead:
"Recalling", "Deeply concerned") and ends with a comma. An operative paragraph opens with
a verb in the present tense ("Decides", "Requests") and ends with a semicolon, the last
with a full stop. A paragraph with sub-paragraphs introduces them (usually with a colon);
each sub-paragraph ends with a semicolon, and the very last one with the paragraph's own
end. The marks are each language's (Chinese "，" "；" "。", Arabic "،" "؛"). A verb
repeated from the paragraph before is not reported: real resolutions do it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..findings import Finding, Severity
from ..model import OperativeParagraph, Package, SubParagraph
from .base import finding, resolutions
from .languages import RULES, LanguageRules, Marks

#: Marks that may close a paragraph after its punctuation ("… entitled “X”." or "“X.”").
_CLOSERS = "”’»)\"'」』》）"
_FIRST_WORD = re.compile(r"\w+")


def ending(text: str, rules: LanguageRules) -> tuple[str, int]:
    """The paragraph's closing mark (one of , ; . : or "" for none) and where it is."""
    stripped = text.rstrip()
    at = len(stripped) - 1
    while at >= 0 and stripped[at] in _CLOSERS:
        at -= 1
    for name, marks in (("comma", rules.comma), ("semicolon", rules.semicolon),
                        ("stop", rules.stop), ("colon", rules.colon)):
        if at >= 0 and stripped[at] in marks.accepted:
            return name, at
    return "", len(stripped)


def with_ending(text: str, wanted: Marks, rules: LanguageRules) -> str:
    """*text* ending with *wanted* instead of its own closing mark (or added after it)."""
    _name, at = ending(text, rules)
    stripped = text.rstrip()
    if at < len(stripped):  # replace the mark (and the space a language puts before it)
        return stripped[:at].rstrip(" \u00a0\u202f") + wanted.written + stripped[at + 1:]
    return stripped + wanted.written


def _end_finding(path: str, text: str, wanted: str, rules: LanguageRules,
                 code: str) -> Iterator[Finding]:
    """*code* if the text does not end with the mark *wanted*; *code*_missing if it ends
    with none."""
    found, at = ending(text, rules)
    if found == wanted:
        return
    marks: Marks = getattr(rules, wanted)
    fix = (path, with_ending(text, marks, rules))
    if found:
        yield finding(Severity.WARNING, path, code, fix=fix, expected=marks.written.strip(),
                      found=text.rstrip()[at])
    else:
        yield finding(Severity.WARNING, path, f"{code}_missing", fix=fix,
                      expected=marks.written.strip())


def _first_word(text: str) -> str:
    match = _FIRST_WORD.search(text)
    return match.group() if match else ""


def preambular_paragraphs(package: Package) -> Iterator[Finding]:
    """Each preambular paragraph has a lead that is not an operative verb, and ends with a
    comma."""
    rules = RULES[package.language.value]
    for index, resolution in resolutions(package):
        for number, paragraph in enumerate(resolution.preambular):
            path = f"annexes[{index}].preambular[{number}]"
            if not paragraph.lead.strip():
                yield finding(Severity.NOTE, f"{path}.lead", "resolution.preambular_lead")
            elif rules.operative_form is not None \
                    and rules.operative_form.match(_first_word(paragraph.lead)):
                yield finding(Severity.WARNING, f"{path}.lead",
                              "resolution.preambular_verb", lead=paragraph.lead)
            yield from _end_finding(f"{path}.text", paragraph.text, "comma", rules,
                                    "resolution.preambular_end")


def operative_paragraphs(package: Package) -> Iterator[Finding]:
    """Each operative paragraph opens with a verb in the present tense and ends with a
    semicolon, the last with a full stop; sub-paragraphs end with semicolons, the last with
    the paragraph's end. A verb may repeat the one before: A/RES/79/10 opens paragraphs 4,
    5 and 6 with "Invites" ("Also decides" is usual, not required)."""
    rules = RULES[package.language.value]
    for index, resolution in resolutions(package):
        paragraphs = resolution.operative
        for number, paragraph in enumerate(paragraphs):
            path = f"annexes[{index}].operative[{number}]"
            verb = paragraph.verb.strip()
            if not verb:
                yield finding(Severity.WARNING, f"{path}.verb", "resolution.operative_verb")
            elif rules.participle is not None and rules.participle.match(_first_word(verb)):
                yield finding(Severity.WARNING, f"{path}.verb",
                              "resolution.operative_participle", verb=verb)
            last = number == len(paragraphs) - 1
            yield from _operative_ends(path, paragraph, "stop" if last else "semicolon", rules)


def _operative_ends(path: str, paragraph: OperativeParagraph, wanted: str,
                    rules: LanguageRules) -> Iterator[Finding]:
    if not paragraph.subparagraphs:
        yield from _end_finding(f"{path}.text", paragraph.text, wanted, rules,
                                "resolution.operative_end")
        return
    yield from _introduces(f"{path}.text", paragraph.text, rules)
    yield from _subparagraph_ends(f"{path}.subparagraphs", paragraph.subparagraphs, wanted,
                                  rules)


def _introduces(path: str, text: str, rules: LanguageRules) -> Iterator[Finding]:
    """Text followed by sub-paragraphs introduces them: it does not end as a paragraph."""
    found, _at = ending(text, rules)
    if found in ("semicolon", "stop"):
        yield finding(Severity.WARNING, path, "resolution.introduces",
                      fix=(path, with_ending(text, rules.colon, rules)),
                      expected=rules.colon.written.strip())


def _subparagraph_ends(path: str, subparagraphs: Sequence[SubParagraph], wanted: str,
                       rules: LanguageRules) -> Iterator[Finding]:
    for number, sub in enumerate(subparagraphs):
        here = f"{path}[{number}]"
        end = wanted if number == len(subparagraphs) - 1 else "semicolon"
        if sub.subparagraphs:
            yield from _introduces(f"{here}.text", sub.text, rules)
            yield from _subparagraph_ends(f"{here}.subparagraphs", sub.subparagraphs, end,
                                          rules)
        elif not (end == "semicolon" and _semicolon_and(sub.text, rules)):
            yield from _end_finding(f"{here}.text", sub.text, end, rules,
                                    "resolution.subparagraph_end")


def _semicolon_and(text: str, rules: LanguageRules) -> bool:
    """"…; and" (or "; or"): a semicolon followed by the conjunction of the last item."""
    words = text.rstrip().rsplit(None, 1)
    return len(words) == 2 and words[1] in rules.conjunctions \
        and ending(words[0], rules)[0] == "semicolon"


__all__ = ["ending", "operative_paragraphs", "preambular_paragraphs", "with_ending"]
