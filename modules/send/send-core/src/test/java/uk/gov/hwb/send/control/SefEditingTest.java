package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.send.api.SefAreaContent;
import uk.gov.hwb.send.api.SefContent;
import uk.gov.hwb.send.api.SefPriorityContent;

/** Saving a draft keeps each entry's key through edits; content is cleaned and checked field by field. */
class SefEditingTest {

    private final AtomicInteger counter = new AtomicInteger();
    private final Supplier<String> keys = () -> "new-" + counter.incrementAndGet();

    private static SefSnapshot stored() {
        return new SefSnapshot(1, LocalDate.of(2024, 10, 10), null,
                List.of(new SefSnapshot.Entry("short-breaks", "We know that the short breaks offer is underdeveloped."),
                        new SefSnapshot.Entry("jsna", "The area does not have accurate data sets across health, education and social care.")),
                List.of(new SefSnapshot.Area("area-1", SefFramework.AREAS.get(0), List.of(),
                        List.of(), List.of(new SefSnapshot.Entry("eps", "Improve the timescales for providing Educational Psychology statutory advice")))),
                List.of());
    }

    @Test
    void editedEntriesKeepTheirKeysAndNewOnesGetNewKeys() {
        SefContent content = new SefContent(null, null,
                List.of("The area does not have accurate shared data sets across health, education and social care.",
                        "Some EHC plans are not informed by multi-agency assessments.",
                        "We know that the short breaks offer is underdeveloped."),
                List.of(new SefAreaContent(SefFramework.AREAS.get(0), List.of(), List.of(),
                        List.of("Improve the timescales for providing Educational Psychology statutory advice."))),
                List.of(), 0L);
        SefSnapshot saved = SefEditing.keep(stored(), SefRules.clean(content, LocalDate.of(2024, 10, 10), Set.of()), keys);
        assertThat(saved.keyIssues()).extracting(SefSnapshot.Entry::key).containsExactly("jsna", "new-1", "short-breaks");
        assertThat(saved.areas().get(0).key()).isEqualTo("area-1");
        assertThat(saved.areas().get(0).improve()).extracting(SefSnapshot.Entry::key).containsExactly("eps");
        assertThat(saved.date()).isEqualTo(LocalDate.of(2024, 10, 10));
    }

    @Test
    void contentIsCleanedAndBlankEntriesDropped() {
        SefContent content = new SefContent(LocalDate.of(2025, 1, 6), "<p>Context</p>",
                Arrays.asList("<script>alert(1)</script>", "  ", "Short <b>breaks</b>"),
                List.of(new SefAreaContent("<i>Area</i>", List.of("Do well"), null, null)),
                List.of(new SefPriorityContent(3, List.of("Reorganise the SEND service", ""))), 4L);
        SefSnapshot clean = SefRules.clean(content, null, Set.of(1, 2, 3));
        assertThat(clean.keyIssues()).extracting(SefSnapshot.Entry::text).containsExactly("Short breaks");
        assertThat(clean.context()).isEqualTo("Context");
        assertThat(clean.areas().get(0).title()).isEqualTo("Area");
        assertThat(clean.priorities().get(0).items()).hasSize(1);
    }

    @Test
    void eachProblemNamesItsField() {
        SefContent content = new SefContent(null, null, List.of("x".repeat(2001)),
                List.of(new SefAreaContent(" ", List.of(), List.of(), List.of())),
                List.of(new SefPriorityContent(9, List.of("Roadmaps")), new SefPriorityContent(null, List.of())), 0L);
        assertThatThrownBy(() -> SefRules.clean(content, LocalDate.now(), Set.of(1, 2, 3, 4, 5, 6)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(uk.gov.hwb.platform.problem.FieldError::field)
                        .containsExactly("keyIssues[0]", "areas[0].title", "priorities[0].recommendation", "priorities[1].recommendation"));
    }
}
