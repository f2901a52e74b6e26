package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An agreed SEF is stored in its own frozen format and read back exactly. */
class SefSnapshotTest {

    @Test
    void aSnapshotReadsBackAsItWasWritten() {
        SefSnapshot sef = new SefSnapshot(SefSnapshot.FORMAT, LocalDate.of(2024, 10, 10), "Southend is a unitary authority.\n\nIt became a city in 2022.",
                List.of(new SefSnapshot.Entry("k1", "Just over a third of EHC plans were reviewed within 12 months – \"timely\".")),
                List.of(new SefSnapshot.Area("a1", SefFramework.AREAS.get(0), List.of(new SefSnapshot.Entry("k2", "MACRT")), List.of(), List.of())),
                List.of(new SefSnapshot.Priorities(4, List.of(new SefSnapshot.Entry("k3", "JSNA")))));
        String json = sef.toJson();
        assertThat(json).contains("\"format\":1").contains("\"date\":\"2024-10-10\"");
        assertThat(SefSnapshot.fromJson(1, json)).isEqualTo(sef);
        assertThatThrownBy(() -> SefSnapshot.fromJson(2, json)).hasMessageContaining("format 1, not 2");
    }
}
