#!/usr/bin/env bash
# Records store throughput on SQLite and on an embedded PostgreSQL (started by the test itself): 10,000 appends by
# one writer, 10,000 more by 4 writers with their own connections, then records verify of the 20,000-entry signed
# chain. Prints one line per figure (see docs/benchmarks.md).
#
#   bench/records.sh                                   # add -o (offline) through MVN_ARGS="-o" when the cache is warm
#   MVN_ARGS="-o -Dcxgate.bench.entries=2000" bench/records.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC2086  # MVN_ARGS is split on purpose
mvn -B ${MVN_ARGS:-} -pl cli test -Dtest=RecordsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcxgate.excludedTestGroups=none 2>&1 | grep -E '^records-bench:|Tests run:|FAIL|ERROR|BUILD'
