#!/usr/bin/env python
"""Scale benchmark of the legal-document library: generation, import, and page/API latency.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python bench/bench_documents.py --documents 100000

Steps (see bench/README.md):

1. its own PostgreSQL database (created when missing; the name must contain "bench", so the
   test and development databases are never touched), migrated, ``setup_portal`` without demo;
2. ``generate_documents`` up to ``--documents`` published documents (rate reported; documents
   already there are kept, so a second run goes straight to the measurements);
3. import: a CSV register of ``--import-rows`` new rows through
   ``call_command("import_documents", path, "--publish")`` (rate reported), if that command exists;
4. latency, with Django's test Client against the live database (``portal.settings.dev`` with
   DEBUG off): median and 95th percentile over ``--requests`` requests per scenario, after a
   warm-up: the library with a folded text query, with two filters, document pages, the API search.

``--profile`` adds, per scenario, the queries of one request, the slowest of them with
EXPLAIN ANALYZE. Goals: p95 under 200 ms, import above 500 documents a second.
"""

import argparse
import csv
import math
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/portal_bench"
GOAL_P95_MS = 200
GOAL_IMPORT_RATE = 500

TEXT_QUERIES = [
    "quy che quan ly", "ke hoach chuyen doi so", "thu tuc hanh chinh", "an toan thong tin mang",
    "do luong chat luong", "so huu tri tue", "dich vu cong truc tuyen", "nhiem vu khoa hoc va cong nghe",
    "van thu luu tru", "thi dua khen thuong", "cai cach hanh chinh", "ngan sach nha nuoc",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000, help="documents the library should hold")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=50, help="measured requests per scenario")
    parser.add_argument("--warmup", type=int, default=5, help="unmeasured requests per scenario first")
    parser.add_argument("--import-rows", type=int, default=5000)
    parser.add_argument("--import-wait", type=int, default=300,
                        help="seconds to wait for the import_documents command to appear (0: do not wait)")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the benchmark database first")
    parser.add_argument("--conn-max-age", type=int, default=60,
                        help="DB_CONN_MAX_AGE for the measured requests (0: a new connection per request)")
    parser.add_argument("--profile", action="store_true", help="show each scenario's queries and EXPLAIN ANALYZE")
    parser.add_argument("--cold-cache", action="store_true",
                        help="empty Django's cache before every measured request (nothing served from cache)")
    return parser.parse_args()


# --- the database --------------------------------------------------------------------------

def bench_database(args):
    """Check DATABASE_URL names a benchmark database on PostgreSQL; create (or recreate) it."""
    url = os.environ.setdefault("DATABASE_URL", DEFAULT_URL)
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if parts.scheme not in ("postgres", "postgresql", "pgsql"):
        sys.exit(f"DATABASE_URL must point to PostgreSQL, not {parts.scheme}.")
    if "bench" not in name or name.startswith("test"):
        sys.exit(f"Refusing database {name!r}: the benchmark only runs on a database whose name contains "
                 "'bench' (it writes hundreds of thousands of rows).")
    import psycopg2

    admin = psycopg2.connect(host=parts.hostname or "localhost", port=parts.port or 5432, user=parts.username,
                             password=parts.password, dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        if args.fresh:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
            print(f"Created database {name}.")
    admin.close()
    return name


def setup_django(args):
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    os.environ["ALLOWED_HOSTS"] = "testserver,localhost,127.0.0.1"
    os.environ["DB_CONN_MAX_AGE"] = str(args.conn_max_age)
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # no query log, no debug pages: as in production


# --- steps ---------------------------------------------------------------------------------

def prepare(args):
    from django.core.management import call_command

    from home.setup import setup_portal

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    setup_portal()
    print(f"Migrated and set up in {time.monotonic() - started:.1f} s.")


def generate(args):
    from documents.generate import generate_documents
    from documents.models import LegalDocument

    have = LegalDocument.objects.count()
    missing = args.documents - have
    if missing <= 0:
        print(f"Library already holds {have:,} documents: no generation.")
        return None

    def progress(done, total):
        if done % 10_000 == 0 or done == total:
            print(f"  generated {done:,}/{total:,}", flush=True)

    result = generate_documents(missing, seed=args.seed + have, progress=progress)
    print(f"Generated {result.created:,} documents ({result.relations:,} relations) in {result.seconds:.1f} s: "
          f"{result.rate:,.0f} documents/s.")
    return result


def import_command_available(wait):
    from django.core.management import get_commands

    deadline = time.monotonic() + wait
    while True:
        get_commands.cache_clear()
        if "import_documents" in get_commands():
            return True
        if time.monotonic() >= deadline:
            return False
        print("import_documents is not there yet: waiting 30 s...", flush=True)
        time.sleep(30)


def measure_import(args):
    from django.core.management import call_command

    from documents.generate import REGISTER_COLUMNS, register_rows
    from documents.models import LegalDocument

    if args.skip_import or not args.import_rows:
        return None
    if not import_command_available(args.import_wait):
        print("import_documents command not found: import rate not measured.")
        return None
    rows = register_rows(args.import_rows, seed=args.seed * 7919 + LegalDocument.objects.count())
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        path = os.path.join(folder, "so-dang-ky-van-ban.csv")
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, REGISTER_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        before = LegalDocument.objects.count()
        started = time.monotonic()
        call_command("import_documents", path, "--publish", verbosity=0)
        seconds = time.monotonic() - started
    imported = LegalDocument.objects.count() - before
    rate = imported / seconds if seconds else 0
    print(f"Imported {imported:,} of {len(rows):,} rows in {seconds:.1f} s: {rate:,.0f} documents/s.")
    return {"rows": len(rows), "imported": imported, "seconds": seconds, "rate": rate}


# --- latency -------------------------------------------------------------------------------

def scenarios(rng, count):
    """name -> list of ``count`` URLs, varied."""
    from documents.library import library_url
    from documents.models import DocumentType, Issuer, LegalDocument, LegalField
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code="vi")
    library = library_url(locale.pk)
    if not library:
        sys.exit("No library page: did setup_portal run?")
    path = urlsplit(library).path
    types = list(DocumentType.objects.filter(documents__isnull=False).distinct().values_list("slug", flat=True))
    issuers = list(Issuer.objects.filter(documents__isnull=False).distinct().values_list("slug", flat=True))
    fields = list(LegalField.objects.values_list("slug", flat=True))
    years = list(range(1995, 2027))
    max_pk = LegalDocument.objects.order_by("-pk").values_list("pk", flat=True).first()
    slugs = []
    while len(slugs) < count:
        wanted = [rng.randint(1, max_pk) for _ in range(count * 2)]
        slugs += list(LegalDocument.objects.filter(pk__in=wanted, live=True).values_list("slug", flat=True))
    text = [f"{path}?{urlencode({'q': TEXT_QUERIES[i % len(TEXT_QUERIES)]})}" for i in range(count)]
    filters = []
    for i in range(count):
        if i % 2:
            query = {"co_quan": rng.choice(issuers), "linh_vuc": rng.choice(fields)}
        else:
            query = {"loai": rng.choice(types), "nam": rng.choice(years)}
        filters.append(f"{path}?{urlencode(query)}")
    pages = [f"{path}{slug}/" for slug in rng.sample(slugs, count)]
    api = [f"/api/v2/legal-documents/?{urlencode({'search': TEXT_QUERIES[(i * 5) % len(TEXT_QUERIES)]})}"
           for i in range(count)]
    return {
        "(a) library, text query": text,
        "(b) library, two filters": filters,
        "(c) document page": pages,
        "(d) API search": api,
    }


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def measure_latency(args, urls_by_scenario):
    from django.core.cache import cache
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    results = {}
    for name, urls in urls_by_scenario.items():
        for url in urls[: args.warmup]:
            check(client.get(url), url)
        timings = []
        for url in urls[: args.requests]:
            if args.cold_cache:
                cache.clear()
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            check(response, url)
        # The slowest URL once more, its queries recorded (copied: the next request clears the log).
        slowest = urls[max(range(len(timings)), key=timings.__getitem__)]
        with CaptureQueriesContext(connection) as captured:
            client.get(slowest)
        queries = list(captured.captured_queries)
        reset_queries()
        results[name] = {
            "n": len(timings), "median": statistics.median(timings), "p95": percentile(timings, 0.95),
            "max": max(timings), "queries": len(queries), "sql_ms": sum(float(q["time"]) for q in queries) * 1000,
            "captured": queries, "url": slowest, "timings": timings,
        }
    return results


def check(response, url):
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")


def explain(captured, limit=3):
    from django.db import connection

    slowest = sorted(captured, key=lambda q: float(q["time"]), reverse=True)[:limit]
    for query in slowest:
        print(f"    {float(query['time']) * 1000:7.1f} ms  {query['sql'][:300]}")
    if slowest and slowest[0]["sql"].lstrip().upper().startswith("SELECT"):
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest[0]["sql"])
            print("    EXPLAIN ANALYZE of the slowest:")
            for (line,) in cursor.fetchall():
                print("      " + line)


# --- report --------------------------------------------------------------------------------

def report(args, database, generation, imported, latency):
    from django.db import connection

    from documents.models import DocumentRelation, LegalDocument

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        size = cursor.fetchone()[0]
    print()
    print(f"Database {database}: {LegalDocument.objects.count():,} documents, "
          f"{DocumentRelation.objects.count():,} relations, {size}; {os.cpu_count()} CPU; "
          f"DB_CONN_MAX_AGE={args.conn_max_age}; {args.requests} requests per scenario after {args.warmup} warm-up"
          f"{'; cache emptied before each request' if args.cold_cache else ''}; "
          f"load average {' '.join(f'{load:.2f}' for load in os.getloadavg())} (other work on the machine skews timings).")
    print()
    def table(header, rows):
        widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
        line = lambda cells: "| " + " | ".join(  # noqa: E731
            str(c).ljust(w) if i == 0 or i == len(cells) - 1 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths))) + " |"
        print(line(header))
        print("|" + "|".join(("-" * (w + 2)) if i in (0, len(widths) - 1) else ("-" * (w + 1) + ":")
                             for i, w in enumerate(widths)) + "|")
        for row in rows:
            print(line(row))

    table(["Request", "n", "median ms", "p95 ms", "max ms", "queries*", "SQL ms*", "goal p95 < 200 ms"], [
        [name, row["n"], f"{row['median']:.1f}", f"{row['p95']:.1f}", f"{row['max']:.1f}", row["queries"],
         f"{row['sql_ms']:.1f}", "met" if row["p95"] < GOAL_P95_MS else "MISSED"]
        for name, row in latency.items()
    ])
    print("* of the scenario's slowest URL, requested once more with its queries recorded")
    print()
    rows = []
    if generation:
        rows.append(["generate_documents", generation.created, f"{generation.seconds:.1f}", f"{generation.rate:,.0f}",
                     "–"])
    else:
        rows.append(["generate_documents", "–", "–", "–", "(documents already there)"])
    if imported:
        rows.append(["import_documents --publish", imported["imported"], f"{imported['seconds']:.1f}",
                     f"{imported['rate']:,.0f}", "met" if imported["rate"] > GOAL_IMPORT_RATE else "MISSED"])
    else:
        rows.append(["import_documents --publish", "–", "–", "–", "not measured"])
    table(["Write", "documents", "seconds", "documents/s", f"goal > {GOAL_IMPORT_RATE}/s (import)"], rows)

def main():
    args = parse_args()
    database = bench_database(args)
    setup_django(args)
    prepare(args)
    generation = generate(args)
    imported = measure_import(args)
    rng = random.Random(args.seed)
    urls = scenarios(rng, max(args.requests, args.warmup))
    latency = measure_latency(args, urls)
    if args.profile:
        for name, row in latency.items():
            print(f"\n{name}: slowest {row['url']} — {row['queries']} queries, {row['sql_ms']:.1f} ms of SQL")
            explain(row["captured"])
    report(args, database, generation, imported, latency)


if __name__ == "__main__":
    main()
