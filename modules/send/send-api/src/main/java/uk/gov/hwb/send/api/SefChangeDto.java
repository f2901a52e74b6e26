package uk.gov.hwb.send.api;

/**
 * One difference between two SEF versions: added, changed or removed, where ({@code section}, and
 * the area or recommendation it sits under), and the text before and after.
 */
public record SefChangeDto(
        ChangeKind kind,
        SefSection section,
        Integer area,
        String areaTitle,
        Integer recommendation,
        String before,
        String after) {
}
