package uk.gov.hwb.bcf.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.MetricQuarterDto;
import uk.gov.hwb.bcf.api.Metrics;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.Plans;
import uk.gov.hwb.bcf.api.QuarterlyUpdates;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.Returns;
import uk.gov.hwb.bcf.control.ConsistencyCheck;
import uk.gov.hwb.bcf.control.MetricAssessments;
import uk.gov.hwb.bcf.control.QuarterlyUpdateDocument;
import uk.gov.hwb.bcf.control.Years;
import uk.gov.hwb.platform.documents.DocumentChoice;
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.facade.Facade;
import uk.gov.hwb.platform.measures.Measure;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.reports.PdfRenderer;

/**
 * The quarterly update document and the consistency check, drawn through the module's own facades
 * (so their rules decide what is shown). References are {@code {planId}/{year}/Q{quarter}}, e.g.
 * {@code 3/2023-24/Q2}.
 */
@Stateless
@Facade
public class QuarterlyUpdatesService implements QuarterlyUpdates {

    private static final Pattern REFERENCE = Pattern.compile("(\\d{1,18})/(\\d{4}-\\d{2})/Q([1-4])");

    @Inject
    Plans plans;

    @Inject
    Metrics metrics;

    @Inject
    Returns returns;

    @Inject
    PdfRenderer renderer;

    /** A parsed reference. */
    record Reference(PlanDto plan, int startYear, int quarter) {
        String year() {
            return Years.code(startYear);
        }
    }

    @Override
    public List<DocumentChoice> choices() {
        List<DocumentChoice> choices = new ArrayList<>();
        for (PlanDto plan : plans.plans()) {
            List<String> newestFirst = new ArrayList<>(plan.years());
            java.util.Collections.reverse(newestFirst);
            for (String year : newestFirst) {
                for (int q = 4; q >= 1; q--) {
                    choices.add(new DocumentChoice(plan.id() + "/" + year + "/Q" + q, label(plan, Years.parse("year", year), q)));
                }
            }
        }
        return choices;
    }

    /** "BCF 2023–25 – Quarter 2 2023/24". */
    static String label(PlanDto plan, int startYear, int quarter) {
        return plan.name() + " – Quarter " + quarter + " " + Years.label(startYear);
    }

    @Override
    public boolean accepts(String reference) {
        return parse(reference).isPresent();
    }

    @Override
    public GeneratedDocument render(String reference) {
        Reference ref = parse(reference).orElseThrow(() -> new NotFoundException("There is no Better Care Fund quarterly update '" + reference + "'"));
        long planId = ref.plan().id();
        ReturnDto quarterlyReturn = returns.returns(planId).stream()
                .filter(r -> r.year().equals(ref.year()) && r.quarter() == ref.quarter()).findFirst().orElse(null);
        String signOffBody = ref.plan().signOffBodyName() == null ? "sign-off body" : ref.plan().signOffBodyName();
        var rendering = QuarterlyUpdateDocument.rendering(ref.plan(), ref.startYear(), ref.quarter(),
                ref.plan().years().stream().map(y -> plans.funding(planId, y)).toList(), metrics.metrics(planId),
                plans.capacity(planId, ref.year()), quarterlyReturn, signOffBody, Lookups.today());
        return new GeneratedDocument(rendering.title(), renderer.render(rendering));
    }

    @Override
    public List<String> contradictions(String reference, String text) {
        Reference ref = parse(reference).orElseThrow(() -> new InvalidInputException("reference",
                "'" + reference + "' is not a Better Care Fund quarterly update; use {planId}/{year}/Q{quarter}, e.g. 3/2023-24/Q2"));
        List<String> found = new ArrayList<>(ConsistencyCheck.periods(text, ref.startYear(), ref.quarter()));
        List<ConsistencyCheck.Judged> judged = new ArrayList<>();
        List<String> commentary = new ArrayList<>();
        for (MetricDto metric : metrics.metrics(ref.plan().id())) {
            Map<Integer, java.math.BigDecimal> values = new HashMap<>();
            MetricQuarterDto now = null;
            for (MetricQuarterDto q : metric.quarters()) {
                if (q.year().equals(ref.year())) {
                    if (q.value() != null) {
                        values.put(q.quarter(), q.value());
                    }
                    if (q.quarter() == ref.quarter()) {
                        now = q;
                    }
                }
            }
            MetricAssessments.Latest latest = MetricAssessments.latest(new Measure(metric.unit(), metric.polarity(), metric.basis()),
                    metric.targets().get(ref.year()), values, ref.startYear(), ref.quarter());
            if (latest != null) {
                judged.add(new ConsistencyCheck.Judged(metric.name(), latest.period(), latest.assessment()));
            }
            if (now != null && now.commentaryWarning() != null) {
                commentary.add(metric.name() + " (in the appendix): " + now.commentaryWarning());
            }
        }
        found.addAll(ConsistencyCheck.claims(text == null ? "" : text, judged));
        found.addAll(commentary);
        return found;
    }

    private Optional<Reference> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(reference.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        PlanDto plan;
        try {
            plan = plans.plan(Long.parseLong(m.group(1)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        int startYear;
        try {
            startYear = Years.parse("year", m.group(2));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        if (!plan.years().contains(Years.code(startYear))) {
            return Optional.empty();
        }
        return Optional.of(new Reference(plan, startYear, Integer.parseInt(m.group(3))));
    }
}
