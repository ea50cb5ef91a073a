#!/usr/bin/env bash
# The test command behind `make test` (and so CI): lint, type check, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export HF_HUB_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 GRADIO_ANALYTICS_ENABLED=False
echo "== ruff"; $BIN/ruff check app evals tests scripts benchmarks
echo "== mypy"; $BIN/mypy app evals
echo "== pytest"; $BIN/python -m pytest -q "$@"
