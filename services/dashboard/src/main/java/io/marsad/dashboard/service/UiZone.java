package io.marsad.dashboard.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.HttpHeaders;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone the pages show times in, and cut timelines' days in: the browser's own, which
 * /js/marsad.js writes into a cookie, else UTC. Templates read it as {@code inject:zone}.
 */
@Named("zone")
@RequestScoped
public class UiZone {

    /** The cookie /js/marsad.js sets from the browser's {@code Intl} time zone. */
    public static final String COOKIE = "marsad-tz";

    static final ZoneId UTC = ZoneId.of("UTC");

    @Inject
    HttpHeaders headers;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            var cookie = headers.getCookies().get(COOKIE);
            zone = of(cookie == null ? null : java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return zone;
    }

    /** The zone's IANA id, as search takes it. */
    public String id() {
        return zone().getId();
    }

    /** A zone named by a browser, or UTC when the name is missing or not a zone. */
    static ZoneId of(String name) {
        if (name == null || name.isBlank() || name.length() > 64 || !name.matches("[A-Za-z0-9_+\\-/]+")) {
            return UTC;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return UTC;
        }
    }
}
