#!/usr/bin/env bash
# Gathers the article pages of github.com/WubabooTR/evan_extract (2021, no licence stated, so the pages stay outside
# this repository): 85 pages saved from the open web in 2020, mostly news and blog posts about the pandemic and US
# politics from about a hundred sites (Fox News, CNBC, Reuters, C-SPAN's transcripts, WordPress blogs, fact-checkers
# and hoax sites), each with its article's text written out by a person. No rule of Marsad was made from them before
# 2026-12-07 (docs/extraction.md, fortieth round).
#
#   bench/scripts/evan-extract-pages.sh DEST [SOURCES]
#
# Its folder of error pages ("no_content": 404 pages, each with its message as the text) is left out: they hold no
# article. Writes DEST/evan-extract in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz), each page's address from
# its canonical link or og:url where it gives one. A first line of the expected text that the page's <title> or an
# <h1> holds (the headline, Marsad's title and not its body) is left out. The directory's name is part of each page's
# hash, which splits the set into its halves: keep it. SOURCES is an optional directory of existing clones named
# owner+name (bare or not); without one the repository is cloned from GitHub.
# Then: ./marsad bench extraction-quality --part report DEST/evan-extract
set -euo pipefail

dest=${1:?usage: evan-extract-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of WubabooTR/evan_extract)
commit=a339d457cce63a06b705145b5db513922fad089e
mkdir "$work/articles"
# the folder's own tree: archiving the commit with a path walks the whole tree, and a blob-less clone need not hold it all
git -C "$repo" archive "$commit:articles" | tar -x -C "$work/articles"
PYTHONPATH="$(cd "$(dirname "$0")" && pwd)" python3 - "$work/articles" "$dest/evan-extract" <<'PY'
from gold_text import decoded, without_headline
import gzip, html, json, os, re, sys

data, out = sys.argv[1:]
CANONICAL = (re.compile(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", re.I),
             re.compile(r"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']canonical", re.I),
             re.compile(r"property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", re.I),
             re.compile(r"content=[\"']([^\"']+)[\"'][^>]*property=[\"']og:url", re.I))


def address(page):
    for pattern in CANONICAL:
        found = pattern.search(page)
        if found and found.group(1).startswith("http"):
            return html.unescape(found.group(1))
    return None


os.makedirs(os.path.join(out, "html"), exist_ok=True)
truth = {}
for name in sorted(os.listdir(data)):
    stem, extension = os.path.splitext(name)
    gold = os.path.join(data, stem + ".txt")
    if extension != ".html" or not os.path.isfile(gold):
        continue
    raw = open(os.path.join(data, name), "rb").read()
    with gzip.open(os.path.join(out, "html", stem + ".html.gz"), "wb") as page:
        page.write(raw)
    page_text = decoded(raw)
    text = decoded(open(gold, "rb").read()).replace("\r\n", "\n")
    truth[stem] = {"url": address(page_text), "articleBody": without_headline(text, page_text)}
json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(truth)} pages under {out}")
PY
