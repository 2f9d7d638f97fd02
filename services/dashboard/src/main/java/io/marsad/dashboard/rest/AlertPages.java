package io.marsad.dashboard.rest;

import io.marsad.dashboard.client.AlertList;
import io.marsad.dashboard.client.AlertingClient;
import io.marsad.dashboard.client.Unread;
import io.marsad.dashboard.service.Dates;
import io.marsad.dashboard.service.Passages;
import io.marsad.dashboard.service.UiLanguage;
import io.marsad.dashboard.service.UiZone;
import io.marsad.dashboard.service.UserToken;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The in-app alerts: the inbox (each alert with why it fired), marking read, and the live unread
 * count the header shows on every page, passed on from alerting's stream as Server-Sent Events.
 */
@Path("/alerts")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AlertPages {

    /** An alert as the inbox shows it: its explanation's HTML made safe. */
    public record Shown(AlertList.Alert alert, String titleHtml, List<String> passages, String dir, boolean spike, String when) {
        static Shown of(AlertList.Alert alert, Locale locale, java.time.ZoneId zone) {
            var explanation = alert.explanation();
            return new Shown(alert, explanation == null || explanation.title() == null ? null : Passages.safe(explanation.title()),
                explanation == null || explanation.passages() == null ? List.of() : explanation.passages().stream().map(Passages::safe).toList(),
                explanation == null || explanation.direction() == null ? "auto" : explanation.direction(), "spike".equals(alert.kind()),
                Dates.when(alert.createdAt(), locale, zone));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<Shown> alerts, long total, boolean unavailable);

        static native TemplateInstance list(List<Shown> alerts, long total, boolean unavailable);
    }

    private final AlertingClient alerting;
    private final UserToken token;
    private final UiLanguage ui;
    private final UiZone zone;

    AlertPages(@RestClient AlertingClient alerting, UserToken token, UiLanguage ui, UiZone zone) {
        this.zone = zone;
        this.alerting = alerting;
        this.token = token;
        this.ui = ui;
    }

    @GET
    public Response inbox() {
        try {
            AlertList alerts = alerting.alerts(token.bearer(), 50);
            return Response.ok(Templates.inbox(shown(alerts), alerts.total(), false).setLocale(ui.locale())).build();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .entity(Templates.inbox(List.of(), 0, true).setLocale(ui.locale())).build();
        }
    }

    /** The inbox's list alone: the page swaps it in when the unread count changes. */
    @GET
    @Path("/list")
    public TemplateInstance list() {
        try {
            AlertList alerts = alerting.alerts(token.bearer(), 50);
            return Templates.list(shown(alerts), alerts.total(), false).setLocale(ui.locale());
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return Templates.list(List.of(), 0, true).setLocale(ui.locale());
        }
    }

    @POST
    @Path("/{id}/read")
    public Response markRead(@PathParam("id") long id) {
        try {
            alerting.markRead(token.bearer(), id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
        }
        return Response.seeOther(URI.create("/alerts")).build();
    }

    /** The user's unread count as Server-Sent Events, from alerting's stream, for the header's badge. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Unread> stream() {
        return alerting.unread(token.bearer()); // the token is read now, while the request is current
    }

    private List<Shown> shown(AlertList alerts) {
        return alerts.items().stream().map(alert -> Shown.of(alert, ui.locale(), zone.zone())).toList();
    }
}
