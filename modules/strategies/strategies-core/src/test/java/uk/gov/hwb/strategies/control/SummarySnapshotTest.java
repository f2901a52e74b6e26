package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.strategies.api.KeyImpactDto;
import uk.gov.hwb.strategies.api.PrioritySummaryDto;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.SlippageDto;
import uk.gov.hwb.strategies.api.StatusMixDto;

/** A summary frozen when its period closes reads back exactly as it was reported. */
class SummarySnapshotTest {

    static StatusMixDto mix(int... counts) {
        Map<String, Integer> c = new LinkedHashMap<>();
        Map<String, BigDecimal> s = new LinkedHashMap<>();
        String[] columns = {"ON_COURSE", "SOME_SLIPPAGE", "NO_UPDATE"};
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        for (int i = 0; i < columns.length; i++) {
            c.put(columns[i], counts[i]);
            s.put(columns[i], ProgressSummary.share(counts[i], total));
        }
        return new StatusMixDto(total, c, s, Map.of());
    }

    @Test
    void aReportedSummaryRoundTrips() {
        StatusMixDto now = ProgressSummary.withChanges(mix(2, 1, 0), mix(1, 1, 1));
        ProgressSummaryDto summary = new ProgressSummaryDto(1, "Caring Well", 2, "2023-24 (year 2)", 3L, "2022-23", List.of("ON_COURSE", "SOME_SLIPPAGE", "NO_UPDATE"),
                List.of(new PrioritySummaryDto(4, 1, "Identifying carers", now.total(), now.counts(), now.shares(), now.changes(),
                        List.of(new KeyImpactDto(5, "1.1", "Registered carers", "From 1,442 to 1,755 — “registered”")),
                        List.of(new SlippageDto(6, "1.2", "Health checks", ProgressStatus.SOME_SLIPPAGE, null, "Paused", "Review in 24/25")))),
                now, mix(1, 1, 1), true, false, null, 0);
        OffsetDateTime at = OffsetDateTime.parse("2024-12-10T17:00:00Z");

        ProgressSummaryDto read = SummarySnapshot.read(SummarySnapshot.FORMAT, SummarySnapshot.write(summary), at, 2);

        assertThat(read.asReported()).isTrue();
        assertThat(read.reportedAt()).isEqualTo(at);
        assertThat(read.corrections()).isEqualTo(2);
        assertThat(read.overall()).isEqualTo(summary.overall());
        assertThat(read.previousOverall()).isEqualTo(summary.previousOverall());
        assertThat(read.priorities()).isEqualTo(summary.priorities());
        assertThat(read.overall().shares().get("ON_COURSE").toPlainString()).isEqualTo("66.7");
        assertThat(read.overall().changes().get("NO_UPDATE").toPlainString()).isEqualTo("-33.3");
    }

    @Test
    void anUnknownFormatIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> SummarySnapshot.read(99, "{}", null, 0)).hasMessageContaining("format 99");
    }
}
