#!/usr/bin/env bash
# Gathers the real right-to-left pages that bench/src/main/resources/extraction/right-to-left-pages.json
# annotates, from the public repositories that hold them, at the commits the annotation names:
#
#   bench/scripts/right-to-left-pages.sh DEST [SOURCES]
#
# SOURCES is an optional directory of existing clones, each named owner+name (e.g. adbar+htmldate),
# as a bare or normal git repository; a repository missing there is cloned from GitHub.
# Then: ./marsad bench extraction-quality --part tune DEST (docs/extraction.md#right-to-left-pages).
set -euo pipefail

dest=${1:?usage: right-to-left-pages.sh DEST [SOURCES]}
sources=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
annotation="$root/bench/src/main/resources/extraction/right-to-left-pages.json"
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

# each page's "origin" is "owner/name@commit path"
python3 - "$annotation" <<'EOF' > "$work/pages.tsv"
import json, sys
for page in json.load(open(sys.argv[1]))["pages"]:
    repo_commit, path = page["origin"].split(" ", 1)
    repo, commit = repo_commit.split("@")
    print("\t".join([page["file"], repo, commit, path, page["sha256"]]))
EOF

while IFS=$'\t' read -r file repo commit path sha; do
  git -C "$(git_dir_of "$repo")" show "$commit:$path" > "$dest/$file"
  echo "$sha  $dest/$file" | sha256sum --check --quiet
done < "$work/pages.tsv"
echo "$(wc -l < "$work/pages.tsv") pages in $dest"
