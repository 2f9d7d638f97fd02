#!/usr/bin/env bash
# Gathers two public sets of news pages that the extractor was never tuned on, from the test data
# of two other extractors, at pinned commits, in layouts `./marsad bench extraction-quality` reads:
#
#   bench/scripts/held-out-pages.sh DEST [SOURCES]
#
# - DEST/newspaper4k: newspaper4k's tests/data/html/<name>.html with tests/data/txt/<name>.txt
#   (23 pages in 11 languages; the expected text is what newspaper extracts, whole), as
#   <name>/source.html + <name>/expected.html (the readability test pages' layout);
# - DEST/goose3: goose3's tests/data/content/test_<name>.html with the "cleaned_text" of its .json
#   (44 pages; goose keeps only the opening of each article there), as trafilatura's layout
#   (evaldata.json + eval/): each paragraph of 20+ characters must be in the body.
#
# SOURCES is an optional directory of existing clones named owner+name (bare or not); a repository
# missing there is cloned from GitHub. Then: ./marsad bench extraction-quality --part all DEST/*
# (docs/extraction.md#sets-never-tuned-on).
set -euo pipefail

dest=${1:?usage: held-out-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

newspaper=$(git_dir_of AndyTheFactory/newspaper4k)
newspaper_commit=540bff3e8344cb8291c4829fafd98860f30d9692
mkdir -p "$dest/newspaper4k"
for text in $(git -C "$newspaper" ls-tree -r --name-only "$newspaper_commit" tests/data/txt); do
  name=$(basename "$text" .txt)
  if git -C "$newspaper" cat-file -e "$newspaper_commit:tests/data/html/$name.html" 2>/dev/null; then
    mkdir -p "$dest/newspaper4k/$name"
    git -C "$newspaper" show "$newspaper_commit:tests/data/html/$name.html" > "$dest/newspaper4k/$name/source.html"
    git -C "$newspaper" show "$newspaper_commit:$text" > "$dest/newspaper4k/$name/expected.html"
  fi
done

goose=$(git_dir_of goose3/goose3)
goose_commit=c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7
mkdir -p "$dest/goose3/eval"
python3 - "$goose" "$goose_commit" "$dest/goose3" <<'PY'
import json, os, subprocess, sys
git_dir, commit, out = sys.argv[1:]
def show(path):
    return subprocess.run(["git", "-C", git_dir, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
files = set(subprocess.run(["git", "-C", git_dir, "ls-tree", "-r", "--name-only", commit, "tests/data/content"],
                           capture_output=True, text=True, check=True).stdout.split())
pages = {}
for expected in sorted(f for f in files if f.endswith(".json")):
    html = expected[:-5] + ".html"
    if html not in files:
        continue
    data = json.loads(show(expected))
    paragraphs = [p.strip() for p in data.get("expected", {}).get("cleaned_text", "").split("\n") if len(p.strip()) >= 20]
    if paragraphs:
        name = os.path.basename(html)
        open(os.path.join(out, "eval", name), "wb").write(show(html))
        url = data.get("url") or "http://example.com/" + name
        pages[url if url not in pages else url + "#" + name] = {"file": name, "with": paragraphs, "without": []}  # some pages share a URL
json.dump(pages, open(os.path.join(out, "evaldata.json"), "w"), ensure_ascii=False, indent=1)
PY
echo "newspaper4k: $(ls "$dest/newspaper4k" | wc -l) pages, goose3: $(ls "$dest/goose3/eval" | wc -l) pages under $dest"
