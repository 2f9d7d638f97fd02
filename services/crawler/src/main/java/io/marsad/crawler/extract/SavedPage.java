package io.marsad.crawler.extract;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A page as a browser or a crawler saved it to disk: its HTML, the charset its container names, and the address it came
 * from where the file says so. Reads plain and gzipped HTML (gzip known by the name or by the first bytes), and MHTML
 * ("Webpage, Single File" in Chrome and Edge, {@code .mht} in older browsers), whose HTML part is taken and whose
 * images are passed over unread. The address is the MHTML snapshot's location, or the "saved from url" comment
 * browsers write at the top of a saved page.
 */
record SavedPage(byte[] html, String charset, String url) {

    /** The headers an MHTML file opens with; the files are recognised by them as well as by their name. */
    private static final Pattern MIME_HEADER_START = Pattern.compile(
        "^\\s*(?:from|mime-version|subject|date|snapshot-content-location|content-type|content-location)\\s*:", Pattern.CASE_INSENSITIVE);
    /** {@code <!-- saved from url=(0044)https://… -->}, the "mark of the Web" a saved page carries: its length, then the address. */
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET_PARAMETER = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFFED_BYTES = 4096;
    /**
     * No limit on line length (some savers write the HTML part as 8bit, a whole page on one line) nor on the number of
     * parts (a news page saved with every picture, font and frame holds hundreds).
     */
    private static final MimeConfig MHTML_LIMITS = MimeConfig.copy(MimeConfig.PERMISSIVE).setMaxPartCount(0).build();
    private static final List<String> PAGE_SUFFIXES = List.of(".html", ".htm", ".xhtml", ".mhtml", ".mht");

    /**
     * Reads the page in {@code file}; no more than the extractor's page limit of HTML is ever read.
     *
     * @throws ExtractionException.PageTooLarge if the page's HTML is larger than {@link ArticleExtractor#MAX_PAGE_BYTES}
     * @throws ExtractionException if an MHTML file cannot be parsed or holds no HTML part
     */
    static SavedPage read(Path file) throws IOException {
        boolean namedGzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file));
             BufferedInputStream in = namedGzip || isGzip(raw) ? new BufferedInputStream(new GZIPInputStream(raw)) : raw) {
            in.mark(SNIFFED_BYTES);
            String opening = new String(in.readNBytes(SNIFFED_BYTES), StandardCharsets.ISO_8859_1);
            in.reset();
            String name = nameWithoutGzip(file);
            if (name.endsWith(".mht") || name.endsWith(".mhtml") || looksLikeMhtml(opening)) {
                return fromMhtml(in);
            }
            byte[] html = upToTheLimit(in);
            Matcher savedFrom = SAVED_FROM.matcher(opening);
            return new SavedPage(html, null, savedFrom.find() ? savedFrom.group(1) : null);
        }
    }

    /** A response body saved as it came, compressed, under an .html name (wget's and curl's saves without decoding). */
    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        boolean magic = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return magic;
    }

    /** Whether the file's name is a saved page's: HTML or MHTML, gzipped or not. */
    static boolean isNamedAsOne(Path file) {
        String name = nameWithoutGzip(file);
        return PAGE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static String nameWithoutGzip(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - ".gz".length()) : name;
    }

    private static boolean looksLikeMhtml(String opening) {
        return MIME_HEADER_START.matcher(opening).find() && opening.toLowerCase(Locale.ROOT).contains("multipart/related");
    }

    private static byte[] upToTheLimit(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(ArticleExtractor.MAX_PAGE_BYTES + 1);
        if (bytes.length > ArticleExtractor.MAX_PAGE_BYTES) {
            throw new ExtractionException.PageTooLarge("page is larger than the " + ArticleExtractor.MAX_PAGE_BYTES + " bytes allowed");
        }
        return bytes;
    }

    private static SavedPage fromMhtml(InputStream in) throws IOException {
        HtmlPart handler = new HtmlPart();
        MimeStreamParser parser = new MimeStreamParser(MHTML_LIMITS);
        parser.setContentDecoding(true); // quoted-printable and base64 undone
        parser.setContentHandler(handler);
        try {
            parser.parse(in);
        } catch (MimeException e) {
            if (handler.html == null) { // broken after the page's part (a truncated picture): the page is whole
                throw new ExtractionException("not a readable MHTML file: " + e.getMessage());
            }
        }
        if (handler.html == null) {
            throw new ExtractionException("the MHTML file holds no HTML part");
        }
        return new SavedPage(handler.html, handler.charset, handler.snapshotLocation != null ? handler.snapshotLocation : handler.htmlLocation);
    }

    /**
     * Keeps the first {@code text/html} part and the addresses the headers give. The parts after it are passed over
     * unread: mime4j's {@code stop()} would end sooner, but then reports empty parts without end until its part limit.
     */
    private static final class HtmlPart extends AbstractContentHandler {
        byte[] html;
        String charset;
        String snapshotLocation;
        String htmlLocation;
        private String partLocation;
        private String partCharset;
        private boolean inMessageHeader = true;

        @Override
        public void startBodyPart() {
            inMessageHeader = false;
            partLocation = null;
            partCharset = null;
        }

        @Override
        public void field(Field field) {
            String name = field.getNameLowerCase();
            String value = field.getBody() == null ? null : field.getBody().strip();
            if (inMessageHeader && name.equals("snapshot-content-location")) {
                snapshotLocation = value;
            } else if (name.equals("content-location")) {
                partLocation = value;
            } else if (name.equals("content-type") && value != null) {
                // read here, not from mime4j's descriptor, which says us-ascii where a text part names no charset (RFC
                // 2045's default): the page's own <meta> knows better
                Matcher charsetParameter = CHARSET_PARAMETER.matcher(value);
                partCharset = charsetParameter.find() ? charsetParameter.group(1) : null;
            }
        }

        @Override
        public void body(BodyDescriptor descriptor, InputStream content) throws IOException {
            if (html != null || !"text/html".equalsIgnoreCase(descriptor.getMimeType())) {
                return; // an image, a style sheet or a frame after the page: never read into memory
            }
            html = upToTheLimit(content);
            charset = partCharset;
            htmlLocation = partLocation;
        }
    }
}
