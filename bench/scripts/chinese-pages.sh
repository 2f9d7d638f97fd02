#!/usr/bin/env bash
# Gathers the Chinese Web Content Extraction Dataset (github.com/immortal-autumn/Chinese-Web-Content-Extraction-Dataset,
# Elwin, 2022, MIT): 69 Chinese pages saved from 2004 to 2022 (Sohu, Sina, NetEase and Yahoo China news, RFI's Chinese
# service, government notices, blogs, forums, a Wikipedia article) in GB2312, GBK and UTF-8, each with its text copied
# out by hand, its authors and its publication time. No rule of Marsad was made from them before 2026-12-06.
#
#   bench/scripts/chinese-pages.sh DEST [SOURCES]
#
# Writes DEST/chinese-content in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz): the text as
# `articleBody`, the day as `datePublished` (YYYY-MM-DD, or YYYY-MM where no day is given), the authors as `author`
# (the set parts names by spaces or 、; Chinese names hold no space, so they are joined by commas), each left out where
# the set says UNKNOWN. The copied text keeps the line breaks of the page's fixed-width columns, which the scorer, by
# character for Chinese, does not see. Most pages come as a web corpus keeps them, inside <text id="URL" …>…</text>: they
# are unwrapped, and the address is kept as the page's URL. The directory's name is part of each page's hash, which splits the set into its
# halves: keep it. SOURCES is an optional directory of existing clones named owner+name (bare or not); without one the
# repository is cloned from GitHub. Then: ./marsad bench extraction-quality --part report DEST/chinese-content
# (docs/extraction.md, thirty-second round).
set -euo pipefail

dest=${1:?usage: chinese-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of immortal-autumn/Chinese-Web-Content-Extraction-Dataset)
commit=99d0ef08419109b5489b12e38f771f25b952d774
git -C "$repo" archive "$commit" original cleaned date author | tar -x -C "$work"
python3 - "$work" "$dest/chinese-content" <<'PY'
import gzip, json, os, re, sys

data, out = sys.argv[1:]
os.makedirs(os.path.join(out, "html"), exist_ok=True)
DATE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
HAN = re.compile(r"^[\u3400-\u9fff·]+$")
WRAPPER = re.compile(rb'\s*<text id="([^"]*)"[^>]*>\s*')


def read(folder, stem):
    path = os.path.join(data, folder, stem + ".txt")
    return open(path, encoding="utf-8-sig").read().strip() if os.path.isfile(path) else ""


def day(written):
    match = DATE.match(written)
    if not match:
        return None  # UNKNOWN, or a name written in the date's file by mistake
    year, month, of_month = match.groups()
    return f"{year}-{int(month):02d}" + (f"-{int(of_month):02d}" if of_month else "")


def authors(written):
    if not written or written.upper().startswith(("UNKNOWN", "UNKNWON")):
        return None
    names = [name for name in re.split(r"[\s、]+", written) if name]
    return ", ".join(names) if all(HAN.match(name) for name in names) else written


truth = {}
for name in sorted(os.listdir(os.path.join(data, "original"))):
    stem = os.path.splitext(name)[0]
    text = read("cleaned", stem)
    if not text:
        continue
    raw = open(os.path.join(data, "original", name), "rb").read()
    # most pages come wrapped as a corpus keeps them, <text id="URL" title=… encoding=…>page</text>: the page is unwrapped,
    # and its address kept as a crawler knows it
    wrapper = WRAPPER.match(raw)
    url = None
    if wrapper:
        url = wrapper.group(1).decode("ascii", "replace")
        raw = re.sub(rb"</text>\s*$", b"", raw[wrapper.end():])
    with gzip.open(os.path.join(out, "html", stem + ".html.gz"), "wb") as page:
        page.write(raw)
    entry = {"url": url, "articleBody": text}
    if day(read("date", stem)):
        entry["datePublished"] = day(read("date", stem))
    if authors(read("author", stem)):
        entry["author"] = authors(read("author", stem))
    truth[stem] = entry
json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(truth)} pages under {out}: {sum('datePublished' in e for e in truth.values())} dates, "
      f"{sum('author' in e for e in truth.values())} authors")
PY
