#!/usr/bin/env bash
# Gathers every public evaluation set docs/extraction.md reports on into one directory, each under the
# name its halves are split by, so the figures can be measured again on a new machine in two steps:
#
#   bench/scripts/all-sets.sh DEST [SOURCES]
#   ./marsad bench extraction-quality --part report DEST/*
#
# Three sets are used in their own repository's layout and copied as they are: Mozilla readability's
# test pages (DEST/readability), Scrapinghub's article extraction benchmark (DEST/scrapinghub) and
# trafilatura's evaluation (DEST/trafilatura), each at the newest commit SOURCES (or GitHub) holds.
# The others come from the scripts beside this one, which pin their commits. The sets' pages stay
# outside this repository (docs/extraction.md says why, set by set).
#
# SOURCES is an optional directory of existing clones named owner+name (bare or not); a repository
# missing there is cloned from GitHub. Needs python3 with the standard library and git.
set -euo pipefail

dest=${1:?usage: all-sets.sh DEST [SOURCES]}
sources=${2:-}
scripts=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$dest"

. "$scripts/git-dir-of.sh"

# copy_tree owner/name PATH OUT: the files under PATH at the repository's newest commit, as OUT.
copy_tree() {
  local git_dir
  git_dir=$(git_dir_of "$1")
  rm -rf "$work/tree" "$3"
  mkdir -p "$work/tree"
  git -C "$git_dir" archive HEAD "$2" | tar -x -C "$work/tree"
  mv "$work/tree/$2" "$3"
}

copy_tree mozilla/readability test/test-pages "$dest/readability"
mkdir -p "$dest/scrapinghub"
copy_tree scrapinghub/article-extraction-benchmark html "$dest/scrapinghub/html"
git -C "$(git_dir_of scrapinghub/article-extraction-benchmark)" show HEAD:ground-truth.json > "$dest/scrapinghub/ground-truth.json"
mkdir -p "$dest/trafilatura"
copy_tree adbar/trafilatura tests/eval "$dest/trafilatura/eval"
git -C "$(git_dir_of adbar/trafilatura)" show HEAD:tests/evaldata.json > "$dest/trafilatura/evaldata.json"

for gather in modern-web-pages wcxb-pages evan-extract-pages fundus-pages dragnet-pages daniel-pages \
    big9-chaos-pages chinese-pages htmltotext-pages; do
  "$scripts/$gather.sh" "$dest" "$sources"
done
"$scripts/right-to-left-pages.sh" "$dest/rtl" "$sources"
echo "sets in $dest:"
ls "$dest"
