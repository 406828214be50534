"""Re-extracts codelists.json (labels of the classifications used) from the shared reference data."""
# Usage (from tools/): python3 -m demo_region.refresh_codelists /path/to/shared/data
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from .catalog import used_codes

OUT = Path(__file__).with_name("codelists.json")


def _finto(path: Path) -> dict[str, dict]:
    rows = json.loads(path.read_text(encoding="utf-8-sig"))
    return {r["Notation"]: r for r in rows if r.get("Notation")}


def service_classes(data: Path, wanted: set[str]) -> dict[str, dict]:
    """Names from the 2023 ptvserclass2 list; sv/en descriptions and old URNs from PTV 3.4."""
    old = _finto(data / "ptv-releases/codelists/finto/ServiceClasses.json")
    with open(data / "derived/ptv_service_classes_ptvserclass2.csv", encoding="utf-8") as f:
        rows = {r["code"]: r for r in csv.DictReader(f)}
    codes = set(wanted) | {rows[c]["parent_code"] for c in wanted if rows[c]["parent_code"]}
    out = {}
    for code in sorted(codes, key=lambda c: [int(x) for x in c[1:].split(".")]):
        r, notes = rows[code], (old.get(code) or {}).get("Notes") or {}
        out[code] = {"fi": r["name_fi"], "sv": r["name_sv"], "en": r["name_en"], "uri": r["uri"],
                     "parent": r["parent_code"] or None, "parent_uri": r["parent_uri"] or None,
                     "desc_fi": r["description_fi"], "desc_sv": notes.get("Sv"),
                     "desc_en": notes.get("En"), "old_uri": (old.get(code) or {}).get("OldUri")}
    return out


def simple_list(data: Path, csv_name: str, finto_name: str) -> dict[str, dict]:
    old = _finto(data / f"ptv-releases/codelists/finto/{finto_name}")
    with open(data / f"derived/{csv_name}", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {r["code"]: {"fi": r["name_fi"], "sv": r["name_sv"], "en": r["name_en"], "uri": r["uri"],
                        "parent": r.get("parent_code") or None,
                        "old_uri": r.get("old_uri") or (old.get(r["code"]) or {}).get("OldUri")}
            for r in rows}


def ontology_terms(data: Path, wanted: set[str]) -> dict[str, dict]:
    """KOKO terms exactly as they appear in the stored real PTV records."""
    found: dict[str, dict] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            uri = node.get("uri")
            if isinstance(uri, str) and "/onto/koko/" in uri and node.get("name"):
                key = "koko:" + uri.rsplit("/", 1)[1]
                if key in wanted:
                    found[key] = {"uri": uri, "ontologyType": node.get("ontologyType"),
                                  "parentUri": node.get("parentUri"), "name": node["name"]}
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for path in sorted(data.glob("**/*.json")):
        try:
            walk(json.loads(path.read_text(encoding="utf-8-sig")))
        except (ValueError, UnicodeDecodeError):
            continue
    missing = wanted - set(found)
    if missing:
        raise SystemExit(f"ontology terms not found in real records: {sorted(missing)}")
    return dict(sorted(found.items()))


def main(argv: list[str]) -> None:
    data = Path(argv[1] if len(argv) > 1 else "../../shared/data")
    classes, terms = used_codes()
    doc = {"_source": "ptvserclass2/ptvkohderyhmat/ptvelti code lists (koodistot.suomi.fi via "
                      "shared/data/derived), PTV 3.4 Finto files (vrk-kpa/ptv-releases, MIT) and "
                      "KOKO terms seen in real PTV records",
           "serviceClasses": service_classes(data, classes),
           "targetGroups": simple_list(data, "ptv_target_groups_ptvkohderyhmat.csv",
                                       "TargetGroups.json"),
           "lifeEvents": simple_list(data, "ptv_life_events_ptvelti.csv", "LifeEvents.json"),
           "ontologyTerms": ontology_terms(data, terms)}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(doc['serviceClasses'])} service classes, {len(terms)} terms)")


if __name__ == "__main__":
    main(sys.argv)
