#!/usr/bin/env bash
# Gathers real sentences nobody wrote for this project, for `./marsad bench entity-precision`:
# the test sentences of Lingua's accuracy report (1,000 per language, drawn by Lingua's author from
# the Leipzig Wortschatz corpora of arbitrary web pages), at a pinned commit. They are not kept in
# this repository: the corpora's sentences come from copyrighted pages. The judgments are, keyed by
# a hash of each sentence (bench/src/main/resources/entity-precision/).
#
#   bench/scripts/real-sentences.sh DEST [SOURCES]     writes DEST/<language>.txt for ar, fa, ur, en, fr, ru
#
# SOURCES is an optional directory of existing clones named owner+name (bare or not); without one,
# the repository is cloned from GitHub. Then: ./marsad bench entity-precision --part tune DEST/ar.txt
# (docs/entities.md#real-text-nobody-wrote-for-marsad).
set -euo pipefail

dest=${1:?usage: real-sentences.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

lingua=$(git_dir_of pemistahl/lingua)
lingua_commit=8aa23cd523c9e13464159e7f35571c1169c9ec94
mkdir -p "$dest"
for language in ar fa ur en fr ru; do
  git -C "$lingua" show "$lingua_commit:src/accuracyReport/resources/language-testdata/sentences/$language.txt" > "$dest/$language.txt"
done
wc -l "$dest"/*.txt
