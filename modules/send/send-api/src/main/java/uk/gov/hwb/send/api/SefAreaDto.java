package uk.gov.hwb.send.api;

import java.util.List;

/** A Part B evaluation area of a SEF version: its number, title and three lists. */
public record SefAreaDto(int number, String title, List<String> doWell, List<String> impact, List<String> improve) {
}
