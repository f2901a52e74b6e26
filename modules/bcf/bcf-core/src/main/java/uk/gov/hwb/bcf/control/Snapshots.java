package uk.gov.hwb.bcf.control;

import java.util.List;
import uk.gov.hwb.bcf.api.CapacityDto;
import uk.gov.hwb.bcf.api.FundingTableDto;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.PlanDto;
import uk.gov.hwb.bcf.api.ReturnDto;
import uk.gov.hwb.bcf.api.SchemeDto;

/**
 * Turns the figures as they stand (read through the module's facades) into the stored
 * {@link ReturnSnapshot} of a return: the plan and its agreement, the return's confirmations,
 * narrative and sign-off, the year's funding table and scheme lines, each metric's quarters up to
 * the return's, and capacity and demand.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static ReturnSnapshot of(PlanDto plan, ReturnDto r, FundingTableDto funding, List<SchemeDto> schemes, List<MetricDto> metrics,
                                    CapacityDto capacity, ReturnSnapshot.Submission submission) {
        return new ReturnSnapshot(
                new ReturnSnapshot.Plan(plan.id(), plan.name(), plan.councilName(), plan.icbName(), plan.host() == null ? null : plan.host().label(),
                        plan.councilSignedOn(), plan.icbSignedOn(), plan.agreed()),
                r.year(), r.quarter(), r.due(),
                new ReturnSnapshot.Confirmations(r.section75Signed(), r.section75Explanation(), r.nationalConditionsMet(), r.conditionsExplanation()),
                new ReturnSnapshot.Narrative(r.challenges(), r.achievements(), r.supportNeeded()),
                r.signedOffBy() == null ? null : new ReturnSnapshot.SignOff(r.signedOffBy(), r.signedOffAt(), r.signOffRecordedBy(), r.signedOnBehalf()),
                submission,
                funding.rows().stream().map(f -> new ReturnSnapshot.FundingLine(f.source(), f.income(), f.expenditure(), f.unallocated())).toList(),
                new ReturnSnapshot.FundingLine("Total", funding.total().income(), funding.total().expenditure(), funding.total().unallocated()),
                funding.minimums().stream().map(m -> new ReturnSnapshot.MinimumLine(m.name(), m.required(), m.planned(), m.shortfall())).toList(),
                schemes.stream().map(s -> new ReturnSnapshot.SchemeLine(s.schemeId(), s.name(), s.source(), s.type(), s.areaOfSpend(),
                        s.commissioner().label(), s.provider(), s.planned(), s.actuals(), s.forecast(), s.variance(), s.variancePercent())).toList(),
                metrics.stream().map(m -> new ReturnSnapshot.MetricLine(m.name(), m.unit().label(), m.polarity().label(), m.basis().label(),
                        m.targets().get(r.year()),
                        m.quarters().stream().filter(q -> q.year().equals(r.year()) && q.quarter() <= r.quarter())
                                .map(q -> new ReturnSnapshot.MetricQuarter(q.quarter(), q.value(), q.projected(), q.statusLabel(), q.gap(),
                                        q.sentence(), q.commentary(), q.commentaryWarning())).toList())).toList(),
                new ReturnSnapshot.Capacity(capacity.uplifts(), capacity.upliftSentence(), capacity.lines().stream()
                        .map(l -> new ReturnSnapshot.CapacityLine(l.area().label(), l.service(), l.months().stream()
                                .map(m -> new ReturnSnapshot.CapacityMonth(m.month(), m.label(), m.baseline(), m.upliftPercent(),
                                        m.expectedDemand(), m.capacity(), m.shortfall())).toList())).toList()));
    }
}
