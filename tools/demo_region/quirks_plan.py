"""Which item gets which deliberate problem, and applying the plan to the built region."""
from __future__ import annotations

from collections.abc import Callable

from .quirks import (
    OLD_CHANNELS,
    OLD_SERVICES,
    Problem,
    _name,
    add_fax,
    append_contact,
    bad_phone,
    bad_url,
    copy_finnish,
    drop_swedish,
    drop_type,
    missing_coordinates,
    nationwide,
    sami,
    set_text,
    summary_is_name,
    uri_style,
)

Fix = Callable[[dict], None]
LONG_SUMMARY = {"fi": "Kansalaisopiston kuoro on tarkoitettu kaikille laulamisesta kiinnostuneille "
                      "aikuisille, ja siinä lauletaan moniäänisesti kansanlauluja, iskelmiä, "
                      "hengellistä musiikkia ja tunnettuja kuoroklassikoita."}
LONG_SUMMARY_ART = {"fi": "Taidetyöpajassa 13–19-vuotiaat nuoret maalaavat, piirtävät sarjakuvaa, "
                          "tekevät graffiteja ja kokeilevat muita kuvataiteen tekniikoita "
                          "ammattitaiteilijan ohjauksessa Kulttuuritalo Kajuutassa."}

SERVICE_PLAN: tuple[tuple[str, str, Fix], ...] = (
    ("sv_missing", "senior_gym:288", drop_swedish),
    ("sv_missing", "book_circle:893", drop_swedish),
    ("sv_missing", "nature_trails:440", drop_swedish),
    ("sv_missing", "youth_open:599", drop_swedish),
    ("sv_missing", "senior_lunch:946", drop_swedish),
    ("sv_copy", "digi_help:946", copy_finnish),
    ("sv_copy", "outdoor_gyms:475", copy_finnish),
    ("summary_missing", "gear_lending:440", lambda s: drop_type(s, "Summary")),
    ("summary_missing", "village_house", lambda s: drop_type(s, "Summary")),
    ("summary_too_long", "choir:598", lambda s: set_text(s, "Summary", LONG_SUMMARY)),
    ("summary_too_long", "youth_art", lambda s: set_text(s, "Summary", LONG_SUMMARY_ART)),
    ("summary_is_name", "senior_meeting:231", summary_is_name),
    ("summary_is_name", "swimming_hall:893", summary_is_name),
    ("description_short", "adult_courses:287",
     lambda s: set_text(s, "Description", {"fi": "Kursseja aikuisille.", "sv": "Kurser för vuxna."})),
    ("description_short", "culture_buddies",
     lambda s: set_text(s, "Description", {"fi": "Kysy lisää.", "sv": "Fråga mer."})),
    ("contact_in_text", "senior_meeting:545", append_contact),
    ("contact_in_text", "kids_sports", append_contact),
    ("contact_in_text", "summer_job:288", append_contact),
    ("no_service_class", "digi_help:475", lambda s: s.update(serviceClasses=[])),
    ("no_target_group", "outdoor_gyms:599", lambda s: s.update(targetGroups=[])),
    ("charge_null", "library:280", lambda s: s.update(serviceChargeType=None)),
    ("charge_null", "youth_open:946", lambda s: s.update(serviceChargeType=None)),
    ("charge_null", "nature_trails:287", lambda s: s.update(serviceChargeType=None)),
    ("charge_null", "senior_advice", lambda s: s.update(serviceChargeType=None)),
    ("municipal_nationwide", "summer_job:599", nationwide),
    ("uri_urn", "library:231", uri_style("urn")),
    ("uri_urn", "book_circle:905", uri_style("urn")),
    ("uri_ptvserclass", "senior_gym:905", uri_style("ptvserclass")),
    ("uri_ptvserclass", "nature_trails:598", uri_style("ptvserclass")),
    ("sami_name", "library:905", sami("Girjerádjobálvalusat")),
    ("sami_name", "sleep_school", sami("Oađđinskuvla neahtas")),
)

CHANNEL_PLAN: tuple[tuple[str, str, Fix], ...] = (
    ("sv_missing", "893:senior", drop_swedish),
    ("sv_copy", "946:outdoor", copy_finnish),
    ("sv_copy", "475:outgym", copy_finnish),
    ("coords_missing", "287:outdoor", missing_coordinates),
    ("coords_missing", "kiviniemi:office", missing_coordinates),
    ("no_hours", "231:senior", lambda c: c.update(serviceHours=[])),
    ("no_hours", "280:library", lambda c: c.update(serviceHours=[])),
    ("no_hours", "perhepesa:office", lambda c: c.update(serviceHours=[])),
    ("bad_url", "287:pool", bad_url("www.kristinestad.example/uimahalli")),
    ("bad_url", "rantakurvi:web", bad_url("htp://strandpipan.example/")),
    ("bad_phone", "kajuutta:phone", bad_phone),
    ("fax_null", "905:senior", add_fax),
    ("fax_null", "598:office", add_fax),
    ("area_null", "905:library_web", lambda c: c.update(areaType=None, areas=[])),
    ("area_null", "598:leisure_web", lambda c: c.update(areaType=None, areas=[])),
    ("area_null", "velkaluotsi:web", lambda c: c.update(areaType=None, areas=[])),
    ("area_null", "545:youth_phone", lambda c: c.update(areaType=None, areas=[])),
    ("area_null", "c:web:sleep", lambda c: c.update(areaType=None, areas=[])),
    ("area_null", "seniorit:phone", lambda c: c.update(areaType=None, areas=[])),
)


def _disconnect(service_key: str, services: dict[str, dict], channels: dict[str, dict],
                value: list | None) -> None:
    svc = services[service_key]
    for ch in channels.values():
        ch["services"] = [c for c in ch["services"] if c["service"]["id"] != svc["id"]]
    svc["serviceChannels"] = value


def apply(services: dict[str, dict], channels: dict[str, dict]) -> list[Problem]:
    """Applies every planned problem; returns what was done, for the README and the check."""
    done: list[Problem] = []
    for code, key, fix in SERVICE_PLAN:
        fix(services[key])
        done.append(Problem(code, "Service", key, _name(services[key])))
    for code, key, fix in CHANNEL_PLAN:
        fix(channels[key])
        done.append(Problem(code, "ServiceChannel", key, _name(channels[key])))
    for code, key, value in (("no_channels", "adapted_pe:545", []),
                             ("channels_null", "gear_lending:598", None)):
        _disconnect(key, services, channels, value)
        done.append(Problem(code, "Service", key, _name(services[key])))
    done.append(Problem("duplicate_location", "ServiceChannel", "mielenmaja:dup_library",
                        _name(channels["mielenmaja:dup_library"]), "same as 905:library"))
    done += [Problem("old_modified", "Service", k, _name(services[k]), services[k]["modified"])
             for k in sorted(OLD_SERVICES)]
    done += [Problem("old_modified", "ServiceChannel", k, _name(channels[k]),
                     channels[k]["modified"]) for k in sorted(OLD_CHANNELS)]
    return done
