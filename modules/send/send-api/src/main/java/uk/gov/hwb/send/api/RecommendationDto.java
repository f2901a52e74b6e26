package uk.gov.hwb.send.api;

/** A recommendation of an inspection, with how many actions answer it and how many of their milestones are overdue. */
public record RecommendationDto(
        long id,
        long inspectionId,
        int number,
        String text,
        int actions,
        int overdueMilestones,
        long version) {
}
