"""Performance benchmarks (run: ``python -m benchmarks``; see README "Benchmarks").

Note: pysbd installs an unrelated top-level ``benchmarks`` package into site-packages;
run from the repository root (``python -m benchmarks``) so this one comes first.
"""
