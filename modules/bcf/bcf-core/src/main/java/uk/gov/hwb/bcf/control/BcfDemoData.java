package uk.gov.hwb.bcf.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.hwb.bcf.api.AgreementChanges;
import uk.gov.hwb.bcf.api.ActualSpend;
import uk.gov.hwb.bcf.api.CapacityArea;
import uk.gov.hwb.bcf.api.CapacityChanges;
import uk.gov.hwb.bcf.api.CapacityLineEntry;
import uk.gov.hwb.bcf.api.Commissioner;
import uk.gov.hwb.bcf.api.FundingSource;
import uk.gov.hwb.bcf.api.IncomeChanges;
import uk.gov.hwb.bcf.api.IncomeLine;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.MetricValueEntry;
import uk.gov.hwb.bcf.api.Metrics;
import uk.gov.hwb.bcf.api.Minimums;
import uk.gov.hwb.bcf.api.NewMetric;
import uk.gov.hwb.bcf.api.NewPlan;
import uk.gov.hwb.bcf.api.NewReturn;
import uk.gov.hwb.bcf.api.NewScheme;
import uk.gov.hwb.bcf.api.Noting;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.Plans;
import uk.gov.hwb.bcf.api.PooledFundHost;
import uk.gov.hwb.bcf.api.ReturnChanges;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.Returns;
import uk.gov.hwb.bcf.api.SchemeDto;
import uk.gov.hwb.bcf.api.SchemeQuery;
import uk.gov.hwb.bcf.api.Schemes;
import uk.gov.hwb.bcf.entity.QuarterlyReturn;
import uk.gov.hwb.bcf.entity.ReturnVersion;
import uk.gov.hwb.platform.calendar.CouncilCalendar;
import uk.gov.hwb.platform.demo.DemoData;
import uk.gov.hwb.platform.measures.Basis;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.seats.Seats;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Demo data from seed 002's item 10 and its appendix: the plan "BCF 2023–25" with both years' income
 * exactly as printed (the totals £28,156,886 and £29,888,629 are the sums, never typed); scheme lines
 * that add up exactly to each source's planned expenditure (illustrative: the seed prints none); the
 * five national metrics with the seed's targets, quarters and commentary as written (Falls on annual
 * projection, the others as is; blank Q2 values are no data); capacity and demand with the seed's
 * uplifts (+10% November and March, +20% December to February; baselines and capacities
 * illustrative); and the Q2 2023-24 return due 31 October 2023, signed off by the Health and Wellbeing
 * Board's chair, submitted, and noted by the Board on 10 December 2024. Entered through the module's
 * facades as the finance officer would, so the funding rules hold; only the historical sign-off and
 * submission times are written directly. Idempotent: nothing is added once the plan exists.
 */
@Stateless
public class BcfDemoData implements DemoData {

    public static final String PLAN = "BCF 2023–25";
    private static final String Y1 = "2023-24";
    private static final String Y2 = "2024-25";
    private static final String COUNCIL = "Southend-on-Sea City Council";
    private static final Viewer FINANCE = new Viewer("finance", null, Set.of(Role.FINANCE));
    private static final Viewer DEMOCRATIC = new Viewer("democratic", null, Set.of(Role.DEMOCRATIC_SERVICES));

    @PersistenceContext(unitName = "bcf")
    EntityManager em;

    @Inject
    Plans plans;

    @Inject
    Schemes schemes;

    @Inject
    Metrics metrics;

    @Inject
    Returns returns;

    @Inject
    Seats seats;

    @Inject
    People people;

    @Override
    public int order() {
        return MODULE_DATA;
    }

    @Override
    public void load() {
        boolean exists = em.createQuery("select count(p) from Plan p where p.name = :n", Long.class).setParameter("n", PLAN).getSingleResult() > 0;
        if (exists || seats.bodies().stream().noneMatch(b -> b.name().equals("Health and Wellbeing Board"))) {
            return;
        }
        PlanDto plan = plans.create(new NewPlan(PLAN, List.of(Y1, Y2), null, COUNCIL, "NHS Mid and South Essex Integrated Care Board",
                PooledFundHost.COUNCIL), FINANCE);
        plan = plans.recordAgreement(plan.id(), new AgreementChanges(COUNCIL, "NHS Mid and South Essex Integrated Care Board",
                PooledFundHost.COUNCIL, LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 28), true, plan.version()), FINANCE);
        long id = plan.id();
        income(id, Y1, 1_721_065, 15_977_498, 7_797_498, 368_848, 0, 1_093_197, 1_198_780);
        income(id, Y2, 1_721_065, 16_881_824, 7_797_498, 0, 0, 1_821_922, 1_666_320);
        plans.setMinimums(id, Y1, new Minimums(pounds(6_900_000), pounds(4_540_000), null), FINANCE);
        plans.setMinimums(id, Y2, new Minimums(pounds(7_290_000), pounds(4_800_000), null), FINANCE);
        schemes(id, Y1, 9_000_000, 5_477_498, 1_000_000, 500_000, 1_721_065, 5_297_498, 2_500_000, 368_848, 1_093_197, 1_198_780);
        schemes(id, Y2, 9_500_000, 5_781_824, 1_100_000, 500_000, 1_721_065, 5_297_498, 2_500_000, 0, 1_821_922, 1_666_320);
        actuals(id);
        metrics(id);
        capacity(id);
        quarterlyReturn(id);
    }

    private void income(long plan, String year, long dfg, long nhs, long ibcf, long la, long icb, long laDischarge, long icbDischarge) {
        long[] amounts = {dfg, nhs, ibcf, la, icb, laDischarge, icbDischarge};
        List<IncomeLine> lines = new ArrayList<>();
        FundingSource[] sources = FundingSource.values();
        for (int i = 0; i < sources.length; i++) {
            lines.add(new IncomeLine(sources[i].label(), pounds(amounts[i])));
        }
        plans.setIncome(plan, year, new IncomeChanges(lines, null), FINANCE);
    }

    private void schemes(long plan, String year, long community, long homeCare, long reablement, long carers, long dfg, long residential,
                         long homeCareCapacity, long equipment, long laDischarge, long icbDischarge) {
        scheme(plan, year, "1", "Disabled Facilities Grant adaptations", FundingSource.DFG, "DFG Related Schemes", "Social Care",
                Commissioner.LA, COUNCIL, dfg);
        scheme(plan, year, "2", "Community health services out of hospital", FundingSource.MINIMUM_NHS_CONTRIBUTION, "Community Based Schemes",
                "Community Health", Commissioner.NHS, "Essex Partnership University NHS Foundation Trust", community);
        scheme(plan, year, "3", "Protecting adult social care: home care", FundingSource.MINIMUM_NHS_CONTRIBUTION,
                "Home Care or Domiciliary Care", "Social Care", Commissioner.LA, COUNCIL, homeCare);
        scheme(plan, year, "4", "Reablement at home (SEDs)", FundingSource.MINIMUM_NHS_CONTRIBUTION, "Reablement in a person's own home",
                "Social Care", Commissioner.JOINT, COUNCIL, reablement);
        scheme(plan, year, "5", "Carers support", FundingSource.MINIMUM_NHS_CONTRIBUTION, "Carers Services", "Social Care", Commissioner.LA,
                "Southend Carers", carers);
        scheme(plan, year, "6", "Sustaining the care market: residential placements", FundingSource.IBCF, "Residential Placements",
                "Social Care", Commissioner.LA, "Independent care homes", residential);
        scheme(plan, year, "7", "Home care capacity", FundingSource.IBCF, "Home Care or Domiciliary Care", "Social Care", Commissioner.LA,
                "Independent home care providers", homeCareCapacity);
        if (equipment > 0) {
            scheme(plan, year, "8", "Assistive technology and equipment", FundingSource.ADDITIONAL_LA_CONTRIBUTION,
                    "Assistive Technologies and Equipment", "Social Care", Commissioner.LA, "Community equipment service", equipment);
        }
        scheme(plan, year, "9", "Discharge to assess: short-term residential care", FundingSource.LA_DISCHARGE_FUNDING, "Residential Placements",
                "Social Care", Commissioner.LA, "Independent care homes", laDischarge);
        scheme(plan, year, "10", "Brook Meadows assessment beds", FundingSource.ICB_DISCHARGE_FUNDING, "Bed based intermediate Care Services",
                "Community Health", Commissioner.NHS, "Essex Partnership University NHS Foundation Trust", icbDischarge);
    }

    private void scheme(long plan, String year, String ref, String name, FundingSource source, String type, String area, Commissioner by,
                        String provider, long planned) {
        schemes.create(plan, new NewScheme(ref, name, year, source.label(), type, area, by.name(), provider, pounds(planned)), FINANCE);
    }

    /** Two quarters of 2023-24 spent at a quarter of plan each; two forecasts off plan, to show variance both ways. */
    private void actuals(long plan) {
        List<SchemeDto> lines = schemes.schemes(plan, new SchemeQuery(Y1, null, null, null, "schemeId", false), new PageRequest(0, 100)).items();
        for (SchemeDto line : lines) {
            BigDecimal quarter = line.planned().divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP);
            BigDecimal forecast = switch (line.schemeId()) {
                case "7" -> pounds(2_560_000);
                case "5" -> pounds(480_000);
                default -> line.planned();
            };
            SchemeDto after = schemes.recordActual(line.id(), 1, new ActualSpend(quarter, forecast, line.version()), FINANCE);
            schemes.recordActual(line.id(), 2, new ActualSpend(quarter, null, after.version()), FINANCE);
        }
    }

    private void metrics(long plan) {
        metric(plan, "Avoidable admissions", MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.AS_IS, "243.3", "253", "253",
                "Ongoing rollout of Urgent Care Response Team and working with the ambulance service on the stack.");
        metric(plan, "Discharge to normal place of residence", MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.AS_IS, "95.47", "94.9", "94.9",
                "SEDs and development of transfer of care hubs at locality. This is in early stages and building on the good work of the adult"
                        + " discharge teams.");
        metric(plan, "Falls", MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.ANNUAL_PROJECTION, "2100", "627.9", null,
                "We anticipate the figure will continue to rise during the winter months. There are a number of initiatives being undertaken for"
                        + " this metrics. This includes Slipper Swap and some providers using Raizer Chairs.");
        metric(plan, "Residential admissions", MeasureUnit.RATE_PER_100K, Polarity.LOWER_IS_BETTER, Basis.AS_IS, "549", "549", null,
                "The aim of this measure is to minimise, and this quarter's figures are below target. SEDs contributes significantly for this as"
                        + " it helps people stay at home along with reablement offer. Brook Meadows assessment beds, which relates to care in a"
                        + " bedded setting.");
        metric(plan, "Reablement", MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, Basis.AS_IS, "80", "74.5", "78.6",
                "The aim of this metrics is to maximise. However, the latest quarter figures are below target by 2.4%. SEDs contributes"
                        + " significantly for this as it helps people stay at home along with reablement offer.");
    }

    private void metric(long plan, String name, MeasureUnit unit, Polarity polarity, Basis basis, String target, String q1, String q2,
                        String commentary) {
        MetricDto metric = metrics.create(plan, new NewMetric(name, unit.name(), polarity.name(), basis.name(), Map.of(Y1, new BigDecimal(target))),
                FINANCE);
        metrics.recordValue(metric.id(), Y1, 1, new MetricValueEntry(new BigDecimal(q1), null, null), FINANCE);
        metrics.recordValue(metric.id(), Y1, 2, new MetricValueEntry(q2 == null ? null : new BigDecimal(q2), commentary, null), FINANCE);
    }

    private void capacity(long plan) {
        // April to March: +10% in November and March, +20% in December, January and February (seed 002).
        List<BigDecimal> uplifts = List.of(n(0), n(0), n(0), n(0), n(0), n(0), n(0), n(10), n(20), n(20), n(20), n(10));
        plans.setCapacity(plan, Y1, new CapacityChanges(uplifts, List.of(
                line(CapacityArea.HOSPITAL_DISCHARGE, "Reablement at home (discharge pathway 1)", 60, 66),
                line(CapacityArea.HOSPITAL_DISCHARGE, "Short-term residential care (discharge pathway 2)", 20, 24),
                line(CapacityArea.COMMUNITY, "Urgent community response", 150, 170),
                line(CapacityArea.COMMUNITY, "Intermediate care at home", 45, 50)), null), FINANCE);
    }

    private static CapacityLineEntry line(CapacityArea area, String service, int baseline, int capacity) {
        return new CapacityLineEntry(area, service, Collections.nCopies(12, n(baseline)), Collections.nCopies(12, n(capacity)));
    }

    private void quarterlyReturn(long plan) {
        ReturnDto draft = returns.create(plan, new NewReturn(Y1, 2, LocalDate.of(2023, 10, 31)), FINANCE);
        draft = returns.update(draft.id(), new ReturnChanges(true,
                "The Section 75 document has been signed by both Southend-on-Sea City Council and NHS Integrated Care Board.",
                true, "The national conditions of the 2023-25 plan continue to be met.",
                "As baseline data has not been collected in the previous year, Southend-on-Sea faces challenges with estimating capacity and demand.",
                "Ongoing rollout of the Urgent Care Response Team; SEDs helps people stay at home along with the reablement offer.",
                null, LocalDate.of(2023, 10, 31), draft.version()), FINANCE);
        // Signed off by the chair's own account and submitted on the due date, in 2023: written as recorded then.
        long hwb = seats.bodies().stream().filter(b -> b.name().equals("Health and Wellbeing Board")).findFirst().orElseThrow().id();
        Long chair = seats.chairOf(hwb, LocalDate.now(CouncilCalendar.ZONE)).orElse(null);
        String chairName = chair == null ? "Councillor Maxine Sadza" : people.findPerson(chair).map(p -> p.name()).orElse("Councillor Maxine Sadza");
        QuarterlyReturn r = em.find(QuarterlyReturn.class, draft.id());
        OffsetDateTime signedOff = LocalDateTime.of(2023, 10, 30, 14, 0).atZone(CouncilCalendar.ZONE).toOffsetDateTime();
        OffsetDateTime submitted = LocalDateTime.of(2023, 10, 31, 10, 30).atZone(CouncilCalendar.ZONE).toOffsetDateTime();
        r.signedOff(chair, chairName, signedOff, "member", false);
        r.submitted(submitted, "finance");
        em.flush();
        ReturnSnapshot.Submission submission = new ReturnSnapshot.Submission(1, "Submitted", submitted, "finance");
        byte[] bytes = ReturnSnapshotFormat.write(Snapshots.of(plans.plan(plan), returns.quarterlyReturn(r.getId()), plans.funding(plan, Y1),
                schemes.schemes(plan, new SchemeQuery(Y1, null, null, null, "schemeId", false), new PageRequest(0, 100)).items(),
                metrics.metrics(plan), plans.capacity(plan, Y1), submission));
        em.persist(new ReturnVersion(r, 1, "Submitted", bytes, ReturnSnapshotFormat.sha256(bytes), submitted, "finance"));
        em.flush();
        returns.recordNoting(r.getId(), new Noting(1, LocalDate.of(2024, 12, 10), "Health and Wellbeing Board, 10 December 2024",
                "Noted for information; the report was retrospective due to the schedule of meetings."), DEMOCRATIC);
    }

    private static BigDecimal pounds(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    private static BigDecimal n(int value) {
        return BigDecimal.valueOf(value);
    }
}
