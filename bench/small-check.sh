#!/usr/bin/env bash
# Small-plan check against JVM start-up: the README's quick-start `check` (5 changes, a snapshot, the default
# bundle) through the launcher, and `java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -version` (the launcher's
# own flags), interleaved in one run so both see the same machine load. Prints every run and the medians of
# wall and CPU (user+sys) time, the ratio, and the load average.
#
#   bench/small-check.sh [N]          # N rounds, default 15
#   CXGATE_CDS=0 bench/small-check.sh # without the AppCDS archive
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-15}"
cd "$root"
check=(./cxgate check --plan examples/plans/skill-rename.json --env prod --config examples/cxgate.yaml
       --org examples/orgs/prod-snapshot.json)
version=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -version)
"${check[@]}" >/dev/null 2>&1 || true   # builds the jar and, with CDS on, the archive
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
timed() { /usr/bin/time -f '%e %U %S' -a -o "$1" "${@:2}" >/dev/null 2>&1 || true; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 0; i < n; i++)); do
  timed "$out/check" "${check[@]}"
  timed "$out/version" "${version[@]}"
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for f in check version; do
  grep -v '^Command' "$out/$f" > "$out/$f.t"
  printf '%-8s wall %s  cpu %s  (runs: %s)\n' "$f" \
    "$(awk '{print $1}' "$out/$f.t" | median)" "$(awk '{print $2+$3}' "$out/$f.t" | median)" \
    "$(awk '{printf "%s ", $1}' "$out/$f.t")"
done
cw=$(awk '{print $1}' "$out/check.t" | median); vw=$(awk '{print $1}' "$out/version.t" | median)
cc=$(awk '{print $2+$3}' "$out/check.t" | median); vc=$(awk '{print $2+$3}' "$out/version.t" | median)
awk -v cw="$cw" -v vw="$vw" -v cc="$cc" -v vc="$vc" \
  'BEGIN{printf "ratio    wall %.1fx  cpu %.1fx  (target: wall <= 6x)\n", cw/vw, cc/vc}'
