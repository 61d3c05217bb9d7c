"""Numbers as words and numerals in the forms UN documents use."""

from __future__ import annotations

from ..document import NumberFormat

_ZH_DIGITS = "零一二三四五六七八九"


def roman(number: int) -> str:
    """1 -> I, 4 -> IV, 14 -> XIV (annex numbers)."""
    if not 0 < number < 4000:
        raise ValueError(f"{number} has no roman numeral")
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, letters in values:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def zh_numeral(number: int) -> str:
    """62 -> 六十二, 10 -> 十, 105 -> 一百零五 (Chinese session and annex numbers)."""
    if number < 0 or number >= 10000:
        raise ValueError(f"{number} is out of range for a Chinese numeral here")
    if number < 10:
        return _ZH_DIGITS[number]
    if number < 20:
        return "十" + (_ZH_DIGITS[number % 10] if number % 10 else "")
    parts: list[str] = []
    units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    zero_pending = False
    started = False
    for value, name in units:
        digit = (number // value) % 10
        if digit == 0:
            if started:
                zero_pending = True
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(_ZH_DIGITS[digit] + name)
        started = True
    return "".join(parts)


def ordinal_words(number: int, language: str, **options: object) -> str:
    """62 -> "sixty-second" (en); fr, es, ru through num2words (options such as
    gender="f" for Russian are passed on). num2words is imported on first use: a Chinese
    or Arabic package never needs it, and it takes 14 ms to import."""
    from num2words import num2words

    return str(num2words(number, to="ordinal", lang=language, **options))


def lower_letter(number: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (Word's lowerLetter numbering)."""
    letter = chr(ord("a") + (number - 1) % 26)
    return letter * ((number - 1) // 26 + 1)


def lower_roman(number: int) -> str:
    return roman(number).lower()


#: Arabic letters in abjad order, as UN Arabic documents letter sub-paragraphs (and as
#: Word's arabicAbjad numbering counts).
ARABIC_ABJAD = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س",
                "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ")


def arabic_abjad(number: int) -> str:
    """1 -> أ, 2 -> ب, 3 -> ج, 28 -> غ; beyond, the letters doubled, as Word does for a-z."""
    letter = ARABIC_ABJAD[(number - 1) % len(ARABIC_ABJAD)]
    return letter * ((number - 1) // len(ARABIC_ABJAD) + 1)


#: How each number format's label is written, "{n}" standing for the number; a
#: language's template may give its own forms ([language] number_labels).
DEFAULT_LABEL_FORMATS = {"decimal": "{n}.", "lowerLetter": "({n})", "lowerRoman": "({n})",
                         "bullet": "-", "arabicAbjad": "({n})"}


def number_label(number_format: NumberFormat, number: int,
                 label_formats: dict[str, str] | None = None) -> str:
    """"1.", "(a)", "(i)", "-" (or the language's forms: French and Spanish write "a)")."""
    formats = {**DEFAULT_LABEL_FORMATS, **(label_formats or {})}
    match number_format:
        case NumberFormat.DECIMAL:
            shown = str(number)
        case NumberFormat.LOWER_LETTER:
            shown = lower_letter(number)
        case NumberFormat.LOWER_ROMAN:
            shown = lower_roman(number)
        case NumberFormat.ARABIC_ABJAD:
            shown = arabic_abjad(number)
        case NumberFormat.BULLET:
            shown = ""
    return formats[number_format.value].format(n=shown)
