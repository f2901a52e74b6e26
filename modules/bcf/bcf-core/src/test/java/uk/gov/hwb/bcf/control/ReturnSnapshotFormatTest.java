package uk.gov.hwb.bcf.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A submitted return's stored format: the same snapshot always gives the same bytes, and they read back whole. */
class ReturnSnapshotFormatTest {

    static ReturnSnapshot snapshot() {
        return Snapshots.of(Samples.plan(), Samples.submittedReturn("-1 challenge"), Samples.funding(true), Samples.schemes(), Samples.metrics(),
                Samples.capacity(), new ReturnSnapshot.Submission(1, "Submitted", Samples.SUBMITTED, "finance"));
    }

    @Test
    void itNamesItsFormatAndIsWrittenTheSameWayEveryTime() {
        byte[] once = ReturnSnapshotFormat.write(snapshot());
        byte[] again = ReturnSnapshotFormat.write(snapshot());
        assertThat(again).isEqualTo(once);
        assertThat(ReturnSnapshotFormat.sha256(again)).isEqualTo(ReturnSnapshotFormat.sha256(once)).hasSize(64);
        assertThat(new String(once, StandardCharsets.UTF_8)).startsWith("{\"format\":\"bcf-return/1\"").contains("\"income\":28156886.00");
    }

    @Test
    void whatIsWrittenReadsBackEqual() {
        ReturnSnapshot original = snapshot();
        ReturnSnapshot read = ReturnSnapshotFormat.read(ReturnSnapshotFormat.write(original));
        assertThat(read).usingRecursiveComparison().withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(original);
        assertThat(read.total().income()).isEqualByComparingTo("28156886");
        assertThat(read.metrics().get(4).quarters().get(1).commentaryWarning()).contains("1.4 points below");
        assertThat(read.schemes().get(0).actuals()).containsExactly(Samples.n("625000.00"), Samples.n("625000.00"), null, null);
    }

    @Test
    void anotherFormatIsRefused() {
        assertThatThrownBy(() -> ReturnSnapshotFormat.read("{\"format\":\"bcf-return/9\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bcf-return/9");
    }
}
