package io.marsad.dashboard.service;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts as the interface's language writes them ({@code {count.grouped}} in a template: 12,345), in the page's locale. */
@TemplateExtension
public final class NumberFormats {

    private NumberFormats() {}

    static String grouped(long number, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return grouped(number, locale instanceof Locale chosen ? chosen : Locale.ENGLISH);
    }

    static String grouped(int number, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return grouped((long) number, locale);
    }

    public static String grouped(long number, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }
}
