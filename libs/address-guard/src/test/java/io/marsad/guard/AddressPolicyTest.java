package io.marsad.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressPolicyTest {

    private final AddressPolicy strict = AddressPolicy.strict();
    private final AddressPolicy fixtures = AddressPolicy.allowing(Set.of("127.0.0.1", "localhost"));

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://127.1.2.3:8080/x", "http://localhost/", "http://LOCALHOST:9200/", "http://api.localhost/",
        "http://10.0.0.5/", "http://172.16.3.4/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00:ec2::254]/", "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/", "http://metadata.google.internal/", "http://printer.local/", "http://router.home.arpa/",
        "http://255.255.255.255/", "http://224.0.0.1/", "http://[ff02::1]/", "http://[::]/"})
    void refusesLocalAndPrivateHosts(String url) {
        assertTrue(strict.refusalForUrl(url).isPresent(), url);
    }

    /** Every other spelling of a loopback, private, link-local or metadata address that resolvers and browsers accept. */
    @ParameterizedTest
    @ValueSource(strings = {
        // decimal: the whole address as one number
        "http://2130706434/", "http://2130706433:8080/feed", "http://167772161/", "http://2852039166/latest/meta-data/",
        // hexadecimal, whole or per part
        "http://0x7f000002/", "http://0X7F000001/", "http://0x7f.0x0.0x0.0x1/", "http://0xa9.0xfe.0xa9.0xfe/", "http://0xc0a80001/",
        // octal parts
        "http://0177.0.0.1/", "http://0177.0000.0000.0001/", "http://012.0.0.1/", "http://0251.0376.0251.0376/",
        // shortened forms: the last part fills the remaining bytes
        "http://127.1/", "http://127.0.1/", "http://10.1/", "http://169.254.43518/", "http://0/", "http://0x7f.1/",
        // trailing dots
        "http://127.0.0.1./", "http://localhost./", "http://localhost../", "http://2130706433./", "http://metadata.google.internal./",
        // IPv4 inside IPv6: mapped (dotted and hex), compatible, NAT64, 6to4
        "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::ffff:a9fe:a9fe]/", "http://[0:0:0:0:0:ffff:10.0.0.1]/",
        "http://[::127.0.0.1]/", "http://[::a9fe:a9fe]/", "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:7f00:1::]/", "http://[2002:a9fe:a9fe::1]/",
        // userinfo and ports do not hide the host
        "http://user:pass@2130706433:80/", "http://example.com@127.1/",
        // names without a domain reach only a local network
        "http://intranet/", "http://metadata/"})
    void refusesEverySpellingOfALocalAddress(String url) {
        assertTrue(strict.refusalForUrl(url).isPresent(), url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://2130706434/|is 127.0.0.2 written another way, which points to this machine (loopback)",
        "http://0xa9fea9fe/|is 169.254.169.254 written another way, which is link-local",
        "http://[::ffff:a9fe:a9fe]/|is link-local",
        "http://[64:ff9b::a00:1]/|carries the IPv4 address 10.0.0.1, which is a private",
        "http://256.1.1.1/|is not a valid address",
        "http://1.2.3.4.5/|is not a valid address",
        "http://08.1.1.1/|is not a valid address",
        "http://4294967296/|is not a valid address",
        "http://99999999999999999999999/|is not a valid address",
        "http://example.123/|is not a valid address",
        "http://1..1/|is not a valid address"})
    void saysWhatTheHostReallyIs(String url, String reason) {
        String refusal = strict.refusalForUrl(url).orElseThrow(() -> new AssertionError(url + " was let through"));
        assertTrue(refusal.contains(reason), url + ": " + refusal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.aljazeera.net/news/", "http://93.184.215.14/", "https://[2606:4700::1111]/", "https://news.example.org/",
        "http://1572395022/", "http://0x5db8d70e/", "https://www.bbc.co.uk./news", "https://[::ffff:93.184.215.14]/", "http://123.example.com/"})
    void allowsPublicHostsHoweverWritten(String url) {
        assertTrue(strict.refusalForUrl(url).isEmpty(), url + ": " + strict.refusalForUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8123/feed.xml", "http://localhost:8123/", "http://[::1]/"})
    void onlyTheAllowlistedHostsPass(String url) {
        AddressPolicy policy = AddressPolicy.allowing(Set.of("127.0.0.1", "localhost", "[::1]"));
        assertTrue(policy.refusalForUrl(url).isEmpty(), url);
        assertTrue(policy.refusalForUrl("http://127.0.0.2/").isPresent(), "another loopback address is not allowed");
        assertTrue(policy.refusalForUrl("http://2130706434/").isPresent(), "nor one spelled otherwise");
        assertTrue(policy.refusalForUrl("http://127.0.0.1.nip.io.localhost/").isPresent(), "nor a name that merely contains it");
        assertTrue(policy.refusalForUrl("http://2130706433/").isEmpty(), "the allowed address is the same address however written");
    }

    @Test
    void anEntryWithAPortLetsThatPortThroughAndNoOther() throws Exception {
        AddressPolicy demo = AddressPolicy.allowing(Set.of("127.0.0.1:8090", "[::1]:8091"));
        assertTrue(demo.refusalForUrl("http://127.0.0.1:8090/sada/rss.xml").isEmpty());
        assertTrue(demo.refusalForUrl("http://[::1]:8091/").isEmpty());
        for (String elsewhere : List.of("http://127.0.0.1:9200/_cat/indices", "http://127.0.0.1/", "https://127.0.0.1:8090.evil.example/",
            "http://127.0.0.1:80900/", "http://[::1]:8090/", "http://localhost:8090/")) {
            assertTrue(demo.refusalForUrl(elsewhere).isPresent(), elsewhere);
        }
        assertTrue(demo.isAllowlisted("127.0.0.1"), "the resolver lets the host through: the URL check holds the port");
        assertTrue(!demo.isAllowlisted("127.0.0.2") && !demo.isAllowlisted("127.0.0"));
        assertEquals("127.0.0.1", new GuardedDnsResolver(demo).resolve("127.0.0.1")[0].getHostAddress());
        assertTrue(AddressPolicy.allowing(Set.of("example.org:443")).refusalForUrl("https://example.org/").isEmpty(), "the scheme's port");
    }

    @Test
    void aUrlWithoutAHostIsRefused() {
        assertTrue(strict.refusalForUrl("file:///etc/passwd").isPresent());
        assertTrue(strict.refusalForUrl("http:///x").isPresent());
        assertTrue(strict.refusalForUrl(null).isPresent());
        assertTrue(fixtures.refusalForUrl("not a url").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.1.1", "169.254.169.254", "::1", "fd00:ec2::254", "192.168.0.10", "::ffff:10.0.0.1",
        "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::", "fe80::1%1"})
    void refusesResolvedPrivateAddresses(String address) throws Exception {
        assertTrue(strict.refusalForAddress(InetAddress.getByName(address)).isPresent(), address);
    }

    @Test
    void theResolverRefusesAtConnectTimeWhatTheNameHid() {
        GuardedDnsResolver resolver = new GuardedDnsResolver(strict);
        // "localhost" resolves (from /etc/hosts, no DNS traffic) to loopback, which is refused when connecting
        GuardedDnsResolver.BlockedAddressException refused = assertThrows(GuardedDnsResolver.BlockedAddressException.class,
            () -> resolver.resolve("localhost"));
        assertTrue(refused.getMessage().contains("loopback"), refused.getMessage());
        assertThrows(GuardedDnsResolver.BlockedAddressException.class, () -> resolver.resolve("2130706433"));
    }

    @Test
    void theResolverLetsAllowlistedHostsThrough() throws Exception {
        InetAddress[] addresses = new GuardedDnsResolver(fixtures).resolve("127.0.0.1");
        assertEquals("127.0.0.1", addresses[0].getHostAddress());
    }
}
