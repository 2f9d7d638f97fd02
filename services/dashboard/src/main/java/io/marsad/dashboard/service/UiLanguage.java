package io.marsad.dashboard.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/**
 * The language the pages speak to this request's user: the one they chose with the switch (a
 * cookie), else the best of the browser's languages that the dashboard has, else English. Arabic
 * pages are laid out right to left. Templates read it as {@code inject:ui}.
 */
@Named("ui")
@RequestScoped
public class UiLanguage {

    /** The cookie the language switch sets. */
    public static final String COOKIE = "marsad-lang";
    static final List<String> LANGUAGES = List.of("en", "ar");

    @Inject
    HttpHeaders headers;

    private String chosen;

    /** The interface language's tag, {@code en} or {@code ar}. */
    public String lang() {
        if (chosen == null) {
            chosen = choose();
        }
        return chosen;
    }

    public String dir() {
        return lang().equals("ar") ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    /** The other language, which the switch offers. */
    public String other() {
        return lang().equals("ar") ? "en" : "ar";
    }

    /** The other language's name in itself, as the switch shows it. */
    public String otherName() {
        return lang().equals("ar") ? "English" : "العربية";
    }

    public static boolean offered(String tag) {
        return LANGUAGES.contains(tag);
    }

    private String choose() {
        var cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && offered(cookie.getValue())) {
            return cookie.getValue();
        }
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (offered(accepted.getLanguage())) {
                return accepted.getLanguage();
            }
        }
        return "en";
    }
}
