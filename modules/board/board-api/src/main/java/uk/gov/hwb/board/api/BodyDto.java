package uk.gov.hwb.board.api;

/** A body that holds meetings: the Health and Wellbeing Board and the groups that report to it. */
public record BodyDto(Long id, String name, BodyKind kind, String parentName, long version) {
}
