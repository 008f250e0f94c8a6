#!/usr/bin/env bash
# Reads a synthetic plan of N resource changes with jq and with cxgate, and compares wall time and peak memory.
#
#   bench/plan-read.sh N            e.g. bench/plan-read.sh 100000
#   CXGATE_ARGS="--policies policies/" bench/plan-read.sh 100000
#   BENCH_TOOLS=jq bench/plan-read.sh 100000        # only jq (default: "jq cxgate")
#
# The plan is written by bench/GeneratePlan.java to bench/out/plan-N.json, if it is missing or older than the
# generator (bench/out/ is git-ignored). Times come from GNU time (/usr/bin/time -v). cxgate check exits 0, 3 or 4
# depending on the decision; all three count as a successful read. ./cxgate is called once, untimed, before the
# measured run, so that a jar build by the launcher is not part of the measurement.
set -euo pipefail

usage() { echo "usage: $0 N   (N = number of resource changes, e.g. 100000)" >&2; exit 2; }
[[ $# -eq 1 && $1 =~ ^[0-9]+$ && $1 -gt 0 ]] || usage
N=$1

cd "$(dirname "$0")/.."          # repo root: ./cxgate and bench/ are relative to it
PLAN="bench/out/plan-$N.json"
OUT_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cxgate-bench.XXXXXX")"
trap 'rm -rf "$OUT_DIR"' EXIT

# --- tools: GNU time and jq (quietly installed when missing) ------------------------------------------
need=()
[[ -x /usr/bin/time ]] || need+=(time)
command -v jq >/dev/null 2>&1 || need+=(jq)
if [[ ${#need[@]} -gt 0 ]]; then
  echo "installing ${need[*]} ..." >&2
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"; } >/dev/null 2>&1; then
    echo "could not install ${need[*]} with apt-get; install them and re-run" >&2
    exit 1
  fi
fi

# --- the plan -----------------------------------------------------------------------------------------
if [[ ! -s $PLAN || bench/GeneratePlan.java -nt $PLAN ]]; then
  mkdir -p bench/out
  echo "generating $PLAN ..." >&2
  java bench/GeneratePlan.java "$N" "$PLAN"
fi
BYTES=$(stat -c %s "$PLAN")
echo "plan: $PLAN  $BYTES bytes ($(awk -v b="$BYTES" 'BEGIN{printf "%.1f MB", b/1048576}'), $(awk -v b="$BYTES" -v n="$N" 'BEGIN{printf "%.0f", b/n}') bytes/change)"
[[ -f $PLAN.counts ]] && echo "generated: $(grep -E '^(create|update|delete|replace|noop|drift)=' "$PLAN.counts" | paste -sd' ')"

# --- measurements -------------------------------------------------------------------------------------
ROWS=()
FAILED=0

# run NAME OK_CODES CMD... : runs CMD under GNU time, appends a table row
run() {
  local name=$1 ok=$2; shift 2
  local tf="$OUT_DIR/$name.time" so="$OUT_DIR/$name.out" se="$OUT_DIR/$name.err" rc=0
  /usr/bin/time -v -o "$tf" "$@" >"$so" 2>"$se" || rc=$?
  local wall rss_kb
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
           n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$tf")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tf")
  local status="ok"
  if [[ " $ok " != *" $rc "* ]]; then
    FAILED=1
    status="FAILED (exit $rc): $(grep -v '^[[:space:]]*$' "$se" | tail -n 1 | cut -c1-100)"
  elif [[ $name == jq ]]; then
    status="ok, counted $(tr -d '[:space:]' <"$so") changes"
  else
    status="ok (exit $rc)"
  fi
  ROWS+=("$(printf '%-8s %10s %12s %10s  %s' "$name" "${wall:-?}" \
    "$(awk -v k="${rss_kb:-0}" 'BEGIN{printf "%.1f", k/1024}')" \
    "$(awk -v k="${rss_kb:-0}" -v b="$BYTES" 'BEGIN{printf "%.2f", k*1024/b}')" "$status")")
}

TOOLS=" ${BENCH_TOOLS:-jq cxgate} "

if [[ $TOOLS == *" jq "* ]]; then
  run jq "0" jq '[.resource_changes[] | .change.actions] | length' "$PLAN"
fi

if [[ $TOOLS == *" cxgate "* ]]; then
  if [[ -x ./cxgate ]]; then
    ./cxgate --help >/dev/null 2>&1 || true   # warm-up: lets the launcher build the jar outside the measurement
  fi
  # shellcheck disable=SC2086  # CXGATE_ARGS is split on purpose
  run cxgate "0 3 4" ./cxgate check --plan "$PLAN" --env bench --format json --out /dev/null ${CXGATE_ARGS:-}
fi

echo
printf '%-8s %10s %12s %10s  %s\n' "tool" "wall s" "max RSS MB" "RSS/file" "result"
for r in "${ROWS[@]}"; do echo "$r"; done
exit "$FAILED"
