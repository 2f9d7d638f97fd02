#!/usr/bin/env bash
# Gathers the article pages of WCXB, the Web Content Extraction Benchmark (Murrough Foley, v1.0, 2026,
# CC-BY-4.0, github.com/Murrough-Foley/web-content-extraction-benchmark at a pinned commit): pages of
# 2025 from a different site each, every one with its main content written out (drafted by a language
# model and reviewed, the benchmark says). Only the pages it labels "article" (news, blogs, guides) are
# taken, not its forums, product, listing, documentation and service pages, which Marsad does not crawl
# for articles, nor the few whose text is not written out. The benchmark's first release of 1,000 pages
# (modern-web-pages.sh, tuned on since 2026-12-02) is part of it: those pages are left out too, and the
# 508 left were never tuned on before 2026-12-04.
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
first_release=$(git_dir_of tiptopjaw/web-content-extraction-benchmark)
first_release_commit=977613a3a90de65c9ed5e1db251eeede7b9d9714
git -C "$repo" archive "$commit" metadata.json dev test | tar -x -C "$work"
python3 - "$work" "$dest/wcxb" "$first_release" "$first_release_commit" <<'PY'
import json, os, shutil, subprocess, sys

benchmark, out, first_release, first_release_commit = sys.argv[1:]
files = json.load(open(os.path.join(benchmark, "metadata.json"), encoding="utf-8"))["files"]

def first_release_pages():
    """The ids and URLs of the first release's pages, read in one git process."""
    tree = subprocess.run(["git", "-C", first_release, "ls-tree", "-r", first_release_commit, "benchmark/ground-truth"],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    blobs = "".join(line.split()[2] + "\n" for line in tree if line.endswith(".json"))
    batch = subprocess.run(["git", "-C", first_release, "cat-file", "--batch"], input=blobs.encode(),
                           capture_output=True, check=True).stdout
    ids, urls, at = set(), set(), 0
    while at < len(batch):
        header_end = batch.index(b"\n", at)
        size = int(batch[at:header_end].split()[2])
        page = json.loads(batch[header_end + 1:header_end + 1 + size])
        ids.add(page["file_id"])
        urls.add(page["url"])
        at = header_end + 1 + size + 1
    return ids, urls

seen_ids, seen_urls = first_release_pages()
os.makedirs(os.path.join(out, "html"), exist_ok=True)
truth = {}
for page_id, about in sorted(files.items()):
    if about["page_type"] != "article" or page_id in seen_ids:
        continue
    split = os.path.join(benchmark, about["split"])
    page = json.load(open(os.path.join(split, "ground-truth", page_id + ".json"), encoding="utf-8"))
    if not page["ground_truth"].get("main_content") or page.get("url") in seen_urls:
        continue  # a few article pages have only their snippets written out
    shutil.copyfile(os.path.join(split, "html", page_id + ".html.gz"), os.path.join(out, "html", page_id + ".html.gz"))
    about_page = page["ground_truth"]
    truth[page_id] = {"url": page.get("url"), "articleBody": about_page["main_content"], "title": about_page.get("title"),
                      "author": about_page.get("author"), "datePublished": about_page.get("publish_date")}
json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(truth)} pages under {out}")
PY
