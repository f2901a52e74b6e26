package uk.gov.hwb.strategies.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.strategies.api.AnnualReportDto;
import uk.gov.hwb.strategies.api.ProgressSummaries;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.TrendDto;
import uk.gov.hwb.strategies.control.AnnualReportLayout;
import uk.gov.hwb.strategies.control.PlanQueries;
import uk.gov.hwb.strategies.control.Summaries;
import uk.gov.hwb.strategies.control.SummaryLayout;
import uk.gov.hwb.strategies.control.SummarySnapshot;
import uk.gov.hwb.strategies.entity.PlanAction;
import uk.gov.hwb.strategies.entity.Priority;
import uk.gov.hwb.strategies.entity.PriorityFocus;
import uk.gov.hwb.strategies.entity.ProgressUpdate;
import uk.gov.hwb.strategies.entity.ReportedSummary;
import uk.gov.hwb.strategies.entity.ReportingPeriod;
import uk.gov.hwb.strategies.entity.Strategy;

/**
 * The implementation of {@link ProgressSummaries}: summaries computed from the stored updates (or
 * read back as reported), their trend, and the two documents rendered through the one PDF pipeline.
 */
@Stateless
@Facade
public class ProgressSummariesService implements ProgressSummaries {

    @PersistenceContext(unitName = "strategies")
    EntityManager em;

    @Inject
    PlanQueries plan;

    @Inject
    Summaries summaries;

    @Inject
    PdfRenderer renderer;

    @Override
    public ProgressSummaryDto summary(long strategyId, long periodId, boolean asReported) {
        Strategy strategy = plan.strategy(strategyId);
        ReportingPeriod period = plan.period(strategyId, periodId);
        ReportedSummary reported = em.createQuery("select r from ReportedSummary r where r.period = :p", ReportedSummary.class)
                .setParameter("p", period).getResultStream().findFirst().orElse(null);
        if (asReported) {
            if (reported == null) {
                throw new NotFoundException("The period " + period.getName() + " is not closed, so there is no summary as reported yet");
            }
            return SummarySnapshot.read(reported.getFormatVersion(), reported.getContent(), reported.getTakenAt(),
                    (int) plan.corrections(periodId));
        }
        return summaries.live(strategy, period, reported == null ? null : reported.getTakenAt());
    }

    @Override
    public TrendDto trend(long strategyId) {
        return summaries.trend(plan.strategy(strategyId));
    }

    @Override
    public byte[] summaryPdf(long strategyId, long periodId, boolean asReported) {
        return renderer.render(SummaryLayout.rendering(summary(strategyId, periodId, asReported)));
    }

    @Override
    public AnnualReportDto annualReport(List<Long> strategyIds, String year) {
        FinancialYear fy;
        try {
            fy = FinancialYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("year", e.getMessage());
        }
        String key = key(fy);
        List<AnnualReportDto.Part> parts = new ArrayList<>();
        for (Long id : strategyIds) {
            parts.add(part(plan.strategy(id), fy, key));
        }
        String months = month(fy.start()) + " – " + month(fy.end());
        String title = (parts.size() == 1 ? parts.get(0).name() : "Strategies") + " Annual Report " + months;
        return new AnnualReportDto(title, key, months, List.copyOf(parts));
    }

    private AnnualReportDto.Part part(Strategy strategy, FinancialYear fy, String key) {
        long id = strategy.getId();
        List<ReportingPeriod> periods = plan.periods(id).stream()
                .filter(p -> !p.getEndsOn().isBefore(fy.start()) && !p.getEndsOn().isAfter(fy.end())).toList();
        Map<Long, List<ProgressUpdate>> updates = new HashMap<>();
        if (!periods.isEmpty()) {
            em.createQuery("select u from ProgressUpdate u join fetch u.action join fetch u.period where u.period in :ps and u.draft = false",
                            ProgressUpdate.class)
                    .setParameter("ps", periods).getResultList()
                    .forEach(u -> updates.computeIfAbsent(u.getAction().getId(), k -> new ArrayList<>()).add(u));
        }
        Map<Long, List<PriorityFocus>> focus = plan.focus(id);
        List<PlanAction> leaves = PlanQueries.leaves(plan.actions(id));
        List<AnnualReportDto.Section> sections = new ArrayList<>();
        for (Priority priority : plan.priorities(id)) {
            List<AnnualReportDto.Achievement> achievements = new ArrayList<>();
            for (PlanAction action : leaves) {
                if (!action.getPriority().getId().equals(priority.getId())) {
                    continue;
                }
                updates.getOrDefault(action.getId(), List.of()).stream()
                        .sorted(Comparator.comparing((ProgressUpdate u) -> u.getPeriod().getUpdatesDue()))
                        .forEach(u -> achievements.add(new AnnualReportDto.Achievement(action.getCode(), action.getTitle(),
                                u.getPeriod().getName(), u.getStatus().label(), u.getCommentary(), u.isKeyImpact())));
            }
            String next = focus.getOrDefault(priority.getId(), List.of()).stream().filter(f -> f.getYear().equals(key))
                    .map(PriorityFocus::getText).findFirst().orElse(null);
            sections.add(new AnnualReportDto.Section(priority.getNumber(), priority.getName(), List.copyOf(achievements), next));
        }
        return new AnnualReportDto.Part(id, strategy.getName(), strategy.getDescription(), List.copyOf(sections));
    }

    @Override
    public byte[] annualReportPdf(List<Long> strategyIds, String year) {
        return renderer.render(AnnualReportLayout.rendering(annualReport(strategyIds, year)));
    }

    @Override
    public List<String> reportYears(long strategyId) {
        TreeSet<FinancialYear> years = new TreeSet<>(Comparator.reverseOrder());
        plan.periods(strategyId).forEach(p -> years.add(FinancialYear.containing(p.getEndsOn())));
        return years.stream().map(ProgressSummariesService::key).toList();
    }

    /** A financial year as references and paths write it: "2023-24". */
    static String key(FinancialYear year) {
        return year.label().replace('/', '-');
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear();
    }
}
