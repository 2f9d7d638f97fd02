#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Writes the extraction gold set: news pages in many layouts and five languages, each with the body a
good extractor must return. Run from this directory; output goes to
../resources/extraction/gold/ (committed, so tests need no Python).

Every layout puts real-looking furniture around the article (menus, share bars, tag lists, related
and "read also" blocks, comments, cookie and newsletter boxes, captions, bylines) in the places
real CMSs put them, often inside the article element. The expected body is the article's own
paragraphs (and subheadings) only.
"""
import datetime
import html
import json
import os

from texts import ARTICLES, FURNITURE, RTL

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "extraction", "gold")
e = html.escape


def utc(iso):
    return datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def url_of(lang, a):
    d = a["date"][:10].replace("-", "/")
    return f"https://{lang}.marsad-news.example/{d}/{a['slug']}"


def head(lang, a, f, extra="", jsonld=True, body_in_jsonld=False, og=True):
    url = url_of(lang, a)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["date"], "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": f["site"]}, "keywords": ", ".join(a["tags"]),
          "inLanguage": lang, "articleSection": a["section"], "image": url + "/lead.jpg"}
    if body_in_jsonld:
        ld["articleBody"] = "\n".join(a["paragraphs"])
    parts = [f'<meta charset="utf-8"><title>{e(a["title"])} | {e(f["site"])}</title>',
             f'<link rel="canonical" href="{url}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if og:
        parts += [f'<meta property="og:title" content="{e(a["title"])}">', f'<meta property="og:site_name" content="{e(f["site"])}">',
                  f'<meta property="og:url" content="{url}">', '<meta property="og:type" content="article">',
                  f'<meta property="article:published_time" content="{a["date"]}">']
    if jsonld:
        parts.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    parts.append('<style>.nav li{display:inline}.ad{min-height:250px}</style>')
    parts.append('<script>window.analytics=window.analytics||[];analytics.push(["page"]);</script>')
    return "<head>" + "".join(parts) + extra + "</head>"


def html_open(lang):
    return f'<!DOCTYPE html><html lang="{lang}" dir="{"rtl" if lang in RTL else "ltr"}">'


def nav(f, cls="main-nav"):
    return f'<nav class="{cls}"><ul class="nav">' + "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(f["nav"])) + "</ul></nav>"


def site_header(f):
    return f'<header class="site-header"><a class="logo" href="/">{e(f["site"])}</a>{nav(f)}<div class="breaking-news">{e(f["breaking"])}</div></header>'


def site_footer(f):
    return f'<footer class="site-footer"><p>{e(f["copyright"])}</p><a href="/privacy">Privacy</a></footer>'


def related_list(f, cls="related-articles", with_summary=False):
    items = "".join(f'<li><a href="/story/{i}">{e(x)}</a></li>' for i, x in enumerate(f["related"]))
    summary = f'<p>{e(f["related_summary"])}</p>' if with_summary else ""
    return f'<div class="{cls}"><h3>{e(f["related_label"])}</h3><ul>{items}</ul>{summary}</div>'


def most_read(f):
    return '<div class="widget most-read"><h3>' + e(f["most_read"]) + "</h3><ol>" + "".join(
        f'<li><a href="/top/{i}">{e(x)}</a></li>' for i, x in enumerate(f["related"])) + "</ol></div>"


def tag_list(a, f, cls="tags"):
    return f'<div class="{cls}"><span>{e(f["tags_label"])}</span> ' + " ".join(f'<a href="/tag/{e(t)}">{e(t)}</a>' for t in a["tags"]) + "</div>"


def share_bar(f, cls="share-buttons"):
    return f'<div class="{cls}"><span>{e(f["share"])}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>'


def comments(f):
    return '<section id="comments" class="comments-area"><h3>Comments</h3>' + "".join(
        f'<div class="comment"><p class="comment-author">user{i}</p><p>{e(c)}</p></div>' for i, c in enumerate(f["comments"])) + "</section>"


def ps(paragraphs, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{e(p)}</p>" for p in paragraphs)


def with_subheading(a, at, text):
    """Paragraphs with a subheading inserted before index `at` (the subheading is part of the body)."""
    body = list(a["paragraphs"])
    return body[:at] + [("h2", text)] + body[at:]


def render_blocks(blocks, p_cls=None):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            out.append(f"<{b[0]}>{e(b[1])}</{b[0]}>")
        else:
            out.append(f"<p{' class=' + chr(34) + p_cls + chr(34) if p_cls else ''}>{e(b)}</p>")
    return "".join(out)


def texts_of(blocks):
    return [b[1] if isinstance(b, tuple) else b for b in blocks]


SUBHEADINGS = {"ar": "ردود فعل متباينة", "en": "Mixed reactions", "fr": "Des réactions partagées", "ru": "Неоднозначная реакция", "fa": "واکنش‌های متفاوت", "ur": "ملا جلا ردعمل"}

# ---------------------------------------------------------------------------------------------
# Layouts: each returns (html, expected paragraphs)


def wordpress(lang, a, f):
    blocks = with_subheading(a, 3, SUBHEADINGS[lang])
    body = (f'<div class="entry-content">{render_blocks(blocks)}'
            f'<div class="sharedaddy sd-sharing-enabled">{share_bar(f, "sd-content")}</div>'
            f'<div id="jp-relatedposts" class="jp-relatedposts">{related_list(f, "jp-relatedposts-items", True)}</div></div>')
    page = (f'{html_open(lang)}{head(lang, a, f)}<body class="single single-post">{site_header(f)}'
            f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{e(a["title"])}</h1>'
            f'<div class="entry-meta"><span class="byline">{e(f["byline_prefix"] + a["author"])}</span> <time datetime="{a["date"]}">{a["date"][:10]}</time></div></header>'
            f'{body}<footer class="entry-footer">{tag_list(a, f, "tags-links")}</footer></article>{comments(f)}</main></div>'
            f'<aside id="secondary" class="widget-area">{most_read(f)}<section class="widget widget_text"><p>{e(f["newsletter"])}</p></section></aside></div>'
            f'{site_footer(f)}</body></html>')
    return page, texts_of(blocks)


def drupal(lang, a, f):
    page = (f'{html_open(lang)}{head(lang, a, f)}<body class="path-node page-node-type-article">'
            f'<div class="dialog-off-canvas-main-canvas"><div class="layout-container">{site_header(f)}'
            f'<div class="region region-breadcrumb"><nav class="breadcrumb"><a href="/">{e(f["home"])}</a> › {e(a["section"])}</nav></div>'
            f'<main role="main"><div class="layout-content"><div class="region region-content">'
            f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span>{e(a["title"])}</span></h1>'
            f'<div class="node__meta"><span class="field--name-uid">{e(a["author"])}</span> {a["date"][:10]}</div>'
            f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{ps(a["paragraphs"])}</div>'
            f'<div class="field field--name-field-tags field__items">{tag_list(a, f, "field__item")}</div></div></article></div></div>'
            f'<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">{most_read(f)}'
            f'<div class="block"><p>{e(f["newsletter"])}</p></div></div></aside></main>{site_footer(f)}</div></div></body></html>')
    return page, a["paragraphs"]


def arc_divs(lang, a, f):
    """Paragraphs as divs without <p>, with inline 'read more' link lines between them."""
    paras = a["paragraphs"]
    inner = []
    for i, p in enumerate(paras):
        inner.append(f'<div class="article-body__text" data-type="text">{e(p)}</div>')
        if i == 1:
            inner.append(f'<div class="article-body__inline-link"><a href="/story/1"><strong>{e(f["related_label"])}:</strong> {e(f["related"][0])}</a></div>')
        if i == 2:
            inner.append(f'<div class="article-body__ad ad" data-slot="mid"><span>Advertisement</span></div>')
    page = (f'{html_open(lang)}{head(lang, a, f)}<body><div id="fusion-app">{site_header(f)}'
            f'<div class="article-layout"><div class="article-headline"><h1>{e(a["title"])}</h1></div>'
            f'<div class="article-byline"><span>{e(f["byline_prefix"] + a["author"])}</span></div>'
            f'<div class="article-body">{"".join(inner)}</div>{share_bar(f)}</div>'
            f'<div class="right-rail">{most_read(f)}</div>{site_footer(f)}</div></body></html>')
    return page, paras


def amp(lang, a, f):
    extra = '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{margin:0}.amp-article{padding:8px}</style>'
    page = (f'<!DOCTYPE html><html ⚡ lang="{lang}" dir="{"rtl" if lang in RTL else "ltr"}">{head(lang, a, f, extra)}<body>'
            f'<amp-sidebar id="sidebar" layout="nodisplay" side="right">{nav(f)}</amp-sidebar>'
            f'<header class="amp-header"><a href="/">{e(f["site"])}</a></header>'
            f'<article class="amp-article"><h1 class="amp-title">{e(a["title"])}</h1>'
            f'<div class="amp-meta"><span class="amp-byline">{e(a["author"])}</span></div>'
            f'<amp-img src="/lead.jpg" width="800" height="450" layout="responsive" alt="{e(f["caption"])}"></amp-img>'
            f'<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>'
            f'<div class="amp-article-content">{ps(a["paragraphs"][:2])}<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"></amp-ad>{ps(a["paragraphs"][2:])}</div>'
            f'{tag_list(a, f, "amp-tags")}</article>{related_list(f, "amp-related-posts")}<footer class="amp-footer"><p>{e(f["copyright"])}</p></footer></body></html>')
    return page, a["paragraphs"]


def jsonld_only(lang, a, f):
    """A script-rendered page: the markup has no article, JSON-LD carries articleBody."""
    page = (f'{html_open(lang)}{head(lang, a, f, body_in_jsonld=True)}<body>'
            f'<noscript>Please enable JavaScript to read this site.</noscript><div id="root"></div>'
            f'<script src="/static/app.js"></script></body></html>')
    return page, a["paragraphs"]


def liveblog(lang, a, f):
    paras = a["paragraphs"]
    posts = []
    expected = [paras[0]]
    for i, p in enumerate(paras[1:], start=1):
        hh = 9 + i
        posts.append(f'<div class="live-post" id="post-{i}"><time class="timestamp" datetime="{a["date"][:11]}{hh:02d}:00:00Z">{hh:02d}:00</time>'
                     f'<div class="live-post__body"><p>{e(p)}</p></div>{share_bar(f, "live-post__share")}</div>')
        expected.append(p)
    ld = json.dumps({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": a["title"], "datePublished": a["date"],
                     "coverageStartTime": a["date"], "author": {"@type": "Person", "name": a["author"]}}, ensure_ascii=False)
    extra = f'<script type="application/ld+json">{ld}</script>'
    page = (f'{html_open(lang)}{head(lang, a, f, extra, jsonld=False)}<body>{site_header(f)}<main><h1>{e(a["title"])}</h1>'
            f'<div class="live-blog"><p class="live-blog__summary">{e(paras[0])}</p>'
            f'<nav class="live-blog-nav"><a href="#post-1">Latest</a> <a href="#post-{len(paras) - 1}">First</a></nav>'
            f'<div class="live-posts">{"".join(reversed(posts))}</div></div></main>{site_footer(f)}</body></html>')
    # Live blogs list the newest post first: that is the reading order on the page.
    return page, [paras[0]] + list(reversed(expected[1:]))


def paywall_teaser(lang, a, f):
    teaser = a["paragraphs"][:2]
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article class="story">'
            f'<h1>{e(a["title"])}</h1><div class="story-meta"><span class="author-name">{e(a["author"])}</span></div>'
            f'<div class="story-body">{ps(teaser)}</div>'
            f'<div class="paywall-prompt subscribe-box"><p>{e(f["paywall"])}</p><a class="button" href="/subscribe">Subscribe</a></div>'
            f'</article></main>{site_footer(f)}</body></html>')
    return page, teaser


def paywall_full_jsonld(lang, a, f):
    teaser = a["paragraphs"][:1]
    page = (f'{html_open(lang)}{head(lang, a, f, body_in_jsonld=True)}<body>{site_header(f)}<main><article class="story">'
            f'<h1>{e(a["title"])}</h1><div class="story-body">{ps(teaser)}</div>'
            f'<div class="paywall"><p>{e(f["paywall"])}</p></div></article></main>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def related_inside(lang, a, f):
    """A 'read also' box with another story's summary in the middle of the article body (as in the shared sample)."""
    paras = a["paragraphs"]
    body = (ps(paras[:3]) + f'<aside class="read-also">{related_list(f, "related-card", True)}'
            f'<style>.related-card img{{object-fit:cover;width:100%}}</style></aside>' + ps(paras[3:]))
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article class="post">'
            f'<div class="breadcrumbs"><a href="/">{e(f["home"])}</a> › {e(a["section"])}</div><h1 class="post-title">{e(a["title"])}</h1>'
            f'<div class="post-meta"><time datetime="{a["date"]}">{a["date"][:10]}</time> {share_bar(f, "share")}</div>'
            f'<div class="post-content">{body}</div>{tag_list(a, f)}</article>'
            f'<section class="similar-posts"><h3>{e(f["related_label"])}</h3><ul>' + "".join(f"<li><a href='#'>{e(x)}</a></li>" for x in f["related"]) +
            f'</ul></section></main>{site_footer(f)}</body></html>')
    return page, paras


def table_layout(lang, a, f):
    text = "<br><br>".join(e(p) for p in a["paragraphs"])
    page = (f'{html_open(lang)}{head(lang, a, f, jsonld=False, og=False)}<body><table width="100%" border="0"><tr><td colspan="2">'
            f'<font size="5">{e(f["site"])}</font> | ' + " | ".join(f'<a href="/{i}">{e(x)}</a>' for i, x in enumerate(f["nav"])) +
            f'</td></tr><tr><td width="25%" valign="top" class="menu">' + "<br>".join(f'<a href="/s/{i}">{e(x)}</a>' for i, x in enumerate(f["related"])) +
            f'</td><td valign="top"><h1>{e(a["title"])}</h1><font size="2">{a["date"][:10]}</font><br><br>'
            f'<font face="Tahoma" size="3">{text}</font></td></tr><tr><td colspan="2"><small>{e(f["copyright"])}</small></td></tr></table></body></html>')
    return page, a["paragraphs"]


def br_div(lang, a, f):
    text = "<br>\n<br>\n".join(e(p) for p in a["paragraphs"])
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<div id="wrapper"><div id="main-col">'
            f'<div class="news-title"><h1>{e(a["title"])}</h1></div><div class="news-date">{a["date"][:10]}</div>'
            f'<div class="news-text">{text}</div>{tag_list(a, f, "news-keywords")}</div>'
            f'<div id="side-col">{most_read(f)}</div></div>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def bootstrap(lang, a, f):
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<div class="container"><div class="row">'
            f'<div class="col-md-8 col-sm-12"><div class="news-details"><h1>{e(a["title"])}</h1>'
            f'<ul class="list-inline meta"><li>{e(a["author"])}</li><li>{a["date"][:10]}</li></ul>'
            f'<div class="details-img"><img src="/lead.jpg" alt=""><span class="img-caption">{e(f["caption"])}</span></div>'
            f'<div class="details-text">{ps(a["paragraphs"])}</div>{share_bar(f, "social-share")}</div></div>'
            f'<div class="col-md-4 hidden-xs">{most_read(f)}<div class="ad ad-300x250"></div>'
            f'<div class="panel"><p>{e(f["newsletter"])}</p></div></div></div></div>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def bitrix(lang, a, f):
    first, rest = a["paragraphs"][0], a["paragraphs"][1:]
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<div class="workarea"><div class="news-detail">'
            f'<h1>{e(a["title"])}</h1><span class="news-date-time">{a["date"][:10]}</span>'
            f'<div class="news-detail__text">{e(first)}<br><br>{ps(rest)}</div>'
            f'<div class="news-detail__tags">{tag_list(a, f)}</div><div style="clear:both"></div>'
            f'<div class="news-detail__back"><a href="/news/">{e(f["home"])}</a></div></div></div>'
            f'<div class="sidebar">{related_list(f)}</div>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def lemonde(lang, a, f):
    paras = a["paragraphs"]
    body = (ps(paras[:2], "article__paragraph") +
            f'<p class="article__paragraph article__paragraph--lie"><a href="/story/9">{e(f["related_label"])} | {e(f["related"][1])}</a></p>' +
            f'<h2 class="article__sub-title">{e(SUBHEADINGS[lang])}</h2>' + ps(paras[2:], "article__paragraph") +
            f'<section class="article__aside inread"><p>{e(f["related_summary"])}</p></section>')
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><section class="zone zone--article">'
            f'<header class="article__header"><h1 class="article__title">{e(a["title"])}</h1><p class="article__desc">{e(f["related_summary"][:60])}</p></header>'
            f'<section class="article__wrapper"><article class="article__content">{body}</article>'
            f'<aside class="aside__iso">{most_read(f)}</aside></section></section></main>{site_footer(f)}</body></html>')
    return page, paras[:2] + [SUBHEADINGS[lang]] + paras[2:]


def cookie_newsletter(lang, a, f):
    paras = a["paragraphs"]
    body = (ps(paras[:2]) + f'<figure class="inline-image"><img src="/img.jpg" alt=""><figcaption>{e(f["caption"])}</figcaption></figure>' +
            ps(paras[2:4]) + f'<div class="newsletter-signup"><p>{e(f["newsletter"])}</p><form><input type="email"><button>OK</button></form></div>' +
            ps(paras[4:]))
    page = (f'{html_open(lang)}{head(lang, a, f)}<body><div id="cookie-consent" class="cookie-banner"><p>{e(f["cookie"])}</p><button>OK</button></div>'
            f'{site_header(f)}<main><article><h1>{e(a["title"])}</h1><div class="article-text">{body}</div></article></main>{site_footer(f)}</body></html>')
    return page, paras


def lists_in_body(lang, a, f):
    paras = a["paragraphs"]
    items = [p.split("،")[0].split(",")[0].rstrip(".")[:90] for p in paras[1:4]]
    body = ps(paras[:2]) + "<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>" + ps(paras[2:])
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article class="article"><h1>{e(a["title"])}</h1>'
            f'<div class="article__body">{body}</div>{related_list(f)}</article></main>{site_footer(f)}</body></html>')
    return page, paras[:2] + items + paras[2:]


def byline_paragraphs(lang, a, f):
    """Bylines and datelines written as ordinary paragraphs at the top of the body."""
    paras = a["paragraphs"]
    body = (f'<p>{e(f["byline_prefix"] + a["author"])}</p><p class="dateline">{a["date"][:10]}</p>' + ps(paras))
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article><h1>{e(a["title"])}</h1>'
            f'<div class="content">{body}</div>{share_bar(f)}</article></main>{site_footer(f)}</body></html>')
    return page, paras


def semantic(lang, a, f):
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article itemscope itemtype="https://schema.org/NewsArticle">'
            f'<header><h1 itemprop="headline">{e(a["title"])}</h1><p class="standfirst">{e(f["related_summary"])}</p>'
            f'<address class="author">{e(a["author"])}</address><time itemprop="datePublished" datetime="{a["date"]}">{a["date"][:10]}</time></header>'
            f'<div itemprop="articleBody">{ps(a["paragraphs"])}</div><footer>{tag_list(a, f)}{share_bar(f)}</footer></article>'
            f'<aside>{related_list(f, "related", True)}</aside></main>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def deep_nesting(lang, a, f):
    inner = ps(a["paragraphs"])
    for i in range(9):
        inner = f'<div class="wrap-{i}">{inner}</div>'
    side = f'<div class="col side">{most_read(f)}<div class="box"><p>{e(f["newsletter"])}</p><p>{e(f["related_summary"])}</p></div></div>'
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<div class="page"><div class="cols">'
            f'<div class="col main"><h1>{e(a["title"])}</h1>{inner}</div>{side}</div></div>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def short_brief(lang, a, f):
    """A two-paragraph brief next to a sidebar with more prose than the article has."""
    paras = a["paragraphs"][:2]
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<div class="layout"><main class="brief"><h1>{e(a["title"])}</h1>'
            f'<div class="brief-body">{ps(paras)}</div></main>'
            f'<div class="sidebar"><div class="about"><p>{e(f["newsletter"])}</p><p>{e(f["related_summary"])}</p><p>{e(f["cookie"])}</p></div>'
            f'{most_read(f)}</div></div>{site_footer(f)}</body></html>')
    return page, paras


def gallery(lang, a, f):
    paras = a["paragraphs"]
    figs = "".join(f'<figure class="gallery-item"><img src="/g{i}.jpg" alt=""><figcaption class="caption">{e(f["caption"])} {i + 1}</figcaption></figure>' for i in range(3))
    body = ps(paras[:1]) + f'<div class="gallery">{figs}</div>' + ps(paras[1:3]) + f'<div class="photo-credit">{e(f["caption"])}</div>' + ps(paras[3:])
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article><h1>{e(a["title"])}</h1>'
            f'<section class="story-content">{body}</section></article></main>{site_footer(f)}</body></html>')
    return page, paras


def comments_heavy(lang, a, f):
    """More comment text than article text."""
    many = "".join(f'<li class="comment"><div class="comment-body"><p>{e(c)}</p><p>{e(c)}</p></div></li>' for c in f["comments"] * 3)
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article class="post"><h1>{e(a["title"])}</h1>'
            f'<div class="post-body">{ps(a["paragraphs"])}</div></article>'
            f'<div id="comments" class="comments"><h3>Comments</h3><ol class="comment-list">{many}</ol></div></main>{site_footer(f)}</body></html>')
    return page, a["paragraphs"]


def microdata_sections(lang, a, f):
    """Article split across several sibling sections, with a promo between them."""
    paras = a["paragraphs"]
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><h1>{e(a["title"])}</h1><div class="story">'
            f'<section class="story-section">{ps(paras[:2])}</section>'
            f'<div class="promo-box"><a href="/app">{e(f["newsletter"])}</a></div>'
            f'<section class="story-section">{ps(paras[2:])}</section></div>{related_list(f)}</main>{site_footer(f)}</body></html>')
    return page, paras


def blockquote_body(lang, a, f):
    paras = a["paragraphs"]
    body = ps(paras[:2]) + f"<blockquote><p>{e(paras[2])}</p></blockquote>" + ps(paras[3:])
    page = (f'{html_open(lang)}{head(lang, a, f)}<body>{site_header(f)}<main><article><h1>{e(a["title"])}</h1>'
            f'<div class="article-body">{body}</div>{tag_list(a, f)}</article></main>{site_footer(f)}</body></html>')
    return page, paras


LAYOUTS = {
    "wordpress": (wordpress, ["en", "ar", "fr"]),
    "drupal": (drupal, ["fr", "ru"]),
    "arc-divs": (arc_divs, ["en", "ar"]),
    "amp": (amp, ["ar", "en", "fa", "ur"]),
    "jsonld-only": (jsonld_only, ["en", "ru"]),
    "liveblog": (liveblog, ["en", "ar", "ur"]),
    "paywall-teaser": (paywall_teaser, ["en", "fr"]),
    "paywall-jsonld": (paywall_full_jsonld, ["ar"]),
    "related-inside": (related_inside, ["ar", "en", "fa", "ur"]),
    "table-layout": (table_layout, ["ar", "ru"]),
    "br-div": (br_div, ["ar", "fa", "ur"]),
    "bootstrap": (bootstrap, ["ar", "en"]),
    "bitrix": (bitrix, ["ru"]),
    "lemonde": (lemonde, ["fr"]),
    "cookie-newsletter": (cookie_newsletter, ["en", "fr", "ru"]),
    "lists": (lists_in_body, ["en", "ar"]),
    "byline-paragraphs": (byline_paragraphs, ["en", "ru", "ar"]),
    "semantic": (semantic, ["fa", "fr"]),
    "deep-nesting": (deep_nesting, ["ar", "ru"]),
    "short-brief": (short_brief, ["en", "fa"]),
    "gallery": (gallery, ["fr", "ar"]),
    "comments-heavy": (comments_heavy, ["en", "ar"]),
    "split-sections": (microdata_sections, ["ru", "en"]),
    "blockquote": (blockquote_body, ["fa", "en"]),
}


DATE_FROM_URL_ONLY = {"table-layout"}


def write_set(out_dir, layouts, start_offset=0):
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(out_dir):
        if os.path.isfile(os.path.join(out_dir, name)):
            os.remove(os.path.join(out_dir, name))
    count = 0
    use = {lang: start_offset for lang in ARTICLES}
    for layout, (fn, langs) in layouts.items():
        for lang in langs:
            articles = ARTICLES[lang]
            a = articles[use[lang] % len(articles)]
            use[lang] += 1
            if fn.__code__.co_argcount == 4:  # layouts that show a second article need one
                page, expected = fn(lang, a, FURNITURE[lang], articles[use[lang] % len(articles)])
            else:
                page, expected = fn(lang, a, FURNITURE[lang])
            # Pages without machine-readable dates show only the day, as does their URL.
            published = a["date"][:10] + "T00:00:00Z" if layout in DATE_FROM_URL_ONLY else utc(a["date"])
            count += 1
            page_id = f"{count:02d}-{layout}-{lang}"
            with open(os.path.join(out_dir, page_id + ".html"), "w", encoding="utf-8") as out:
                out.write(page)
            with open(os.path.join(out_dir, page_id + ".json"), "w", encoding="utf-8") as out:
                json.dump({"url": url_of(lang, a), "layout": layout, "language": lang, "title": a["title"],
                           "publishedAt": published, "bodyParagraphs": expected}, out, ensure_ascii=False, indent=1)
                out.write("\n")
    print(f"{count} pages written to {os.path.normpath(out_dir)}")


def main():
    from holdout import HOLDOUT
    write_set(OUT, LAYOUTS)
    write_set(OUT + "-holdout", HOLDOUT, start_offset=1)


if __name__ == "__main__":
    main()
