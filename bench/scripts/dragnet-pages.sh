#!/usr/bin/env bash
# Gathers three older public sets of real news and blog pages, never used to tune the extractor:
#  - Dragnet's (Moz, 2012; github.com/seomoz/dragnet_data, AGPLv3 data): 1,381 news and blog pages,
#    each with its main content written out by a person (title, date line and captions included;
#    the comments that follow a marker line are left out here);
#  - L3S-GN1 (Kohlschütter et al., 2010: 621 English Google News articles of 2008; the copy that
#    github.com/geodrome/page-signal keeps), each page with its text marked in place: the "full text"
#    marks (x-nc-sel2) are the expected body, the headline and supplemental marks are left out;
#  - CleanPortalEval (PPKE NLP group, github.com/ppke-nlpg/CleanPortalEval, 2013; no licence stated, so
#    not kept in the repository): 71 articles of BBC News, MSNBC, two Washington Post blogs and a WSJ
#    blog, each with its text written out in CleanEval's notation (<h>, <p>, <l> opening each block);
#    the headline, the first block when it is an <h>, is left out as it is Marsad's title, not its body.
# All are taken from one repository that holds them side by side,
# github.com/j-szulc/html-cleaning-dataset-merged, at a pinned commit.
#
#   bench/scripts/dragnet-pages.sh DEST [SOURCES]
#
# Writes DEST/dragnet, DEST/l3s-gn1 and DEST/cleanportaleval in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz).
# The directories' names are part of each page's hash, which splits the sets into their tune and
# report halves: keep them. SOURCES is an optional directory of existing clones named owner+name
# (bare or not); without one the repository is cloned from GitHub.
# Then: ./marsad bench extraction-quality --part report DEST/dragnet DEST/l3s-gn1 DEST/cleanportaleval
# (docs/extraction.md#sets-never-tuned-on).
set -euo pipefail

dest=${1:?usage: dragnet-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of j-szulc/html-cleaning-dataset-merged)
commit=46e01a04b47051838a228bf23631430b2c9de375
git -C "$repo" archive "$commit" dragnet_data page-signal-master CleanPortalEval-master | tar -x -C "$work"
PYTHONPATH="$(cd "$(dirname "$0")" && pwd)" python3 - "$work" "$dest" <<'PY'
from gold_text import decoded  # Dragnet's gold files: UTF-8, five UTF-16, 37 Windows-1252 (102: 0x96)
import gzip, html, json, os, re, sys
from html.parser import HTMLParser

work, dest = sys.argv[1:]
# the marker line, "!@#$%^&*()  COMMENTS", is written with a character more or less in some files ("#$%^&*()  COMMENTS")
COMMENTS = re.compile(r"^[^\n]{0,12}[&*()]{2,}[ \t]+COMMENTS[ \t\r]*$", re.M)

def write(name, pages):
    out = os.path.join(dest, name)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth = {}
    for page_id, (page, body, url) in sorted(pages.items()):
        with gzip.open(os.path.join(out, "html", page_id + ".html.gz"), "wb") as f:
            f.write(page)
        truth[page_id] = {"url": url, "articleBody": body}
    json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{len(truth)} pages under {out}")

def text_lines(text):
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())

def gather(directory, expected_text, page_of=lambda html: (html, None)):
    """Each input/<id>.html (as page_of gives it and its address) with the expected text read from GoldStandard/<id>.txt."""
    root = os.path.join(work, directory)
    pages = {}
    for name in os.listdir(os.path.join(root, "input")):
        page_id, ext = os.path.splitext(name)
        gold = os.path.join(root, "GoldStandard", page_id + ".txt")
        if ext == ".html" and os.path.isfile(gold):
            expected = expected_text(decoded(open(gold, "rb").read()))
            page, url = page_of(open(os.path.join(root, "input", name), "rb").read())
            pages[page_id] = (page, text_lines(expected), url)
    return pages

# Dragnet: the gold text is the main content, then the comments after a marker line
write("dragnet", gather("dragnet_data", lambda gold: COMMENTS.split(gold)[0]))

# L3S-GN1: GoldStandard/<id>.txt is the page itself with each text marked by <span class="x-nc-selN">
BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dd", "dt"}

class FullText(HTMLParser):
    """Collects the text whose innermost mark is x-nc-sel2 ("full text"), a line break at each block's edge."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks, self.parts = [], []
    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append("\n")
        if tag == "span":
            cls = dict(attrs).get("class") or ""
            self.marks.append(cls if cls.startswith("x-nc-sel") else None)
    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self.parts.append("\n")
        if tag == "span" and self.marks:
            self.marks.pop()
    def handle_data(self, data):
        mark = next((m for m in reversed(self.marks) if m), None)
        if mark == "x-nc-sel2":
            self.parts.append(data)
    def handle_startendtag(self, tag, attrs):
        pass

def full_text(gold):
    parser = FullText()
    parser.feed(gold)
    return "".join(parser.parts)

write("l3s-gn1", gather("page-signal-master", full_text))

# CleanPortalEval: the page is wrapped in CleanEval's <text id="URL"> ... </text>; the gold text is a
# "URL: ..." line, then blocks each opened by <h>, <p> or <l>, their lines wrapped, entities escaped
WRAPPER = re.compile(rb'^\s*<text id="([^"]*)"[^>]*>|</text>\s*$')
BLOCK_MARK = re.compile(r"<[hpl]>")

def unwrapped(page):
    opening = WRAPPER.match(page)
    url = opening.group(1).decode("utf-8", "replace") if opening else None
    return WRAPPER.sub(b"", page), url

def cleaneval_text(gold):
    text = re.sub(r"^\s*URL:[^\n]*\n", "", gold)
    if text.lstrip().startswith("<h>"):
        text = text.lstrip()[len("<h>"):]
        text = text[BLOCK_MARK.search(text).start():] if BLOCK_MARK.search(text) else ""
    blocks = (" ".join(block.split()) for block in BLOCK_MARK.split(text))
    return "\n".join(html.unescape(block) for block in blocks if block)

write("cleanportaleval", gather("CleanPortalEval-master", cleaneval_text, unwrapped))
PY
