#!/usr/bin/env bash
# Scores Mozilla's readability.js on the same pages, halves and scorer as
# `./marsad bench extraction-quality`, and times it: the side-by-side figures in docs/extraction.md.
# Needs Node.js 18+ and npm (the registry); installs readability.js and jsdom at the versions
# bench/scripts/readability-js/package-lock.json pins.
#
# usage: bench/scripts/readability-js.sh [--part tune|report|all] DIR...
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
command -v node >/dev/null || { echo "readability-js.sh: Node.js is needed (apt-get install nodejs npm)" >&2; exit 2; }
(cd "$here/readability-js" && npm ci --no-audit --no-fund --silent)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/marsad" bench extraction-quality --write-pages "$out" "$@"
# jsdom keeps much of a large page alive until the collector runs: give it room, and a fresh process every
# $chunk pages (each warms up on its own pages first; pages/s is given per process)
chunk=250
pages=$(find "$out" -name '*.html' | wc -l)
for ((from = 0; from < pages; from += chunk)); do
  node --max-old-space-size=8192 "$here/readability-js/extract.mjs" "$out" "$from" "$((from + chunk))"
done
"$root/marsad" bench extraction-quality --texts "$out" "$@"
