"""Service–channel connections, with connection-specific descriptions and hours where PTV has them."""
from __future__ import annotations

from .hours import slot_hours
from .instances import Instance
from .util import L, localized

# (service key, channel key): (fi, sv, day, start, end, hours title fi|sv)
NOTES: dict[tuple[str, str], tuple[str, str, str, str, str, str]] = {
    ("debt_advice", "c:point:598"): (
        "Velkaneuvoja on tavattavissa hyvinvointipisteessä kuukauden ensimmäisenä tiistaina "
        "klo 12–15 ilman ajanvarausta.",
        "Skuldrådgivaren finns på välfärdspunkten den första tisdagen i månaden kl. 12–15 utan "
        "tidsbokning.", "Tuesday", "12:00", "15:00", "Kuukauden 1. tiistai|Månadens första tisdag"),
    ("debt_advice", "c:point:545"): (
        "Velkaneuvoja on paikalla kuukauden viimeisenä torstaina klo 10–13.",
        "Skuldrådgivaren är på plats den sista torsdagen i månaden kl. 10–13.",
        "Thursday", "10:00", "13:00", "Kuukauden viimeinen torstai|Månadens sista torsdag"),
    ("mental_peer", "499:library"): (
        "Masennuksesta toipuvien ryhmä kokoontuu kirjaston ryhmätilassa keskiviikkoisin "
        "klo 17–18.30.",
        "Gruppen för dig som återhämtar dig från depression träffas i bibliotekets grupprum på "
        "onsdagar kl. 17–18.30.", "Wednesday", "17:00", "18:30", "Vertaisryhmä|Kamratgrupp"),
    ("memory_cafe", "598:library"): (
        "Muistikahvila kokoontuu kuukauden toisena tiistaina klo 13–15.",
        "Minnescaféet träffas den andra tisdagen i månaden kl. 13–15.",
        "Tuesday", "13:00", "15:00", "Kuukauden 2. tiistai|Månadens andra tisdag"),
    ("memory_cafe", "599:library"): (
        "Muistikahvila kokoontuu kuukauden ensimmäisenä torstaina klo 13–15.",
        "Minnescaféet träffas den första torsdagen i månaden kl. 13–15.",
        "Thursday", "13:00", "15:00", "Kuukauden 1. torstai|Månadens första torsdag"),
    ("caregiver_peer", "c:station:545"): (
        "Närpiön ryhmä kokoontuu terveysaseman kokoushuoneessa kuukauden viimeisenä maanantaina.",
        "Gruppen i Närpes träffas i hälsostationens mötesrum den sista måndagen i månaden.",
        "Monday", "17:30", "19:00", "Omaishoitajien ryhmä|Närståendevårdarnas grupp"),
    ("family_cafe", "499:library"): (
        "Perhekahvila kirjaston satuhuoneessa torstaisin klo 9.30–11.30.",
        "Familjecafé i bibliotekets sagorum på torsdagar kl. 9.30–11.30.",
        "Thursday", "09:30", "11:30", "Perhekahvila|Familjecafé"),
    ("family_cafe", "545:library"): (
        "Perhekahvila kirjaston lastenosastolla tiistaisin klo 9.30–11.30.",
        "Familjecafé på bibliotekets barnavdelning på tisdagar kl. 9.30–11.30.",
        "Tuesday", "09:30", "11:30", "Perhekahvila|Familjecafé"),
    ("language_cafe", "545:library"): (
        "Kielikahvila maanantaisin klo 17–18.30.", "Språkcafé på måndagar kl. 17–18.30.",
        "Monday", "17:00", "18:30", "Kielikahvila|Språkcafé"),
    ("language_cafe", "905:library"): (
        "Kielikahvila keskiviikkoisin klo 16–17.30.", "Språkcafé på onsdagar kl. 16–17.30.",
        "Wednesday", "16:00", "17:30", "Kielikahvila|Språkcafé"),
    ("language_cafe", "598:library"): (
        "Kielikahvila torstaisin klo 17–18.30.", "Språkcafé på torsdagar kl. 17–18.30.",
        "Thursday", "17:00", "18:30", "Kielikahvila|Språkcafé"),
    ("senior_exercise", "905:sports"): (
        "Kävelyfutis tiistaisin klo 10–11.", "Gåfotboll på tisdagar kl. 10–11.",
        "Tuesday", "10:00", "11:00", "Kävelyfutis|Gåfotboll"),
    ("senior_exercise", "545:sports"): (
        "Tuolijumppa torstaisin klo 13–14.", "Stolgympa på torsdagar kl. 13–14.",
        "Thursday", "13:00", "14:00", "Tuolijumppa|Stolgympa"),
    ("disability_sport", "905:pool"): (
        "Allasjumppa maanantaisin klo 14–15 terapia-altaassa.",
        "Bassänggympa på måndagar kl. 14–15 i terapibassängen.",
        "Monday", "14:00", "15:00", "Allasjumppa|Bassänggympa"),
    ("kids_sports", "499:sports"): (
        "4–6-vuotiaat lauantaisin klo 10–11, 7–9-vuotiaat klo 11–12.",
        "4–6-åringar på lördagar kl. 10–11, 7–9-åringar kl. 11–12.",
        "Saturday", "10:00", "12:00", "Liikuntakerho|Idrottsskola"),
    ("chronic_peer", "905:library"): (
        "Ryhmä kokoontuu kirjaston Aalto-salissa kuukauden ensimmäisenä maanantaina klo 17–19.",
        "Gruppen träffas i bibliotekets Våg-sal den första måndagen i månaden kl. 17–19.",
        "Monday", "17:00", "19:00", "Kuukauden 1. maanantai|Månadens första måndag"),
}


def _langs_only(texts: L, langs: tuple[str, ...]) -> L:
    return {k: v for k, v in texts.items() if k in langs}


def extras(inst: Instance, channel: str, venue_key: str | None) -> tuple[list[dict], list[dict]]:
    """(description rows, serviceHours) of one connection."""
    note = NOTES.get((inst.key, channel))
    if note:
        fi, sv, day, start, end, title = note
        t_fi, t_sv = title.split("|")
        desc = _langs_only({"fi": fi, "sv": sv}, inst.langs)
        return (localized(desc, "Description"),
                slot_hours(day, start, end, _langs_only({"fi": t_fi, "sv": t_sv}, inst.langs)))
    if inst.slot and channel == venue_key:
        p = inst.params
        desc = _langs_only({"fi": f"{inst.arch.name['fi']} {p['paiva']} {p['klo']}.",
                            "sv": f"{inst.arch.name.get('sv', '')} {p['dag']} {p['kl']}."},
                           inst.langs)
        title = _langs_only({"fi": inst.arch.name["fi"], "sv": inst.arch.name.get("sv", "")},
                            inst.langs)
        return (localized(desc, "Description"),
                slot_hours(inst.slot.day, inst.slot.start, inst.slot.end, title))
    return [], []


def connection(item_key: str, item: dict, charge: str | None, desc: list[dict], hours: list[dict],
               modified: str) -> dict:
    """A V11VmOpenApiServiceServiceChannel / ServiceChannelService entry."""
    return {item_key: item, "serviceChargeType": charge, "description": desc,
            "serviceHours": hours, "contactDetails": None, "digitalAuthorizations": [],
            "extraTypes": [], "isASTIConnection": False, "modified": modified}
