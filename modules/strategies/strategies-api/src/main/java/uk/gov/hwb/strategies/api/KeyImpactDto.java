package uk.gov.hwb.strategies.api;

/** An update flagged as an impact story: the sub-action's code and title and the story. */
public record KeyImpactDto(long actionId, String code, String title, String impact) {
}
