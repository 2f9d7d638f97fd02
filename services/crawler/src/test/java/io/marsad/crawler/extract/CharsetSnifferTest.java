package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages whose encoding nobody declared, or declared in only one place, still come out as text. */
class CharsetSnifferTest {

    static final String ARABIC = "<html><head><title>خبر</title></head><body><article>"
        + "<p>عقد اجتماع القمة بين الزعيم الكوري الشمالي كيم جونغ أون والرئيس الروسي فلاديمير بوتين في قاعدة فوستوشني الفضائية، "
        + "وسيجري الزعيمان محادثات يمكن أن تفضي إلى إبرام صفقة أسلحة من شأنها أن تنتهك العقوبات الدولية المفروضة على البلدين.</p>"
        + "<p>وقال مراقبون إن روسيا ستسعى في المحادثات على الأرجح للحصول على قذائف مدفعية وصواريخ مضادة للدبابات من كوريا الشمالية.</p>"
        + "</article></body></html>";
    static final String RUSSIAN = "<html><head><title>Новости</title></head><body><article>"
        + "<p>В понедельник в городе открылась новая станция метро, строительство которой продолжалось почти пять лет и несколько раз "
        + "останавливалось из-за нехватки финансирования, сообщили в пресс-службе метрополитена.</p>"
        + "<p>Станция соединила с центром крупный спальный район, жители которого до сих пор добирались до метро на автобусах.</p>"
        + "</article></body></html>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void undeclaredWindows1256ArabicIsDetected() {
        byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
        assertEquals("windows-1256", CharsetSniffer.choose(bytes, null).toLowerCase());
        assertTrue(extractor.extract(bytes, null, "https://a.example/x").articleBody().startsWith("عقد اجتماع القمة"));
    }

    @Test
    void undeclaredCyrillicIsDetected() {
        byte[] bytes = RUSSIAN.getBytes(Charset.forName("windows-1251"));
        assertTrue(extractor.extract(bytes, null, "https://r.example/x").articleBody().startsWith("В понедельник в городе"));
        byte[] koi8 = RUSSIAN.getBytes(Charset.forName("KOI8-R"));
        assertTrue(extractor.extract(koi8, null, "https://r.example/x").articleBody().startsWith("В понедельник в городе"));
    }

    @Test
    void undeclaredUtf8StaysUtf8() {
        assertEquals("UTF-8", CharsetSniffer.choose(ARABIC.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void declarationsWinOverDetection() {
        byte[] withMeta = ARABIC.replace("<head>", "<head><meta charset=\"windows-1256\">").getBytes(Charset.forName("windows-1256"));
        assertNull(CharsetSniffer.choose(withMeta, null), "jsoup follows the meta declaration");
        assertTrue(extractor.extract(withMeta, null, "https://a.example/x").articleBody().startsWith("عقد اجتماع القمة"));
        assertEquals("windows-1256", CharsetSniffer.choose(ARABIC.getBytes(Charset.forName("windows-1256")), "windows-1256"));
        assertEquals("UTF-8", CharsetSniffer.choose(ARABIC.getBytes(StandardCharsets.UTF_8), "x-unknown-charset"));
    }

    @Test
    void utf8TextUnderALegacyDeclarationIsReadAsUtf8() {
        // a page saved as UTF-8 that kept its old <meta> (elecom.co.jp's press releases declare Shift_JIS)
        String japanese = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><title>新製品</title></head>"
            + "<body><article><p>サクサク軽い打ち心地を実現し、キー入力がはかどるキーボードを発売します。接続タイプやサイズ、マウス付きなどで選べる薄型モデルです。"
            + "価格はオープン価格で、全国の家電量販店と当社の直販サイトで販売します。</p></article></body></html>";
        byte[] utf8 = japanese.getBytes(StandardCharsets.UTF_8);
        assertEquals("UTF-8", CharsetSniffer.choose(utf8, null));
        assertTrue(extractor.extract(utf8, null, "https://www.elecom.example/news/").articleBody().startsWith("サクサク軽い打ち心地"));
        // the same page in the Shift_JIS it declares is read as declared
        byte[] shiftJis = japanese.getBytes(Charset.forName("Shift_JIS"));
        assertNull(CharsetSniffer.choose(shiftJis, null));
        assertTrue(extractor.extract(shiftJis, null, "https://www.elecom.example/news/").articleBody().startsWith("サクサク軽い打ち心地"));
    }

    /** The loop that checks UTF-8 answers as the JDK's strict decoder does, on every edge of the encoding and on noise. */
    @Test
    void utf8IsCheckedAsTheJdkDecoderChecksIt() {
        int[][] edges = {
            {0x41}, {0xC2, 0x80}, {0xC1, 0xBF}, {0xC0, 0x80}, {0xDF, 0xBF}, {0xE0, 0xA0, 0x80}, {0xE0, 0x9F, 0xBF},
            {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF},
            {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0x80}, {0xE2, 0x82},
            {0xE2, 0x82, 0x41}, {0xF0, 0x9F, 0x98}, {0x41, 0xD8}};
        for (int[] edge : edges) {
            byte[] bytes = new byte[edge.length];
            for (int i = 0; i < edge.length; i++) {
                bytes[i] = (byte) edge[i];
            }
            assertEquals(jdkAccepts(bytes), CharsetSniffer.isValidUtf8(bytes), java.util.Arrays.toString(edge));
        }
        java.util.Random random = new java.util.Random(20261205);
        int valid = 0;
        for (int run = 0; run < 20_000; run++) {
            // text in three scripts with a few bytes flipped, so that both answers come up often
            byte[] bytes = "Putin بوتين Путин 😀 €".getBytes(StandardCharsets.UTF_8);
            for (int flips = random.nextInt(3); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            boolean expected = jdkAccepts(bytes);
            valid += expected ? 1 : 0;
            assertEquals(expected, CharsetSniffer.isValidUtf8(bytes), java.util.Arrays.toString(bytes));
        }
        assertTrue(valid > 1_000 && valid < 19_000, "both answers tried: " + valid + " valid of 20,000");
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
