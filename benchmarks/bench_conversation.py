"""The Gesprek page at a desk whose directory holds 10,000 services (bench_directory's generated one), on SQLite.

Measured: opening a conversation (what the page does after a restart: read it, with its template snapshot, and
write the audit event), and what follows a changed answer: saving the answers and ranking the suggested partners
for the new needs (the index is built once per desk, before timing). Baseline: one read transaction running
SELECT 1, the least any database round trip costs. Target: each median under 50 ms.
"""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from benchmarks.bench_directory import prepared
from benchmarks.harness import Options, Result, compare
from wsp_desk.clock import SystemClock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import Role, VisitorKind
from wsp_desk.desk import DeskContext, command_line_actor
from wsp_desk.interop.files import Format
from wsp_desk.services.auth import actor_for
from wsp_desk.services.directory_exchange import import_file
from wsp_desk.services.queue import Registration

LIMIT_SECONDS = 0.050
PASSWORD = "Benchmark-gesprek-2026"

# A conversation well under way: most questions answered, a page of notes.
ANSWERS = {
    "werk_nu": "geen_werk",
    "hoe_lang": "lang",
    "inkomen": "bijstand",
    "verhaal": "Mijn contract in het ziekenhuis is gestopt. Ik zoek al een jaar werk in de zorg. " * 6,
    "soort_werk": "Verzorgende of verpleegkundige",
    "ervaring": "Tien jaar verpleegkundige in Aleppo; twee jaar vrijwilliger in een verpleeghuis in Rijswijk. " * 4,
    "uren": "tot_32",
    "zeker": 8,
    "taal": True,
    "digitaal": False,
    "gezondheid": False,
    "zorgtaken": True,
    "vervoer": False,
    "hulp": ["solliciteren", "opleiding", "taal_computer"],
    "hoe_verder": "partner",
}
NOTES = "Diploma verpleegkunde uit Syrië, nog niet gewaardeerd. Wil taalles naast werk. Belt vrijdag terug. " * 20


def _timed(action: Callable[[], object]) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start

    return run


def run(options: Options) -> list[Result]:
    options = Options(runs=max(options.runs, 25), warmup=max(options.warmup, 3), verbose=options.verbose)
    admin = command_line_actor("bench")
    with prepared() as (file, template):
        copy = template.with_name("conversation.sqlite")
        shutil.copyfile(template, copy)
        database = Database.connect(f"sqlite:///{copy}")
        try:
            desk = DeskContext.create(database, SystemClock(), "bench")
            import_file(desk.directory, desk.directory_import, admin, file, Format.HSDS_JSON)
            location_id = desk.locations.ensure_inhouse_location().id
            guide = actor_for(desk.users.add_user(admin, "bench.gids", "Bench Gids", Role.GUIDE, PASSWORD), "bench")
            visit = desk.queue.register(guide, location_id, Registration(VisitorKind.JOB_SEEKER, "work_finding"))
            desk.queue.call(guide, visit.id)
            conversation = desk.conversations.begin(guide, visit.id)
            desk.conversations.save(
                guide, conversation.id, answers=ANSWERS, notes=NOTES, municipality="Rijswijk",
                need_in_own_words="Ik wil weer in de zorg werken",
            )  # fmt: skip
            build = _timed(lambda: desk.directory_search.refresh(guide))()

            def round_trip() -> None:
                with database.read() as session:
                    session.execute(select(1))

            # Each change flips the money-worries answer, so the needs (and the ranking) change every time.
            worries = itertools.cycle([True, False])

            def answer_and_rerank() -> None:
                answers = {**ANSWERS, "schulden": next(worries)}
                saved = desk.conversations.save(guide, conversation.id, answers=answers)
                desk.directory_search.suggest(guide, saved.needs, saved.visitor_kind.value, saved.municipality)

            count = len(desk.directory_search.refresh(guide))
            cases = [
                ("conversation: open", _timed(lambda: desk.conversations.open(guide, conversation.id))),
                ("conversation: save an answer and re-rank the suggestions", _timed(answer_and_rerank)),
            ]
            notes = (
                f"{count:,} services in the directory, SQLite; {len(ANSWERS) + 1} answers, {len(NOTES):,} characters "
                f"of notes; {options.runs} runs after {options.warmup} warm-up",
                f"building the search index took {build:.2f} s (once per desk, before timing)",
            )
            return [
                compare(
                    name,
                    candidate,
                    _timed(round_trip),
                    options,
                    limit_seconds=LIMIT_SECONDS,
                    candidate_label=name.removeprefix("conversation: "),
                    baseline_label="SELECT 1 round trip",
                    notes=notes,
                )
                for name, candidate in cases
            ]
        finally:
            database.dispose()
            Path(copy).unlink(missing_ok=True)
