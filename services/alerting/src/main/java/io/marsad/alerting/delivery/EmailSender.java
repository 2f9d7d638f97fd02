package io.marsad.alerting.delivery;

import io.marsad.alerting.service.Explanation;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Sends an alert by e-mail over SMTP (Quarkus Mailer): a plain-text part and an HTML part laid out
 * in the article's direction ({@code dir="rtl"} for Arabic), with the matched words marked as the
 * in-app alert shows them.
 */
@ApplicationScoped
public class EmailSender {

    /** SMTP's "requested mail action okay, completed". */
    static final int SENT = 250;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Mailer mailer;

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    public WebhookSender.Outcome send(String address, AlertMessage message) {
        try {
            mailer.send(Mail.withText(address, subject(message), text(message)).setHtml(html(message)));
            return new WebhookSender.Outcome(SENT, null);
        } catch (RuntimeException e) {
            return new WebhookSender.Outcome(null, "the mail server did not take it: " + e.getMessage());
        }
    }

    static String subject(AlertMessage message) {
        String title = message.article().title() == null ? "" : message.article().title();
        return "[Marsad] " + message.subscription().name() + ": " + (title.length() > 120 ? title.substring(0, 119) + "…" : title);
    }

    static String text(AlertMessage message) {
        StringBuilder text = new StringBuilder();
        text.append(plain(message.explanation().title())).append('\n');
        text.append(source(message)).append('\n').append(message.article().url()).append("\n\n");
        for (String passage : message.explanation().passages()) {
            text.append(plain(passage)).append("\n\n");
        }
        text.append("Matched: ").append(String.join(", ", message.explanation().terms())).append('\n');
        if (message.alert().copies() > 1) {
            text.append(message.alert().copies()).append(" articles tell this story.\n");
        }
        text.append("\nSubscription: ").append(message.subscription().name()).append('\n');
        return text.toString();
    }

    static String html(AlertMessage message) {
        String dir = message.explanation().direction();
        String language = message.article().language() == null ? "" : " lang=\"" + escape(message.article().language()) + "\"";
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html dir=\"").append(dir).append('"').append(language).append("><body>");
        // the title and passages are escaped already, with the matched words in <mark>
        html.append("<h2><a href=\"").append(escape(message.article().url())).append("\">").append(message.explanation().title()).append("</a></h2>");
        html.append("<p><small>").append(escape(source(message))).append("</small></p>");
        for (String passage : message.explanation().passages()) {
            html.append("<p>").append(passage).append("</p>");
        }
        html.append("<p dir=\"auto\"><small>Matched: ").append(escape(String.join(", ", message.explanation().terms())));
        if (message.alert().copies() > 1) {
            html.append(" · ").append(message.alert().copies()).append(" articles tell this story");
        }
        html.append("</small></p><hr><p dir=\"auto\"><small>Marsad subscription: ").append(escape(message.subscription().name()))
            .append("</small></p></body></html>");
        return html.toString();
    }

    private static String source(AlertMessage message) {
        String source = message.article().source() == null ? "" : message.article().source();
        return message.article().publishedAt() == null ? source : source + " · " + WHEN.format(message.article().publishedAt());
    }

    /** The explanation's HTML as plain text: marks become «…», entities their characters. */
    static String plain(String html) {
        return html.replace("<mark>", "«").replace("</mark>", "»").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
            .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String escape(String text) {
        return Explanation.escapeHtml(text);
    }
}
