"""Relevance of search on a judged set: R@5, MRR@10 and nDCG@10 overall, by category and language.

    python tools/bench_search.py [SET.json] [--semantic auto|on|off] [--synonyms FILE] [--verbose]
    python tools/bench_search.py --scale 100000      # latency of search, facets, spelling, type-ahead

The set's documents become services in a throwaway SQLite database (a temporary TARJOTIN_VAR_DIR),
indexed by the real analysis and index code, and the queries go through `search_query`, as the web
pages call it. Monolingual queries search their own language's services, cross-lingual ones all.
Each document also gets a locality (its own municipality, the county, nationwide or another
municipality, in turn), so the run also shows what ranking by the resident's municipality costs.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SET = REPO.parent / "shared" / "search" / "devset.json"
sys.path.insert(0, str(REPO))


def _django(var_dir: Path) -> None:
    os.environ["TARJOTIN_VAR_DIR"] = str(var_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tarjotin.settings")
    os.environ.pop("DATABASE_URL", None)  # never the real database
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("reference_load", verbosity=0, stdout=StringIO())


def _locality_plan() -> tuple[str, list[str], str]:
    """A county of several municipalities: (county, its municipality codes, the resident's one)."""
    from django.db.models import Count

    from tarjotin.geo.models import County

    county = (County.objects.annotate(n=Count("municipalities")).filter(n__gte=4).order_by("code").first())
    codes = sorted(county.municipalities.values_list("code", flat=True))
    return county.code, codes, codes[0]


def _catalogue(judged) -> tuple[dict[int, str], str]:
    """Services of the set's documents; returns pk → document id and the resident's municipality."""
    from django.utils import timezone

    from tarjotin.catalogue.models import AreaType, Service

    county, codes, near = _locality_plan()
    pks = {}
    for i, doc in enumerate(judged.docs):
        kind = i % 4  # own municipality, whole county, nationwide, another municipality
        service = Service.objects.create(
            source="bench", origin_id=doc.id, last_seen=timezone.now(), content_hash="x",
            name={doc.lang: doc.title}, summary={doc.lang: doc.text}, languages=[doc.lang],
            area_type=AreaType.NATIONWIDE if kind == 2 else AreaType.LIMITED,
            area_counties=[county] if kind == 1 else [])
        service.municipalities.set({0: [near], 1: codes, 2: [], 3: [codes[1]]}[kind])
        pks[service.pk] = doc.id
    return pks, near


def _semantic(mode: str) -> str | None:
    """None when semantic ranking answers for the set's services, else why not."""
    if mode == "off":
        return "switched off"
    if importlib.util.find_spec("tarjotin.search.semantic") is None:
        return "tarjotin.search.semantic is absent"
    module = importlib.import_module("tarjotin.search.semantic")
    compute = getattr(module, "embeddings_compute", None)
    try:
        if compute is not None:
            compute()
        found = module.semantic_rank("liikunta", 5)
    except Exception as error:  # any failure only means: report without it
        return f"{type(error).__name__}: {error}"
    return None if found else "semantic_rank returned None (no embeddings)"


def _configure(*, synonyms: bool, semantic: bool) -> None:
    from django.conf import settings

    from tarjotin.search.synonyms import synonyms_reset

    settings.TARJOTIN = {**settings.TARJOTIN, "SEARCH_SYNONYMS": synonyms, "SEARCH_SEMANTIC": semantic}
    synonyms_reset()


def _run(judged, pks: dict[int, str], near: str | None):
    from tarjotin.search.evaluation import evaluate
    from tarjotin.search.selectors import SearchFilters, search_query

    def search(query) -> list[str]:
        filters = SearchFilters(languages=() if query.cross else (query.lang,), near=(near,) if near else ())
        page = search_query(text=query.text, lang=query.lang, filters=filters, limit=10)
        return [pks[pk] for pk in page.ids if pk in pks]

    search(judged.queries[0])  # warm caches (analysers, synonyms, the opened index)
    return evaluate(judged, search, clock=time.perf_counter)


def _table(columns: dict[str, dict]) -> None:
    from tarjotin.search.evaluation import ROW_ORDER

    names = list(columns)
    print(f"{'':16}{'n':>4}  " + "  ".join(f"{n:^23}" for n in names))
    print(f"{'':22}" + "  ".join(f"{'R@5':>7}{'MRR@10':>8}{'nDCG@10':>8}" for _ in names))
    first = columns[names[0]]
    for row in [r for r in ROW_ORDER if r in first]:
        cells = []
        for name in names:
            s = columns[name][row].scores
            cells.append(f"{s.r5:7.3f}{s.mrr10:8.3f}{s.ndcg10:8.3f}")
        print(f"{row:16}{first[row].n:>4}  " + "  ".join(cells))
    for name in names:
        ms = columns[name]["all"].ms
        print(f"  {name}: query p50 {statistics.median(ms):.1f} ms, max {max(ms):.1f} ms")


def _misses(results) -> None:
    for result in results:
        if result.scores.r5 < 1.0 or result.scores.mrr10 < 1.0:
            q = result.query
            print(f"  {q.id} {q.category:10} {q.text!r}: R@5 {result.scores.r5:.2f} MRR {result.scores.mrr10:.2f}"
                  f"  top {result.ranked[:5]}  relevant {sorted(q.relevant)}")


def relevance(args: argparse.Namespace) -> int:
    from tarjotin.search.evaluation import judged_set_load, summarise
    from tarjotin.search.services import index_rebuild, synonyms_load

    judged = judged_set_load(args.set)
    pks, near = _catalogue(judged)
    if args.synonyms:
        synonyms_load(path=args.synonyms, replace=True)
    stats = index_rebuild()
    why_not = _semantic(args.semantic)
    if args.semantic == "on" and why_not:
        print(f"semantic ranking unavailable: {why_not}", file=sys.stderr)
        return 2
    print(f"{args.set}: {len(judged.docs)} documents, {len(judged.queries)} queries; analyser {stats.analyser}; "
          f"synonyms {args.synonyms or 'shipped'}; semantic: {'on' if not why_not else why_not}")
    configs = {"lexical": (False, False, None), "+synonyms": (True, False, None),
               "+synonyms, near": (True, False, near)}
    if not why_not:
        configs["+synonyms+semantic"] = (True, True, None)
    columns, details = {}, {}
    for name, (synonyms, semantic, near_code) in configs.items():
        _configure(synonyms=synonyms, semantic=semantic)
        details[name] = _run(judged, pks, near_code)
        columns[name] = summarise(details[name])
    _table(columns)
    if args.verbose:
        for name, results in details.items():
            print(f"\nmisses, {name}:")
            _misses(results)
    return 0


# --- latency at scale ------------------------------------------------------------------------------------

SCALE_QUERIES = ["liikunta", "vesiliikunta", "omaishoitajien tuki", "kuntosali", "mielenterveys", "vanhukset",
                 "ikääntyneiden liikunta", "velat", "kriisiapu", "lasten uinti", "uimahali", "liikuta",
                 "mielenterveyspalvlut", "kuntosaali", "närståendevårdare", "mental health", "65-vuotiaat"]
TEMPLATED = 0.25
SCALE_PREFIXES = ["li", "uim", "kunto", "vert", "mielen", "omaish", "vesi liik", "ystävä"]


def _words(judged) -> list[str]:
    """Real words (the set, the synonyms) and made-up ones: a long tail like a national catalogue's."""
    import random

    from tarjotin.search.synonyms import SEED_FILE

    text = " ".join(f"{d.title} {d.text}" for d in judged.docs) + " " + SEED_FILE.read_text(encoding="utf-8")
    real = sorted({w for w in text.lower().split() if w.isalpha() and len(w) > 2})
    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ne", "pu", "ta", "vi", "sä", "ri", "ho", "jä", "ku", "le", "tu", "ma", "si"]
    made = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 5))) for _ in range(30_000)}
    return real + sorted(made)


def _synthetic(n: int, judged, words: list[str]):
    """Index documents built by the real analysis: set titles and texts plus random words and filters."""
    import random

    from tarjotin.geo.models import Municipality
    from tarjotin.search import schema
    from tarjotin.search.analysis import text_tokens
    from tarjotin.search.documents import IndexDocument, completion_tokens
    from tarjotin.search.tokens import exact_key, sort_key

    rng = random.Random(1)
    places = list(Municipality.objects.values_list("code", "county_id"))
    themes = ["yhteisollisyys", "luonto", "liikunta", "kulttuuri", "mieli", "arki", "terveys", "talous"]
    for pk in range(1, n + 1):
        # A quarter are the set's services (with a random word), the rest about anything else: a query
        # then matches 1-15 % of the index, as in a national catalogue, not a quarter of it.
        doc = rng.choice(judged.docs) if rng.random() < TEMPLATED else None
        name = f"{doc.title} {rng.choice(words)}" if doc else " ".join(rng.sample(words, rng.randint(1, 4)))
        summary = doc.text if doc else " ".join(rng.sample(words, 12))
        body = " ".join([rng.choice(judged.docs).text if doc else "", *rng.sample(words, 20)])
        item = IndexDocument(pk=pk, sort=f"{sort_key(name)} {pk:012d}")
        for field, value in (("name", name), ("summary", summary), ("description", body)):
            found = text_tokens(value, "fi")
            item.texts[schema.text_field(field, "fi")] = " ".join(found.bases)
            item.texts[schema.text_field(field, "fi", parts=True)] = " ".join(found.parts)
        every, heads = completion_tokens([name], "fi")
        item.texts[schema.complete_field("fi")] = " ".join(every)
        item.texts[schema.complete_field("fi", head=True)] = " ".join(heads)
        code, county = rng.choice(places)
        nationwide = rng.random() < 0.15
        item.values = {
            schema.exact_field("fi"): [exact_key(name)], schema.title_field("fi"): [name],
            schema.THEME: rng.sample(themes, rng.randint(0, 2)),
            schema.MUNICIPALITY: [schema.NATIONWIDE] if nationwide else [code],
            schema.SCOPE: [] if nationwide else [f"{rng.choice('mc')}:{code}"],
            schema.TARGET_GROUP: rng.sample(["KR1", "KR1.1", "KR1.2", "KR2", "KR2.3"], rng.randint(0, 2)),
            schema.LANGUAGE: ["fi"], schema.CHARGE: [rng.choice(["free", "chargeable", "unknown"])],
            schema.CHANNEL: rng.sample(["location", "phone", "webpage", "echannel"], rng.randint(1, 3)),
            schema.ACCESSIBILITY: [rng.choice(["yes", "no"])],
        }
        yield item


def _timed(label: str, calls: list, *, cold: bool = True) -> None:
    """Each call three times; cold: the built-query cache emptied before every call."""
    from tarjotin.search.ranking import query_cache_clear

    times = []
    for call in calls * 3:
        if cold:
            query_cache_clear()
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print(f"  {label:44} p50 {statistics.median(times):6.2f}  p95 {times[int(len(times) * 0.95)]:6.2f}"
          f"  max {times[-1]:6.2f} ms")


def scale(n: int, path: Path) -> int:
    """Latency of search_query (plain, near, filters, facets), spelling and type-ahead at n services."""
    from tarjotin.geo.selectors import municipalities_of_county
    from tarjotin.search.analysis import finnish_analyser
    from tarjotin.search.evaluation import judged_set_load
    from tarjotin.search.index import index_write
    from tarjotin.search.selectors import SearchFilters, search_complete, search_query, search_suggest_spelling

    judged = judged_set_load(path)
    started = time.perf_counter()
    meta = index_write(_synthetic(n, judged, _words(judged)), analyser=finnish_analyser().name)
    print(f"{n} synthetic services indexed in {time.perf_counter() - started:.1f} s, "
          f"{meta.size_bytes / 1e6:.1f} MB, analyser {meta.analyser}")
    area = tuple(m.code for m in municipalities_of_county("06"))
    cases = {
        "search_query": SearchFilters(),
        "search_query, near": SearchFilters(near=area[:1]),
        "search_query, county filter + theme": SearchFilters(municipalities=area, themes=("liikunta",)),
    }
    _timed("search_query, repeated (built query cached)",
           [lambda q=q: search_query(text=q, lang="fi") for q in SCALE_QUERIES], cold=False)
    for label, filters in cases.items():
        _timed(label, [lambda q=q, f=filters: search_query(text=q, lang="fi", filters=f) for q in SCALE_QUERIES])
        _timed(label + ", facets", [lambda q=q, f=filters: search_query(text=q, lang="fi", filters=f, facets=True)
                                    for q in SCALE_QUERIES])
    _timed("listing (no words), county filter, facets", [
        lambda: search_query(text="", lang="fi", filters=SearchFilters(municipalities=area), facets=True)])
    _timed("listing (no words), whole index, facets", [
        lambda: search_query(text="", lang="fi", filters=SearchFilters(), facets=True)])
    _timed("search_suggest_spelling", [lambda q=q: search_suggest_spelling(q, "fi") for q in SCALE_QUERIES])
    _timed("search_complete", [lambda p=p: search_complete(p, "fi") for p in SCALE_PREFIXES])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET, help="a relevance set (JSON)")
    parser.add_argument("--semantic", choices=("auto", "on", "off"), default="auto",
                        help="also fuse semantic ranks (auto: when tarjotin.search.semantic works here)")
    parser.add_argument("--synonyms", type=Path, default=None, help="a synonyms JSON instead of the shipped one")
    parser.add_argument("--verbose", action="store_true", help="list the queries that miss")
    parser.add_argument("--scale", type=int, default=0, help="instead: latency at this many synthetic services")
    args = parser.parse_args(argv)
    if not args.scale and not args.set.is_file():
        parser.error(f"no relevance set at {args.set}")
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        _django(Path(tmp))
        return scale(args.scale, args.set) if args.scale else relevance(args)


if __name__ == "__main__":
    sys.exit(main())
