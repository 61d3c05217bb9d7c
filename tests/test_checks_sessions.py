"""The session and the rule, against the letter's date.

Rule 1 of the General Assembly's rules of procedure: a regular session opens on a Tuesday
of September, counted in weeks from the first week that holds a working day: the third such
week until the seventy-seventh session, the second from the seventy-eighth (2023). A
session runs until the next one opens. Rules 12 to 15: a rule 13 request (the provisional
agenda) is made at least 60 days before the opening, a rule 14 request (a supplementary
item) at least 30 days before it, a rule 15 request (an additional item) less than 30 days
before it or during the session.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cica_desktop.checks import check, current_session, opening_date, session_for
from cica_desktop.findings import Severity
from cica_desktop.model import Package, load_project
from cica_desktop.samples import sample_path

# Opening dates of past regular sessions. Confirmed from public sources: the 62nd, 18
# September 2007; the 73rd, 18 September 2018 (the opening statement of the President of
# the General Assembly, www.un.org/pga/73, dated that day); the 78th, 5 September 2023 (UN
# press release GA/12525); the 79th, 10 September 2024 (the day set for the 78th to close,
# press release GA/12527); the 80th, 9 September 2025 (A/RES/79/332 was still adopted by
# the 79th session on 5 September 2025). The others are as remembered from the UN's
# records, not looked up again; each is what rule 1 gives (docs/CHECKS.md).
OPENINGS = {
    58: dt.date(2003, 9, 16), 59: dt.date(2004, 9, 14), 60: dt.date(2005, 9, 13),
    61: dt.date(2006, 9, 12), 62: dt.date(2007, 9, 18), 63: dt.date(2008, 9, 16),
    64: dt.date(2009, 9, 15), 65: dt.date(2010, 9, 14), 66: dt.date(2011, 9, 13),
    67: dt.date(2012, 9, 18), 68: dt.date(2013, 9, 17), 69: dt.date(2014, 9, 16),
    70: dt.date(2015, 9, 15), 71: dt.date(2016, 9, 13), 72: dt.date(2017, 9, 12),
    73: dt.date(2018, 9, 18), 74: dt.date(2019, 9, 17), 75: dt.date(2020, 9, 15),
    76: dt.date(2021, 9, 14), 77: dt.date(2022, 9, 13), 78: dt.date(2023, 9, 5),
    79: dt.date(2024, 9, 10), 80: dt.date(2025, 9, 9),
}


@pytest.mark.parametrize(("session", "opened"), OPENINGS.items())
def test_rule_1_gives_the_real_opening_of_past_sessions(session: int, opened: dt.date) -> None:
    assert opening_date(session) == opened
    assert opened.weekday() == 1  # a Tuesday


def test_a_week_counts_from_the_first_with_a_working_day() -> None:
    # 1 September 2007 was a Saturday: the week of 27 August has no September working day,
    # so the first week is that of 3 September and the third that of 17 September.
    assert opening_date(62) == dt.date(2007, 9, 18)
    # 1 September 2023 was a Friday: that week counts, the second is that of 4 September.
    assert opening_date(78) == dt.date(2023, 9, 5)
    # Coming sessions, by the same rule.
    assert opening_date(81) == dt.date(2026, 9, 8)
    assert opening_date(82) == dt.date(2027, 9, 7)  # 1 September 2027 is a Wednesday


def test_a_session_is_in_progress_until_the_next_one_opens() -> None:
    assert current_session(dt.date(2007, 10, 3)) == 62
    assert current_session(dt.date(2007, 9, 17)) == 61
    assert current_session(dt.date(2007, 9, 18)) == 62
    assert current_session(dt.date(2025, 8, 25)) == 79
    assert current_session(dt.date(2025, 9, 9)) == 80
    assert current_session(dt.date(2026, 9, 1)) == 80  # the 81st opens on 8 September


@pytest.fixture(scope="module")
def sample() -> Package:
    return load_project(sample_path("en"))


def on(sample: Package, day: dt.date, rule: int, session: int) -> list[tuple[str, str]]:
    letter = sample.letter.model_dump()
    letter["date"] = day
    package = sample.evolve(letter=letter, rule=rule, session=session, issue_date=None)
    return [(f.severity.value, f.code) for f in check(package) if f.path == "session"]


def test_a_rule_15_letter_in_late_august_is_for_the_session_opening_in_september(
        sample: Package) -> None:
    # The eightieth session opened on 9 September 2025: 15 days after 25 August.
    assert on(sample, dt.date(2025, 8, 25), 15, 80) == []
    # … and during the session (until the 81st opens on 8 September 2026).
    assert on(sample, dt.date(2026, 9, 7), 15, 80) == []


def test_a_rule_15_letter_may_still_go_to_the_session_about_to_close(sample: Package) -> None:
    # 25 August 2025: the seventy-ninth session is still in progress.
    assert on(sample, dt.date(2025, 8, 25), 15, 79) == []


def test_a_rule_15_letter_30_days_or_more_before_the_opening_is_a_rule_14_request(
        sample: Package) -> None:
    [finding] = [f for f in check(sample.evolve(
        letter={**sample.letter.model_dump(), "date": dt.date(2025, 8, 1)}, rule=15,
        session=80, issue_date=None)) if f.path == "session"]
    assert finding.code == "session.rule15"
    assert finding.message == (
        "a rule 15 request is made less than 30 days before the session opens or during "
        "it; session 80 opens on 9 September 2025, 39 days after the letter's date "
        "(1 August 2025): rule 14 applies")
    assert (finding.fix.path, finding.fix.value) == ("rule", 14)  # type: ignore[union-attr]


def test_a_rule_15_letter_for_a_session_far_off_means_the_session_in_progress(
        sample: Package) -> None:
    [finding] = [f for f in check(sample.evolve(rule=15, session=63)) if f.path == "session"]
    assert finding.code == "session.rule"
    assert (finding.fix.path, finding.fix.value) == ("session", 62)  # type: ignore[union-attr]


def test_a_closed_session_is_never_right(sample: Package) -> None:
    assert on(sample, dt.date(2025, 10, 1), 15, 79) == [("warning", "session.rule")]
    assert on(sample, dt.date(2025, 10, 1), 14, 79) == [("warning", "session.rule")]
    assert on(sample, dt.date(2025, 10, 1), 13, 79) == [("warning", "session.rule")]


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2025, 8, 9), []),  # 31 days before the opening
    (dt.date(2025, 8, 10), []),  # 30 days: "at least thirty days before" is met
    (dt.date(2025, 8, 11), [("warning", "session.rule14")]),  # 29 days
    (dt.date(2025, 7, 11), [("note", "session.rule14_early")]),  # 60 days: rule 13's time
    (dt.date(2025, 9, 10), [("warning", "session.open")]),
])
def test_a_rule_14_request_comes_at_least_30_days_before_the_opening(
        sample: Package, day: dt.date, expected: list[tuple[str, str]]) -> None:
    assert on(sample, day, 14, 80) == expected


@pytest.mark.parametrize(("day", "session", "expected"), [
    (dt.date(2025, 7, 11), 80, []),  # 60 days before the opening of 9 September
    (dt.date(2025, 7, 12), 80, [("warning", "session.rule13")]),
    (dt.date(2025, 7, 12), 81, []),  # the next provisional agenda still to be issued
    (dt.date(2025, 3, 1), 81, [("note", "session.rule13_early")]),
    (dt.date(2025, 9, 10), 80, [("warning", "session.open")]),
])
def test_a_rule_13_request_comes_before_the_provisional_agenda(
        sample: Package, day: dt.date, session: int, expected: list[tuple[str, str]]) -> None:
    assert on(sample, day, 13, session) == expected


def test_each_session_finding_offers_its_fix_and_never_blocks(sample: Package) -> None:
    for day in (dt.date(2025, 3, 1), dt.date(2025, 8, 1), dt.date(2025, 8, 25),
                dt.date(2025, 10, 1)):
        for rule in (13, 14, 15):
            for session in (78, 79, 80, 81, 82):
                letter = {**sample.letter.model_dump(), "date": day}
                package = sample.evolve(letter=letter, rule=rule, session=session,
                                        issue_date=None)
                for finding in check(package):
                    if finding.path != "session":
                        continue
                    assert finding.severity is not Severity.ERROR
                    assert finding.fix is not None
                    fixed = package.evolve(**{finding.fix.path: finding.fix.value})
                    assert [f for f in check(fixed) if f.path == "session"
                            and f.severity is Severity.WARNING] == [], (day, rule, session)


def test_session_for_names_the_session_a_new_request_is_for() -> None:
    assert session_for(15, dt.date(2025, 8, 25)) == 80  # opens in 15 days
    assert session_for(15, dt.date(2025, 8, 1)) == 79  # in progress; the 80th is 39 days off
    assert session_for(14, dt.date(2025, 8, 1)) == 80
    assert session_for(14, dt.date(2025, 8, 25)) == 81
    assert session_for(13, dt.date(2025, 7, 11)) == 80
    assert session_for(13, dt.date(2025, 7, 12)) == 81


@pytest.mark.parametrize("rule", [13, 14, 15])
def test_the_session_for_a_rule_is_never_warned_about(sample: Package, rule: int) -> None:
    day = dt.date(2024, 1, 1)
    while day < dt.date(2026, 1, 1):  # every day of two years: never a warning
        assert [severity for severity, _code in on(sample, day, rule, session_for(rule, day))
                if severity == "warning"] == [], day
        day += dt.timedelta(days=3)
