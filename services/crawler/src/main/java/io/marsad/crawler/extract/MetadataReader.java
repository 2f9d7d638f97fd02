package io.marsad.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a page's own description of itself. Sources in order of trust: JSON-LD (schema.org),
 * Open Graph and {@code article:*} properties, classic meta tags, then markup ({@code <time>},
 * {@code <h1>}, {@code <title>}) and finally the URL.
 */
final class MetadataReader {

    private static final List<String> PUBLISHED_NAMES = List.of("publication_date", "publish_date", "published_date", "publish-date",
        "date_published", "article.published", "article_date_original", "og:article:published_time", "parsely-pub-date", "sailthru.date",
        "dcterms.issued", "citation_publication_date", "citation_online_date",
        "citation_date", "prism.publicationdate", "originalpublicationdate", "cxenseparse:recs:publishtime");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,،;|]\\s*");

    private MetadataReader() {}

    /** White space as in the body (no-break spaces included), none at the ends. */
    private static String cleanTitle(String title) {
        return title == null ? null : PlainText.clean(title);
    }

    static PageMetadata read(Document document, String url) {
        List<JsonNode> jsonLd = JsonLd.blocks(document);
        Optional<JsonNode> article = JsonLd.article(jsonLd);
        // a page not typed as an article may still be one: its WebPage object gives the author and date
        Optional<JsonNode> webPage = article.isPresent() ? Optional.empty() : JsonLd.webPage(jsonLd);
        Metas metas = Metas.of(document);
        String canonical = first(
            () -> absolute(document.selectFirst("link[rel=canonical][href]"), "href"),
            () -> metas.first("og:url"),
            () -> article.map(a -> JsonLd.text(a, "url")).orElse(null),
            () -> url);
        Elements h1s = Selectors.select(document, Selectors.HEADLINES);
        Set<Element> logos = Collections.newSetFromMap(new IdentityHashMap<>());
        h1s.stream().filter(h1 -> isLogo(h1, document.title())).forEach(logos::add);
        String shown = ownHeadline(h1s, logos, document.title());
        String headline = shownOverVariant(first(
            () -> article.map(a -> JsonLd.text(a, "headline")).orElse(null),
            () -> shownOverSocial(metas.first("og:title"), shown, document.title(), metas.first("og:site_name"), canonical),
            () -> metas.first("twitter:title"),
            () -> shown,
            () -> TitleCleaner.withoutSiteName(document.title(), metas.first("og:site_name"))), shown, h1s, metas.first("og:site_name"), canonical);
        List<String> siteNames = new ArrayList<>();
        Stream.of(metas.first("og:site_name"), article.map(a -> JsonLd.text(a.path("publisher"), "name")).orElse(null),
                metas.first("application-name"), TitleCleaner.siteNameIn(document.title(), headline).orElse(null))
            .filter(name -> name != null && !name.isBlank()).map(String::trim).forEach(siteNames::add);
        Map<Boolean, List<String>> shownByLogo = h1s.stream().limit(MAX_SHOWN_HEADLINES)
            .filter(h1 -> !h1.text().isBlank())
            .collect(Collectors.partitioningBy(logos::contains, Collectors.mapping(Element::text, Collectors.toList())));
        // titles may end in the host name ("… | heizung.de"); bylines are not held against it: "Mark" on markmanson.net is a person
        List<String> titleSiteNames = Stream.concat(siteNames.stream(), SiteNames.host(canonical).stream()).toList();
        String title = cleanTitle(TitleCleaner.withoutPartsBeside(
            TitleCleaner.withoutSiteNames(TitleCleaner.withoutDanglingMark(headline), titleSiteNames),
            shownByLogo.get(false), shownByLogo.get(true)));
        String language = LanguageTag.primary(first(
            () -> attribute(document.selectFirst("html[lang]"), "lang"),
            () -> article.map(a -> JsonLd.text(a, "inLanguage")).orElse(null),
            () -> metas.first("og:locale"),
            () -> metas.first("content-language"),
            () -> attribute(document.selectFirst("meta[http-equiv=content-language]"), "content")));
        Instant published = declaredDate(document, language,
            article.map(a -> JsonLd.text(a, "datePublished")).orElse(null),
            metas.first("article:published_time"),
            metas.first("og:published_time"),
            metas.first("datePublished"),
            metas.first("pubdate"),
            metas.first("publishdate"),
            // the names news CMSs, Parse.ly, Sailthru, Dublin Core and library catalogues give the same date (not Dublin Core's
            // plain date or its date of creation: a government site's dcterms.date was the draft's, days before the release)
            PUBLISHED_NAMES.stream().map(metas::first).filter(Objects::nonNull).findFirst().orElse(null),
            metas.first("date"),
            metas.first("dc.date.issued"),
            metas.first("dc.date"),
            attribute(document.selectFirst("[itemprop=datePublished][datetime]"), "datetime"))
            .or(() -> (article.isPresent() ? JsonLd.webPage(jsonLd) : webPage).flatMap(page -> Dates.parse(JsonLd.text(page, "datePublished"))))
            .or(() -> publishedTime(document))
            .or(() -> Dates.fromUrl(canonical))
            .or(() -> Dates.fromUrl(url))
            .or(() -> ShownDate.find(document, language))
            .orElse(null);
        Instant modified = firstDate(
            article.map(a -> JsonLd.text(a, "dateModified")).orElse(null),
            metas.first("article:modified_time"),
            metas.first("og:updated_time"),
            metas.first("dateModified"),
            metas.first("last-modified")).orElse(null);
        // the page's owner, as its copyright line names it ("Copyright (c) Condé Nast 2022"), is no writer either: Condé Nast's
        // sites give it as <meta name="author">
        List<String> owners = Stream.concat(siteNames.stream(), Stream.ofNullable(metas.first("copyright"))).toList();
        List<String> authors = authors(owners, canonical,
            () -> article.map(a -> JsonLd.texts(a.get("author"))).orElse(List.of()),
            () -> webPage.map(page -> JsonLd.texts(page.get("author"))).orElse(List.of()),
            () -> metas.all("author"),
            // the names Sailthru, Parse.ly, Cxense and Dublin Core give the same writer
            () -> Stream.of("sailthru.author", "parsely-author", "cxenseparse:author", "dc.creator", "dcterms.creator").map(metas::all)
                .filter(names -> !names.isEmpty()).findFirst().orElse(List.of()),
            () -> metas.all("article:author").stream().filter(a -> !a.startsWith("http")).toList(),
            () -> metas.all("citation_author").stream().map(MetadataReader::firstNameFirst).toList(),
            metas::labelledAuthor,
            () -> Bylines.in(document),
            () -> Bylines.inText(document),
            () -> HanBylines.in(document));
        List<String> tags = distinct(Stream.of(
            article.map(a -> splitList(JsonLd.texts(a.get("keywords")))).orElse(List.of()),
            metas.all("article:tag"),
            splitList(metas.all("news_keywords")),
            splitList(metas.all("keywords"))
        ).filter(list -> !list.isEmpty()).findFirst().orElse(List.of()));
        String siteName = first(
            () -> metas.first("og:site_name"),
            () -> article.map(a -> JsonLd.text(a.path("publisher"), "name")).orElse(null),
            () -> metas.first("application-name"));
        String section = first(
            () -> article.map(a -> JsonLd.text(a, "articleSection")).orElse(null),
            () -> metas.first("article:section"));
        String leadImage = first(
            () -> metas.first("og:image"),
            () -> article.map(JsonLd::imageUrl).orElse(null),
            () -> metas.first("twitter:image"));
        String structuredBody = article.map(a -> JsonLd.text(a, "articleBody")).orElse(null);
        List<String> descriptions = distinct(Stream.of(
            Stream.ofNullable(article.map(a -> JsonLd.text(a, "description")).orElse(null)),
            metas.all("og:description").stream(),
            metas.all("description").stream(),
            metas.all("twitter:description").stream()).flatMap(s -> s).toList());
        return new PageMetadata(canonical, title, authors, published, modified, siteName, language, tags, section,
            resolve(document, leadImage), structuredBody, descriptions, LiveBlog.entries(document, article));
    }

    /** What a CMS writes as the author when no one is named: the account that posted ("admin"), or nobody at all. */
    private static final Pattern NO_ONE = Pattern.compile(
        "(?iu)\\s*(?:admin|administrator|webmaster|root|guest|user|unknown|n/?a|none|null|undefined)\\s*");
    /** A company's name, by its legal form: the publisher given as an author beside the writer ("mediagene Inc."). */
    private static final Pattern LEGAL_FORM = Pattern.compile(
        "(?iu)\\b(?:inc|ltd|llc|gmbh|corp|plc|s\\.?a|ag|k\\.?k)\\.?$|株式会社|有限会社");
    /** An account's login name or initials rather than a name written out: "christian.stadtfeld", "kffnirmitap", "DT", "MCJ". */
    private static final Pattern ACCOUNT_NAME = Pattern.compile("[\\p{Ll}\\d._-]+|\\S*[._\\d]\\S*|\\p{Lu}{1,3}");
    /** A profile's address given as the author ("https://em360tech.com/user/…", "www.facebook.com/…"). */
    private static final Pattern WEB_ADDRESS = Pattern.compile("^(?:https?://|www\\.)|\\.(?:com|org|net)/");
    private static final Pattern TRAILING_ROLE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final int MAX_PREVIEW_LABELS = 4;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_VARIANT_WORDS = 3;
    private static final double SAME_WORDS_SHARE = 0.5;
    private static final Pattern X_HANDLE = Pattern.compile("\\s*@\\w+");

    /** An HTML entity, left in a value its CMS escaped twice once jsoup has decoded it. */
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX]\\p{XDigit}{1,6}|[a-zA-Z]{2,8});");

    /** The page's {@code <meta property|name|itemprop=key content>} values by lower-cased key, read in one pass. */
    private record Metas(Map<String, List<String>> byKey) {
        static Metas of(Document document) {
            Map<String, List<String>> byKey = new HashMap<>();
            for (Element meta : Selectors.select(document, META_CONTENT)) {
                String name = Stream.of("property", "name", "itemprop").map(meta::attr).filter(v -> !v.isEmpty()).findFirst().orElse("");
                String content = decodedTwice(meta.attr("content").trim());
                if (!name.isEmpty() && !content.isEmpty()) {
                    byKey.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(content);
                }
            }
            return new Metas(byKey);
        }

        /**
         * A value with the entities a CMS escaped twice decoded ({@code content="…Mountaineering&amp;#39;s Soul"} in
         * fieldmag.com's {@code og:title}): a preview would show it as written, yet it names a character.
         */
        private static String decodedTwice(String content) {
            return content.indexOf('&') >= 0 && ENTITY.matcher(content).find() ? Parser.unescapeEntities(content, true) : content;
        }

        String first(String key) {
            List<String> values = all(key);
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String key) {
            return byKey.getOrDefault(key.toLowerCase(Locale.ROOT), List.of()); // keys are case-insensitive
        }

        /**
         * The writer Yoast SEO gives Slack's and X's link previews: {@code twitter:label1} "Written by" (or "Verfasst von",
         * "Escrito por"…) and the name in {@code twitter:data1}, without the X handle some add ("Williams Perdomo @wperdomod").
         */
        List<String> labelledAuthor() {
            for (int i = 1; i <= MAX_PREVIEW_LABELS; i++) {
                String label = first("twitter:label" + i);
                String data = first("twitter:data" + i);
                if (label != null && data != null && Bylines.isAuthorLabel(label)) {
                    String name = X_HANDLE.matcher(data).replaceAll("").strip();
                    return name.isEmpty() ? List.of() : List.of(name);
                }
            }
            return List.of();
        }
    }

    private static List<String> splitList(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            for (String part : LIST_SEPARATOR.split(value)) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static List<String> distinct(List<String> values) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            String clean = value.replaceAll("\\s+", " ").trim();
            if (!clean.isEmpty() && seen.stream().noneMatch(s -> s.equalsIgnoreCase(clean))) {
                seen.add(clean);
            }
        }
        return List.copyOf(seen);
    }

    @SafeVarargs
    private static String first(Supplier<String>... candidates) {
        for (Supplier<String> candidate : candidates) {
            String value = candidate.get();
            if (value != null && !value.isBlank()) {
                return value.replaceAll("\\s+", " ").trim();
            }
        }
        return null;
    }

    /**
     * The first source's authors that names a person: a site given as the author ("BBC News") leaves the byline to the
     * next. When no source names anyone but the site, the site's name stays if it is a person's: a personal blog is
     * named after its writer ("Cory Dransfeldt" in the {@code <title>} and as the author).
     */
    @SafeVarargs
    private static List<String> authors(List<String> siteNames, String url, Supplier<List<String>>... sources) {
        List<String> siteAsAuthor = List.of();
        List<String> accounts = List.of();
        for (Supplier<List<String>> source : sources) {
            List<String> given = distinct(source.get().stream().map(MetadataReader::withoutBy)
                .flatMap(author -> HanBylines.namesIn(author).stream()).map(MetadataReader::withoutRole)
                .filter(author -> !NO_ONE.matcher(author).matches() && !WEB_ADDRESS.matcher(author).find()).toList());
            List<String> people = given.stream()
                .filter(author -> !SiteNames.isSite(author, siteNames, url) && !isCompany(author)).toList();
            if (!people.isEmpty() && !people.stream().allMatch(author -> ACCOUNT_NAME.matcher(author).matches())) {
                return people;
            }
            accounts = accounts.isEmpty() ? people : accounts;
            siteAsAuthor = siteAsAuthor.isEmpty() && people.isEmpty() ? given : siteAsAuthor;
        }
        // a login name or initials ("christian.stadtfeld", "DT") when no source writes the name out; else a person's site
        if (!accounts.isEmpty()) {
            return accounts;
        }
        return siteAsAuthor.stream().allMatch(author -> Bylines.isPersonName(author) && !isCompany(author)) ? siteAsAuthor : List.of();
    }

    private static boolean isCompany(String author) {
        return LEGAL_FORM.matcher(author.strip()).find();
    }

    /** "Lance Ryan (Content Manager)": the name without the role a CMS's profile adds in brackets. */
    private static String withoutRole(String author) {
        return TRAILING_ROLE.matcher(author).replaceFirst("");
    }

    /**
     * The publication date the page declares. When its declarations disagree (JSON-LD's of a year before the
     * {@code article:published_time}, as a template copied from an older story left it), the one whose day the page
     * shows its readers; if it shows none of them, the first.
     */
    private static Optional<Instant> declaredDate(Document document, String language, String... candidates) {
        List<Instant> declared = Stream.of(candidates).map(Dates::parse).flatMap(Optional::stream).toList();
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Instant first = declared.getFirst();
        if (declared.stream().allMatch(date -> Duration.between(first, date).abs().compareTo(Duration.ofDays(1)) < 0)) {
            return Optional.of(first);
        }
        Optional<Instant> shown = ShownDate.findPublished(document, language);
        return Optional.of(shown.flatMap(day -> declared.stream().filter(date -> ShownDate.onDay(date, day)).findFirst()).orElse(first));
    }

    /** The first {@code <time datetime>} that is not a comment's nor labelled as the day the page was changed. */
    private static Optional<Instant> publishedTime(Document document) {
        for (Element time : Selectors.select(document, Selectors.DATED_TIMES)) {
            if (!ShownDate.labelledChanged(time) && time.parents().stream().noneMatch(CommentSection::isOne)) {
                return Dates.parse(time.attr("datetime"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> firstDate(String... candidates) {
        for (String candidate : candidates) {
            Optional<Instant> date = Dates.parse(candidate);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static final Selectors.Query META_CONTENT = Selectors.onlyWhere(e -> e.nameIs("meta"), "meta[content]");
    /** A blog's link to the post's own page. */
    private static final Evaluator PERMALINK = QueryParser.parse("a[rel~=bookmark]");
    /** Shorter than this, an {@code <h1>} found in the {@code <title>} may be any word of it. */
    static final int MIN_CONFIRMED_HEADLINE = 10;

    /** How many of a page's {@code <h1>}s are compared with its title: its own comes early, a list's come later. */
    private static final int MAX_SHOWN_HEADLINES = 5;

    /** Classes that hide an element from sight, for screen readers and search engines only. */
    private static final Pattern HIDDEN_FROM_SIGHT = Pattern.compile("(?:^|\\s)(?:hidden|sr-only|visually-hidden|screen-reader-text)(?:$|\\s)");

    /**
     * An {@code <h1>} that links to the site's home page: the theme's logo, which says the site's name. Or one hidden from
     * sight that says only a part of the {@code <title>} beside the rest: the site's name written for screen readers
     * beside the logo's picture ({@code <h1 class="hidden">好奇心日报</h1>} under "这个约会软件… | 好奇心日报" on qdaily.com).
     */
    private static boolean isLogo(Element h1, String documentTitle) {
        String shown = PlainText.comparable(h1.text());
        String title = PlainText.comparable(documentTitle);
        if (HIDDEN_FROM_SIGHT.matcher(h1.className().toLowerCase(Locale.ROOT)).find() && !shown.isEmpty()
            && title.length() > shown.length() && (title.startsWith(shown) || title.endsWith(shown))) {
            return true;
        }
        for (Element link : h1.select("a[href]")) {
            if (HomePageLink.is(link.attr("href"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first {@code <h1>}, unless the page has several and the {@code <title>} repeats a later one but not the first
     * (then that one: side boxes' {@code <h1>}s may come first in the markup), or the first is a teaser the
     * {@code <title>} does not repeat: wholly a link to another page (a list's headline of another story, or a theme's
     * logo). Then the first that is no teaser, else none, and the {@code <title>} decides. A blog's permalink ({@code rel=bookmark}) heads its own post.
     * A logo ({@link #isLogo}) never does, even where it is the only {@code <h1>}; after one, a later {@code <h1>} heads
     * the story only if the {@code <title>} says so, as such themes make an {@code <h1>} of every box in the side
     * column too (boingboing.net: "Follow Us: Twitter and Facebook"), or it links to its own post as a blog's permalink.
     */
    private static String ownHeadline(Elements h1s, Set<Element> logos, String documentTitle) {
        // a copy: jsoup's Elements.removeIf takes the elements out of the document too
        List<Element> headlines = new ArrayList<>(h1s);
        if (headlines.isEmpty()) {
            return null;
        }
        String pageTitle = PlainText.comparable(documentTitle);
        if (logos.contains(headlines.getFirst())) {
            for (Element headline : headlines) {
                if (!logos.contains(headline) && (headline.selectFirst(PERMALINK) != null || confirms(pageTitle, headline))) {
                    return headline.text();
                }
            }
            return null;
        }
        headlines.removeIf(logos::contains); // the site's name, not a headline
        Element first = headlines.getFirst();
        if (headlines.size() > 1 && !confirms(pageTitle, first)) {
            // a side box's <h1> ("Other News Video", "Новости по теме") written before the story's, which the <title> names;
            // or a short one that is any word of the title (zoll.de's "Zoll", for screen readers, then the section's
            // "Fachmeldungen", then the story's): the longest the title repeats, as a section's name is repeated too
            Element confirmed = null;
            for (Element headline : headlines) {
                if (confirms(pageTitle, headline) && (confirmed == null || headline.text().length() > confirmed.text().length())) {
                    confirmed = headline;
                }
            }
            if (confirmed != null) {
                return confirmed.text();
            }
        }
        if (headlines.size() == 1 || pageTitle.isBlank() || !isTeaser(first) || pageTitle.contains(PlainText.comparable(first.text()))) {
            return first.text();
        }
        for (Element headline : headlines) {
            if (!isTeaser(headline)) {
                return headline.text();
            }
        }
        return null;
    }

    /**
     * The title written for sharing ({@code og:title}), unless the {@code <title>} does not repeat it and repeats the
     * headline the page shows: then that headline, as the two the reader sees agree and the other is a section's name
     * (bdzv.de's "Pressemitteilungen") or a rewrite for social networks. Not when the headline shown is the site's name
     * (a blog's name as its only {@code <h1>}, the host "whiskyverkostung.com").
     */
    private static String shownOverSocial(String social, String shown, String pageTitle, String siteName, String url) {
        if (social == null || shown == null || pageTitle == null) {
            return social;
        }
        String title = PlainText.comparable(pageTitle);
        String headline = PlainText.comparable(shown);
        if (title.contains(PlainText.comparable(social)) || headline.length() < MIN_CONFIRMED_HEADLINE || !title.contains(headline)) {
            return social;
        }
        List<String> siteNames = siteName == null ? List.of() : List.of(siteName);
        boolean site = SiteNames.isSite(shown, siteNames, url)
            || TitleCleaner.siteNameIn(pageTitle, social).map(PlainText::comparable).filter(headline::equals).isPresent();
        return site ? social : shown;
    }

    /**
     * The headline the page shows instead of the one its metadata declares when the two are the same headline written
     * twice: one holds the other ("Chronik: Lotte Tobisch ist tot" declared, "Lotte Tobisch ist tot" shown; "… Rezept"
     * added for search engines), or most of their words are the same ("Brexit: Nervenkrieg geht in nächste Runde"
     * declared, "Der Nervenkrieg um den Brexit geht in die nächste Runde" shown). A kicker or a rewrite for sharing
     * and search is the declared one's; the shown one is what readers and the story call it.
     */
    private static String shownOverVariant(String declared, String shown, Elements h1s, String siteName, String url) {
        if (declared == null || shown == null || SiteNames.isSite(shown, siteName == null ? List.of() : List.of(siteName), url)) {
            return declared;
        }
        String said = PlainText.comparable(shown);
        String written = PlainText.comparable(declared);
        if (said.equals(written) || said.length() < MIN_CONFIRMED_HEADLINE) {
            return declared;
        }
        if (said.contains(written) && written.length() >= MIN_CONFIRMED_HEADLINE) {
            // more than the declared headline: a kicker or a standfirst of its own inside the <h1> ("<span>Tunesien</span> Große…") is not it
            return h1s.stream().filter(h1 -> h1.text().equals(shown)).anyMatch(h1 -> holdsApart(h1, written)) ? declared : shown;
        }
        if (written.contains(said)) {
            return shown;
        }
        Set<String> shownWords = words(said);
        Set<String> declaredWords = words(written);
        Set<String> both = new HashSet<>(shownWords);
        both.retainAll(declaredWords);
        Set<String> either = new HashSet<>(shownWords);
        either.addAll(declaredWords);
        return shownWords.size() >= MIN_VARIANT_WORDS && both.size() >= either.size() * SAME_WORDS_SHARE ? shown : declared;
    }

    /** Whether an element inside the headline holds all it says beyond the declared headline. */
    private static boolean holdsApart(Element h1, String declared) {
        String said = PlainText.comparable(h1.text());
        for (Element inside : Selectors.all(h1)) {
            String part = PlainText.comparable(inside.text());
            if (inside != h1 && !part.isEmpty() && !part.contains(declared)
                && PlainText.comparable(said.replaceFirst(Pattern.quote(part), " ")).replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "").equals(declared)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        return Stream.of(NOT_WORD.split(text)).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }

    /** Whether the page's {@code <title>} (comparable form) repeats a headline long enough not to be any word of it. */
    private static boolean confirms(String pageTitle, Element headline) {
        return titleHolds(pageTitle, headline.text());
    }

    /**
     * Whether the page's title ({@link PlainText#comparable}) holds a text whole, and the text is long enough to be a
     * headline the title repeats, not any word of it.
     */
    static boolean titleHolds(String pageTitle, String text) {
        String comparable = PlainText.comparable(text);
        return comparable.length() >= MIN_CONFIRMED_HEADLINE && pageTitle.contains(comparable);
    }

    private static boolean isTeaser(Element headline) {
        return !headline.text().isBlank() && LinkDensity.of(headline) >= 1 && headline.selectFirst(PERMALINK) == null;
    }

    /** Metadata that copies the byline as shown ("By Glen Owen And Brendan Carlin For The Mail On Sunday"): no name starts with it. */
    private static final Pattern BY = Pattern.compile("^(?:by|بقلم)\\s*:?\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);

    private static String withoutBy(String author) {
        return BY.matcher(author.trim()).replaceFirst("");
    }

    /** Scholarly metadata writes "Kaufman, Jeff T.": the name as a byline says it. */
    private static String firstNameFirst(String name) {
        String[] parts = name.split(",");
        return parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank() ? parts[1].trim() + " " + parts[0].trim() : name;
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static String absolute(Element element, String attribute) {
        if (element == null) {
            return null;
        }
        String absolute = element.absUrl(attribute); // resolved once: it parses the address
        return absolute.isEmpty() ? element.attr(attribute) : absolute;
    }

    private static String resolve(Document document, String url) {
        if (url == null) {
            return null;
        }
        try {
            return document.baseUri().isEmpty() ? url : java.net.URI.create(document.baseUri()).resolve(url.trim()).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** BCP 47 tags to their primary language subtag: {@code ar-EG}, {@code ar_EG}, {@code AR} → {@code ar}. */
    static final class LanguageTag {
        private LanguageTag() {}

        static String primary(String tag) {
            if (tag == null) {
                return null;
            }
            String primary = tag.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
            return primary.matches("[a-z]{2,3}") ? primary : null;
        }
    }
}
