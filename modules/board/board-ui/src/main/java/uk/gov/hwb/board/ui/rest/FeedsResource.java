package uk.gov.hwb.board.ui.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.Feeds;

/**
 * Calendar and RSS feeds. Also served at the short public addresses /calendar.ics,
 * /bodies/{id}/calendar.ics and /feeds/documents.rss (see undertow-handlers.conf).
 */
@Path("feeds")
@RequestScoped
@Tag(name = "Feeds and open data")
public class FeedsResource {

    @Inject
    Feeds feeds;

    @Context
    UriInfo uri;

    @GET
    @Path("calendar.ics")
    @Produces("text/calendar;charset=UTF-8")
    @Operation(summary = "iCalendar (RFC 5545) of all announced meetings; also at /calendar.ics")
    public String calendar() {
        return feeds.calendar(null, SiteAddress.of(uri));
    }

    @GET
    @Path("bodies/{id}/calendar.ics")
    @Produces("text/calendar;charset=UTF-8")
    @Operation(summary = "iCalendar of one body's meetings; also at /bodies/{id}/calendar.ics")
    public String bodyCalendar(@PathParam("id") long id) {
        return feeds.calendar(id, SiteAddress.of(uri));
    }

    @GET
    @Path("documents.rss")
    @Produces("application/rss+xml;charset=UTF-8")
    @Operation(summary = "RSS 2.0 of newly published public documents; also at /feeds/documents.rss")
    public String documents() {
        return feeds.documentsRss(SiteAddress.of(uri));
    }
}
