# -*- coding: utf-8 -*-
"""
Held-out layouts: written after the extractor was tuned on generate.py's layouts, and never used
to tune it. Their score is reported separately as the honest estimate for unseen sites.
"""
from generate import (e, head, html_open, site_header, site_footer, related_list, most_read, tag_list, share_bar, ps,
                      SUBHEADINGS)

def ghost(lang, a, f):
    paras = a["paragraphs"]
    card = (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/story/2"><div class="kg-bookmark-content">'
            f'<div class="kg-bookmark-title">{e(f["related"][2])}</div><div class="kg-bookmark-description">{e(f["related_summary"])}</div>'
            f'</div></a></figure>')
    page = (f'{html_open(lang)}{head(lang, a, f)}<body class="post-template">{site_header(f)}<main id="site-main" class="site-main">'
            f'<article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">{e(a["title"])}</h1></header>'
            f'<section class="gh-content gh-canvas">{ps(paras[:3])}{card}{ps(paras[3:])}</section></article>'
            f'<section class="footer-cta"><div class="inner"><h2>{e(f["newsletter"])}</h2></div></section></main>{site_footer(f)}</body></html>')
    return page, paras


def also_read_paragraph(lang, a, f):
    paras = a["paragraphs"]
    inline = f'<p><strong>{e(f["related_label"])}:</strong> <a href="/story/3">{e(f["related"][3])}</a></p>'
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<div class="main"><h1>{e(a["title"])}</h1>'
            f'<div class="text">{ps(paras[:2])}{inline}{ps(paras[2:])}</div></div>{site_footer(f)}</body></html>')
    return page, paras


def next_article_preloaded(lang, a, f, other):
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<div class="infinite-scroll">'
            f'<article class="story" data-url="/{a["slug"]}"><h1>{e(a["title"])}</h1><div class="story__body">{ps(a["paragraphs"])}</div></article>'
            f'<div class="next-story-divider">Next</div>'
            f'<article class="story" data-url="/{other["slug"]}"><h1>{e(other["title"])}</h1><div class="story__body">{ps(other["paragraphs"][:3])}</div></article>'
            f'</div>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def author_bio(lang, a, f):
    bio = f'{a["author"]} — {f["related_summary"]}'
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article><h1>{e(a["title"])}</h1>'
            f'<div class="article-content">{ps(a["paragraphs"])}</div>'
            f'<div class="author-bio"><img src="/a.jpg" alt=""><p>{e(bio)}</p></div></article></main>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def rtl_para_divs(lang, a, f):
    paras = a["paragraphs"]
    body = "".join(f'<div class="para">{e(p)}</div>' for p in paras)
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<div class="container-fluid"><div class="row">'
            f'<div class="col-lg-9"><div class="news-page"><h1>{e(a["title"])}</h1><div class="news-body">{body}</div></div></div>'
            f'<div class="col-lg-3"><div class="related-news">{related_list(f, "list", True)}</div>{most_read(f)}</div>'
            f'</div></div>{site_footer(f)}</body></html>')
    return page, paras


def table_of_contents(lang, a, f):
    paras = a["paragraphs"]
    toc = '<div class="toc"><ul>' + "".join(f'<li><a href="#s{i}">{e(SUBHEADINGS[lang])} {i}</a></li>' for i in range(3)) + "</ul></div>"
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article><h1>{e(a["title"])}</h1>'
            f'<div class="body">{toc}{ps(paras)}</div></article></main>{site_footer(f)}</body></html>')
    return page, paras


def pull_quote(lang, a, f):
    paras = a["paragraphs"]
    quote = paras[1].split(".")[0]
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article><h1>{e(a["title"])}</h1>'
            f'<div class="story">{ps(paras[:2])}<aside class="pullquote"><p>{e(quote)}</p></aside>{ps(paras[2:])}</div>'
            f'</article></main>{site_footer(f)}</body></html>')
    return page, paras


def print_page(lang, a, f):
    paras = a["paragraphs"]
    url = f"https://{lang}.marsad-news.example/print/{a['slug']}"
    page = (f'{html_open(lang)}{head(lang, a, f)}<body onload="window.print()"><h1>{e(a["title"])}</h1>{ps(paras)}<hr>'
            f'<p class="print-footer">{e(f["copyright"])} — {url}</p></body></html>')
    return page, paras


HOLDOUT = {
    "ghost": (ghost, ["en", "ar"]),
    "also-read-paragraph": (also_read_paragraph, ["fr", "ar"]),
    "next-article-preloaded": (next_article_preloaded, ["en", "ru"]),
    "author-bio": (author_bio, ["fa", "en"]),
    "rtl-para-divs": (rtl_para_divs, ["ar", "fa"]),
    "table-of-contents": (table_of_contents, ["ru"]),
    "pull-quote": (pull_quote, ["en", "fr"]),
    "print": (print_page, ["ar"]),
}
