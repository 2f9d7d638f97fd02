package io.marsad.local.demo;

import java.util.List;
import java.util.function.Function;

/**
 * The demo outlets' HTML, written like real news templates: the article sits among a menu, a
 * breaking-news ticker, inline CSS, a "read also" box, a most-read list, a tag cloud and a footer —
 * the junk an extractor must leave out.
 */
final class DemoPages {

    private DemoPages() {}

    static String homepage(DemoOutlet outlet, List<DemoArticle> newest, Function<String, String> url) {
        StringBuilder list = new StringBuilder("<ul class=\"latest\">");
        newest.stream().limit(20).forEach(article -> list.append("<li><a href=\"").append(article.path()).append("\">")
            .append(escape(article.title())).append("</a></li>"));
        return page(outlet, escape(outlet.name()), url, "<link rel=\"alternate\" type=\"" + (outlet.feed().equals("atom")
                ? "application/atom+xml" : "application/rss+xml") + "\" title=\"" + escape(outlet.name()) + "\" href=\"" + outlet.feedPath() + "\">",
            "<h1>" + escape(outlet.name()) + "</h1>" + list.append("</ul>"), newest);
    }

    static String section(DemoOutlet outlet, String section, List<DemoArticle> articles, Function<String, String> url) {
        StringBuilder list = new StringBuilder("<h1>" + escape(section) + "</h1><div class=\"teasers\">");
        articles.forEach(article -> list.append("<div class=\"teaser\"><h2><a href=\"").append(article.path()).append("\">")
            .append(escape(article.title())).append("</a></h2><p>").append(escape(article.paragraphs().get(0))).append("</p></div>"));
        return page(outlet, escape(section) + " | " + escape(outlet.name()), url, "", list.append("</div>").toString(), articles);
    }

    static String article(DemoArticle article, List<DemoArticle> newest, Function<String, String> url) {
        DemoOutlet outlet = article.outlet();
        StringBuilder body = new StringBuilder("<article class=\"story\"><header><h1 class=\"headline\">").append(escape(article.title()))
            .append("</h1><p class=\"byline\">").append(byline(outlet)).append(" · <time datetime=\"").append(article.publishedAt())
            .append("\">").append(article.publishedAt().toString().substring(0, 16).replace('T', ' ')).append("</time></p></header>")
            .append("<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Print</a></div><div class=\"article-body\">");
        for (int i = 0; i < article.paragraphs().size(); i++) {
            body.append("<p>").append(escape(article.paragraphs().get(i))).append("</p>");
            if (i == 0) {
                body.append("<aside class=\"read-also\"><strong>").append(readAlso(outlet)).append("</strong> ");
                newest.stream().filter(other -> !other.equals(article)).limit(2).forEach(other -> body.append("<a href=\"")
                    .append(other.path()).append("\">").append(escape(other.title())).append("</a> "));
                body.append("</aside>");
            }
        }
        body.append("</div><ul class=\"tags\">");
        article.tags().forEach(tag -> body.append("<li><a rel=\"tag\" href=\"/").append(outlet.slug()).append("/tag/").append(escape(tag))
            .append("\">").append(escape(tag)).append("</a></li>"));
        body.append("</ul></article>");
        String head = "<link rel=\"canonical\" href=\"" + url.apply(article.path()) + "\">"
            + "<meta property=\"og:title\" content=\"" + escape(article.title()) + "\">"
            + "<meta property=\"og:site_name\" content=\"" + escape(outlet.name()) + "\">"
            + "<meta name=\"author\" content=\"" + byline(outlet).replaceFirst("^(By |Par la rédaction de |بقلم: )", "") + "\">"
            + "<meta property=\"article:published_time\" content=\"" + article.publishedAt() + "\">"
            + "<meta property=\"article:section\" content=\"" + escape(article.section()) + "\">"
            + article.tags().stream().map(tag -> "<meta property=\"article:tag\" content=\"" + escape(tag) + "\">").reduce("", String::concat);
        return page(outlet, escape(article.title()) + " | " + escape(outlet.name()), url, head, body.toString(), newest);
    }

    private static String page(DemoOutlet outlet, String title, Function<String, String> url, String head, String main, List<DemoArticle> newest) {
        String dir = outlet.language().equals("ar") ? "rtl" : "ltr";
        StringBuilder menu = new StringBuilder("<nav class=\"menu\"><a href=\"").append(outlet.homepagePath()).append("\">").append(home(outlet))
            .append("</a>");
        outlet.sections().forEach(section -> menu.append(" <a href=\"").append(outlet.sectionPath(section)).append("\">").append(escape(section))
            .append("</a>"));
        menu.append("</nav>");
        StringBuilder ticker = new StringBuilder("<div class=\"ticker\" style=\"background:#c00;color:#fff\"><b>").append(breaking(outlet))
            .append("</b> ");
        newest.stream().limit(3).forEach(article -> ticker.append(escape(article.title())).append(" • "));
        ticker.append("</div>");
        StringBuilder mostRead = new StringBuilder("<aside class=\"most-read\"><h3>").append(mostRead(outlet)).append("</h3><ol>");
        newest.stream().skip(3).limit(5).forEach(article -> mostRead.append("<li><a href=\"").append(article.path()).append("\">")
            .append(escape(article.title())).append("</a></li>"));
        mostRead.append("</ol></aside>");
        return "<!DOCTYPE html><html lang=\"" + outlet.language() + "\" dir=\"" + dir + "\"><head><meta charset=\"utf-8\"><title>" + title
            + "</title>" + head + "<style>.menu a{margin:0 6px}.ticker{overflow:hidden;white-space:nowrap}.most-read{float:right;width:30%}"
            + ".tags li{display:inline}</style><script>window.dataLayer=window.dataLayer||[];</script></head><body>" + menu + ticker
            + "<main>" + main + "</main>" + mostRead + "<div class=\"tag-cloud\">" + cloud(outlet) + "</div><footer>© " + escape(outlet.name())
            + " · <a href=\"/" + outlet.slug() + "/about\">About</a> · <a href=\"/" + outlet.slug() + "/contact\">Contact</a> · "
            + "<a href=\"" + url.apply(outlet.feedPath()) + "\">RSS</a></footer></body></html>";
    }

    private static String byline(DemoOutlet outlet) {
        return switch (outlet.language()) {
            case "ar" -> "بقلم: مراسل " + escape(outlet.name());
            case "fr" -> "Par la rédaction de " + escape(outlet.name());
            default -> "By " + escape(outlet.name()) + " staff";
        };
    }

    private static String home(DemoOutlet outlet) {
        return switch (outlet.language()) {
            case "ar" -> "الرئيسية";
            case "fr" -> "Accueil";
            default -> "Home";
        };
    }

    private static String breaking(DemoOutlet outlet) {
        return switch (outlet.language()) {
            case "ar" -> "عاجل:";
            case "fr" -> "Dernière minute :";
            default -> "Breaking:";
        };
    }

    private static String readAlso(DemoOutlet outlet) {
        return switch (outlet.language()) {
            case "ar" -> "اقرأ أيضًا:";
            case "fr" -> "À lire aussi :";
            default -> "Read also:";
        };
    }

    private static String mostRead(DemoOutlet outlet) {
        return switch (outlet.language()) {
            case "ar" -> "الأكثر قراءة";
            case "fr" -> "Les plus lus";
            default -> "Most read";
        };
    }

    private static String cloud(DemoOutlet outlet) {
        return switch (outlet.language()) {
            case "ar" -> "<a href=\"#\">اقتصاد</a> <a href=\"#\">رياضة</a> <a href=\"#\">طقس</a> <a href=\"#\">موانئ</a> <a href=\"#\">فن</a>";
            case "fr" -> "<a href=\"#\">économie</a> <a href=\"#\">sport</a> <a href=\"#\">météo</a> <a href=\"#\">ports</a> <a href=\"#\">culture</a>";
            default -> "<a href=\"#\">economy</a> <a href=\"#\">sport</a> <a href=\"#\">weather</a> <a href=\"#\">ports</a> <a href=\"#\">culture</a>";
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
