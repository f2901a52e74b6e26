package uk.gov.hwb.platform.seats;

/** A person's current seat on a body: which body, and whether they chair it. */
public record Seat(long bodyId, String bodyName, boolean chair) {
}
