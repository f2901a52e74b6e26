package uk.gov.hwb.board.ui.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public address of the site, for links in feeds and open data: the setting
 * {@code hwb.site.url} when given (behind a proxy), else the address the request came to.
 */
final class SiteAddress {

    private SiteAddress() {
    }

    static String of(UriInfo uri) {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("hwb.site.url", String.class);
        String base = configured.orElseGet(() -> uri.getBaseUri().resolve("..").toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
