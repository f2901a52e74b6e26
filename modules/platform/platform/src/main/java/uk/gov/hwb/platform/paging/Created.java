package uk.gov.hwb.platform.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The API's answer to a successful create: 201 with the new resource's address and the resource. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, Object id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(entity).build();
    }
}
