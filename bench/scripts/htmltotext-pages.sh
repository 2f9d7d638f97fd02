#!/usr/bin/env bash
# Gathers the news and blog pages of leogao2/htmltotext-benchmark (github.com/leogao2/htmltotext-benchmark, August
# 2020; no licence stated, so the pages stay outside this repository): pages saved in 2020 with their text written out
# by hand, in German, English, Croatian and Chinese (Süddeutsche, Tagesschau, Wired, Vox, CNBC, Google's AI blog,
# Jutarnji, Večernji…). No rule of Marsad was made from them before 2026-12-06.
#
#   bench/scripts/htmltotext-pages.sh DEST [SOURCES]
#
# Writes DEST/htmltotext in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz), ids "<language>-<file>". Left
# out: the forum threads and the encyclopedia page, which are no articles. The expected texts keep the headline, and
# some keep captions, a byline or readers' comments (Scott Aaronson's blog: 285,000 characters of them), which Marsad
# leaves out. The directory's name is part of each page's hash, which splits the set into its halves: keep it.
# SOURCES is an optional directory of existing clones named owner+name (bare or not); without one the repository is
# cloned from GitHub. Then: ./marsad bench extraction-quality --part report DEST/htmltotext
# (docs/extraction.md, thirtieth round).
set -euo pipefail

dest=${1:?usage: htmltotext-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of leogao2/htmltotext-benchmark)
commit=feab59949ee4f9789af8e0c2412720895278d3cf
git -C "$repo" archive "$commit" benchmarkdata | tar -x -C "$work"
python3 - "$work/benchmarkdata" "$dest/htmltotext" <<'PY'
import gzip, json, os, sys

data, out = sys.argv[1:]
os.makedirs(os.path.join(out, "html"), exist_ok=True)
truth = {}
for language in sorted(os.listdir(data)):
    html_dir, text_dir = os.path.join(data, language, "html"), os.path.join(data, language, "text")
    if not os.path.isdir(html_dir):
        continue
    for name in sorted(os.listdir(html_dir)):
        stem = name.removesuffix(".html")
        text = os.path.join(text_dir, stem + ".txt")
        if stem.startswith(("forum-", "wiki-")) or not os.path.isfile(text):
            continue
        page_id = f"{language}-{stem}"
        with gzip.open(os.path.join(out, "html", page_id + ".html.gz"), "wb") as page:
            page.write(open(os.path.join(html_dir, name), "rb").read())
        truth[page_id] = {"url": None, "articleBody": open(text, encoding="utf-8").read()}
json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(truth)} pages under {out}")
PY
