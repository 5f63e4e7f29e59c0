"""The partner directory at 10,000 services (1,000 organisations of 10): importing it, and searching it as you type.

Import: one HSDS JSON file of the whole directory into a fresh SQLite database, all or nothing, through the same
path as `wsp-desk partners import`. Baseline: only parsing that file with json.loads. Reported, no target.

Search: every keystroke of a few typed queries (with a typo and a synonym among them), each a call of the desk's
search as the Partners page makes it, the revision check included. Baseline: a plain Python substring scan over the
services' names for the same text. Target: median under 20 ms per keystroke.
"""

from __future__ import annotations

import itertools
import json
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import time
from pathlib import Path
from time import perf_counter

from benchmarks.harness import Options, Result, compare
from wsp_desk.clock import SystemClock
from wsp_desk.db.engine import Database
from wsp_desk.desk import DeskContext, command_line_actor, prepare_database
from wsp_desk.domain.directory import (
    ContactData,
    OrganizationData,
    OrganizationRecord,
    PhoneData,
    ScheduleData,
    ServiceData,
    ServiceRecord,
)
from wsp_desk.domain.folding import fold
from wsp_desk.domain.region import MUNICIPALITIES
from wsp_desk.domain.taxonomy import need_terms
from wsp_desk.interop import hsds_json
from wsp_desk.interop.files import Format
from wsp_desk.interop.hsds.vocabulary import derived_id
from wsp_desk.services.directory_exchange import import_file

ORGANIZATIONS, SERVICES_EACH = 1_000, 10
SEARCH_LIMIT_SECONDS = 0.020
QUERIES = ("schuldhulp rijswijk", "coöperatie werk", "kinderopvang delft", "geldzorgen", "taalhuis", "jan de vr")
_SYLLABLES = (
    "werk", "zorg", "taal", "geld", "huis", "punt", "stad", "wijk", "berg", "hof", "dal", "veld", "hulp", "baan",
    "leer", "loket", "plein", "poort", "kring", "vaart", "zee", "land", "bos", "dorp", "coö", "ra", "tie", "ca", "fé",
)  # fmt: skip
_FIRST = ("Jan", "Fatima", "Mohammed", "Anna", "Pieter", "Sanne", "Emre", "Noah", "Lotte", "Daan", "Yasmina", "Kees")
_LAST = ("de Vries", "Jansen", "El Amrani", "Bakker", "Visser", "Yilmaz", "Smit", "Meijer", "de Boer", "Mulder")


def generated_directory(seed: int = 2026) -> tuple[list[OrganizationRecord], list[ServiceRecord]]:
    """A directory the size of a large region, with everyday words (a few thousand) and some rare ones."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))

    vocabulary = [word() for _ in range(3_000)]
    codes = [term.code for term in need_terms()]
    organizations, services = [], []
    for number in range(ORGANIZATIONS):
        organization_id = derived_id("bench", "organization", str(number))
        name = f"{word().title()} {rng.choice(['Stichting', 'Coöperatie', 'Gemeente', 'Centrum'])} {number}"
        organizations.append(OrganizationRecord(organization_id, OrganizationData(name=name, partner_kind="other")))
        for index in range(SERVICES_EACH):
            description = " ".join(vocabulary[min(int(rng.paretovariate(1.2)) - 1, 2_999)] for _ in range(30))
            data = ServiceData(
                name=f"{word().title()} {word()}",
                description=description.capitalize() + ".",
                need_codes=tuple(sorted(rng.sample(codes, 2))),
                visitor_kinds=("job_seeker",) if index % 3 else ("employer",),
                municipalities=(rng.choice(MUNICIPALITIES),),
                contacts=(ContactData(f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", email="info@example.org"),),
                phones=(PhoneData(f"+3170{rng.randint(1_000_000, 9_999_999)}"),),
                schedules=(ScheduleData(("MO", "TU", "WE", "TH", "FR"), time(9), time(17)),),
            )
            service_id = derived_id("bench", "service", str(number), str(index))
            services.append(ServiceRecord(service_id, organization_id, data))
    return organizations, services


def keystrokes() -> list[str]:
    return [query[:end] for query in QUERIES for end in range(1, len(query) + 1)]


@contextmanager
def prepared() -> Iterator[tuple[Path, Path]]:
    """The generated directory as one HSDS JSON file, and an empty migrated database to copy for each import."""
    with tempfile.TemporaryDirectory(prefix="wsp-desk-bench-") as folder:
        file = Path(folder) / "directory.json"
        file.write_bytes(hsds_json.write(*generated_directory()))
        template = Path(folder) / "empty.sqlite"
        database = Database.connect(f"sqlite:///{template}")
        prepare_database(database, SystemClock().now())
        database.dispose()
        yield file, template


def _timed(action: Callable[[], object]) -> float:
    start = perf_counter()
    action()
    return perf_counter() - start


def run(options: Options) -> list[Result]:
    actor = command_line_actor("bench")
    with prepared() as (file, template):
        databases = itertools.count()

        def import_all() -> float:
            copy = template.with_name(f"desk-{next(databases)}.sqlite")
            shutil.copyfile(template, copy)
            database = Database.connect(f"sqlite:///{copy}")
            try:
                desk = DeskContext.create(database, SystemClock(), "bench")
                return _timed(lambda: import_file(desk.directory, desk.directory_import, actor, file, Format.HSDS_JSON))
            finally:
                database.dispose()

        import_options = Options(runs=min(options.runs, 3), warmup=0, verbose=options.verbose)
        imported = compare(
            "directory: import 10,000 services (HSDS JSON)",
            import_all,
            lambda: _timed(lambda: json.loads(file.read_bytes())),
            import_options,
            candidate_label="validate and import into SQLite",
            baseline_label="json.loads of the same file",
            notes=(f"{file.stat().st_size / 1e6:.1f} MB file; {import_options.runs} runs, each into a fresh database",),
        )

        database = Database.connect(f"sqlite:///{template.with_name('desk-0.sqlite')}")
        try:
            desk = DeskContext.create(database, SystemClock(), "bench")
            search = desk.directory_search
            build = _timed(lambda: search.refresh(actor))
            names = [fold(record.data.name) for record in desk.directory.services(actor)]
            typed = keystrokes()
            candidate_keys = itertools.cycle(typed)
            baseline_keys = itertools.cycle(typed)

            def scan() -> float:
                text = fold(next(baseline_keys))
                return _timed(lambda: [name for name in names if text in name])

            search_options = Options(runs=max(options.runs, len(typed)), warmup=3, verbose=options.verbose)
            searched = compare(
                "directory: search as you type, per keystroke",
                lambda: _timed(lambda: search.search(actor, next(candidate_keys))),
                scan,
                search_options,
                limit_seconds=SEARCH_LIMIT_SECONDS,
                candidate_label="desk search (folding, prefixes, typos, synonyms, reasons)",
                baseline_label="substring scan over the names",
                notes=(
                    f"{len(names):,} services; {len(typed)} keystrokes of {', '.join(QUERIES)}",
                    f"building the index took {build:.2f} s (once per desk; later changes reload only what changed)",
                ),
            )
        finally:
            database.dispose()
    return [imported, searched]
