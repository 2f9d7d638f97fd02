#!/usr/bin/python3
"""Times readability-lxml (Debian's python3-readability) on the same pages and split as
`./marsad bench extraction-quality`, one page at a time on one thread, after a warm-up pass:
the side-by-side figure for the extractor's speed (docs/extraction.md). Also prints its mean
4-shingle F1 on the shingle sets, scored like ShingleF1 (lower-cased letter/digit tokens).

usage: bench/scripts/readability-lxml-speed.py [--part tune|report|all] [--per-page] DIR...
(--per-page: also each page's F1, as "set/page F1", to put beside the bench's per-page lines)
"""
import gzip
import json
import os
import re
import sys
import time
import zlib
from collections import Counter

try:
    import lxml.html
    from readability import Document
except ImportError:
    # Debian's package installs into the system Python, which a pyenv or venv python3 on the PATH does not see
    sys.exit("readability-lxml is not installed for /usr/bin/python3: apt-get install python3-readability, "
             "then run this script directly (bench/scripts/readability-lxml-speed.py …), not through another python3")

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def part_of(set_name, page_id):
    # the same halves as ExtractionQuality: CRC32 of "set/id", even = tune
    return "tune" if zlib.crc32(f"{set_name}/{page_id}".encode("utf-8")) % 2 == 0 else "report"


def load(directory):
    set_name = os.path.basename(os.path.normpath(directory))
    truth = os.path.join(directory, "ground-truth.json")
    snippets = os.path.join(directory, "evaldata.json")
    if os.path.isfile(truth):
        for page_id, entry in json.load(open(truth, encoding="utf-8")).items():
            path = os.path.join(directory, "html", page_id + ".html.gz")
            if os.path.isfile(path):
                yield set_name, page_id, gzip.open(path).read(), entry.get("articleBody", "")
    elif os.path.isfile(snippets):
        for entry in json.load(open(snippets, encoding="utf-8")).values():
            path = os.path.join(directory, "eval", entry["file"])
            if os.path.isfile(path):
                yield set_name, entry["file"], open(path, "rb").read(), None
    else:
        for page_id in sorted(os.listdir(directory)):
            source = os.path.join(directory, page_id, "source.html")
            expected = os.path.join(directory, page_id, "expected.html")
            if os.path.isfile(source) and os.path.isfile(expected):
                expected_text = lxml.html.fromstring(open(expected, "rb").read()).text_content()
                yield set_name, page_id, open(source, "rb").read(), expected_text


def shingles(text):
    tokens = TOKEN.findall((text or "").lower())
    size = min(4, len(tokens))
    return Counter(" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)) if size else Counter()


def f1(extracted, expected):
    got, want = shingles(extracted), shingles(expected)
    if not got and not want:
        return 1.0
    if not got or not want:
        return 0.0
    overlap = sum((got & want).values())
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def extract(html):
    try:
        summary = Document(html).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    except Exception:  # readability-lxml raises on some broken pages; count it as nothing found
        return ""


def main(args):
    part, per_page = "all", False
    while args and args[0] in ("--part", "--per-page"):
        if args[0] == "--per-page":
            per_page, args = True, args[1:]
        elif len(args) >= 2:
            part, args = args[1], args[2:]
        else:
            sys.exit(__doc__)
    pages = [p for d in args for p in load(d) if part == "all" or part_of(p[0], p[1]) == part]
    for page in pages:  # warm-up pass, not timed
        extract(page[2])
    elapsed, scores = 0.0, {}
    for set_name, page_id, html, expected in pages:
        start = time.perf_counter()
        text = extract(html)
        elapsed += time.perf_counter() - start
        if expected is not None:
            scores.setdefault(set_name, []).append(f1(text, expected))
            if per_page:
                print(f"{set_name}/{page_id} {scores[set_name][-1]:.3f}")
    for set_name, values in scores.items():
        print(f"{set_name}: {len(values)} pages, readability-lxml mean F1 {sum(values) / len(values):.3f}")
    size = sum(len(p[2]) for p in pages) / 1048576
    print(f"readability-lxml (one thread, after a warm-up pass): {len(pages)} pages, {size:.1f} MiB, "
          f"{len(pages) / elapsed:.1f} pages/s, {size / elapsed:.2f} MiB/s")


if __name__ == "__main__":
    main(sys.argv[1:])
