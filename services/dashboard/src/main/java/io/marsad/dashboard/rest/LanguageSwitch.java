package io.marsad.dashboard.rest;

import io.marsad.dashboard.service.UiLanguage;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The interface's language switch: remembers the choice for a year and goes back to the page it was made on. */
@Path("/language")
@Authenticated
public class LanguageSwitch {

    @GET
    @Path("/{tag}")
    public Response choose(@PathParam("tag") String tag, @QueryParam("back") String back) {
        if (!UiLanguage.offered(tag)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        // only a path of this site: the switch must not redirect anywhere else
        String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
        return Response.seeOther(URI.create(target))
            .cookie(new NewCookie.Builder(UiLanguage.COOKIE).value(tag).path("/").maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true).build())
            .build();
    }
}
