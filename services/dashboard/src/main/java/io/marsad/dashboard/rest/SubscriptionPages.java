package io.marsad.dashboard.rest;

import io.marsad.dashboard.client.AlertingClient;
import io.marsad.dashboard.client.Preview;
import io.marsad.dashboard.client.Refusal;
import io.marsad.dashboard.client.SearchClient;
import io.marsad.dashboard.client.SubscriptionList;
import io.marsad.dashboard.service.Passages;
import io.marsad.dashboard.service.SubscriptionForm;
import io.marsad.dashboard.service.TimelineBars;
import io.marsad.dashboard.service.UiLanguage;
import io.marsad.dashboard.service.UserToken;
import io.marsad.text.TextDirection;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
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
 * Alert subscriptions: the user's, each to edit, mute or delete, and a form to subscribe — to a
 * query or to one of the user's monitors, for keyword matches or the monitor's spikes, in real time
 * or as a digest, in the app, by e-mail or webhook — with a backtest of the draft drawn before it is
 * saved: the alerts it would have sent each day of the last week, and the newest of them.
 */
@Path("/subscriptions")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SubscriptionPages {

    /** A backtest as the page draws it. */
    public record Drawn(Preview preview, List<TimelineBars.Bar> bars, List<Sample> sample) {}

    public record Sample(Preview.Sample sample, String titleHtml, String dir) {}

    /** A monitor the user may follow. */
    public record Choice(long id, String name) {
        /** The id as the form's select sends it. */
        public String value() {
            return Long.toString(id);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<SubscriptionList.Subscription> subscriptions, SubscriptionForm form, List<Choice> monitors,
                                            boolean unavailable);

        static native TemplateInstance edit(SubscriptionForm form, List<Choice> monitors, boolean unavailable);

        static native TemplateInstance preview(Drawn drawn, String problem, int chartWidth, int chartHeight);
    }

    private final AlertingClient alerting;
    private final SearchClient search;
    private final UserToken token;
    private final UiLanguage ui;

    SubscriptionPages(@RestClient AlertingClient alerting, @RestClient SearchClient search, UserToken token, UiLanguage ui) {
        this.alerting = alerting;
        this.search = search;
        this.token = token;
        this.ui = ui;
    }

    @GET
    public Response page() {
        return page(SubscriptionForm.empty(), Response.Status.OK);
    }

    /** The draft's backtest, as a fragment the form swaps in. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@FormParam("query") String query, @FormParam("follow") String follow, @FormParam("kind") String kind,
                                    @FormParam("timeZone") String timeZone) {
        Map<String, Object> draft = new LinkedHashMap<>();
        if (follow != null && follow.strip().matches("\\d{1,18}")) {
            draft.put("monitorId", Long.valueOf(follow.strip()));
        } else {
            draft.put("query", query == null ? "" : query.strip());
        }
        draft.put("kind", "spike".equals(kind) ? "spike" : "keyword");
        if (timeZone != null && !timeZone.isBlank()) {
            draft.put("timeZone", timeZone.strip());
        }
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
    public Response subscribe(@BeanParam Fields fields) {
        SubscriptionForm form = fields.form(null);
        return save(form, () -> alerting.subscribe(token.bearer(), form.toDraft()), refused -> page(refused, Response.Status.BAD_REQUEST),
            () -> unavailable(form));
    }

    /** One subscription's every setting, to change. */
    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") long id) {
        try {
            return Response.ok(Templates.edit(SubscriptionForm.of(alerting.subscription(token.bearer(), id)), monitors(), false)
                .setLocale(ui.locale())).build();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) { // not one of the user's: back to their list
                return Response.seeOther(URI.create("/subscriptions")).build();
            }
            return editUnavailable(SubscriptionForm.empty());
        } catch (ProcessingException | FaultToleranceException e) {
            return editUnavailable(SubscriptionForm.empty());
        }
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, @BeanParam Fields fields) {
        SubscriptionForm form = fields.form(id);
        return save(form, () -> alerting.replace(token.bearer(), id, form.toDraft()),
            refused -> Response.status(Response.Status.BAD_REQUEST).entity(Templates.edit(refused, monitors(), false).setLocale(ui.locale())).build(),
            () -> editUnavailable(form));
    }

    /** Mutes or unmutes a subscription from the list, every other setting kept. */
    @POST
    @Path("/{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("id") long id, @FormParam("active") boolean active) {
        return thenList(() -> alerting.replace(token.bearer(), id, SubscriptionForm.of(alerting.subscription(token.bearer(), id)).withActive(active)
            .toDraft()));
    }

    /** Deletes one of the user's subscriptions (a form post: pages have no DELETE); someone else's is not found, as alerting says. */
    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(@PathParam("id") long id) {
        return thenList(() -> alerting.unsubscribe(token.bearer(), id));
    }

    /** A change made from the list, then the list again; one gone meanwhile (404) simply is not there any more. */
    private Response thenList(Runnable change) {
        try {
            change.run();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                return unavailable(SubscriptionForm.empty());
            }
        } catch (ProcessingException | FaultToleranceException e) {
            return unavailable(SubscriptionForm.empty());
        }
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    /** The form's fields as posted. */
    public static class Fields {
        @FormParam("name") String name;
        @FormParam("query") String query;
        @FormParam("follow") String follow;
        @FormParam("kind") String kind;
        @FormParam("mode") String mode;
        @FormParam("digestPeriod") String digestPeriod;
        @FormParam("digestHour") String digestHour;
        @FormParam("timeZone") String timeZone;
        @FormParam("inApp") String inApp;
        @FormParam("emails") String emails;
        @FormParam("webhook") String webhook;
        @FormParam("active") String active;

        SubscriptionForm form(Long id) {
            return new SubscriptionForm(id, text(name), text(query), text(follow), "spike".equals(kind) ? "spike" : "keyword",
                "digest".equals(mode) ? "digest" : "realtime", "hourly".equals(digestPeriod) ? "hourly" : "daily", text(digestHour),
                text(timeZone), inApp != null, text(emails), text(webhook), id == null || active != null, null, null);
        }

        private static String text(String value) {
            return value == null ? "" : value.strip();
        }
    }

    /** Checks the form, then saves it: back to the list, or the form again with what was wrong. */
    private Response save(SubscriptionForm form, Runnable call, java.util.function.Function<SubscriptionForm, Response> refused,
                          java.util.function.Supplier<Response> unavailable) {
        Refusal.FieldError wrong = form.check();
        if (wrong != null) {
            return refused.apply(form.refused(new Refusal("Invalid subscription", null, List.of(wrong))));
        }
        try {
            call.run();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 404) {
                return refused.apply(form.refused(Refusal.of(e)));
            }
            return unavailable.get();
        } catch (ProcessingException | FaultToleranceException e) {
            return unavailable.get();
        }
        return Response.seeOther(URI.create("/subscriptions")).build();
    }

    /** The user's monitors to follow; none when search does not answer (a query still works). */
    private List<Choice> monitors() {
        try {
            return search.monitors(token.bearer(), 0, 200).items().stream().map(monitor -> new Choice(monitor.id(), monitor.name())).toList();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return List.of();
        }
    }

    private Response page(SubscriptionForm form, Response.Status status) {
        try {
            SubscriptionList subscriptions = alerting.subscriptions(token.bearer(), 200);
            return Response.status(status).entity(Templates.page(subscriptions.items(), form, monitors(), false).setLocale(ui.locale())).build();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            return unavailable(form);
        }
    }

    private Response unavailable(SubscriptionForm form) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
            .entity(Templates.page(List.of(), form, List.of(), true).setLocale(ui.locale())).build();
    }

    private Response editUnavailable(SubscriptionForm form) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
            .entity(Templates.edit(form, List.of(), true).setLocale(ui.locale())).build();
    }
}
