"""Maintainer script: derive data/types.json from LIPAS's type list and its own PTV mapping.

Run when LIPAS adds or changes types:
    python -m tarjotin.sources.lipas.derive_types ../shared/data/lipas/lipas_types_with_ptv_mapping.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "types.json"
_CODE_IN_URI = re.compile(r"/code/([A-Z]+[0-9.]+)$")
# LIPAS writes Swedish as "se"; the catalogue uses ISO 639-1 "sv".
_LANGS = {"fi": "fi", "se": "sv", "en": "en"}
SOURCE_NOTE = (
    "Derived by tarjotin/sources/lipas/derive_types.py from lipas-liikuntapaikat/lipas "
    "webapp/src/cljc/lipas/data/types_new.cljc (code MIT; LIPAS data CC BY 4.0, "
    "Liikuntapaikat: Lipas.fi, Jyväskylän yliopisto). Service classes come from LIPAS's own PTV mapping "
    "of the main category, ontology terms from that of the main and the sub-category."
)


def _texts(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {ours: value[theirs].strip() for theirs, ours in _LANGS.items()
            if isinstance(value.get(theirs), str) and value[theirs].strip()}


def _words(value: object) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    found = {ours: [w.strip() for w in value.get(theirs) or [] if isinstance(w, str) and w.strip()]
             for theirs, ours in _LANGS.items()}
    return {lang: words for lang, words in found.items() if words}


def _ptv(category: dict | None) -> tuple[list[str], list[str]]:
    """(service class codes, ontology URIs) of a category's `ptv` block."""
    ptv = (category or {}).get("ptv") or {}
    classes = [m.group(1) for m in (_CODE_IN_URI.search(u) for u in ptv.get("service-classes") or []) if m]
    return classes, [u for u in ptv.get("ontology-urls") or [] if isinstance(u, str)]


def derive(source: dict) -> dict:
    mains, subs = source["main_categories"], source["sub_categories"]
    types = {}
    for code, item in sorted(source["types"].items(), key=lambda kv: int(kv[0])):
        main, sub = str(item["main-category"]), str(item["sub-category"])
        classes, main_terms = _ptv(mains.get(main))
        sub_classes, sub_terms = _ptv(subs.get(sub))
        types[code] = {
            "name": _texts(item.get("name")),
            "main_category": int(main),
            "sub_category": int(sub),
            "status": item.get("status", ""),
            "service_classes": list(dict.fromkeys(classes + sub_classes)),
            "ontology_terms": list(dict.fromkeys(main_terms + sub_terms)),
            "keywords": _words(item.get("tags")) or _words(item.get("keywords")),
        }
    categories = {code: _texts(item.get("name")) for code, item in {**mains, **subs}.items()}
    return {"_source": SOURCE_NOTE, "categories": dict(sorted(categories.items(), key=lambda kv: int(kv[0]))),
            "types": types}


def dumps(derived: dict) -> str:
    """One category or type a line: compact, and a LIPAS change shows as a one-line diff."""
    def block(name: str, items: dict) -> str:
        rows = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in items.items())
        return f" {json.dumps(name)}: {{\n{rows}\n }}"
    head = f" \"_source\": {json.dumps(derived['_source'], ensure_ascii=False)}"
    return "{\n" + ",\n".join([head, block("categories", derived["categories"]),
                                 block("types", derived["types"])]) + "\n}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="lipas_types_with_ptv_mapping.json")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    derived = derive(json.loads(args.source.read_text(encoding="utf-8")))
    args.out.write_text(dumps(derived), encoding="utf-8")
    print(f"{len(derived['types'])} types written to {args.out}")


if __name__ == "__main__":
    main()
