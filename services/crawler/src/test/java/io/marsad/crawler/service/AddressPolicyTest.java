package io.marsad.crawler.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(Set.of());
    private final AddressPolicy fixtures = new AddressPolicy(Set.of("127.0.0.1", "localhost"));

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://127.1.2.3:8080/x", "http://localhost/", "http://LOCALHOST:9200/", "http://api.localhost/",
        "http://10.0.0.5/", "http://172.16.3.4/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00:ec2::254]/", "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/", "http://metadata.google.internal/", "http://printer.local/"})
    void refusesLocalAndPrivateHosts(String url) {
        assertTrue(strict.refusalForHost(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.aljazeera.net/news/", "http://93.184.215.14/", "https://[2606:4700::1111]/", "https://news.example.org/"})
    void allowsPublicHosts(String url) {
        assertTrue(strict.refusalForHost(url).isEmpty(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8123/feed.xml", "http://localhost:8123/"})
    void allowlistedFixtureHostsPass(String url) {
        assertTrue(fixtures.refusalForHost(url).isEmpty(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.1.1", "169.254.169.254", "::1", "fd00:ec2::254", "192.168.0.10"})
    void refusesResolvedPrivateAddresses(String address) throws Exception {
        assertTrue(strict.refusalForAddress(InetAddress.getByName(address)).isPresent(), address);
    }
}
