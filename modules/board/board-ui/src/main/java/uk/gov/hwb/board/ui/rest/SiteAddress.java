package uk.gov.hwb.board.ui.rest;

import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public address of the site, for links in feeds and open data: the setting
 * {@code hwb.site.url}, by default {@value #DEFAULT}. Never the address a request came to: its
 * {@code Host} header is whatever the client chose to send, and links built from it would point
 * wherever a forger liked (into cached feeds, for everyone).
 */
final class SiteAddress {

    static final String DEFAULT = "http://localhost:8080";

    private SiteAddress() {
    }

    static String of(UriInfo uri) {
        String base = ConfigProvider.getConfig().getOptionalValue("hwb.site.url", String.class).orElse(DEFAULT).strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
