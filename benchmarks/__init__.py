"""Speed measurements of WSP Desk: `python -m benchmarks` (or `make bench`) prints medians and ratios.

Each `bench_*.py` module in this package holds one benchmark; `harness.py` does the timing and the report.
"""
