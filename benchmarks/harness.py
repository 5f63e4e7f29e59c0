"""Timing, statistics and the report shared by every benchmark.

A benchmark module is `benchmarks/bench_<name>.py` with a function `run(options: Options) -> list[Result]`. It times
what it measures against a baseline measured in the same run, usually through `compare()`, which alternates baseline
and candidate runs so that a slow moment of the machine hits both alike. Benchmarks report; they never fail a build
on speed.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_RUNS = 7
DEFAULT_WARMUP = 1


@dataclass(frozen=True)
class Options:
    runs: int = DEFAULT_RUNS
    warmup: int = DEFAULT_WARMUP
    verbose: bool = False


@dataclass(frozen=True)
class Measurement:
    """Wall times in seconds of repeated runs of one thing."""

    label: str
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def minimum(self) -> float:
        return min(self.samples)

    @property
    def maximum(self) -> float:
        return max(self.samples)


@dataclass(frozen=True)
class Result:
    """A measured thing next to its baseline, with its target: the largest acceptable ratio of their medians
    (`target`), or the largest acceptable median in seconds (`limit_seconds`), or both."""

    name: str
    measured: Measurement
    baseline: Measurement
    target: float | None = None
    notes: tuple[str, ...] = field(default=())
    limit_seconds: float | None = None

    @property
    def ratio(self) -> float:
        return self.measured.median / self.baseline.median

    @property
    def passed(self) -> bool:
        within_ratio = self.target is None or self.ratio <= self.target
        within_limit = self.limit_seconds is None or self.measured.median <= self.limit_seconds
        return within_ratio and within_limit

    def describe_target(self) -> str:
        parts = []
        if self.target is not None:
            parts.append(f"<= {self.target:.2f}x")
        if self.limit_seconds is not None:
            parts.append(f"<= {_seconds(self.limit_seconds)}")
        return ", ".join(parts)


class BenchmarkError(Exception):
    """The benchmark could not measure (a probe crashed or hung); not a verdict on speed."""


def compare(
    name: str,
    candidate: Callable[[], float],
    baseline: Callable[[], float],
    options: Options,
    *,
    target: float | None = None,
    limit_seconds: float | None = None,
    candidate_label: str,
    baseline_label: str,
    notes: Sequence[str] = (),
) -> Result:
    """Time `candidate` and `baseline` alternately; each call returns the seconds of one run."""
    for _ in range(options.warmup):
        baseline()
        candidate()
    candidate_samples: list[float] = []
    baseline_samples: list[float] = []
    for index in range(options.runs):
        # Alternate which goes first, so neither always profits from the other's warm caches.
        pair = (baseline, candidate) if index % 2 == 0 else (candidate, baseline)
        for run in pair:
            seconds = run()
            (baseline_samples if run is baseline else candidate_samples).append(seconds)
        if options.verbose:
            print(
                f"  run {index + 1}: {candidate_label} {candidate_samples[-1]:.3f} s, "
                f"{baseline_label} {baseline_samples[-1]:.3f} s",
                file=sys.stderr,
            )
    return Result(
        name,
        Measurement(candidate_label, tuple(candidate_samples)),
        Measurement(baseline_label, tuple(baseline_samples)),
        target,
        tuple(notes),
        limit_seconds,
    )


def time_subprocess(
    argv: Sequence[str], env: Mapping[str, str], *, timeout: float = 60.0, cwd: Path | None = None
) -> float:
    """Wall time in seconds of a fresh process from start to exit; it must exit with status 0."""
    start = time.perf_counter()
    try:
        completed = subprocess.run(
            list(argv), env=dict(env), cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise BenchmarkError(f"{argv[-1][:60]!r}… did not finish within {timeout:.0f} s") from error
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
        raise BenchmarkError(f"probe exited with status {completed.returncode}: " + " | ".join(tail))
    return elapsed


def describe_machine() -> str:
    parts = [f"Python {platform.python_version()}", f"{platform.system()} {platform.machine()}"]
    try:
        import PySide6

        parts.insert(1, f"PySide6 {PySide6.__version__}")
    except ImportError:
        pass
    parts.append(f"{os.cpu_count()} CPUs")
    return ", ".join(parts)


def _seconds(value: float) -> str:
    if value < 0.01:
        return f"{value * 1000:.2f} ms"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def print_report(results: Sequence[Result], errors: Sequence[tuple[str, str]], options: Options) -> None:
    print(f"WSP Desk benchmarks: {options.runs} runs each after {options.warmup} warm-up; {describe_machine()}")
    print()
    header = ("benchmark", "median", "min", "max", "baseline median", "ratio", "target", "result")
    rows = [
        (
            result.name,
            _seconds(result.measured.median),
            _seconds(result.measured.minimum),
            _seconds(result.measured.maximum),
            _seconds(result.baseline.median),
            f"{result.ratio:.2f}x",
            result.describe_target(),
            "PASS" if result.passed else "FAIL",
        )
        for result in results
    ]
    rows += [(name, "-", "-", "-", "-", "-", "-", "ERROR") for name, _ in errors]
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(
                cell.ljust(width) if i == 0 else cell.rjust(width)
                for i, (cell, width) in enumerate(zip(row, widths, strict=True))
            )
        )
    for result in results:
        print()
        print(result.name)
        for role, measurement in (("measured", result.measured), ("baseline", result.baseline)):
            print(
                f"  {role}: {measurement.label}: median {_seconds(measurement.median)} "
                f"(min {_seconds(measurement.minimum)}, max {_seconds(measurement.maximum)})"
            )
        for note in result.notes:
            print(f"  {note}")
    for name, message in errors:
        print()
        print(f"{name}: could not be measured: {message}")
