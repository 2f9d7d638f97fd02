#!/usr/bin/env bash
# Gathers the news pages of Fundus (github.com/flairNLP/fundus, MIT): one or more saved pages for each
# of about 200 publishers in about 45 countries (Der Standard, Le Monde, the BBC, CNN, NHK, LBC's Arabic
# site, the Times of Israel…), saved from 2023 to 2026. For each page its publisher's parser test asserts
# the title, authors, publication time and the whole body: the standfirst, then each section's
# subheading and paragraphs. No rule of Marsad was made from them before 2026-12-05.
#
#   bench/scripts/fundus-pages.sh DEST [SOURCES]
#
# Writes DEST/fundus in Scrapinghub's layout (ground-truth.json + html/<id>.html.gz). A publisher's
# expectations are kept by parser version (V1, V1_1, V2…) and its pages by the day they were saved; the n-th
# page of a publisher is matched with its n-th version. Publishers whose count of pages and of versions
# differ are left out, as are versions without a body.
# SOURCES is an optional directory of existing clones named owner+name (bare or not); without one the
# repository is cloned from GitHub. Then: ./marsad bench extraction-quality --part tune DEST/fundus
# (docs/extraction.md, eighteenth round).
set -euo pipefail

dest=${1:?usage: fundus-pages.sh DEST [SOURCES]}
sources=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$(dirname "$0")/git-dir-of.sh"

repo=$(git_dir_of flairNLP/fundus)
commit=18da6e53592f99cf0ac5770dc63d6ba99ba63ae8
out="$dest/fundus"
mkdir -p "$out/html"
python3 - "$repo" "$commit" "$out" <<'PY'
import json, os, re, subprocess, sys
from collections import defaultdict
git_dir, commit, out = sys.argv[1:]
ROOT = "tests/resources/parser/test_data/"

def show(path):
    return subprocess.run(["git", "-C", git_dir, "show", f"{commit}:{path}"], capture_output=True, check=True).stdout

def body_text(body):
    """The body as the test gives it: standfirst paragraphs, then each section's subheadings and paragraphs."""
    parts = list(body.get("summary", []))
    for section in body.get("sections", []):
        parts += section.get("headline", []) + section.get("paragraphs", [])
    return "\n".join(part.strip() for part in parts if part.strip())

names = subprocess.run(["git", "-C", git_dir, "ls-tree", "-r", "--name-only", commit, ROOT],
                       capture_output=True, text=True, check=True).stdout.split()
pages_of = defaultdict(list)
for name in names:
    saved = re.fullmatch(re.escape(ROOT) + r"(\w+)/(\w+?)_(\d{4}_\d\d_\d\d)\.html\.gz", name)
    if saved:
        pages_of[(saved.group(1), saved.group(2))].append((saved.group(3), name))
pages, skipped = {}, []
for (country, publisher), saved in sorted(pages_of.items()):
    expected_path = f"{ROOT}{country}/{publisher}.json"
    if expected_path not in names:
        skipped.append(publisher)
        continue
    versions = json.loads(show(expected_path))
    versions = [versions[key] for key in sorted(versions, key=lambda key: [int(n) for n in key.lstrip("V").split("_")])]
    meta = json.loads(show(f"{ROOT}{country}/meta.info"))
    if len(versions) != len(saved):
        skipped.append(publisher)
        continue
    for (day, path), expected in zip(sorted(saved), versions):
        body = body_text(expected.get("body") or {})
        if not body:
            continue
        page_id = f"{country}-{publisher}-{day}"
        with open(os.path.join(out, "html", page_id + ".html.gz"), "wb") as html:
            html.write(show(path))
        page = {"url": meta.get(os.path.basename(path), {}).get("url"), "articleBody": body,
                "title": expected.get("title"), "datePublished": (expected.get("publishing_date") or "")[:10] or None}
        if "authors" in expected:  # an empty list says nobody is named
            page["author"] = "; ".join(expected["authors"])
        pages[page_id] = page
json.dump(pages, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(pages)} pages under {out} from {len({p.split('-')[1] for p in pages})} publishers; left out "
      f"(pages and versions not matched): {', '.join(skipped) or 'none'}")
PY
