package uk.gov.hwb.send.api;

import java.util.List;

/** One Part B evaluation area as the editor sends it: its title and its three lists, one entry per string. */
public record SefAreaContent(String title, List<String> doWell, List<String> impact, List<String> improve) {
}
