package uk.gov.hwb.send.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole draft SEF version as the SEND lead saves it: its date, the Part A context and key issues,
 * the Part B evaluation areas, the Part C priorities grouped by recommendation. Entries are plain
 * text: markup is removed on save (script never comes back), blank entries are dropped. Checked
 * entry by entry by the service, which names the field ({@code areas[2].improve[4]}).
 */
public record SefContent(
        LocalDate date,
        String context,
        List<String> keyIssues,
        List<SefAreaContent> areas,
        List<SefPriorityContent> priorities,
        @NotNull(message = "send back the version you read") Long version) {
}
