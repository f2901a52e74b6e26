package uk.gov.hwb.platform.seats;

/** A body that holds meetings, as other modules refer to it: by id, with its name for showing. */
public record BodyRef(long id, String name) {
}
