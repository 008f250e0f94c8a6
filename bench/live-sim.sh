#!/usr/bin/env bash
# Live-org simulation at scale: an emulated org of 20,000 objects (10k users, 4k queues, 2k skills,
# 2k wrap-up codes, 1k flows, 500 schedules, 500 groups) answering every request after 100 ms, and a
# plan touching 2,000 of them (100 deletes and replaces, 20 agents losing their skills, 5 flows
# renamed), checked through the production Platform
# API client (rate budget 300/min bursting to 300, 4 requests in flight). Prints wall time, the
# request count by path and the findings; fails if the check takes 10 s or more.
#
#   bench/live-sim.sh            # add -o (offline) through MVN_ARGS="-o" when the Maven cache is warm
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC2086  # MVN_ARGS is split on purpose
mvn -B ${MVN_ARGS:-} -pl cli test -Dtest=LiveSimulationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcxgate.excludedTestGroups=none 2>&1 | grep -E '^live-sim:|Tests run:|FAIL|ERROR|BUILD' 
