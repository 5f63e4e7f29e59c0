"""`python -m benchmarks [-k NAME] [--runs N]`: run the `bench_*` modules and print one report.

Exit status 0 whatever the speed; 1 only when a benchmark could not measure at all.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import benchmarks
from benchmarks.harness import DEFAULT_RUNS, DEFAULT_WARMUP, BenchmarkError, Options, Result, print_report


def _modules(selected: Sequence[str]) -> list[str]:
    names = sorted(info.name for info in pkgutil.iter_modules(benchmarks.__path__) if info.name.startswith("bench_"))
    if selected:
        names = [name for name in names if any(word in name for word in selected)]
    return names


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument(
        "-k",
        dest="select",
        action="append",
        default=[],
        metavar="NAME",
        help="run only the bench_* modules whose name contains NAME (repeatable)",
    )
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help=f"measured runs (default {DEFAULT_RUNS})")
    parser.add_argument(
        "--warmup", type=int, default=DEFAULT_WARMUP, help=f"warm-up runs, not counted (default {DEFAULT_WARMUP})"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    options = Options(runs=args.runs, warmup=args.warmup, verbose=args.verbose)

    names = _modules(args.select)
    if not names:
        parser.error("no benchmark matches")
    results: list[Result] = []
    errors: list[tuple[str, str]] = []
    for name in names:
        print(f"running {name} …", file=sys.stderr)
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            results.extend(module.run(options))
        except BenchmarkError as error:
            errors.append((name, str(error)))
    print_report(results, errors, options)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
