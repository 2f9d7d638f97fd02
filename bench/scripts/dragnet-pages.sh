#!/usr/bin/env bash
# Gathers two older public sets of real news and blog pages, never used to tune the extractor:
#  - Dragnet's (Moz, 2012; github.com/seomoz/dragnet_data, AGPLv3 data): 1,381 news and blog pages,
#    each with its main content written out by a person (title, date line and captions included;
#    the comments that follow a marker line are left out here);
#  - L3S-GN1 (Kohlschütter et al., 2010: 621 English Google News articles of 2008; the copy that
#    github.com/geodrome/page-signal keeps), each page with its text marked in place: the "full text"
#    marks (x-nc-sel2) are the expected body, the headline and supplemental marks are left out.
# Both are taken from one repository that holds them side by side,
# github.com/j-szulc/html-cleaning-dataset-merged, at a pinned commit.
#
#   bench/scripts/dragnet-pages.sh DEST [SOURCES]
#
# Writes DEST/dragnet and DEST/l3s-gn1 in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz).
# The directories' names are part of each page's hash, which splits the sets into their tune and
# report halves: keep them. SOURCES is an optional directory of existing clones named owner+name
# (bare or not); without one the repository is cloned from GitHub.
# Then: ./marsad bench extraction-quality --part report DEST/dragnet DEST/l3s-gn1
# (docs/extraction.md#sets-never-tuned-on).
set -euo pipefail

dest=${1:?usage: dragnet-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of j-szulc/html-cleaning-dataset-merged)
commit=46e01a04b47051838a228bf23631430b2c9de375
git -C "$repo" archive "$commit" dragnet_data page-signal-master | tar -x -C "$work"
python3 - "$work" "$dest" <<'PY'
import gzip, json, os, re, sys
from html.parser import HTMLParser

work, dest = sys.argv[1:]
# the marker line, "!@#$%^&*()  COMMENTS", is written with a character more or less in some files ("#$%^&*()  COMMENTS")
COMMENTS = re.compile(r"^[^\n]{0,12}[&*()]{2,}[ \t]+COMMENTS[ \t\r]*$", re.M)

def write(name, pages):
    out = os.path.join(dest, name)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth = {}
    for page_id, (html, body) in sorted(pages.items()):
        with gzip.open(os.path.join(out, "html", page_id + ".html.gz"), "wb") as f:
            f.write(html)
        truth[page_id] = {"url": None, "articleBody": body}
    json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{len(truth)} pages under {out}")

def text_lines(text):
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())

def gather(directory, expected_text):
    """Each input/<id>.html with the expected text read from GoldStandard/<id>.txt."""
    root = os.path.join(work, directory)
    pages = {}
    for name in os.listdir(os.path.join(root, "input")):
        page_id, ext = os.path.splitext(name)
        gold = os.path.join(root, "GoldStandard", page_id + ".txt")
        if ext == ".html" and os.path.isfile(gold):
            expected = expected_text(open(gold, encoding="utf-8", errors="replace").read())
            pages[page_id] = (open(os.path.join(root, "input", name), "rb").read(), text_lines(expected))
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
PY
