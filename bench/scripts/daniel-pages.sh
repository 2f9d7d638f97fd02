#!/usr/bin/env bash
# Gathers the DAniEL corpus's news pages, never used to tune the extractor: 1,689 pages of 2011-2012 from
# about 570 news sites in five languages (English, Chinese, Russian, Greek, Polish), each with its
# article's text written out by a person (Lejeune & Zhu, "A New Proposal for Evaluating Web Page Cleaning
# Tools", Computación y Sistemas 22(4), 2018; the re-annotated version 2.1 that
# github.com/rundimeco/waddle keeps, GPLv3, at a pinned commit). The expected text starts with the
# headline, which Marsad's body leaves out: a perfect body scores a little below 1 on every page.
#
#   bench/scripts/daniel-pages.sh DEST [SOURCES]
#
# Writes one set per language, DEST/daniel-en, daniel-zh, daniel-ru, daniel-el and daniel-pl, in
# Scrapinghub's layout (ground-truth.json + html/<id>.html.gz). The directories' names are part of each
# page's hash, which splits the sets into their tune and report halves: keep them. SOURCES is an optional
# directory of existing clones named owner+name (bare or not); without one the repository is cloned
# from GitHub.
# Then: ./marsad bench extraction-quality --part report DEST/daniel-*
# (docs/extraction.md#five-languages-daniel-ninth-round-2026-12-04).
set -euo pipefail

dest=${1:?usage: daniel-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of rundimeco/waddle)
commit=be875ce12ad9e23ef68ef7f3b0605db6d06bcdb1
git -C "$repo" archive "$commit" corpora/Corpus_daniel_v2.1 | tar -x -C "$work"
python3 - "$work/corpora/Corpus_daniel_v2.1" "$dest" <<'PY'
import gzip, html, json, os, re, sys

corpus, dest = sys.argv[1:]
SETS = {"English": "daniel-en", "Chinese": "daniel-zh", "Russian": "daniel-ru", "Greek": "daniel-el", "Polish": "daniel-pl"}
languages = json.load(open(os.path.join(corpus, "doc_lg.json"), encoding="utf-8"))

def expected_text(reference):
    """The reference is the article as <p> elements; one line per paragraph, entities decoded."""
    paragraphs = re.split(r"(?i)</?p\b[^>]*>", reference)
    lines = (html.unescape(re.sub(r"<[^>]+>", " ", p)) for p in paragraphs)
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())

pages = {name: {} for name in SETS.values()}
for page_id in sorted(os.listdir(os.path.join(corpus, "html"))):
    reference = os.path.join(corpus, "reference", page_id)
    language = languages.get(page_id)
    if language in SETS and os.path.isfile(reference):
        body = expected_text(open(reference, encoding="utf-8", errors="replace").read())
        pages[SETS[language]][page_id] = (open(os.path.join(corpus, "html", page_id), "rb").read(), body)

for name, set_pages in pages.items():
    out = os.path.join(dest, name)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth = {}
    for page_id, (page, body) in set_pages.items():
        with gzip.open(os.path.join(out, "html", page_id + ".html.gz"), "wb") as f:
            f.write(page)
        truth[page_id] = {"url": None, "articleBody": body}
    json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{len(truth)} pages under {out}")
PY
