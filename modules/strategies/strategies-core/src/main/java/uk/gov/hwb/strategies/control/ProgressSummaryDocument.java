package uk.gov.hwb.strategies.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.DocumentGenerator;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.progress.ProgressStatus;
import uk.gov.hwb.strategies.api.DocumentReferences;
import uk.gov.hwb.strategies.api.PeriodDto;
import uk.gov.hwb.strategies.api.ProgressSummaries;
import uk.gov.hwb.strategies.api.ProgressSummaryDto;
import uk.gov.hwb.strategies.api.Strategies;
import uk.gov.hwb.strategies.api.StrategyDto;

/**
 * Offers a strategy's progress summary for a period to board reports as a generated appendix
 * ({@value DocumentReferences#PROGRESS_SUMMARY}, reference {@code "{strategyId}/{periodId}"}), laid
 * out like seed 003, with the figures as they stand (corrections included). Its data comes through
 * the module's facades.
 */
@ApplicationScoped
public class ProgressSummaryDocument implements DocumentGenerator {

    private static final Pattern REFERENCE = Pattern.compile("(\\d{1,18})/(\\d{1,18})");
    private static final String STATUSES = "on course|some slippage|at risk|under review|complete|not started";
    /** "80.2% on course", "78% of actions are on course". */
    private static final Pattern SHARE_FIRST = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)%\\s+(?:of (?:the )?(?:sub-)?actions\\s+)?(?:are\\s+|were\\s+)?(" + STATUSES + ")",
            Pattern.CASE_INSENSITIVE);
    /** "on course: 80.2%", "at risk was 0.9%". */
    private static final Pattern STATUS_FIRST = Pattern.compile("(" + STATUSES + ")\\s*(?::|is|was|at|stands at)?\\s+(\\d{1,3}(?:\\.\\d+)?)%",
            Pattern.CASE_INSENSITIVE);

    @Inject
    Strategies strategies;

    @Inject
    ProgressSummaries summaries;

    @Override
    public String name() {
        return DocumentReferences.PROGRESS_SUMMARY;
    }

    @Override
    public String title() {
        return "Strategy progress summary";
    }

    @Override
    public List<DocumentChoice> choices() {
        List<DocumentChoice> choices = new ArrayList<>();
        for (StrategyDto strategy : strategies.strategies(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items()) {
            strategies.periods(strategy.id()).stream().sorted(Comparator.comparing(PeriodDto::updatesDue).reversed())
                    .forEach(p -> choices.add(new DocumentChoice(DocumentReferences.progressSummary(strategy.id(), p.id()),
                            strategy.name() + ": progress summary, " + p.name())));
        }
        return choices;
    }

    @Override
    public boolean accepts(String reference) {
        Matcher m = reference == null ? null : REFERENCE.matcher(reference);
        return m != null && m.matches() && strategies.hasPeriod(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    @Override
    public GeneratedDocument render(String reference) {
        Matcher m = parse(reference);
        ProgressSummaryDto summary = summaries.summary(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), false);
        return new GeneratedDocument(SummaryLayout.title(summary),
                summaries.summaryPdf(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), false));
    }

    /**
     * Where a report's text disagrees with the summary: it names another of the strategy's periods
     * than this one (or the one it is compared with), or states a share of a status that the
     * summary's overall figures do not give.
     */
    @Override
    public List<String> contradictions(String reference, String text) {
        if (text == null || text.isBlank() || !accepts(reference)) {
            return List.of();
        }
        Matcher m = parse(reference);
        long strategyId = Long.parseLong(m.group(1));
        ProgressSummaryDto summary = summaries.summary(strategyId, Long.parseLong(m.group(2)), false);
        return contradictions(summary, strategies.periods(strategyId).stream().map(PeriodDto::name).toList(), text);
    }

    static List<String> contradictions(ProgressSummaryDto summary, List<String> periodNames, String text) {
        List<String> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.UK);
        for (String period : periodNames) {
            if (!period.equals(summary.periodName()) && !period.equals(summary.previousPeriodName())
                    && lower.contains(period.toLowerCase(Locale.UK)) && !lower.contains(summary.periodName().toLowerCase(Locale.UK))) {
                found.add("The report names " + period + ", but the appendix is the progress summary for " + summary.periodName() + ".");
            }
        }
        for (Pattern pattern : List.of(SHARE_FIRST, STATUS_FIRST)) {
            Matcher share = pattern.matcher(text);
            while (share.find()) {
                boolean numberFirst = pattern == SHARE_FIRST;
                BigDecimal stated = new BigDecimal(share.group(numberFirst ? 1 : 2));
                String status = share.group(numberFirst ? 2 : 1).toUpperCase(Locale.UK).replace(' ', '_');
                BigDecimal actual = summary.overall().shares().get(ProgressStatus.valueOf(status).name());
                if (actual != null && stated.compareTo(actual) != 0) {
                    found.add("The report says " + stated.toPlainString() + "% " + ProgressStatus.valueOf(status).label().toLowerCase(Locale.UK)
                            + "; the summary for " + summary.periodName() + " gives " + actual.toPlainString() + "%.");
                }
            }
        }
        return found.stream().distinct().toList();
    }

    private static Matcher parse(String reference) {
        Matcher m = REFERENCE.matcher(reference == null ? "" : reference);
        if (!m.matches()) {
            throw new IllegalArgumentException("A progress summary's reference is {strategyId}/{periodId}, not '" + reference + "'");
        }
        return m;
    }
}
