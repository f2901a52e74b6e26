package uk.gov.hwb.send.api;

import java.util.List;

/**
 * Traceability of one SEF entry that needs an answer (a Part A key issue or a Part B "what do we
 * need to do to improve"): its stable {@code key} (kept across versions), where it sits, its text, the
 * actions and metrics that answer it, and whether anything does.
 */
public record SefEntryDto(
        String key,
        SefSection section,
        Integer area,
        String areaTitle,
        int position,
        String text,
        List<AnswerRef> actions,
        List<AnswerRef> metrics,
        boolean answered) {
}
