"""Service hour blocks (V11VmOpenApiServiceHour) and the named opening-hour profiles."""
from __future__ import annotations

import copy
from datetime import date

from .util import L, lang_items

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = DAYS[:5]
Span = tuple[str, str, str]  # day, from "HH:MM", to "HH:MM"


def _t(hhmm: str) -> str:
    return f"{hhmm}:00"


def block(spans: list[Span], info: L | None = None, valid: tuple[str, str] | None = None,
          over_midnight: str | None = None) -> dict:
    """A weekly block; `over_midnight` names the day the last span ends on."""
    hours = [{"dayFrom": d, "dayTo": over_midnight or "", "from": _t(a), "to": _t(b)}
             for d, a, b in spans]
    return {
        "serviceHourType": "OverMidnight" if over_midnight else "DaysOfTheWeek",
        "validFrom": f"{valid[0]}T00:00:00" if valid else None,
        "validTo": f"{valid[1]}T00:00:00" if valid else None,
        "isClosed": False, "validForNow": valid is None, "isAlwaysOpen": False,
        "isReservation": False,
        "additionalInformation": lang_items(info) if info else [{"value": None, "language": "fi"}],
        "openingHour": hours,
    }


def closed(day_from: str, day_to: str, info: L) -> dict:
    """An Exceptional closure for a date range (holidays)."""
    return {"serviceHourType": "Exceptional", "validFrom": f"{day_from}T00:00:00",
            "validTo": f"{day_to}T00:00:00", "isClosed": True, "validForNow": False,
            "isAlwaysOpen": False, "isReservation": False,
            "additionalInformation": lang_items(info), "openingHour": []}


def exceptional_open(day: str, start: str, end: str, info: L) -> dict:
    """An Exceptional day with shortened opening hours."""
    return {"serviceHourType": "Exceptional", "validFrom": f"{day}T00:00:00",
            "validTo": f"{day}T00:00:00", "isClosed": False, "validForNow": False,
            "isAlwaysOpen": False, "isReservation": False,
            "additionalInformation": lang_items(info),
            "openingHour": [{"dayFrom": DAYS[date.fromisoformat(day).weekday()], "dayTo": "",
                             "from": _t(start), "to": _t(end)}]}


def always_open(info: L | None = None) -> dict:
    """Open 24/7."""
    return {"serviceHourType": "DaysOfTheWeek", "validFrom": None, "validTo": None,
            "isClosed": False, "validForNow": True, "isAlwaysOpen": True, "isReservation": False,
            "additionalInformation": lang_items(info) if info else [], "openingHour": []}


def by_reservation(info: L) -> dict:
    """Open by appointment only."""
    return {"serviceHourType": "DaysOfTheWeek", "validFrom": None, "validTo": None,
            "isClosed": False, "validForNow": True, "isAlwaysOpen": False, "isReservation": True,
            "additionalInformation": lang_items(info), "openingHour": []}


def days(names: tuple[str, ...], start: str, end: str) -> list[Span]:
    return [(d, start, end) for d in names]


def numbered(blocks: list[dict]) -> list[dict]:
    """Adds orderNumber to each block, as PTV does."""
    return [{**b, "orderNumber": i} for i, b in enumerate(blocks, start=1)]


NORMAL = {"fi": "Normaalit aukioloajat", "sv": "Normala öppettider"}
SUMMER = {"fi": "Kesäaukioloajat", "sv": "Sommaröppettider"}
INDEPENDENCE = closed("2026-12-06", "2026-12-06", {"fi": "Itsenäisyyspäivä, suljettu",
                                                   "sv": "Självständighetsdagen, stängt"})
CHRISTMAS = closed("2026-12-24", "2026-12-26", {"fi": "Joulu, suljettu", "sv": "Julen, stängt"})
NEW_YEAR_EVE = exceptional_open("2026-12-31", "10:00", "14:00",
                                {"fi": "Uudenvuodenaatto", "sv": "Nyårsafton"})
SUMMER_2026 = ("2026-06-01", "2026-08-16")
MIDSUMMER = closed("2026-06-19", "2026-06-20", {"fi": "Juhannus, suljettu", "sv": "Midsommar, stängt"})


def _library() -> list[dict]:
    spans = days(DAYS[:4], "10:00", "19:00") + [("Friday", "10:00", "17:00"),
                                                ("Saturday", "10:00", "15:00")]
    summer = days(WEEKDAYS, "10:00", "17:00")
    return [block(spans, NORMAL), block(summer, SUMMER, SUMMER_2026), INDEPENDENCE, CHRISTMAS,
            NEW_YEAR_EVE]


def _pool() -> list[dict]:
    spans = days(WEEKDAYS, "06:30", "21:00") + days(DAYS[5:], "10:00", "18:00")
    return [block(spans, NORMAL), closed("2026-07-06", "2026-08-02",
                                         {"fi": "Huoltotauko", "sv": "Underhållspaus"}),
            INDEPENDENCE, CHRISTMAS]


def _youth() -> list[dict]:
    spans = days(("Tuesday", "Wednesday", "Thursday"), "14:00", "21:00")
    night = block([("Friday", "18:00", "01:00")], {"fi": "Perjantain yökahvila",
                                                   "sv": "Fredagens nattcafé"}, None, "Saturday")
    return [block(spans, NORMAL), night, closed("2026-06-22", "2026-08-09",
                                                {"fi": "Kesätauko", "sv": "Sommaruppehåll"})]


def _sports() -> list[dict]:
    return [block(days(WEEKDAYS, "07:00", "22:00") + days(DAYS[5:], "09:00", "20:00"), NORMAL),
            MIDSUMMER, CHRISTMAS]


PROFILES = {
    "library": _library,
    "pool": _pool,
    "youth": _youth,
    "sports": _sports,
    "office": lambda: [block(days(WEEKDAYS, "08:00", "16:00"), NORMAL), INDEPENDENCE, CHRISTMAS],
    "office_short": lambda: [block(days(DAYS[:4], "09:00", "15:00"))],
    "phone": lambda: [block(days(WEEKDAYS, "09:00", "15:00"))],
    "phone_morning": lambda: [block(days(WEEKDAYS, "09:00", "11:00"))],
    "senior": lambda: [block(days(WEEKDAYS, "09:00", "15:00"), NORMAL), MIDSUMMER, CHRISTMAS],
    "point": lambda: [block(days(DAYS[:4], "09:00", "16:00") + [("Friday", "09:00", "14:00")],
                            NORMAL), INDEPENDENCE, CHRISTMAS],
    "station": lambda: [block(days(WEEKDAYS, "08:00", "16:00"), NORMAL),
                        block(days(WEEKDAYS, "08:00", "15:00"), SUMMER, SUMMER_2026),
                        INDEPENDENCE, CHRISTMAS],
    "always": lambda: [always_open()],
    "reservation": lambda: [by_reservation({"fi": "Ajanvarauksella", "sv": "Med tidsbokning",
                                            "en": "By appointment"})],
    "afternoon": lambda: [block(days(("Monday", "Wednesday", "Thursday"), "12:00", "16:00"))],
    "evening": lambda: [block(days(("Tuesday", "Thursday"), "17:00", "20:00"))],
    "outdoor": lambda: [always_open({"fi": "Reitti on vapaasti käytettävissä",
                                     "sv": "Leden är fritt tillgänglig"})],
    "crisis": lambda: [always_open({"fi": "Suomenkielinen päivystys ympäri vuorokauden",
                                    "sv": "Jour på finska dygnet runt"}),
                       block(days(WEEKDAYS, "16:00", "20:00"),
                             {"fi": "Ruotsinkielinen päivystys", "sv": "Jour på svenska"})],
    "morning": lambda: [block(days(("Monday", "Wednesday", "Friday"), "09:00", "12:00"))],
    "culturehouse": lambda: [block(days(DAYS[2:], "12:00", "18:00"), NORMAL), CHRISTMAS],
    "village": lambda: [block([("Thursday", "10:00", "14:00")])],
    "garden": lambda: [block(days(("Tuesday", "Thursday"), "17:00", "19:00"),
                             {"fi": "Kasvukausi", "sv": "Odlingssäsongen"},
                             ("2026-05-15", "2026-09-15"))],
    "foodaid": lambda: [block([("Tuesday", "12:00", "14:00"), ("Thursday", "12:00", "14:00")],
                              {"fi": "Ruoanjako", "sv": "Matutdelning"}), CHRISTMAS],
}


def profile(name: str | None, langs: tuple[str, ...] = ("fi", "sv", "en")) -> list[dict]:
    """Service hours of a named profile, numbered, with titles only in the given languages."""
    blocks = copy.deepcopy(PROFILES[name]()) if name else []
    for b in blocks:
        info = [i for i in b["additionalInformation"] if i["language"] in langs]
        b["additionalInformation"] = info or [{"value": None, "language": "fi"}]
    return numbered(blocks)


def slot_hours(day: str, start: str, end: str, info: L | None = None) -> list[dict]:
    """Connection-specific hours for a weekly group meeting."""
    return numbered([block([(day, start, end)], info)])
