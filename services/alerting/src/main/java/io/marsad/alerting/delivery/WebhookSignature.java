package io.marsad.alerting.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The {@code Marsad-Signature} header of webhook requests: {@code t=<unix seconds>,v1=<hex>},
 * where v1 is HMAC-SHA256 with the subscription's secret over {@code <t>.<body>}. Signing the time
 * lets receivers refuse replays of an old request (docs/alerting.md has a verification example).
 */
public final class WebhookSignature {

    public static final String HEADER = "Marsad-Signature";

    private WebhookSignature() {}

    public static String sign(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, unixSeconds, body));
    }

    /** Whether the header signs the body with the secret, within {@code toleranceSeconds} of {@code nowSeconds}. */
    public static boolean verify(String secret, String header, byte[] body, long nowSeconds, long toleranceSeconds) {
        long t = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    t = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t < 0 || v1 == null || Math.abs(nowSeconds - t) > toleranceSeconds) {
            return false;
        }
        byte[] expected = hmac(secret, t, body);
        try {
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] hmac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
