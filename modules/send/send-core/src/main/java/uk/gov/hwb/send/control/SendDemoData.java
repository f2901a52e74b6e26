package uk.gov.hwb.send.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.hwb.platform.demo.DemoData;
import uk.gov.hwb.platform.measures.MeasureUnit;
import uk.gov.hwb.platform.measures.Polarity;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.people.OrganisationDto;
import uk.gov.hwb.platform.people.People;
import uk.gov.hwb.platform.people.PersonDto;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.ActionChanges;
import uk.gov.hwb.send.api.ActionDto;
import uk.gov.hwb.send.api.Actions;
import uk.gov.hwb.send.api.AnnualUpdateChanges;
import uk.gov.hwb.send.api.AnnualUpdateEntry;
import uk.gov.hwb.send.api.AnnualUpdates;
import uk.gov.hwb.send.api.EntryAnswers;
import uk.gov.hwb.send.api.InspectionDto;
import uk.gov.hwb.send.api.InspectionFramework;
import uk.gov.hwb.send.api.InspectionOutcome;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.Inspectorate;
import uk.gov.hwb.send.api.MetricDto;
import uk.gov.hwb.send.api.MetricPeriodType;
import uk.gov.hwb.send.api.MetricValueInput;
import uk.gov.hwb.send.api.Metrics;
import uk.gov.hwb.send.api.MilestoneInput;
import uk.gov.hwb.send.api.NewAction;
import uk.gov.hwb.send.api.NewInspection;
import uk.gov.hwb.send.api.NewMetric;
import uk.gov.hwb.send.api.NewRecommendation;
import uk.gov.hwb.send.api.NewSefVersion;
import uk.gov.hwb.send.api.ProgressNoteInput;
import uk.gov.hwb.send.api.RecommendationDto;
import uk.gov.hwb.send.api.SefAgreement;
import uk.gov.hwb.send.api.SefAreaContent;
import uk.gov.hwb.send.api.SefContent;
import uk.gov.hwb.send.api.SefDto;
import uk.gov.hwb.send.api.SefEntryDto;
import uk.gov.hwb.send.api.SefPriorityContent;
import uk.gov.hwb.send.api.SelfEvaluations;

/**
 * Demo data from seed 002, item 7: the area SEND inspection of 6–10 March 2023 (published 9 June 2023,
 * outcome 2) with its six recommendations, the annual update of October 2024 (the year 2023/24), the
 * SEF dated 10 October 2024 (14 key issues, 11 evaluation areas, Part C), agreed on 10 December 2024,
 * and the SEND metrics the SEF prints with their comparators. The seed prints no actions or
 * milestones: those here are illustrative, drawn from the SEF's Part C and the report's priorities
 * for 2024/25 (the README says so). Loaded through the module's own facades as the SEND lead, so the
 * demo keeps every rule; idempotent by natural keys (the inspection's dates, the SEF's date, metric
 * names, the update's year).
 */
@Stateless
public class SendDemoData implements DemoData {

    static final LocalDate SEF_DATE = LocalDate.of(2024, 10, 10);
    static final LocalDate AGREED = LocalDate.of(2024, 12, 10);
    static final List<String> RECOMMENDATIONS = List.of(
            "The local area partnership and stakeholders, including the council, the Integrated Care Board and wider partnership, should ensure"
                    + " that leaders in education, health and social care are empowered to drive forward improvements at pace so that the Southend"
                    + " SEND Partnership strategy impacts positively on the experiences and outcomes of all children and young and people with SEND.",
            "The local area partnership should evaluate the quality and impact of services and joint working more effectively, to inform"
                    + " improvements that lead to better outcomes and experiences for children and young people with SEND.",
            "Local area partnership leaders should improve the effectiveness of joint working to support the co-production of EHC plans and"
                    + " annual reviews so that at each stage the provision that is planned takes full account of children's and young people's"
                    + " current and changing needs.",
            "Local area partnership leaders should ensure that they share accurate data across health, education and social care to support"
                    + " rigorous and effective self-evaluation and inform joint commissioning.",
            "The local area partnership should ensure that appropriate support is in place from health services for children and young people"
                    + " who are awaiting health needs assessments, so that early intervention reduces the risk of any escalation of concern.",
            "The local area partnership should make sure that parents and carers and professionals receive clear and reliable information about"
                    + " how to access the range of support and services that are available.");

    @PersistenceContext(unitName = "send")
    EntityManager em;

    @Inject
    Inspections inspections;

    @Inject
    Actions actions;

    @Inject
    SelfEvaluations sefs;

    @Inject
    Metrics metrics;

    @Inject
    AnnualUpdates updates;

    @Inject
    People people;

    @Override
    public int order() {
        return MODULE_DATA;
    }

    @Override
    public void load() {
        Viewer lead = lead();
        InspectionDto inspection = inspection(lead);
        Map<Integer, RecommendationDto> recommendations = recommendations(inspection, lead);
        Map<String, Long> plan = actions(recommendations, lead);
        Map<String, Long> measures = metrics(lead);
        annualUpdate(recommendations, lead);
        sef(plan, measures, lead);
    }

    /** The SEND partnership lead of the demo (Matt Small), as the facades check rights. */
    private Viewer lead() {
        Long matt = person("Matt Small");
        return new Viewer("sendlead", matt, Set.of(Role.SEND_LEAD));
    }

    private InspectionDto inspection(Viewer lead) {
        Long id = em.createQuery("select i.id from Inspection i where i.startDate = :s and i.endDate = :e", Long.class)
                .setParameter("s", LocalDate.of(2023, 3, 6)).setParameter("e", LocalDate.of(2023, 3, 10)).getResultStream().findFirst().orElse(null);
        if (id != null) {
            return inspections.inspection(id, lead);
        }
        return inspections.create(new NewInspection(EnumSet.of(Inspectorate.OFSTED, Inspectorate.CQC), InspectionFramework.AREA_SEND_2023,
                LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10), LocalDate.of(2023, 6, 9), InspectionOutcome.INCONSISTENT), lead);
    }

    private Map<Integer, RecommendationDto> recommendations(InspectionDto inspection, Viewer lead) {
        Map<Integer, RecommendationDto> byNumber = new LinkedHashMap<>();
        inspections.recommendations(inspection.id(), lead).forEach(r -> byNumber.put(r.number(), r));
        for (int n = 1; n <= RECOMMENDATIONS.size(); n++) {
            if (!byNumber.containsKey(n)) {
                byNumber.put(n, inspections.addRecommendation(inspection.id(), new NewRecommendation(n, RECOMMENDATIONS.get(n - 1)), lead));
            }
        }
        return byNumber;
    }

    /** Illustrative actions and milestones (the seed prints none), by code; added only to a recommendation that has none. */
    private Map<String, Long> actions(Map<Integer, RecommendationDto> recommendations, Viewer lead) {
        Long matt = lead.personId();
        Long icb = organisation("Mid and South Essex Integrated Care Board");
        Map<Integer, List<Object[]>> plan = new LinkedHashMap<>();
        plan.put(1, List.of(
                action("Establish the Children's Joint Commissioning Group, reporting to the Growing Well Board and the SEND Strategic Partnership Board",
                        matt, null, ProgressStatus.ON_COURSE,
                        List.of(milestone(1, "Governance revised and SEND Strategic Partnership Board membership widened", "2024-03-31", "2024-03-15"),
                                milestone(2, "Children's Joint Commissioning Group meets bi-monthly under agreed terms of reference", "2025-01-31", null)),
                        "Q3 2024/25", "Draft terms of reference go to the Health and Wellbeing Board on 10 December 2024; first meeting January 2025."),
                action("Health commissioners and providers take joint responsibility for SEND improvement", null, icb, ProgressStatus.SOME_SLIPPAGE,
                        List.of(milestone(2, "ICB SEND and children's roles filled and reporting to the SEND Strategic Partnership Board", null, null)),
                        "Q2 2024/25", "Two ICB posts are still being recruited; interim cover reports to the Board until they are filled.")));
        plan.put(2, List.of(
                action("Develop and finalise the Southend Area Partnership Quality Assurance Framework", matt, null, ProgressStatus.ON_COURSE,
                        List.of(milestone(1, "Multi-agency audit process agreed", "2024-05-31", "2024-05-20"),
                                milestone(2, "Quality Assurance Framework finalised and in use across the partnership", null, null)), null, null),
                action("Co-produce a Preparation for Adulthood strategy", matt, null, ProgressStatus.NOT_STARTED,
                        List.of(milestone(2, "Preparation for Adulthood strategy drafted with young people", null, null)), null, null)));
        plan.put(3, List.of(
                action("Reorganise the SEND Assessment and Review Service and implement the external audit's recommendations", matt, null,
                        ProgressStatus.AT_RISK,
                        List.of(milestone(1, "External audit of the SEND service completed", "2024-06-28", "2024-06-28"),
                                milestone(2, "Backlog of EHC needs assessments beyond 20 weeks cleared", "2025-03-31", null)),
                        "Q2 2024/25", "EHC plans issued within 20 weeks stood at about 5% in June 2024; interim officers and Educational Psychologists"
                                + " are in post and a recovery plan is tracked monthly."),
                action("Quality assure statutory advice for EHC needs assessments and annual reviews", matt, null, ProgressStatus.ON_COURSE,
                        List.of(milestone(2, "Advice-giving services report quality assurance to the SEND and AP Operations Group", null, null)), null, null)));
        plan.put(4, List.of(
                action("Complete the SEND Joint Strategic Needs Assessment (JSNA)", matt, null, ProgressStatus.ON_COURSE,
                        List.of(milestone(2, "JSNA drafted with education, health and social care data", "2024-09-30", "2024-09-30"),
                                milestone(2, "JSNA completed and published", "2025-03-31", null)),
                        "Q3 2024/25", "Drafted; the October 2024 update calls it almost complete and the December report completed: to be confirmed."),
                action("Build a joint SEND data dashboard and the Area Partnership Outcomes Framework", null, icb, ProgressStatus.SOME_SLIPPAGE,
                        List.of(milestone(1, "Initial Mid and South Essex health SEND dashboard", "2024-06-30", "2024-06-30"),
                                milestone(2, "Joint dashboard shared at the SEND Strategic Partnership Board", null, null)),
                        "Q2 2024/25", "Data sharing agreements between the council and the ICB are being finalised before the joint dashboard goes live.")));
        plan.put(5, List.of(
                action("Roll out MyCareBridge, the neurodevelopmental referral, advice and guidance portal", null, icb, ProgressStatus.COMPLETE,
                        List.of(milestone(1, "Portal launched for ASD and ADHD referrals in Mid and South Essex", "2024-06-30", "2024-06-28")), null, null),
                action("Report on parents' and carers' experience while waiting for assessment", null, icb, ProgressStatus.ON_COURSE,
                        List.of(milestone(2, "Reporting mechanism on experience while waiting agreed and first report made", null, null)), null, null)));
        plan.put(6, List.of(
                action("Publish roadmaps of SEND processes with the Parent Carer Forum", matt, null, ProgressStatus.ON_COURSE,
                        List.of(milestone(1, "5 roadmaps published", "2024-07-01", "2024-06-30"), milestone(2, "All 11 roadmaps published", null, null)),
                        null, null),
                action("Appoint a SEND Youth Engagement lead for children and young people's voice", matt, null, ProgressStatus.NOT_STARTED,
                        List.of(milestone(2, "SEND Youth Engagement lead in post", null, null)), null, null)));
        Map<String, Long> byCode = new LinkedHashMap<>();
        plan.forEach((number, list) -> {
            RecommendationDto recommendation = recommendations.get(number);
            List<ActionDto> existing = actions.actions(recommendation.id(), lead);
            if (existing.isEmpty()) {
                for (Object[] a : list) {
                    @SuppressWarnings("unchecked")
                    ActionDto added = actions.add(recommendation.id(), new NewAction((String) a[0], null, (Long) a[1], (Long) a[2],
                            ProgressStatus.NOT_STARTED, (List<MilestoneInput>) a[4]), lead);
                    ProgressStatus status = (ProgressStatus) a[3];
                    if (status != ProgressStatus.NOT_STARTED) {
                        ProgressNoteInput note = a[5] == null ? null : new ProgressNoteInput((String) a[5], (String) a[6]);
                        added = actions.update(added.id(), new ActionChanges(added.title(), null, added.ownerPersonId(), added.ownerOrganisationId(),
                                status, milestones(added), note, added.version()), lead);
                    }
                    byCode.put(added.code(), added.id());
                }
            } else {
                existing.forEach(a -> byCode.put(a.code(), a.id()));
            }
        });
        return byCode;
    }

    private static List<MilestoneInput> milestones(ActionDto action) {
        return action.milestones().stream().map(m -> new MilestoneInput(m.id(), m.planYear(), m.description(), m.dueOn(), m.completedOn())).toList();
    }

    private static Object[] action(String title, Long person, Long organisation, ProgressStatus status, List<MilestoneInput> milestones,
                                   String period, String note) {
        return new Object[] {title, person, organisation, status, milestones, period, note};
    }

    private static MilestoneInput milestone(int year, String description, String due, String done) {
        return new MilestoneInput(null, year, description, due == null ? null : LocalDate.parse(due), done == null ? null : LocalDate.parse(done));
    }

    /** The SEND metrics the SEF prints, with their comparators where it prints them (England unless said otherwise). */
    private Map<String, Long> metrics(Viewer lead) {
        Map<String, Long> byName = new LinkedHashMap<>();
        metrics.metrics(lead).forEach(m -> byName.put(m.name(), m.id()));
        metric(byName, lead, new NewMetric("EHC needs assessment requests", "Requests for an EHC needs assessment received in the year.",
                MeasureUnit.COUNT, Polarity.NONE, null, MetricPeriodType.CALENDAR_YEAR, null, "SEF Part A (SEN2)"),
                value("2019", "293", null), value("2023", "517", null));
        metric(byName, lead, new NewMetric("EHC needs assessment requests not proceeding to assessment",
                "Share of requests that did not proceed to an EHC needs assessment.", MeasureUnit.PERCENT, Polarity.NONE, null,
                MetricPeriodType.CALENDAR_YEAR, null, "SEF Part A (SEN2)"), value("2023", "23.2", "24"));
        metric(byName, lead, new NewMetric("New EHC plans issued within 20 weeks", "Share of new EHC plans issued within the statutory 20 weeks."
                + " The SEF gives \"around 5%\" as of June 2024 and no national figure.", MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER,
                new BigDecimal("1"), MetricPeriodType.MONTH, null, "SEF Part A (internal reporting)"), value("2024-06", "5", null));
        metric(byName, lead, new NewMetric("EHC plan annual reviews within 12 months", "Share of EHC plans reviewed within 12 months of the last"
                + " review. The SEF says \"just over a third\" and gives no figure, so none is recorded.", MeasureUnit.PERCENT,
                Polarity.HIGHER_IS_BETTER, new BigDecimal("1"), MetricPeriodType.MONTH, null, "SEF Part A (key issue)"));
        metric(byName, lead, new NewMetric("Persistent absence of pupils with SEND", "Share of children and young people with SEND persistently"
                + " absent from school (1,308 pupils in 2022/23).", MeasureUnit.PERCENT, Polarity.LOWER_IS_BETTER, new BigDecimal("0.5"),
                MetricPeriodType.ACADEMIC_YEAR, null, "School census 2022/23"), value("2022-23", "33.4", "32.3"));
        metric(byName, lead, new NewMetric("Pupils at SEN Support", "Share of pupils in Southend schools receiving SEN Support; the SEF expects"
                + " identification at least to match the national figure.", MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, new BigDecimal("0.5"),
                MetricPeriodType.ACADEMIC_YEAR, null, "School census January 2024"), value("2023-24", "11.58", "13.63"));
        metric(byName, lead, new NewMetric("Pupils at SEN Support eligible for free school meals", null, MeasureUnit.PERCENT, Polarity.NONE, null,
                MetricPeriodType.ACADEMIC_YEAR, null, "School census January 2024"), value("2023-24", "43.2", "38.3"));
        metric(byName, lead, new NewMetric("Pupils with an EHC plan eligible for free school meals", null, MeasureUnit.PERCENT, Polarity.NONE, null,
                MetricPeriodType.ACADEMIC_YEAR, null, "School census January 2024"), value("2023-24", "43.7", "42.2"));
        metric(byName, lead, new NewMetric("EHC plans maintained", "EHC plans maintained by Southend-on-Sea City Council at the SEN2 census"
                + " (18 January 2024), about 4% of the school population.", MeasureUnit.COUNT, Polarity.NONE, null, MetricPeriodType.CALENDAR_YEAR,
                null, "SEN2 census January 2024"), value("2024", "1737", null));
        metric(byName, lead, new NewMetric("Adults with a learning disability in paid employment", null, MeasureUnit.PERCENT,
                Polarity.HIGHER_IS_BETTER, new BigDecimal("0.5"), MetricPeriodType.FINANCIAL_YEAR, null, "Adult Social Care Outcomes Framework"),
                value("2022-23", "9.59", "4.76"));
        metric(byName, lead, new NewMetric("Adults with a learning disability living in their own home or with their family", null,
                MeasureUnit.PERCENT, Polarity.HIGHER_IS_BETTER, new BigDecimal("0.5"), MetricPeriodType.FINANCIAL_YEAR, null,
                "Adult Social Care Outcomes Framework"), value("2022-23", "88.45", "80.46"));
        return byName;
    }

    private void metric(Map<String, Long> byName, Viewer lead, NewMetric metric, String[]... values) {
        if (byName.containsKey(metric.name())) {
            return;
        }
        MetricDto created = metrics.create(metric, lead);
        for (String[] v : values) {
            metrics.record(created.id(), v[0], new MetricValueInput(new BigDecimal(v[1]), v[2] == null ? null : new BigDecimal(v[2]), null, null), lead);
        }
        byName.put(created.name(), created.id());
    }

    private static String[] value(String period, String value, String comparator) {
        return new String[] {period, value, comparator};
    }

    /** The annual update of October 2024 (the year 2023/24), from the leaflet. */
    private void annualUpdate(Map<Integer, RecommendationDto> recommendations, Viewer lead) {
        if (updates.years(lead).contains("2023-24")) {
            return;
        }
        List<AnnualUpdateEntry> entries = new ArrayList<>();
        Integer number = null;
        String wanted = null;
        String difference = null;
        String priority = null;
        List<String> did = new ArrayList<>();
        for (String line : lines("demo/annual-update-2023-24.txt")) {
            if (line.startsWith("= recommendation ")) {
                if (number != null) {
                    entries.add(new AnnualUpdateEntry(recommendations.get(number).id(), wanted, did, difference, priority, null));
                }
                number = Integer.valueOf(line.substring(17).strip());
                wanted = null;
                difference = null;
                priority = null;
                did = new ArrayList<>();
            } else if (line.startsWith("wanted: ")) {
                wanted = line.substring(8);
            } else if (line.startsWith("difference: ")) {
                difference = line.substring(12);
            } else if (line.startsWith("priority: ")) {
                priority = line.substring(10);
            } else if (line.startsWith("- ")) {
                did.add(line.substring(2));
            }
        }
        if (number != null) {
            entries.add(new AnnualUpdateEntry(recommendations.get(number).id(), wanted, did, difference, priority, null));
        }
        updates.save("2023-24", new AnnualUpdateChanges(entries), lead);
    }

    /** The SEF of 10 October 2024, what answers its key issues and improvements, and its agreement on 10 December 2024. */
    private void sef(Map<String, Long> plan, Map<String, Long> measures, Viewer lead) {
        boolean loaded = em.createQuery("select count(v) from SefVersion v where v.date = :d", Long.class).setParameter("d", SEF_DATE)
                .getSingleResult() > 0;
        if (loaded) {
            return;
        }
        SefDto draft = sefs.start(new NewSefVersion(null, SEF_DATE), lead);
        SefDto saved = sefs.save(draft.number(), content(draft.version()), lead);
        answer(saved, "A review the area", lead, List.of(plan.get("3.1")), List.of());
        answer(saved, "There has been a significant decline", lead, List.of(plan.get("3.1")), List.of(measures.get("New EHC plans issued within 20 weeks")));
        answer(saved, "Some EHC plans are not informed", lead, List.of(plan.get("3.2")), List.of());
        answer(saved, "Just over a third of EHC plans", lead, List.of(plan.get("3.2")), List.of(measures.get("EHC plan annual reviews within 12 months")));
        answer(saved, "Further work is required to improve data reporting in order to track activity and contributions to EHC needs assessments,"
                + " plans and annual reviews from services", lead, List.of(plan.get("4.2")), List.of());
        answer(saved, "Further work is required to improve data reporting in order to track activity and contributions to EHC needs assessments,"
                + " plans and annual reviews from health", lead, List.of(plan.get("4.2")), List.of());
        answer(saved, "Some children and families experience inconsistencies", lead, List.of(plan.get("5.1"), plan.get("5.2")), List.of());
        answer(saved, "The area does not have accurate data sets", lead, List.of(plan.get("4.1"), plan.get("1.1")), List.of());
        answer(saved, "Whilst there has been some good work", lead, List.of(plan.get("6.2")), List.of());
        answer(saved, "Early identification and intervention", lead, List.of(), List.of(measures.get("Pupils at SEN Support")));
        answer(saved, "The work to support young people to prepare for adulthood", lead, List.of(plan.get("2.2")), List.of());
        answer(saved, "Undertake EHC needs assessment within statutory timescales", lead, List.of(plan.get("3.1")),
                List.of(measures.get("New EHC plans issued within 20 weeks")));
        answer(saved, "Reduce suspensions and persistent absence", lead, List.of(), List.of(measures.get("Persistent absence of pupils with SEND")));
        answer(saved, "Clearer joint needs assessment focused on SEND", lead, List.of(plan.get("4.1")), List.of());
        answer(saved, "Timeliness of annual reviews", lead, List.of(plan.get("3.2")), List.of(measures.get("EHC plan annual reviews within 12 months")));
        answer(saved, "Re-establish a Southend focussed Children", lead, List.of(plan.get("1.1")), List.of());
        long version = sefs.version(saved.number(), lead).version();
        sefs.agree(saved.number(), new SefAgreement(null, AGREED, version), lead);
    }

    private void answer(SefDto sef, String startOfEntry, Viewer lead, List<Long> actionIds, List<Long> metricIds) {
        SefEntryDto entry = sef.entries().stream().filter(e -> e.text().startsWith(startOfEntry)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo SEF has no entry starting '" + startOfEntry + "'"));
        sefs.answer(entry.key(), new EntryAnswers(actionIds.stream().filter(java.util.Objects::nonNull).toList(),
                metricIds.stream().filter(java.util.Objects::nonNull).toList()), lead);
    }

    /** The SEF's content from its resource file: "= section" lines, "+ list" lines within an area, "- entry" lines, context paragraphs. */
    static SefContent content(long version) {
        LocalDate date = SEF_DATE;
        List<String> context = new ArrayList<>();
        List<String> keyIssues = new ArrayList<>();
        List<String[]> areaTitles = new ArrayList<>();
        List<Map<String, List<String>>> areaLists = new ArrayList<>();
        Map<Integer, List<String>> priorities = new LinkedHashMap<>();
        String section = null;
        String list = null;
        for (String line : lines("demo/sef-2024-10-10.txt")) {
            if (line.startsWith("date ")) {
                date = LocalDate.parse(line.substring(5).strip());
            } else if (line.startsWith("= ")) {
                section = line.substring(2);
                list = null;
                if (section.startsWith("area ")) {
                    areaTitles.add(new String[] {section.substring(5)});
                    areaLists.add(new LinkedHashMap<>());
                } else if (section.startsWith("priorities ")) {
                    priorities.put(Integer.valueOf(section.substring(11).strip()), new ArrayList<>());
                }
            } else if (line.startsWith("+ ")) {
                list = line.substring(2).strip();
            } else if (line.startsWith("- ") && section != null) {
                String entry = line.substring(2);
                if (section.equals("key issues")) {
                    keyIssues.add(entry);
                } else if (section.startsWith("area ") && list != null) {
                    areaLists.get(areaLists.size() - 1).computeIfAbsent(list, k -> new ArrayList<>()).add(entry);
                } else if (section.startsWith("priorities ")) {
                    priorities.get(Integer.valueOf(section.substring(11).strip())).add(entry);
                }
            } else if ("context".equals(section) && !line.isBlank()) {
                context.add(line.strip());
            }
        }
        List<SefAreaContent> areas = new ArrayList<>();
        for (int i = 0; i < areaTitles.size(); i++) {
            Map<String, List<String>> lists = areaLists.get(i);
            areas.add(new SefAreaContent(areaTitles.get(i)[0], lists.getOrDefault("do well", List.of()), lists.getOrDefault("impact", List.of()),
                    lists.getOrDefault("improve", List.of())));
        }
        return new SefContent(date, String.join("\n\n", context), keyIssues, areas,
                priorities.entrySet().stream().map(p -> new SefPriorityContent(p.getKey(), p.getValue())).toList(), version);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SendDemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo resource " + resource + " is missing from send-core");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.startsWith("#")) {
                        lines.add(line);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Long person(String name) {
        return people.people(name, new PageRequest(0, 5)).items().stream().filter(p -> p.name().equals(name)).map(PersonDto::id).findFirst().orElse(null);
    }

    private Long organisation(String name) {
        return people.organisations(name, new PageRequest(0, 5)).items().stream().filter(o -> o.name().equals(name)).map(OrganisationDto::id)
                .findFirst().orElse(null);
    }
}
