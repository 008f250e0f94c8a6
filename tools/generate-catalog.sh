#!/usr/bin/env bash
# Regenerates the resource catalog (cli/src/main/resources/io/cxgate/genesys/catalog.json) from a checkout of
# terraform-provider-genesyscloud: its genesyscloud/**/*.go schema sources and docs/resources/*.md.
#
#   tools/generate-catalog.sh ../shared/reference/provider-v1.84.1          # the pinned version
#   tools/generate-catalog.sh ~/src/terraform-provider-genesyscloud OUT.json  # another checkout, another file
#
# The generator is io.cxgate.genesys.catalog.CatalogGenerator (test sources, no dependencies); see docs/catalog.md.
set -euo pipefail

usage() { echo "usage: $0 PROVIDER_CHECKOUT [OUT]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
CHECKOUT=$(realpath "$1")
OUT=$(realpath -m "${2:-$(dirname "$0")/../cli/src/main/resources/io/cxgate/genesys/catalog.json}")

cd "$(dirname "$0")/.."
mvn -B -q -pl cli test-compile >&2
java -cp cli/target/test-classes io.cxgate.genesys.catalog.CatalogGenerator "$CHECKOUT" "$OUT"
