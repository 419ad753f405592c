#!/usr/bin/env bash
# The tests, as `make test` runs them after scripts/install.sh (arguments go to pytest, e.g. a path or -k).
# 1. Everything but the wall-clock tests, spread test by test over one worker per CPU core (pytest-xdist;
#    the longest start first: tests/conftest.py; a module's or session's set-up is made once per worker).
# 2. Then the tests marked `timing` (real-time bounds: speech latency, event-loop stalls) on their own,
#    so that the other worker's load cannot make them fail.
# Each run prints its ten slowest tests. Exit status: non-zero if either run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
py=${PYTHON:-.venv/bin/python}
workers=$("$py" -c 'import os; print(max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 4)))')
start=$(date +%s)
"$py" -m pytest -n "$workers" --dist load -m "not timing" --durations=10 "$@"
first=$?
if [ $# -eq 0 ]; then  # only the files that hold timing tests (collecting them all again costs a minute)
  mapfile -t timed < <(grep -rlE --include='*.py' 'mark\.timing' tests | sort)
  "$py" -m pytest -m timing --durations=10 "${timed[@]}"
else
  "$py" -m pytest -m timing --durations=10 "$@"
fi
second=$?
# 5 = no tests selected (e.g. a path with no timing tests): not a failure
[ "$first" -eq 5 ] && first=0
[ "$second" -eq 5 ] && second=0
echo "whole run: $(( $(date +%s) - start )) s with $workers workers"
[ "$first" -eq 0 ] && [ "$second" -eq 0 ]
