package uk.gov.hwb.strategies.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.DocumentGenerator;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.period.FinancialYear;
import uk.gov.hwb.reports.PdfRenderer;
import uk.gov.hwb.strategies.api.AnnualReportDto;
import uk.gov.hwb.strategies.api.DocumentReferences;
import uk.gov.hwb.strategies.api.ProgressSummaries;
import uk.gov.hwb.strategies.api.Strategies;
import uk.gov.hwb.strategies.api.StrategyDto;

/**
 * Offers the annual report of one or more strategies for a financial year to board reports as a
 * generated appendix ({@value DocumentReferences#ANNUAL_REPORT}), like seed 002's item 9: reference
 * {@code "{strategyId}/{year}"}, or {@code "{id},{id},{id}/{year}"} for several strategies in one
 * document in the order given (the Adult Social Care Strategies report: Caring Well, Living Well,
 * Ageing Well). Year as "2023-24".
 */
@ApplicationScoped
public class AnnualReportDocument implements DocumentGenerator {

    private static final Pattern REFERENCE = Pattern.compile("(\\d{1,18}(?:,\\d{1,18}){0,19})/(\\d{4}-\\d{2})");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(20\\d{2})\\s*[/-]\\s*(\\d{2})\\b");

    @Inject
    Strategies strategies;

    @Inject
    ProgressSummaries summaries;

    @Inject
    PdfRenderer renderer;

    @Override
    public String name() {
        return DocumentReferences.ANNUAL_REPORT;
    }

    @Override
    public String title() {
        return "Strategy annual report";
    }

    /** Each strategy's years, then for each year all the strategies with periods in it together, newest first. */
    @Override
    public List<DocumentChoice> choices() {
        List<DocumentChoice> choices = new ArrayList<>();
        Map<String, List<StrategyDto>> byYear = new LinkedHashMap<>();
        for (StrategyDto strategy : strategies.strategies(null, new PageRequest(0, PageRequest.MAX_LIMIT)).items()) {
            for (String year : summaries.reportYears(strategy.id())) {
                choices.add(new DocumentChoice(DocumentReferences.annualReport(List.of(strategy.id()), year),
                        strategy.name() + ": annual report " + year));
                byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(strategy);
            }
        }
        byYear.forEach((year, list) -> {
            if (list.size() > 1) {
                choices.add(new DocumentChoice(DocumentReferences.annualReport(list.stream().map(StrategyDto::id).sorted().toList(), year),
                        String.join(" / ", list.stream().map(StrategyDto::name).toList()) + ": annual report " + year));
            }
        });
        choices.sort((a, b) -> b.reference().substring(b.reference().indexOf('/')).compareTo(a.reference().substring(a.reference().indexOf('/'))));
        return choices;
    }

    @Override
    public boolean accepts(String reference) {
        Matcher m = reference == null ? null : REFERENCE.matcher(reference);
        if (m == null || !m.matches()) {
            return false;
        }
        try {
            FinancialYear.parse(m.group(2));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return ids(m).stream().allMatch(strategies::exists);
    }

    @Override
    public GeneratedDocument render(String reference) {
        Matcher m = parse(reference);
        AnnualReportDto report = summaries.annualReport(ids(m), m.group(2));
        return new GeneratedDocument(report.title(), renderer.render(AnnualReportLayout.rendering(report)));
    }

    /** A report whose text speaks of another financial year than the appendix's (and never of its own) gets a warning. */
    @Override
    public List<String> contradictions(String reference, String text) {
        if (text == null || !accepts(reference)) {
            return List.of();
        }
        return contradictions(FinancialYear.parse(parse(reference).group(2)), text);
    }

    static List<String> contradictions(FinancialYear year, String text) {
        List<FinancialYear> named = new ArrayList<>();
        Matcher m = YEAR_IN_TEXT.matcher(text);
        while (m.find()) {
            try {
                named.add(FinancialYear.parse(m.group(1) + "/" + m.group(2)));
            } catch (IllegalArgumentException notAFinancialYear) {
                // "2022-27" is a strategy's span, not a financial year
            }
        }
        if (named.isEmpty() || named.contains(year)) {
            return List.of();
        }
        return named.stream().distinct().map(other -> "The report speaks of " + other.label() + ", but the appendix is the annual report for "
                + year.label() + ".").toList();
    }

    private static List<Long> ids(Matcher m) {
        return Arrays.stream(m.group(1).split(",")).map(Long::valueOf).toList();
    }

    private static Matcher parse(String reference) {
        Matcher m = REFERENCE.matcher(reference == null ? "" : reference);
        if (!m.matches()) {
            throw new IllegalArgumentException("An annual report's reference is {strategyId}/{year} or {id},{id}/{year}, not '" + reference + "'");
        }
        return m;
    }
}
