package io.marsad.dashboard.rest;

import io.marsad.dashboard.client.AlertingClient;
import io.marsad.dashboard.client.Preview;
import io.marsad.dashboard.client.Refusal;
import io.marsad.dashboard.client.SubscriptionList;
import io.marsad.dashboard.service.Passages;
import io.marsad.dashboard.service.TimelineBars;
import io.marsad.dashboard.service.UiLanguage;
import io.marsad.dashboard.service.UserToken;
import io.marsad.text.TextDirection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alert subscriptions: the user's, and a form to subscribe to a query in the app (and by e-mail),
 * with a backtest of the draft drawn before it is saved — the alerts it would have sent each day of
 * the last week, and the newest of them.
 */
@Path("/subscriptions")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SubscriptionPages {

    /** The form as typed, and what alerting said was wrong. */
    public record Form(String name, String query, String email, Refusal refusal) {
        static Form empty() {
            return new Form("", "", "", null);
        }

        public String error(String field) {
            return refusal == null ? null : refusal.about(field);
        }
    }

    /** A backtest as the page draws it. */
    public record Drawn(Preview preview, List<TimelineBars.Bar> bars, List<Sample> sample) {}

    public record Sample(Preview.Sample sample, String titleHtml, String dir) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<SubscriptionList.Subscription> subscriptions, Form form, boolean unavailable);

        static native TemplateInstance preview(Drawn drawn, String problem, int chartWidth, int chartHeight);
    }

    private final AlertingClient alerting;
    private final UserToken token;
    private final UiLanguage ui;

    SubscriptionPages(@RestClient AlertingClient alerting, UserToken token, UiLanguage ui) {
        this.alerting = alerting;
        this.token = token;
        this.ui = ui;
    }

    @GET
    public Response page() {
        return page(Form.empty(), Response.Status.OK);
    }

    /** The draft's backtest, as a fragment the form swaps in. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@FormParam("name") String name, @FormParam("query") String query) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("query", query == null ? "" : query.strip());
        draft.put("days", 7);
        draft.put("sample", 5);
        try {
            Preview preview = alerting.preview(token.bearer(), draft);
            List<String> labels = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            preview.perDay().forEach(day -> {
                labels.add(day.day().toString());
                counts.add((long) day.alerts());
            });
            List<Sample> sample = preview.sample().stream().map(one -> new Sample(one, one.highlights() == null
                || !one.highlights().containsKey("title") ? null : Passages.safe(one.highlights().get("title").get(0)),
                TextDirection.of(one.language()))).toList();
            return Templates.preview(new Drawn(preview, TimelineBars.of(labels, counts), sample), null, TimelineBars.WIDTH, TimelineBars.HEIGHT)
                .setLocale(ui.locale());
        } catch (WebApplicationException e) {
            Refusal refusal = Refusal.of(e);
            String problem = e.getResponse().getStatus() == 400 && !refusal.errors().isEmpty()
                ? refusal.errors().get(0).field() + ": " + refusal.errors().get(0).message() : null;
            return Templates.preview(null, problem, TimelineBars.WIDTH, TimelineBars.HEIGHT).setLocale(ui.locale());
        } catch (ProcessingException | FaultToleranceException e) {
            return Templates.preview(null, null, TimelineBars.WIDTH, TimelineBars.HEIGHT).setLocale(ui.locale());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(@FormParam("name") String name, @FormParam("query") String query, @FormParam("email") String email) {
        Form form = new Form(name == null ? "" : name.strip(), query == null ? "" : query.strip(), email == null ? "" : email.strip(), null);
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("name", form.name());
        subscription.put("query", form.query());
        subscription.put("channels", form.email().isEmpty() ? Map.of("inApp", true) : Map.of("inApp", true, "emails", List.of(form.email())));
        try {
            alerting.subscribe(token.bearer(), subscription);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return page(new Form(form.name(), form.query(), form.email(), Refusal.of(e)), Response.Status.BAD_REQUEST);
            }
            return unavailable(form);
        } catch (ProcessingException | FaultToleranceException e) {
            return unavailable(form);
        }
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    /** Deletes one of the user's subscriptions (a form post: pages have no DELETE); someone else's is not found, as alerting says. */
    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(@PathParam("id") long id) {
        try {
            alerting.unsubscribe(token.bearer(), id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                return unavailable(Form.empty());
            }
        } catch (ProcessingException | FaultToleranceException e) {
            return unavailable(Form.empty());
        }
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    private Response page(Form form, Response.Status status) {
        try {
            SubscriptionList subscriptions = alerting.subscriptions(token.bearer(), 200);
            return Response.status(status).entity(Templates.page(subscriptions.items(), form, false).setLocale(ui.locale())).build();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return unavailable(form);
        }
    }

    private Response unavailable(Form form) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
            .entity(Templates.page(List.of(), form, true).setLocale(ui.locale())).build();
    }
}
