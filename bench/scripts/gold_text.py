"""Shared by the scripts that gather evaluation pages: text files of public sets read in the encoding they are in."""


def decoded(raw):
    """A file's text: most are UTF-8, a few UTF-16 with a byte-order mark, and some Windows-1252 (an en dash as 0x96)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")
