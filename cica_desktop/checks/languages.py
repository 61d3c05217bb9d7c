"""What the checks need to know of each document language: its punctuation, quotation
marks, the forms of resolution verbs, how a letter names its annexes and how an item title
names an organization. Each fact is explained, with its public source, in docs/CHECKS.md.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

NNBSP = "\u202f"  # narrow no-break space (French, before ; : ! ? » and after «)

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")
CHINESE = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
           "十四", "十五", "十六", "十七", "十八", "十九", "二十")
ARABIC_ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                   "الثامن", "التاسع", "العاشر")


@dataclass(frozen=True)
class Marks:
    """A punctuation mark: the forms accepted at the end of a paragraph, and the one a fix
    writes (with the space a language puts before it)."""

    accepted: str
    written: str


@dataclass(frozen=True)
class LanguageRules:
    comma: Marks
    semicolon: Marks
    stop: Marks
    colon: Marks
    #: Quotation marks that are wrong at the outer level, with the pair that replaces them
    #: (straight quotes become the marks of cica_desktop.quotes, "Edit ▸ Fix quotes").
    wrong_outer: dict[str, tuple[str, str]]
    #: The first word of an operative verb that is a participle (the preambular form).
    participle: re.Pattern[str] | None
    #: The first word of a preambular lead that is an operative verb form.
    operative_form: re.Pattern[str] | None
    #: Words that may follow the semicolon of a sub-paragraph ("; and").
    conjunctions: tuple[str, ...]
    #: A mention of annexes in the letter ("annexes I and II"): the whole mention, whose
    #: group 1 lists the numbers; numbers are parsed by `numbers`.
    annex_mention: re.Pattern[str]
    numerals: tuple[str, ...]
    #: Words joining numbers into a range ("annexes I to III").
    range_words: tuple[str, ...]
    memorandum: re.Pattern[str]
    draft_resolution: re.Pattern[str]
    #: Item titles that name an organization (group "org").
    organization_titles: tuple[re.Pattern[str], ...]
    #: The organization invited by an operative paragraph (group "org").
    invited: re.Pattern[str] | None
    #: The letter citing rule 13, 14 or 15 (group 1: the number).
    rule_cited: re.Pattern[str]
    #: A session named in words ("the sixty-second session"; group 1: the words), read by
    #: `session_number`; None where the words are declined (ru, ar): not compared.
    session_named: re.Pattern[str] | None = None


def _latin_marks(colon_space: str = "", semicolon_space: str = "") -> dict[str, Marks]:
    return {"comma": Marks(",", ","), "semicolon": Marks(";", semicolon_space + ";"),
            "stop": Marks(".", "."), "colon": Marks(":", colon_space + ":")}


_ROMAN_LIST = r"([IVXL]+(?:\s*(?:,|{joins})\s*[IVXL]+)*)\b"


def _roman_mention(nouns: str, joins: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{nouns})\s+" + _ROMAN_LIST.format(joins=joins))


_APOS = "['’]"

RULES: dict[str, LanguageRules] = {
    "en": LanguageRules(
        session_named=re.compile(r"\b([a-z]+(?:-[a-z]+)?) session\b"),
        rule_cited=re.compile(r"\brule (1[345])\b"),
        **_latin_marks(), wrong_outer={"«": ("“", "”")},
        participle=re.compile(r"^\w+ing$"),
        # "Decides", "Requests": a third-person verb; not "Conscious", "Anxious", "Gravely"
        operative_form=re.compile(r"^\w+[^su]s$"),
        conjunctions=("and", "or"),
        annex_mention=_roman_mention("annex|annexes|Annex|Annexes", r"and|to|–|-"),
        numerals=ROMAN, range_words=("to", "–", "-"),
        memorandum=re.compile(r"\bmemorandum\b", re.I),
        draft_resolution=re.compile(r"\bdraft resolution\b", re.I),
        organization_titles=(
            re.compile(r"^Observer status for (?:the )?(?P<org>.+?) in the General Assembly$"),
            re.compile(r"^Cooperation between the United Nations and (?:the )?(?P<org>.+)$"),
        ),
        invited=re.compile(r"\binvite (?:the )?(?P<org>.+?) to participate\b")),
    "fr": LanguageRules(
        session_named=re.compile(r"\b([a-zé]+(?:-[a-zé]+)*ième) session\b"),
        rule_cited=re.compile(r"\barticle (1[345])\b"),
        **_latin_marks(NNBSP, NNBSP), wrong_outer={"“": ("«" + NNBSP, NNBSP + "»")},
        participle=re.compile(r"^\w+ant$"), operative_form=None,
        conjunctions=("et", "ou"),
        annex_mention=_roman_mention("annexe|annexes|Annexe|Annexes", r"et|à|–|-"),
        numerals=ROMAN, range_words=("à", "–", "-"),
        memorandum=re.compile(r"\bmémoire\b", re.I),
        draft_resolution=re.compile(r"\bprojet de résolution\b", re.I),
        organization_titles=(
            re.compile(rf"^Octroi du statut d{_APOS}observateur auprès de l{_APOS}Assemblée "
                       rf"générale (?:à la |à l{_APOS}|au |aux )(?P<org>.+)$"),
            re.compile(rf"^Coopération entre l{_APOS}Organisation des Nations Unies et "
                       rf"(?:la |l{_APOS}|le |les )?(?P<org>.+)$"),
        ),
        invited=re.compile(rf"\binviter (?:la |l{_APOS}|le |les )?(?P<org>.+?) à participer\b")),
    "es": LanguageRules(
        session_named=re.compile(r"\b([a-zé]+(?: [a-zé]+)?) período de sesiones\b"),
        rule_cited=re.compile(r"\bartículo (1[345])\b"),
        **_latin_marks(), wrong_outer={},
        participle=re.compile(r"^\w+(?:ando|iendo|yendo)$"), operative_form=None,
        conjunctions=("y", "e", "o", "u"),
        annex_mention=_roman_mention("anexo|anexos|Anexo|Anexos", r"y|a|–|-"),
        numerals=ROMAN, range_words=("a", "–", "-"),
        memorandum=re.compile(r"\bmemorando\b", re.I),
        draft_resolution=re.compile(r"\bproyecto de resolución\b", re.I),
        organization_titles=(
            re.compile(r"^Otorgamiento de la condición de observador en la Asamblea General "
                       r"(?:a la |al |a los |a las |a )(?P<org>.+)$"),
            re.compile(r"^Cooperación entre las Naciones Unidas y (?:la |el |los |las )?"
                       r"(?P<org>.+)$"),
        ),
        invited=re.compile(r"\binvitar (?:a la |al |a los |a las |a )(?P<org>.+?) a participar\b")),
    "ru": LanguageRules(
        session_named=None,  # declined: not compared
        rule_cited=re.compile(r"\bправил\w* (1[345])\b"),
        **_latin_marks(), wrong_outer={"“": ("«", "»")},
        # a verbal adverb ("Отмечая", "Ссылаясь", "Признав") is the preambular form
        participle=re.compile(r"^\w+(?:я|ясь|вшись|в)$"),
        operative_form=re.compile(r"^\w+(?:ет|ит|ют|ят)$"),
        conjunctions=("и", "или"),
        annex_mention=re.compile(r"(?:приложени[еяйиюм]\w*)\s+"
                                 + _ROMAN_LIST.format(joins=r"и|–|-")),
        numerals=ROMAN, range_words=("–", "-"),
        memorandum=re.compile(r"записк", re.I),
        draft_resolution=re.compile(r"проект\w* резолюции", re.I),
        organization_titles=(), invited=None),  # names are declined: not compared
    "zh": LanguageRules(
        session_named=re.compile(r"第([一二三四五六七八九十百零]+)届会议"),
        rule_cited=re.compile(r"第\s*(1[345])\s*条"),
        comma=Marks(",，", "，"), semicolon=Marks(";；", "；"), stop=Marks(".。", "。"),
        colon=Marks(":：", "："), wrong_outer={"«": ("“", "”")},
        participle=None, operative_form=None,
        conjunctions=(),
        annex_mention=re.compile(r"附件([一二三四五六七八九十]+(?:\s*(?:、|和|至|及)\s*"
                                 r"[一二三四五六七八九十]+)*)"),
        numerals=CHINESE, range_words=("至",),
        memorandum=re.compile(r"备忘录"), draft_resolution=re.compile(r"决议草案"),
        organization_titles=(
            re.compile(r"^给予(?P<org>.+?)(?:大会)?观察员地位$"),
            re.compile(r"^联合国与(?P<org>.+?)(?:之间)?的合作$"),
        ),
        invited=re.compile(r"邀请(?P<org>.+?)以观察员身份")),
    "ar": LanguageRules(
        session_named=None,  # declined: not compared
        rule_cited=re.compile(r"المادة\s*(1[345])\b"),
        comma=Marks(",،", "،"), semicolon=Marks(";؛", "؛"), stop=Marks(".", "."),
        colon=Marks(":", ":"), wrong_outer={},
        participle=re.compile(r"^و?إذ$"), operative_form=None,
        conjunctions=(),
        annex_mention=re.compile(
            r"المرفق(?:ين|ات|ان)?\s+((?:{o})(?:\s*(?:،|و)\s*(?:و)?(?:{o}))*)".format(
                o="|".join(ARABIC_ORDINALS))),
        numerals=ARABIC_ORDINALS, range_words=(),
        memorandum=re.compile(r"مذكرة"), draft_resolution=re.compile(r"مشروع قرار"),
        organization_titles=(
            re.compile(r"^منح (?P<org>.+?) مركز المراقب في الجمعية العامة$"),
            re.compile(r"^التعاون بين الأمم المتحدة و(?P<org>.+)$"),
        ),
        invited=re.compile(r"دعوة (?P<org>.+?) إلى المشاركة")),
}


def chinese_number(number: int) -> str:
    """1 to 199 in Chinese numerals, as a session is numbered (第六十二届)."""
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    out = "一百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and units:
        out += "零"
    return out + (digits[units] if units else "")


def _ordinal(number: int, language: str) -> str:
    """num2words's ordinal, imported on first use (a Chinese package never needs it)."""
    from num2words import num2words

    return str(num2words(number, to="ordinal", lang=language))


@functools.cache
def _session_words(language: str) -> dict[str, int]:
    words = {session_words(n, language): n for n in range(1, 200)}
    if language == "es":  # "tercero" stands alone; before "período" it is "tercer"
        words |= {_ordinal(n, "es"): n for n in range(1, 200)}
    return words


def session_number(words: str, language: str) -> int | None:
    """The session a letter names in words ("sixty-second" → 62), if they are an ordinal."""
    return _session_words(language).get(words.casefold() if language != "zh" else words)


def session_words(number: int, language: str) -> str:
    """A session's number in words, as the letter's standard paragraph writes it before
    "session" ("sixty-second", "soixante-deuxième", "sexagésimo tercer", 六十二)."""
    if language == "zh":
        return chinese_number(number)
    words = _ordinal(number, language)
    if language == "es":
        words = words.replace("primero", "primer").replace("tercero", "tercer")
    return words


def numbers(listed: str, rules: LanguageRules) -> list[int]:
    """The annex numbers a mention lists ("I and II" → [1, 2]; "I to III" → [1, 2, 3])."""
    tokens = re.findall("|".join(sorted(map(re.escape, rules.numerals + rules.range_words),
                                        key=len, reverse=True)), listed)
    out: list[int] = []
    ranging = False
    for token in tokens:
        if token in rules.range_words:
            ranging = bool(out)
            continue
        number = rules.numerals.index(token) + 1
        if ranging:
            out.extend(range(out[-1] + 1, number + 1))
            ranging = False
        else:
            out.append(number)
    return out


def numeral(number: int, rules: LanguageRules) -> str:
    return rules.numerals[number - 1] if 0 < number <= len(rules.numerals) else str(number)


__all__ = ["NNBSP", "RULES", "LanguageRules", "Marks", "chinese_number", "numbers", "numeral",
           "session_number", "session_words"]
