"""Shared by the scripts that gather evaluation pages: text files of public sets read in the encoding they are in, and
expected texts that open with the page's headline, which Marsad reports as the title and not in the body."""
import html
import re

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def decoded(raw):
    """A file's text: most are UTF-8, a few UTF-16 with a byte-order mark, and some Windows-1252 (an en dash as 0x96)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def words(text):
    """The words of a text or of HTML, lower-cased, one space apart."""
    return " ".join(TOKEN.findall(html.unescape(re.sub(r"<[^>]+>", " ", text)).lower()))


def without_headline(text, page):
    """The expected text without its first line where the page's <title> or an <h1> holds that line (the headline)."""
    lines = text.strip().split("\n")
    first = words(lines[0])
    headings = re.findall(r"<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>", page, re.S | re.I)
    if first and any(first in words(title or h1) for title, h1 in headings):
        lines = lines[1:]
    return "\n".join(lines).strip()
