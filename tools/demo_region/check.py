"""Validation of the generated region and the summary the generator prints."""
from __future__ import annotations

from collections import Counter

from .build import Region
from .model import THEMES

MIN_SERVICES, MIN_CHANNELS = 150, 250
REQUIRED_TARGETS = ("KR1", "KR1.1", "KR1.2", "KR1.3", "KR1.4", "KR1.5", "KR1.6", "KR2.7")
REQUIRED_EVENTS = ("KE1", "KE8", "KE10", "KE11", "KE13")
REQUIRED_WORDS = ("vesiliikuntaa", "liikuntaryhmille")


class CheckError(AssertionError):
    """The generated data breaks an invariant."""


def _require(cond: bool, message: str) -> None:
    if not cond:
        raise CheckError(message)


def check_ids(region: Region) -> None:
    for label, items in (("organisation", region.organizations), ("service", region.services),
                         ("channel", region.channels)):
        ids = [x["id"] for x in items.values()]
        _require(len(ids) == len(set(ids)), f"duplicate {label} ids")
    all_ids = [x["id"] for d in (region.organizations, region.services, region.channels)
               for x in d.values()]
    _require(len(all_ids) == len(set(all_ids)), "an id is reused across entity types")


def _pairs_from_services(region: Region) -> set[tuple[str, str, str]]:
    return {(s["id"], c["serviceChannel"]["id"], c["modified"])
            for s in region.services.values() for c in (s["serviceChannels"] or [])}


def _pairs_from_channels(region: Region) -> set[tuple[str, str, str]]:
    return {(c["service"]["id"], ch["id"], c["modified"])
            for ch in region.channels.values() for c in ch["services"]}


def check_connections(region: Region) -> None:
    """Every connection appears on both sides, pointing at existing items."""
    a, b = _pairs_from_services(region), _pairs_from_channels(region)
    _require(a == b, f"connections differ: {len(a - b)} only on services, {len(b - a)} only on "
                     f"channels")
    service_ids = {s["id"] for s in region.services.values()}
    channel_ids = {c["id"] for c in region.channels.values()}
    _require(all(s in service_ids and c in channel_ids for s, c, _ in a), "dangling connection")
    orphans = [k for k, ch in region.channels.items() if not ch["services"]]
    _require(not orphans, f"channels without services: {orphans}")
    org_ids = {o["id"] for o in region.organizations.values()}
    _require(all(c["organizationId"] in org_ids for c in region.channels.values()),
             "channel of an unknown organisation")
    for s in region.services.values():
        roles = [r for r in s["organizations"] if r["roleType"] == "Responsible"]
        _require(len(roles) == 1, f"{s['id']}: not exactly one responsible organisation")
        _require(all(r["organization"]["id"] in org_ids for r in s["organizations"]),
                 f"{s['id']}: unknown organisation")


def check_numbers(region: Region) -> None:
    """Invented phone numbers do not repeat between channels or between organisations."""
    for label, items in (("channel", region.channels), ("organisation", region.organizations)):
        owners: dict[str, set[str]] = {}
        for key, item in items.items():
            for row in item.get("phoneNumbers", []) + item.get("supportPhones", []):
                if row["number"]:
                    owners.setdefault(row["number"], set()).add(key)
        shared = {n: sorted(k) for n, k in owners.items() if len(k) > 1}
        _require(not shared, f"{label} phone numbers repeat: {shared}")


def check_texts(region: Region) -> None:
    planned = {p.key for p in region.problems if p.code == "summary_too_long"}
    for key, s in region.services.items():
        _require(any(n["language"] == "fi" and n["type"] == "Name" for n in s["serviceNames"]),
                 f"{key}: no Finnish name")
        for d in s["serviceDescriptions"]:
            if d["type"] == "Summary" and d["value"] and key not in planned:
                _require(len(d["value"]) <= 150, f"{key}: summary over 150 chars "
                                                 f"({len(d['value'])}, {d['language']})")
        values = " ".join(d["value"] or "" for d in s["serviceDescriptions"])
        _require("{" not in values and "}" not in values, f"{key}: unfilled placeholder")
    text = " ".join(d["value"] or "" for s in region.services.values()
                    for d in s["serviceDescriptions"]).lower()
    for word in REQUIRED_WORDS:
        _require(word in text, f"word form {word!r} missing")


def coverage(region: Region) -> dict[str, Counter]:
    """Counters the summary prints and the coverage checks use."""
    c: dict[str, Counter] = {k: Counter() for k in (
        "themes", "targets", "events", "classes", "main_classes", "text_langs", "service_langs",
        "channel_types", "org_types", "areas", "problems")}
    for key, inst in region.instances.items():
        svc = region.services[key]
        c["themes"][inst.arch.theme] += 1
        c["targets"].update(t["code"] for t in svc["targetGroups"])
        c["events"].update(e["code"] for e in svc["lifeEvents"])
        c["classes"].update(x["code"] for x in svc["serviceClasses"])
        c["main_classes"].update({x["code"].split(".")[0] for x in svc["serviceClasses"]})
        c["text_langs"].update({n["language"] for n in svc["serviceNames"]})
        c["service_langs"].update(svc["languages"])
        c["areas"][svc["areaType"] if not svc["areas"] else svc["areas"][0]["type"]] += 1
    c["channel_types"].update(ch["serviceChannelType"] for ch in region.channels.values())
    c["org_types"].update(o["organizationType"] for o in region.organizations.values())
    c["problems"].update(p.code for p in region.problems)
    return c


def check_coverage(region: Region) -> None:
    c = coverage(region)
    _require(len(region.services) >= MIN_SERVICES, f"only {len(region.services)} services")
    _require(len(region.channels) >= MIN_CHANNELS, f"only {len(region.channels)} channels")
    for theme in THEMES:
        _require(c["themes"][theme] >= 5, f"theme {theme} has {c['themes'][theme]} services")
    for code in REQUIRED_TARGETS:
        _require(c["targets"][code] > 0, f"target group {code} unused")
    for code in REQUIRED_EVENTS:
        _require(c["events"][code] > 0, f"life event {code} unused")
    _require(len(c["channel_types"]) == 5, "not all channel types present")


def run(region: Region) -> dict[str, Counter]:
    """Runs every check (raises CheckError) and returns the coverage counters."""
    check_ids(region)
    check_connections(region)
    check_numbers(region)
    check_texts(region)
    check_coverage(region)
    return coverage(region)


def summary(region: Region, c: dict[str, Counter]) -> str:
    """Human-readable summary of counts and coverage."""
    n_items = len(region.services) + len(region.channels)
    affected = len({(p.entity, p.key) for p in region.problems})
    en = c["text_langs"]["en"]
    lines = [
        f"organisations: {len(region.organizations)} {dict(sorted(c['org_types'].items()))}",
        f"services: {len(region.services)}  (archetypes: "
        f"{len({i.arch.key for i in region.instances.values()})})",
        f"channels: {len(region.channels)} {dict(sorted(c['channel_types'].items()))}",
        "services per theme: " + ", ".join(f"{k} {c['themes'][k]}" for k in THEMES),
        "target groups: " + ", ".join(f"{k} {v}" for k, v in sorted(c["targets"].items())),
        "life events: " + ", ".join(f"{k} {v}" for k, v in sorted(c["events"].items())),
        "service areas: " + ", ".join(f"{k} {v}" for k, v in sorted(c["areas"].items())),
        "service name languages: " + ", ".join(f"{k} {v}" for k, v in c["text_langs"].most_common())
        + f"  (English {100 * en // len(region.services)} %)",
        "service languages: " + ", ".join(f"{k} {v}" for k, v in c["service_langs"].most_common()),
        f"service classes used: {len(c['classes'])} distinct; services per main class: "
        + ", ".join(f"{k} {v}" for k, v in sorted(c["main_classes"].items(),
                                                  key=lambda x: int(x[0][1:]))),
        f"deliberate problems: {len(region.problems)} on {affected} items "
        f"({100 * affected / n_items:.1f} % of services+channels), "
        f"{len(c['problems'])} kinds",
        "connections: consistent both ways; ids unique",
    ]
    return "\n".join(lines)
