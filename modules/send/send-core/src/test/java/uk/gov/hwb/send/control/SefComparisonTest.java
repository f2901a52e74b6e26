package uk.gov.hwb.send.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.send.api.ChangeKind;
import uk.gov.hwb.send.api.SefChangeDto;
import uk.gov.hwb.send.api.SefComparisonDto;
import uk.gov.hwb.send.api.SefSection;

/** Comparing two SEF versions: what was added, changed and removed, with entries of the seed's SEF of 10 October 2024. */
class SefComparisonTest {

    private static final String SHORT_BREAKS = "We know that the short breaks offer is underdeveloped and does not meet the growing needs of the local area.";
    private static final String JSNA = "The area does not have accurate data sets across health, education and social care to support"
            + " self-evaluation and inform joint commissioning. A Southend joint commissioning group needs to be re-established.";
    private static final String ANNUAL_REVIEWS = "Just over a third of EHC plans were reviewed within 12 months of the last review.";
    private static final String MACRT = "The multi-agency core referral team (MACRT) is well established and meets on a fortnightly basis to discuss"
            + " referrals for the under 5's into the Child Development Centre.";
    private static final String PLAY = "The Early Years Team hold a fortnightly Play and Development group at the Family Centres.";
    private static final String AREA_1 = SefFramework.AREAS.get(0);

    private static List<SefSnapshot.Entry> entries(String... texts) {
        List<SefSnapshot.Entry> entries = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            entries.add(new SefSnapshot.Entry("k" + texts[i].hashCode(), texts[i]));
        }
        return entries;
    }

    private static SefSnapshot sef(LocalDate date, List<SefSnapshot.Entry> keyIssues, List<SefSnapshot.Entry> doWell) {
        return new SefSnapshot(1, date, "Southend is a unitary authority.", keyIssues,
                List.of(new SefSnapshot.Area("a1", AREA_1, doWell, entries("Families waiting receive advice."), entries("Improve timeliness."))),
                List.of(new SefSnapshot.Priorities(4, entries("Complete the Joint Strategic Needs Assessment."))));
    }

    @Test
    void anAddedKeyIssueAndAChangedDoWellEntryAreNamed() {
        SefSnapshot agreed = sef(LocalDate.of(2024, 10, 10), entries(SHORT_BREAKS, JSNA), entries(MACRT, PLAY));
        SefSnapshot draft = sef(LocalDate.of(2025, 3, 1), entries(SHORT_BREAKS, JSNA, ANNUAL_REVIEWS),
                entries(MACRT.replace("fortnightly", "weekly"), PLAY));

        SefComparisonDto comparison = SefComparison.compare(1, agreed, 2, draft);

        assertThat(comparison.changes()).containsExactly(
                new SefChangeDto(ChangeKind.CHANGED, SefSection.DATE, null, null, null, "10 October 2024", "1 March 2025"),
                new SefChangeDto(ChangeKind.ADDED, SefSection.KEY_ISSUE, null, null, null, null, ANNUAL_REVIEWS),
                new SefChangeDto(ChangeKind.CHANGED, SefSection.DO_WELL, 1, AREA_1, null, MACRT, MACRT.replace("fortnightly", "weekly")));
        assertThat(comparison.added()).isEqualTo(1);
        assertThat(comparison.changed()).isEqualTo(2);
        assertThat(comparison.removed()).isZero();
    }

    @Test
    void aRewrittenEntryIsRemovedAndAddedAndAnIdenticalVersionHasNoChanges() {
        SefSnapshot one = sef(LocalDate.of(2024, 10, 10), entries(SHORT_BREAKS, JSNA), entries(MACRT));
        SefSnapshot two = sef(LocalDate.of(2024, 10, 10), entries("Young people's voice is not yet heard in strategic decisions.", JSNA), entries(MACRT));
        assertThat(SefComparison.compare(1, one, 2, two).changes()).extracting(SefChangeDto::kind, SefChangeDto::section)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, SefSection.KEY_ISSUE),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, SefSection.KEY_ISSUE));
        assertThat(SefComparison.compare(1, one, 1, one).changes()).isEmpty();
    }

    @Test
    void areasAndPrioritiesAreComparedByTitleAndRecommendation() {
        SefSnapshot one = sef(LocalDate.of(2024, 10, 10), entries(SHORT_BREAKS), entries(MACRT));
        SefSnapshot two = new SefSnapshot(1, one.date(), one.context(), one.keyIssues(),
                List.of(one.areas().get(0), new SefSnapshot.Area("a2", SefFramework.AREAS.get(1), entries("Plans are co-produced."), List.of(), List.of())),
                List.of(new SefSnapshot.Priorities(4, entries("Complete the Joint Strategic Needs Assessment.")),
                        new SefSnapshot.Priorities(5, entries("Roll out MyCareBridge."))));
        SefComparisonDto comparison = SefComparison.compare(1, one, 2, two);
        assertThat(comparison.changes()).containsExactly(
                new SefChangeDto(ChangeKind.ADDED, SefSection.AREA, 2, SefFramework.AREAS.get(1), null, null, SefFramework.AREAS.get(1)),
                new SefChangeDto(ChangeKind.ADDED, SefSection.DO_WELL, 2, SefFramework.AREAS.get(1), null, null, "Plans are co-produced."),
                new SefChangeDto(ChangeKind.ADDED, SefSection.PRIORITY, null, null, 5, null, "Roll out MyCareBridge."));
        assertThat(SefComparison.compare(2, two, 1, one).removed()).isEqualTo(3);
    }

    @Test
    void alignmentPairsSimilarEntriesBetweenUnchangedOnes() {
        List<Alignment.Step> steps = Alignment.align(List.of("a b c d", "e f g h", "x y z"), List.of("a b c d", "e f g h i", "new one", "x y z"));
        assertThat(steps).containsExactly(new Alignment.Step(0, 0), new Alignment.Step(1, 1), new Alignment.Step(-1, 2), new Alignment.Step(2, 3));
        assertThat(Alignment.similarity("Improve the timeliness of EHC plans", "Improve timeliness of EHC plans.")).isGreaterThan(0.8);
    }
}
