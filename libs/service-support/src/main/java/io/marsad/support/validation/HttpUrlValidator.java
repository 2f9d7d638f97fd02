package io.marsad.support.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    static final int MAX_LENGTH = 2000;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isHttpUrl(value);
    }

    public static boolean isHttpUrl(String value) {
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
