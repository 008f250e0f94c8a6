#!/usr/bin/env bash
# Times `cxgate check` on a synthetic plan of N resource changes (default 100000) and reports wall time and
# peak resident memory, and user+sys CPU time (medians of RUNS runs, default 3).
#   bench/plan-read.sh 100000
#   CXGATE_ARGS="--policies policies/" bench/plan-read.sh 100000      # with the default policy bundle
# The plan is generated once into bench/out/ (git-ignored) by bench/gen-plan.py. The report goes to /dev/null.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-100000}"
runs="${RUNS:-3}"
env_name="${CXGATE_ENV:-bench}"
mkdir -p bench/out
plan="bench/out/plan-$n.json"
if [[ ! -f "$plan" ]]; then
  echo "generating $plan ..." >&2
  python3 bench/gen-plan.py "$n" "$plan"
fi
./cxgate --version >/dev/null   # builds the jar first if the sources changed
size=$(stat -c %s "$plan")
times=() rss=() cpu=()
for ((r = 1; r <= runs; r++)); do
  set +e
  /usr/bin/time -f '%e %M %U %S' -o bench/out/time.txt ./cxgate check --plan "$plan" --env "$env_name" --format json \
      ${CXGATE_ARGS:-} > /dev/null
  code=$?
  set -e
  if (( code > 4 || code == 1 || code == 2 )); then
    echo "cxgate check failed with exit $code" >&2
    exit 1
  fi
  read -r t m u s < <(tail -n 1 bench/out/time.txt)   # time prefixes "Command exited with non-zero status N"
  times+=("$t") rss+=("$m") cpu+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
t=$(median "${times[@]}")
m=$(median "${rss[@]}")
c=$(median "${cpu[@]}")
awk -v n="$n" -v size="$size" -v t="$t" -v m="$m" -v runs="$runs" -v args="${CXGATE_ARGS:-}" -v code="$code" -v alltimes="${times[*]}" -v c="$c" 'BEGIN {
  printf "changes %d  plan %.1f MB  runs %d  args [%s]  exit %d\n", n, size / 1048576, runs, args, code
  printf "wall %.2f s (median of: %s)  cpu %.2f s (user+sys, median)\n", t, alltimes, c
  printf "peak RSS %.1f MB = %.2f x plan size\n", m / 1024, m * 1024 / size
}'
