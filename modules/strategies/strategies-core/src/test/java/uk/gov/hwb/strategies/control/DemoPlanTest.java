package uk.gov.hwb.strategies.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.strategies.api.StatusMixDto;

/**
 * The demo plans are the seed documents: seed 003's Health and Wellbeing Strategy gives exactly the
 * seed's counts and shares for November and September 2013; seed 000's Living Well has its five
 * themes and their "we will" actions; every plan's codes and updates keep the module's rules, so
 * the demo loads through the facades without a refusal.
 */
class DemoPlanTest {

    static DemoPlan plan(String name) throws Exception {
        try (InputStream in = DemoPlanTest.class.getResourceAsStream("/demo/" + name + ".json")) {
            return DemoPlan.read(in);
        }
    }

    /** The counted actions (leaves) by priority number, with their status in the period. */
    private static Map<Integer, StatusMixDto> mixes(DemoPlan plan, String period, Map<Long, ProgressStatus> all, List<Long> everyLeaf) {
        Map<Integer, StatusMixDto> mixes = new HashMap<>();
        long id = 0;
        for (DemoPlan.Priority p : plan.priorities()) {
            List<Long> leaves = new ArrayList<>();
            Map<Long, ProgressStatus> statuses = new HashMap<>();
            for (DemoPlan.Action a : p.actions()) {
                for (DemoPlan.Action leaf : a.subActions().isEmpty() ? List.of(a) : a.subActions()) {
                    id++;
                    leaves.add(id);
                    DemoPlan.Update u = leaf.updates().get(period);
                    if (u != null) {
                        statuses.put(id, u.status());
                    }
                }
            }
            everyLeaf.addAll(leaves);
            all.putAll(statuses);
            mixes.put(p.number(), ProgressSummary.mix(plan.statuses(), leaves, statuses));
        }
        return mixes;
    }

    private static List<String> shares(StatusMixDto mix) {
        return mix.shares().values().stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void theHealthAndWellbeingStrategyGivesSeed003sFigures() throws Exception {
        DemoPlan hwb = plan("hwb-strategy-2013");
        Map<Long, ProgressStatus> november = new HashMap<>();
        List<Long> leaves = new ArrayList<>();
        Map<Integer, StatusMixDto> ambitions = mixes(hwb, "November 2013", november, leaves);
        Map<Long, ProgressStatus> september = new HashMap<>();
        mixes(hwb, "September 2013", september, new ArrayList<>());

        assertThat(leaves).hasSize(106);
        StatusMixDto nov = ProgressSummary.mix(hwb.statuses(), leaves, november);
        StatusMixDto sep = ProgressSummary.mix(hwb.statuses(), leaves, september);
        assertThat(nov.counts().values()).containsExactly(85, 6, 1, 14, 0);
        assertThat(sep.counts().values()).containsExactly(79, 5, 0, 22, 0);
        assertThat(shares(nov)).containsExactly("80.2", "5.7", "0.9", "13.2", "0.0");
        assertThat(shares(sep)).containsExactly("74.5", "4.7", "0.0", "20.8", "0.0");
        assertThat(ProgressSummary.withChanges(nov, sep).changes().values().stream().map(ProgressSummary::signed))
                .containsExactly("+5.7", "+1.0", "+0.9", "-7.6", "0.0");

        assertThat(shares(ambitions.get(1))).containsExactly("88.2", "0.0", "0.0", "11.8", "0.0");
        assertThat(ambitions.get(1).counts().values()).containsExactly(30, 0, 0, 4, 0);
        assertThat(shares(ambitions.get(2))).containsExactly("91.7", "8.3", "0.0", "0.0", "0.0");
        assertThat(shares(ambitions.get(3))).containsExactly("61.5", "7.7", "0.0", "30.8", "0.0");
        assertThat(shares(ambitions.get(4))).containsExactly("66.7", "33.3", "0.0", "0.0", "0.0");
        assertThat(shares(ambitions.get(5))).containsExactly("87.5", "0.0", "0.0", "12.5", "0.0");
        assertThat(shares(ambitions.get(6))).containsExactly("100.0", "0.0", "0.0", "0.0", "0.0");
        assertThat(shares(ambitions.get(7))).containsExactly("58.3", "0.0", "0.0", "41.7", "0.0");
        assertThat(ambitions.get(7).total()).as("ambition 7 uses 12 of the 106").isEqualTo(12);
        assertThat(shares(ambitions.get(8))).containsExactly("75.0", "25.0", "0.0", "0.0", "0.0");
        assertThat(shares(ambitions.get(9))).containsExactly("85.7", "0.0", "14.3", "0.0", "0.0");
    }

    @Test
    void seed003sNamedSlippagesAreThereInTheirOwnWords() throws Exception {
        Map<String, DemoPlan.Action> byCode = new HashMap<>();
        plan("hwb-strategy-2013").allActions().forEach(a -> byCode.put(a.code(), a));
        for (String code : List.of("2.1F", "3.3B", "4.5A", "8.2A", "8.4A")) {
            DemoPlan.Update november = byCode.get(code).updates().get("November 2013");
            assertThat(november.status()).as(code).isEqualTo(ProgressStatus.SOME_SLIPPAGE);
            assertThat(november.mitigation()).as(code).isNotBlank().doesNotStartWith("Illustrative");
        }
        assertThat(byCode.get("2.1F").measuring()).isEqualTo("Appropriate signage in place");
        assertThat(byCode.get("9.1B").updates().get("November 2013").status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(byCode.get("1.1A").title()).startsWith("Extending the number of 2 year olds");
        assertThat(byCode.get("1.5A").title()).startsWith("Illustrative");
    }

    @Test
    void livingWellHasSeed000sFiveThemesAndTheirActions() throws Exception {
        DemoPlan living = plan("living-well");
        assertThat(living.priorities()).extracting(DemoPlan.Priority::name)
                .containsExactly("Health and Wellbeing", "Prevention", "Housing", "Community", "Integrated, strengths based person-centred care");
        assertThat(living.priorities().stream().mapToInt(p -> p.actions().size()).toArray()).containsExactly(9, 8, 8, 7, 5);
        assertThat(living.priorities().get(3).actions().get(3).title())
                .isEqualTo("Promote the offer of Social Prescribers and Community Connectors based in Locality Integrated Networks with the aim of building community resilience.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caring-well", "living-well", "ageing-well", "hwb-strategy-2013", "essex-2021-25"})
    void everyPlanKeepsTheRules(String name) throws Exception {
        DemoPlan plan = plan(name);
        Set<String> codes = new HashSet<>();
        Set<String> periods = new HashSet<>();
        plan.periods().forEach(p -> periods.add(p.name()));
        for (DemoPlan.Priority p : plan.priorities()) {
            for (DemoPlan.Action a : p.actions()) {
                assertThat(ActionCodes.problem(a.code(), p.number(), null, codes)).as(a.code()).isEmpty();
                codes.add(a.code());
                assertThat(a.subActions().isEmpty() || a.updates().isEmpty()).as(a.code() + " is reported through its sub-actions").isTrue();
                for (DemoPlan.Action s : a.subActions()) {
                    assertThat(ActionCodes.problem(s.code(), p.number(), a.code(), codes)).as(s.code()).isEmpty();
                    codes.add(s.code());
                }
            }
        }
        for (DemoPlan.Action a : plan.allActions()) {
            a.updates().forEach((period, u) -> {
                assertThat(periods).as(a.code() + " " + period).contains(period);
                assertThat(plan.statuses()).as(a.code()).contains(u.status());
                if (u.status().needsMitigation()) {
                    assertThat(u.mitigation()).as(a.code() + " in " + period + " says what is being done").isNotBlank();
                }
            });
        }
    }

    @Test
    void theAdultSocialCareStrategiesCarryTheYearAheadForEveryPriority() throws Exception {
        for (String name : List.of("caring-well", "living-well", "ageing-well")) {
            assertThat(plan(name).priorities()).as(name).allSatisfy(p -> assertThat(p.focus()).containsKey("2023-24"));
        }
    }

    @Test
    void essexHasTrajectoryMeasuresAndMeasuresWithoutNumericTargets() throws Exception {
        DemoPlan essex = plan("essex-2021-25");
        DemoPlan.MeasureSpec active = essex.measures().get(0);
        assertThat(active.baseline()).isEqualByComparingTo("61");
        assertThat(active.target()).isEqualByComparingTo("72");
        assertThat(essex.measures()).anySatisfy(m -> assertThat(m.name()).startsWith("Dependent drinkers"));
        assertThat(essex.measures().stream().filter(m -> m.target() == null).count()).isGreaterThanOrEqualTo(5);
    }
}
