package io.marsad.alerting.delivery;

import io.marsad.alerting.client.MonitorSignal;
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

    public WebhookSender.Outcome send(String address, OutgoingMessage message) {
        Mail mail = switch (message) {
            case AlertMessage spike when spike.spike() != null -> Mail.withText(address, subject(spike), spikeText(spike)).setHtml(spikeHtml(spike));
            case AlertMessage alert -> Mail.withText(address, subject(alert), text(alert)).setHtml(html(alert));
            case DigestMessage digest -> Mail.withText(address, subject(digest), text(digest)).setHtml(html(digest));
        };
        try {
            mailer.send(mail);
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

    /** A spike alert in plain text: the day against the days before, then the day's top stories with their links. */
    static String spikeText(AlertMessage message) {
        StringBuilder text = new StringBuilder(message.article().title()).append("\n\n");
        for (MonitorSignal.Story story : message.spike().storiesOrEmpty()) {
            text.append("- ").append(story.title()).append(story.source() == null ? "" : " — " + story.source())
                .append(story.articles() > 1 ? " (" + story.articles() + " articles)" : "").append('\n').append("  ").append(story.url()).append('\n');
        }
        MonitorSignal.Spike spike = message.spike().spike();
        text.append(String.format(Locale.ROOT, "%nz = %.1f (a spike from %.1f), days cut in %s.%n", spike.z(), spike.threshold(), spike.timeZone()));
        return text.append("\nSubscription: ").append(message.subscription().name()).append('\n').toString();
    }

    /** A spike alert in HTML: each top story in its own direction, linked. */
    static String spikeHtml(AlertMessage message) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><h2 dir=\"auto\">").append(escape(message.article().title()))
            .append("</h2><ol>");
        for (MonitorSignal.Story story : message.spike().storiesOrEmpty()) {
            String language = story.language() == null ? "" : " lang=\"" + escape(story.language()) + "\"";
            html.append("<li dir=\"").append(Explanation.direction(story.language())).append('"').append(language).append("><a href=\"")
                .append(escape(story.url())).append("\">").append(escape(story.title())).append("</a><br><small dir=\"auto\">")
                .append(escape(story.source() == null ? "" : story.source()));
            if (story.articles() > 1) {
                html.append(" · ").append(story.articles()).append(" articles");
            }
            html.append("</small></li>");
        }
        MonitorSignal.Spike spike = message.spike().spike();
        return html.append("</ol><p><small>").append(escape(String.format(Locale.ROOT, "z = %.1f (a spike from %.1f), days cut in %s", spike.z(),
                spike.threshold(), spike.timeZone())))
            .append("</small></p><hr><p dir=\"auto\"><small>Marsad subscription: ").append(escape(message.subscription().name()))
            .append("</small></p></body></html>").toString();
    }

    static String subject(DigestMessage digest) {
        int stories = digest.stories().size();
        return "[Marsad] " + digest.subscription().name() + ": " + stories + (stories == 1 ? " story" : " stories") + " until "
            + period(digest);
    }

    static String text(DigestMessage digest) {
        StringBuilder text = new StringBuilder(digest.subscription().name()).append(" — ").append(period(digest)).append("\n\n");
        for (DigestMessage.Story story : digest.stories()) {
            text.append("• ").append(story.article().title()).append('\n').append("  ").append(source(story.article()));
            if (story.copies() > 1) {
                text.append(" · ").append(story.copies()).append(" articles");
            }
            text.append('\n').append("  ").append(story.article().url()).append('\n')
                .append("  Matched: ").append(String.join(", ", story.terms())).append("\n\n");
        }
        return text.toString();
    }

    static String html(DigestMessage digest) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><h2 dir=\"auto\">").append(escape(digest.subscription().name()))
            .append("</h2><p><small>").append(escape(period(digest))).append("</small></p><ol>");
        for (DigestMessage.Story story : digest.stories()) {
            String language = story.article().language() == null ? "" : " lang=\"" + escape(story.article().language()) + "\"";
            // each story in its own direction: an Arabic headline reads right to left among English ones
            html.append("<li dir=\"").append(story.direction()).append('"').append(language).append("><a href=\"")
                .append(escape(story.article().url())).append("\">").append(escape(story.article().title())).append("</a><br><small dir=\"auto\">")
                .append(escape(source(story.article())));
            if (story.copies() > 1) {
                html.append(" · ").append(story.copies()).append(" articles");
            }
            html.append(" · ").append(escape(String.join(", ", story.terms()))).append("</small></li>");
        }
        return html.append("</ol></body></html>").toString();
    }

    private static String period(DigestMessage digest) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(java.time.ZoneId.of(digest.digest().timeZone()))
            .format(digest.digest().periodEnd()) + " (" + digest.digest().timeZone() + ")";
    }

    private static String source(AlertMessage.Article article) {
        String source = article.source() == null ? "" : article.source();
        return article.publishedAt() == null ? source : source + " · " + WHEN.format(article.publishedAt());
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
