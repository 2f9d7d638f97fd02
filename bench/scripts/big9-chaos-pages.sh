#!/usr/bin/env bash
# Gathers the two web content extraction sets of Utomo & Leu (github.com/MSVCode/ir-research-data, 2019, "only for
# research purpose", so the pages stay outside this repository), each page with its article's text written out by a
# person. No rule of Marsad was made from them before 2026-12-06:
#  - Big9: ten pages of each of nine news sites (Ars Technica, BBC, CNN, Forbes, Fox News, the Los Angeles Times,
#    New York Magazine, the New York Post, Yahoo News) as saved in 2005, 2009, 2013 and 2017: 360 pages, the same sites
#    redesigned three times over;
#  - Chaos: the first results of 36 web searches in 2017, ten each: 360 pages of about 240 sites, news and blogs.
#
#   bench/scripts/big9-chaos-pages.sh DEST [SOURCES]
#
# Writes DEST/big9 (ids "<year>-<file>") and DEST/chaos in Scrapinghub's layout (ground-truth.json +
# html/<id>.html.gz). The expected text opens with the headline, Marsad's title and not its body: a first line that
# the page's <title> or an <h1> holds is left out. The gold files are UTF-8 or, most of them, Windows-1252, read as
# such. The directories' names are part of each page's hash, which splits a set into its halves: keep them.
# SOURCES is an optional directory of existing clones named owner+name (bare or not); without one the repository is
# cloned from GitHub. Then: ./marsad bench extraction-quality --part report DEST/big9 DEST/chaos
# (docs/extraction.md, thirty-second round).
set -euo pipefail

dest=${1:?usage: big9-chaos-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of MSVCode/ir-research-data)
commit=cbb428cea48e1392496a6542b610fb422a436b52
git -C "$repo" archive "$commit" Extraction | tar -x -C "$work"
PYTHONPATH="$(cd "$(dirname "$0")" && pwd)" python3 - "$work/Extraction" "$dest" <<'PY'
from gold_text import decoded, without_headline
import gzip, html, json, os, re, sys

data, dest = sys.argv[1:]


def write(name, pages):
    out = os.path.join(dest, name)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth = {}
    for page_id, html_path, gold_path in pages:
        raw = open(html_path, "rb").read()
        with gzip.open(os.path.join(out, "html", page_id + ".html.gz"), "wb") as page:
            page.write(raw)
        text = decoded(open(gold_path, "rb").read()).replace("\r\n", "\n")
        truth[page_id] = {"url": None, "articleBody": without_headline(text, decoded(raw))}
    json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{len(truth)} pages under {out}")


def pages_of(folder, prefix=""):
    found = []
    for name in sorted(os.listdir(os.path.join(folder, "html"))):
        stem = os.path.splitext(name)[0]
        gold = os.path.join(folder, "gold", stem + ".txt")
        if os.path.isfile(gold):
            found.append((prefix + stem, os.path.join(folder, "html", name), gold))
    return found


big9 = []
for year in ("05", "09", "13", "17"):
    big9 += pages_of(os.path.join(data, f"big5-{year}"), f"20{year}-")
write("big9", big9)
write("chaos", pages_of(os.path.join(data, "chaos-all")))
PY
