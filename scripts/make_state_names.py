"""Write resources/states/names.tsv: the Member States and observer States in the six
languages, as a list names them and as a sentence does (with its article).

Run by hand when a name changes (`python scripts/make_state_names.py`): the French,
Spanish, Russian and Chinese names are in scripts/state-names/<language>.txt, the English
and Arabic ones come from the word lists; the table is committed and the application reads
only the table. Sources, per cell (the `source`
column, explained in docs/STATE-NAMES.md):

- ``UN``: the UN's list of Member States / its terminology database (UNTERM), as our
  spelling word lists (resources/wordlists/<language>.txt) already record them;
- ``UN [V]``: written as UN documents write it, not yet checked against UNTERM (articles in
  French and Spanish, the formal forms used in sentences, every Chinese name that CLDR
  writes differently);
- ``CLDR``: the Unicode CLDR name (through babel), where the UN form is not known to us.
"""

from __future__ import annotations

import csv
import difflib
import sys
from pathlib import Path

from babel import Locale

from cica_desktop.state_names import strip_article

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")

#: ISO 3166 codes where CLDR's English name is not the UN's.
CODES = {
    "Antigua and Barbuda": "AG", "Bolivia (Plurinational State of)": "BO",
    "Bosnia and Herzegovina": "BA", "Brunei Darussalam": "BN", "Cabo Verde": "CV",
    "Congo": "CG", "Côte d'Ivoire": "CI", "Democratic People's Republic of Korea": "KP",
    "Democratic Republic of the Congo": "CD", "Iran (Islamic Republic of)": "IR",
    "Lao People's Democratic Republic": "LA", "Micronesia (Federated States of)": "FM",
    "Myanmar": "MM", "Netherlands (Kingdom of the)": "NL", "Republic of Korea": "KR",
    "Republic of Moldova": "MD", "Russian Federation": "RU", "Saint Kitts and Nevis": "KN",
    "Saint Lucia": "LC", "Saint Vincent and the Grenadines": "VC",
    "Sao Tome and Principe": "ST", "Syrian Arab Republic": "SY", "Trinidad and Tobago": "TT",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "United Republic of Tanzania": "TZ", "United States of America": "US",
    "Venezuela (Bolivarian Republic of)": "VE", "Viet Nam": "VN", "Holy See": "VA",
    "State of Palestine": "PS",
}

#: English names that a sentence writes with "the" (UN usage).
ENGLISH_THE = {
    "Bahamas", "Central African Republic", "Comoros", "Congo",
    "Democratic People's Republic of Korea", "Democratic Republic of the Congo",
    "Dominican Republic", "Gambia", "Lao People's Democratic Republic", "Marshall Islands",
    "Niger", "Philippines", "Republic of Korea", "Republic of Moldova", "Russian Federation",
    "Sudan", "Syrian Arab Republic", "United Arab Emirates",
    "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
    "United States of America", "Holy See", "State of Palestine",
}

#: Names a list writes inverted, with the form a sentence uses, per language.
SENTENCE_FORMS = {
    "BO": {"en": "the Plurinational State of Bolivia", "fr": "l'État plurinational de Bolivie",
           "es": "el Estado Plurinacional de Bolivia",
           "ru": "Многонациональное Государство Боливия",
           "ar": "دولة بوليفيا المتعددة القوميات"},
    "IR": {"en": "the Islamic Republic of Iran", "fr": "la République islamique d'Iran",
           "es": "la República Islámica del Irán", "ru": "Исламская Республика Иран",
           "ar": "جمهورية إيران الإسلامية"},
    "FM": {"en": "the Federated States of Micronesia",
           "fr": "les États fédérés de Micronésie", "es": "los Estados Federados de Micronesia",
           "ru": "Федеративные Штаты Микронезии",
           "ar": "ولايات ميكرونيزيا الموحدة"},
    # Since 2023 the UN's list says "Netherlands (Kingdom of the)"; sentences keep the
    # short form with its article.
    "NL": {"en": "the Netherlands", "fr": "les Pays-Bas", "es": "los Países Bajos",
           "ru": "Нидерланды", "ar": "هولندا"},
    "VE": {"en": "the Bolivarian Republic of Venezuela",
           "fr": "la République bolivarienne du Venezuela",
           "es": "la República Bolivariana de Venezuela",
           "ru": "Боливарианская Республика Венесуэла",
           "ar": "جمهورية فنزويلا البوليفارية"},
}

#: Arabic UN names too far from CLDR's for a close match (all in our Arabic word list).
ARABIC = {
    "BO": "بوليفيا (دولة - المتعددة القوميات)", "CG": "الكونغو", "CI": "كوت ديفوار",
    "CZ": "تشيكيا", "CD": "جمهورية الكونغو الديمقراطية", "IR": "إيران (جمهورية - الإسلامية)",
    "LA": "جمهورية لاو الديمقراطية الشعبية", "MV": "ملديف",
    "FM": "ميكرونيزيا (ولايات - الموحدة)", "MM": "ميانمار", "KR": "جمهورية كوريا",
    "MD": "جمهورية مولدوفا", "RU": "الاتحاد الروسي",
    "GB": "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
    "TZ": "جمهورية تنزانيا المتحدة", "VE": "فنزويلا (جمهورية - البوليفارية)",
    "VA": "الكرسي الرسولي", "PS": "دولة فلسطين", "BN": "بروني دار السلام",
    "KP": "جمهورية كوريا الشعبية الديمقراطية", "NL": "هولندا (مملكة)",
    "SY": "الجمهورية العربية السورية",
}

def word_list(language: str) -> list[str]:
    """The Member States section of a spelling word list (its first section)."""
    lines = (ROOT / "resources" / "wordlists" / f"{language}.txt").read_text("utf-8")
    section: list[str] = []
    started = False
    for line in lines.splitlines():
        if line.startswith("# ---"):
            if started:
                break
            started = True
            continue
        if started and line and not line.startswith("#"):
            section.append(line)
    return section


def main() -> int:
    english = word_list("en")[:195]
    territories = {name: code for code, name in Locale("en").territories.items()}
    codes = [CODES.get(name) or territories[name] for name in english]
    # The names as each language's UN list writes them, with the article a sentence puts
    # before them, one a line in the order of the English list (scripts/state-names/).
    typed = {language: (HERE / "state-names" / f"{language}.txt").read_text("utf-8")
             .splitlines() for language in ("fr", "es", "ru", "zh")}
    rows: list[list[str]] = []
    arabic_list = word_list("ar")
    for index, (code, name) in enumerate(zip(codes, english, strict=True)):
        sentence = SENTENCE_FORMS.get(code, {})
        text = sentence.get("en") or (f"the {name}" if name in ENGLISH_THE else name)
        rows.append([code, "en", name, text,
                     "UN" if text == name else "UN, in a sentence [V]"])
        for language in ("fr", "es", "ru", "zh"):
            written = typed[language][index]
            listed = strip_article(written.replace("'", "’")).replace("’", "'")
            text = sentence.get(language, written)
            known = set(word_list(language)) if language != "zh" else set()
            cldr = Locale(language).territories.get(code, "")
            if listed in known or (language == "zh" and listed == cldr):
                source = "UN" if listed in known else "CLDR"
                if text != listed:
                    source += ", in a sentence [V]"
            else:
                source = "UN [V]"
            rows.append([code, language, listed, text, source])
        cldr = Locale("ar").territories.get(code, "")
        close = difflib.get_close_matches(cldr, arabic_list, n=1, cutoff=0.75)
        arabic = ARABIC.get(code) or (close[0] if close else cldr)
        text = sentence.get("ar", arabic)
        source = "UN" if arabic in arabic_list else "CLDR"
        rows.append([code, "ar", arabic, text,
                     source if text == arabic else f"{source}, in a sentence [V]"])
    for language in LANGUAGES:
        names = [row[2] for row in rows if row[1] == language]
        twice = {name for name in names if names.count(name) > 1}
        if twice:
            print(f"{language}: one name for two States: {sorted(twice)}", file=sys.stderr)
            return 1
    out = ROOT / "resources" / "states" / "names.tsv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Member States and observer States: code, language, the name as a list "
                     "writes it, the name as a sentence writes it, source.\n"
                     "# Made by scripts/make_state_names.py; sources: docs/STATE-NAMES.md.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "language", "listed", "in_text", "source"])
        # Names are written with the typographic apostrophe, as a project writes them.
        writer.writerows([[cell.replace("'", "’") for cell in row] for row in rows])
    print(f"{len(rows)} names written to {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
