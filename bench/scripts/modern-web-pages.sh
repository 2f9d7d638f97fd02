#!/usr/bin/env bash
# Gathers a public set of articles and blog posts saved from the web in 2025–2026, never used to
# tune the extractor before 2026-12-02: the Web Content Extraction Benchmark of Murrough Foley
# (github.com/tiptopjaw/web-content-extraction-benchmark, Apache 2.0; 1,000 pages whose expected
# text was drafted by a language model and checked by people, scored like Scrapinghub's benchmark).
#
#   bench/scripts/modern-web-pages.sh DEST [SOURCES]
#
# Writes DEST/wceb2026 in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz), keeping
# only the pages the set labels "article" or "blog" (452 of 1,000; the others are forums, shops,
# service and listing pages, which Marsad does not crawl for articles). The directory's name is
# part of each page's hash, which splits the set into its tune and report halves: keep it.
# SOURCES is an optional directory of existing clones named owner+name (bare or not); without one
# the repository is cloned from GitHub. Then: ./marsad bench extraction-quality --part tune DEST/wceb2026
# (docs/extraction.md#modern-web-pages).
set -euo pipefail

dest=${1:?usage: modern-web-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of tiptopjaw/web-content-extraction-benchmark)
commit=977613a3a90de65c9ed5e1db251eeede7b9d9714
out="$dest/wceb2026"
mkdir -p "$out/html"
python3 - "$repo" "$commit" "$out" <<'PY'
import json, os, subprocess, sys
git_dir, commit, out = sys.argv[1:]
def show(path):
    return subprocess.run(["git", "-C", git_dir, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
names = subprocess.run(["git", "-C", git_dir, "ls-tree", "-r", "--name-only", commit, "benchmark/ground-truth"],
                       capture_output=True, text=True, check=True).stdout.split()
pages = {}
for name in sorted(n for n in names if n.endswith(".json")):
    page = json.loads(show(name))
    if page.get("_internal", {}).get("page_type", {}).get("primary") not in ("article", "blog"):
        continue
    truth = page["ground_truth"]
    page_id = page["file_id"]
    open(os.path.join(out, "html", page_id + ".html.gz"), "wb").write(show(f"release/html/{page_id}.html.gz"))
    pages[page_id] = {"url": page["url"], "articleBody": truth["main_content"], "title": truth.get("title"),
                      "author": truth.get("author"), "datePublished": truth.get("publish_date")}
json.dump(pages, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(pages)} pages under {out}")
PY
