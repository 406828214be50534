"""The README of the demo region, written from the generated data so the numbers always match."""
from __future__ import annotations

from collections import Counter, defaultdict

from .build import Region
from .geo import COUNTY, MUNICIPALITIES
from .model import THEMES
from .quirks import DESCRIPTIONS

INTRO = """# Demo region: Ostrobothnia (wellbeing services county 17)

This directory holds the demo data that `make run` imports through the real PTV importer. It is
a whole service tray region written as **PTV v11 JSON, exactly in the shape the PTV Open API v11
returns it**, so the import path, search, areas, the quality reports and the resident pages can
all be tried without network access.

**Everything in it is fictional** – the organisations' services, the NGOs, every person, street
address, phone number, e-mail and web address. Only the geography is real: the 14 municipality
codes and names, the wellbeing services county code 17, postal codes and post offices, and
coordinates near the real town centres (EPSG:3067), so that area filters, maps and the
municipality → county mapping work. The municipalities and the county keep their real names
because a tray is configured by them; what they are said to offer here is invented. Any
resemblance of an NGO name to a real association is accidental. Phone numbers follow the
`06 3xx 0xxx` / `040 …` / `050 …` pattern and are made up – do not call them. Web and e-mail
addresses use the reserved `.example` top-level domain.

## Files

| file | as returned by |
|---|---|
{files}

Each file is one page of the PTV paging wrapper `{{"pageNumber", "pageSize": 100, "pageCount",
"itemList"}}` with full entities (`V10VmOpenApiOrganization`, `V11VmOpenApiService` and the five
polymorphic channel types told apart by `serviceChannelType`), items sorted by `id`, pretty-printed
with `indent=1` and UTF-8 (`ensure_ascii=False`). Nationwide services and channels are included as
if the area endpoints had been called with `includeWholeCountry=true`.

## Regenerate

```sh
python3 tools/make_demo_region.py          # writes tarjotin/demo/ptv/*.json and this README
python3 tools/make_demo_region.py --check  # validates and fails if the files are out of date
```

The generator needs only the Python 3.11 standard library and is deterministic: ids are UUIDv5
from fixed keys, timestamps are computed from the fixed reference date **2026-11-20**, and the same
code always writes byte-identical files. The content (service archetypes, venues, organisations,
channel texts) lives in `tools/demo_region/`; the classification labels used are in
`tools/demo_region/codelists.json`, extracted by `tools/demo_region/refresh_codelists.py` from the
official code lists (ptvserclass2, ptvkohderyhmat, ptvelti) and from real PTV records (KOKO ontology
terms, only those whose labels and URIs appear in real records). Every run validates the data: unique
ids, connections present on both sides, one responsible organisation per service, summaries of at
most 150 characters (except where too long on purpose), coverage of all themes, target groups and
the required life events.
"""


def _table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def files_table(files: list[str]) -> str:
    endpoint = {"Organization": "Organization", "Service": "Service",
                "ServiceChannel": "ServiceChannel"}
    rows = []
    for name in files:
        entity, page = name.removesuffix(".json").rsplit("-", 1)
        rows.append((f"`ptv/{name}`", f"`GET {endpoint[entity]}/list/area/WellbeingServiceCounties/"
                                       f"code/17?page={page}`"))
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def counts_section(region: Region, c: dict[str, Counter]) -> str:
    muni_rows = [(m.code, m.fi, m.sv, {"fi": "bilingual, Finnish majority", "sv": "bilingual, "
                  "Swedish majority", "fi-only": "Finnish only"}[m.lang]) for m in MUNICIPALITIES]
    channel_rows = [(k, str(v)) for k, v in sorted(c["channel_types"].items())]
    org_rows = [(k, str(v)) for k, v in sorted(c["org_types"].items())]
    theme_rows = [(k, THEMES[k], str(c["themes"][k])) for k in THEMES]
    en = c["text_langs"]["en"]
    return "\n\n".join([
        "## The area\n\n" + f"{COUNTY['fi']} / {COUNTY['sv']} (PTV area type "
        "`WellbeingServiceCounties`, code `17`) and its municipalities:\n\n"
        + _table(muni_rows, ("code", "Finnish", "Swedish", "language")),
        "## Counts\n\n" + f"* organisations: **{len(region.organizations)}**\n"
        f"* services: **{len(region.services)}** from "
        f"{len({i.arch.key for i in region.instances.values()})} distinct service archetypes\n"
        f"* channels: **{len(region.channels)}**\n"
        f"* services with English texts: {en} ({100 * en // len(region.services)} %); "
        f"with Swedish names: {c['text_langs']['sv']}\n"
        f"* languages services are provided in: "
        + ", ".join(f"`{k}` {v}" for k, v in c["service_langs"].most_common()),
        _table(org_rows, ("organizationType", "count")),
        _table(channel_rows, ("serviceChannelType", "count")),
        "Services by wellbeing theme (each archetype belongs to one theme):\n\n"
        + _table(theme_rows, ("theme", "name", "services")),
        "Services per main service class (a service counts once under each main class it uses): "
        + ", ".join(f"{k} {v}" for k, v in sorted(c["main_classes"].items(), key=lambda x: int(x[0][1:])))
        + ".",
        "Target groups used: " + ", ".join(f"{k} ({v})" for k, v in sorted(c["targets"].items()))
        + ".\n\nLife events used: " + ", ".join(f"{k} ({v})" for k, v in
                                                 sorted(c["events"].items())) + ".",
    ])


def problems_section(region: Region) -> str:
    by_code: dict[str, list[str]] = defaultdict(list)
    for p in region.problems:
        by_code[p.code].append(f"{p.name} (`{p.entity}` `{p.key}`)")
    affected = len({(p.entity, p.key) for p in region.problems})
    total = len(region.services) + len(region.channels)
    lines = ["## Deliberate data-quality problems",
             "",
             f"Real PTV data is uneven, so the demo is too: {affected} of {total} services and "
             f"channels ({100 * affected / total:.0f} %) carry one of the problems below on "
             "purpose, so that the importer's leniency and the quality reports have something to "
             "find. Keys are the generator's internal keys (`archetype:municipality` for "
             "municipal services).", ""]
    for code, text in DESCRIPTIONS.items():
        items = by_code.get(code)
        if items:
            lines.append(f"* **{text}** – " + "; ".join(items))
    lines += ["", "Shapes that are not errors but vary as in real responses: ServiceLocation "
              "e-mails come under the real-data key `emails` on most channels and under the "
              "swagger key `supportEmails` on some; unused description types appear with "
              "`value: null` on about a third of the services; street names are repeated "
              "untranslated in Swedish where no Swedish name exists; post offices are upper case; "
              "service class labels keep the trailing spaces of the code list (e.g. P28.3)."]
    return "\n".join(lines)


EVENTS = """## Events

`linkedevents/events.json` holds 14 invented Linked Events events in this region's municipalities;
`manage.py demo_events` moves them to the coming weeks and imports them. Open the default tray
(Pohjanmaa, `/fi/tapahtumat/` and `/fi/kartta/`) or the national one (`/t/suomi/fi/tapahtumat/`) to see
them; Helsinki's tray shows none. See `linkedevents/README.md`.
"""


def render(region: Region, c: dict[str, Counter], files: list[str]) -> str:
    return (INTRO.format(files=files_table(files)) + "\n" + counts_section(region, c) + "\n\n"
            + problems_section(region) + "\n\n" + EVENTS)
