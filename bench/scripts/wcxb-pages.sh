#!/usr/bin/env bash
# Gathers the article pages of WCXB, the Web Content Extraction Benchmark (Murrough Foley, v1.0, 2026,
# CC-BY-4.0, github.com/Murrough-Foley/web-content-extraction-benchmark at a pinned commit): pages of
# 2025 from a different site each, every one with its main content written out (drafted by a language
# model and reviewed, the benchmark says). Only the 967 pages it labels "article" (news, blogs, guides)
# with their text written out are taken; its forums, product, listing, documentation and service
# pages are not what Marsad crawls.
#
#   bench/scripts/wcxb-pages.sh DEST [SOURCES]
#
# Writes DEST/wcxb in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz), the benchmark's dev
# and test pages together: the directory's name is part of each page's hash, which splits the set into
# its tune and report halves, so keep it. SOURCES is an optional directory of existing clones named
# owner+name (bare or not); without one the repository is cloned from GitHub.
# Then: ./marsad bench extraction-quality --part report DEST/wcxb
# (docs/extraction.md#modern-articles-wcxb-tenth-round-2026-12-04).
set -euo pipefail

dest=${1:?usage: wcxb-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of Murrough-Foley/web-content-extraction-benchmark)
commit=c039d5ee9f5a3a984a0e167e63aacd04e76e78a9
git -C "$repo" archive "$commit" metadata.json dev test | tar -x -C "$work"
python3 - "$work" "$dest/wcxb" <<'PY'
import json, os, shutil, sys

benchmark, out = sys.argv[1:]
files = json.load(open(os.path.join(benchmark, "metadata.json"), encoding="utf-8"))["files"]
os.makedirs(os.path.join(out, "html"), exist_ok=True)
truth = {}
for page_id, about in sorted(files.items()):
    if about["page_type"] != "article":
        continue
    split = os.path.join(benchmark, about["split"])
    page = json.load(open(os.path.join(split, "ground-truth", page_id + ".json"), encoding="utf-8"))
    if "main_content" not in page["ground_truth"]:
        continue  # one article page has only its snippets written out
    shutil.copyfile(os.path.join(split, "html", page_id + ".html.gz"), os.path.join(out, "html", page_id + ".html.gz"))
    truth[page_id] = {"url": page.get("url"), "articleBody": page["ground_truth"]["main_content"]}
json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(truth)} pages under {out}")
PY
