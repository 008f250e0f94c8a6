#!/usr/bin/env bash
# What `cxgate apply` costs besides terraform, for a synthetic plan of N resource changes (default 2000).
#
#   bench/apply-overhead.sh [N]
#
# Builds a throw-away checkout with a stand-in terraform whose every subcommand returns at once (show -json prints
# the generated plan, apply bumps the state's serial), a SQLite records store and no policies; runs
# `./cxgate plan` (untimed), then `./cxgate apply` under GNU time. The stand-in logs how long each of its calls took;
# overhead = apply's wall time minus those. The same is done for a 10-change plan, so that the RSS the plan adds can
# be told from the JVM's own. Needs GNU time (/usr/bin/time) and the JDK's jar tool (for the zip planfile).
set -euo pipefail
N=${1:-2000}
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cxgate-apply-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
JAR="$(dirname "$(readlink -f "$(command -v java)")")/jar"
./cxgate --version >/dev/null

measure() {
  local n=$1 plan="bench/out/plan-$1.json" dir="$WORK/n$1"
  if [[ ! -s $plan || bench/GeneratePlan.java -nt $plan ]]; then
    mkdir -p bench/out
    java bench/GeneratePlan.java "$n" "$plan" >/dev/null
  fi
  mkdir -p "$dir/repo" "$dir/bin"
  printf 'terraform {}\n' > "$dir/repo/main.tf"
  for m in flows queues schedules skills users wrapup_codes; do   # the modules GeneratePlan's configuration calls
    mkdir -p "$dir/repo/modules/$m" && printf '# %s\n' "$m" > "$dir/repo/modules/$m/main.tf"
  done
  printf '# lock\n' > "$dir/repo/.terraform.lock.hcl"
  cat > "$dir/bin/terraform" <<SCRIPT
#!/bin/bash
t0=\$(date +%s%N)
trap 'echo \$(( (\$(date +%s%N) - t0) / 1000000 )) >> "$dir/standin-ms"' EXIT
mkdir -p "\$TF_DATA_DIR"
state="\$TF_DATA_DIR/state.json"
[[ -f \$state ]] || echo '{"version":4,"serial":1,"lineage":"bench"}' > "\$state"
case "\$1" in
  init) echo 'Terraform has been successfully initialized!';;
  plan) out=""; for a in "\$@"; do case "\$a" in -out=*) out="\${a#-out=}";; esac; done
        pf="\$TF_DATA_DIR/pf"; rm -rf "\$pf"; mkdir -p "\$pf/tfconfig/m-"; echo plan > "\$pf/tfplan"
        cp main.tf "\$pf/tfconfig/m-/"; cp .terraform.lock.hcl "\$pf/"; mods='{"Key":"","Dir":"."}'
        for d in modules/*/; do n=\$(basename "\$d"); mkdir -p "\$pf/tfconfig/m-\$n"; cp "\$d"main.tf "\$pf/tfconfig/m-\$n/"
          mods="\$mods,{\\"Key\\":\\"\$n\\",\\"Source\\":\\"./modules/\$n\\",\\"Dir\\":\\"modules/\$n\\"}"; done
        echo "[\$mods]" > "\$pf/tfconfig/modules.json"
        "$JAR" --create --file "\$out" --no-manifest -C "\$pf" .;;
  show) cat "$ROOT/$plan";;
  state) cat "\$state";;
  version) echo '{"terraform_version":"1.9.8"}';;
  apply) echo '{"version":4,"serial":2,"lineage":"bench"}' > "\$state"; echo 'Apply complete!';;
esac
SCRIPT
  chmod +x "$dir/bin/terraform"
  cat > "$dir/repo/cxgate.yaml" <<YAML
terraform: {binary: $dir/bin/terraform, dir: .}
records: {url: "jdbc:sqlite:$dir/records.db"}
environments:
  bench: {region: us-east-1}
YAML
  export GENESYSCLOUD_OAUTHCLIENT_ID=bench-client-7f2e GENESYSCLOUD_OAUTHCLIENT_SECRET=bench-secret-91ac GENESYSCLOUD_REGION=us-east-1
  (cd "$dir/repo" && "$ROOT/cxgate" plan --env bench --out "$dir/bundle" >/dev/null 2>"$dir/plan.err" || true)
  [[ -d "$dir/bundle" ]] || { tail -3 "$dir/plan.err" >&2; exit 1; }
  : > "$dir/standin-ms"
  (cd "$dir/repo" && /usr/bin/time -v -o "$dir/time" "$ROOT/cxgate" apply --bundle "$dir/bundle" >/dev/null 2>"$dir/err") \
    || { cat "$dir/err" >&2; exit 1; }
  local wall rss standin bytes
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s}' "$dir/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time")
  standin=$(awk '{s += $1} END {printf "%.2f", s / 1000}' "$dir/standin-ms")
  bytes=$(stat -c %s "$plan")
  printf '%6d changes  plan.json %9d bytes  apply wall %5.2f s  stand-in %5.2f s  overhead %5.2f s  peak RSS %4d MB\n' \
    "$n" "$bytes" "$wall" "$standin" "$(awk -v w="$wall" -v s="$standin" 'BEGIN{print w - s}')" $((rss / 1024))
}

measure 10
measure "$N"
