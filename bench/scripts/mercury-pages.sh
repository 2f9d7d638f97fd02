#!/usr/bin/env bash
# Gathers the news pages of Postlight's Parser (formerly Mercury; github.com/postlight/parser,
# MIT or Apache 2.0): one saved page per site for about 140 sites of 2016–2022 (The Verge, Vox, NPR,
# the New York Times, CNN, Le Monde, Spektrum, Asahi…), each with the title, author, publication
# time and first words of the body its site extractor's test asserts. No rule of Marsad was made
# from them before 2026-12-05.
#
#   bench/scripts/mercury-pages.sh DEST [SOURCES]
#
# Writes DEST/mercury in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz), the body given
# only by its opening (`articleStart`), scored by whether Marsad's body holds it and how far in. The
# parser saved each page as it reads it, its <meta content> renamed value: the pages are written back
# with content.
# Only each test's first case is read (its page is fixtures/<site>.html), and only values written as
# string literals. Left out: pages that are no article (a tweet, a video, a Reddit thread, a paste, a
# repository, a clinical trial, lyrics, a bookshop, a vulnerability record) and author strings that
# are not just names (a profile address, "Politik · …", "著者：…", "Mike Cason | mcason@al.com").
# SOURCES is an optional directory of existing clones named owner+name (bare or not); without one
# the repository is cloned from GitHub. Then: ./marsad bench extraction-quality --part tune DEST/mercury
# (docs/extraction.md, seventeenth round).
set -euo pipefail

dest=${1:?usage: mercury-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of postlight/parser)
commit=e8ba7ece291efa4d915d50dd4deeec17d54359f2
out="$dest/mercury"
mkdir -p "$out/html"
python3 - "$repo" "$commit" "$out" <<'PY'
import gzip, json, os, re, subprocess, sys
git_dir, commit, out = sys.argv[1:]
NOT_ARTICLES = {"twitter.com", "www.youtube.com", "www.reddit.com", "pastebin.com", "github.com", "clinicaltrials.gov",
                "genius.com", "bookwalker.jp", "jvndb.jvn.jp"}
# an address, a section, a label, a profile's text, two names run together ("WisemanFatima"), a domain
NOT_JUST_NAMES = re.compile(r"https?:|@|/|\||·|:|：|\[|（|《|●|著|作者|\n|ORCID|[a-z]{3}[A-Z]|[a-z]\.[a-z]{2,}")
# The parser saved its pages after renaming <meta content> to value (and property to name), as it reads them: put back
META_VALUE = re.compile(rb"(<meta\b(?![^>]*\scontent=)[^>]*?\s)value=", re.IGNORECASE)
LITERAL = r"(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`(?:[^`\\]|\\.)*`)"
VALUE = rf"(null|{LITERAL}(?:\s*\+\s*{LITERAL})*)"

def show(path):
    return subprocess.run(["git", "-C", git_dir, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout

def unquote(value):
    """A JavaScript string literal (or several joined by +) as its text; null as None."""
    if value == "null":
        return None
    text = ""
    for literal in re.findall(LITERAL, value):
        body = literal[1:-1]
        body = body.replace("\\n", "\n")
        body = re.sub(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1) or m.group(2), 16)), body)
        text += re.sub(r"\\(.)", r"\1", body)
    return text

names = subprocess.run(["git", "-C", git_dir, "ls-tree", "-r", "--name-only", commit, "src/extractors/custom"],
                       capture_output=True, text=True, check=True).stdout.split()
pages = {}
for name in sorted(n for n in names if n.endswith("/index.test.js")):
    site = name.split("/")[-2]
    test = show(name).decode("utf-8")
    reads = list(re.finditer(r"readFileSync\(\s*'\./fixtures/([^']+)'", test))
    if site in NOT_ARTICLES or not reads:
        continue
    first_case = test[:reads[1].start()] if len(reads) > 1 else test
    urls = re.findall(rf"\burl\s*=\s*({LITERAL})", first_case)
    asserted = {}
    for field in ("title", "author", "date_published", "first13"):
        found = re.search(rf"assert\.equal\(\s*{field}\s*,\s*{VALUE}\s*,?\s*\)", first_case)
        if found and unquote(found.group(1)):
            asserted[field] = unquote(found.group(1)).strip()
    if not urls or not asserted:
        continue
    page_id = reads[0].group(1).removesuffix(".html")
    with gzip.open(os.path.join(out, "html", page_id + ".html.gz"), "wb") as html:
        html.write(META_VALUE.sub(rb"\1content=", show("fixtures/" + reads[0].group(1))))
    page = {"url": unquote(urls[0]), "title": asserted.get("title"),
            "datePublished": asserted.get("date_published", "")[:10] or None, "articleStart": asserted.get("first13")}
    author = asserted.get("author")
    if author and not NOT_JUST_NAMES.search(author):
        page["author"] = author  # left out otherwise: unknown, not "nobody"
    pages[page_id] = page
json.dump(pages, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(pages)} pages under {out}: {sum(1 for p in pages.values() if p.get('articleStart'))} with the body's opening, "
      f"{sum(1 for p in pages.values() if p.get('title'))} titles, {sum(1 for p in pages.values() if p.get('author'))} authors, "
      f"{sum(1 for p in pages.values() if p.get('datePublished'))} dates")
PY
