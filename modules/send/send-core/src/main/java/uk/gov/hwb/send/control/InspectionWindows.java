package uk.gov.hwb.send.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.send.api.InspectionOutcome;
import uk.gov.hwb.send.entity.Inspection;

/**
 * The settings of {@link NextInspection}, read from MicroProfile Config (ISO-8601 periods such as
 * {@code P3Y} or {@code P18M}; defaults are the 2023 framework's), and what they give for an
 * inspection: its window and its action plan's years.
 */
@ApplicationScoped
public class InspectionWindows {

    @Inject
    @ConfigProperty(name = "hwb.send.next-inspection.positive", defaultValue = "P5Y")
    Period positive;

    @Inject
    @ConfigProperty(name = "hwb.send.next-inspection.inconsistent", defaultValue = "P3Y")
    Period inconsistent;

    @Inject
    @ConfigProperty(name = "hwb.send.next-inspection.significant-concerns", defaultValue = "P3Y")
    Period significantConcerns;

    @Inject
    @ConfigProperty(name = "hwb.send.monitoring-inspection.significant-concerns", defaultValue = "P18M")
    Period monitoring;

    @Inject
    @ConfigProperty(name = "hwb.send.action-plan-days", defaultValue = "30")
    int actionPlanDays;

    public NextInspection.Settings settings() {
        return new NextInspection.Settings(Map.of(InspectionOutcome.POSITIVE, positive, InspectionOutcome.INCONSISTENT, inconsistent,
                InspectionOutcome.SIGNIFICANT_CONCERNS, significantConcerns), Map.of(InspectionOutcome.SIGNIFICANT_CONCERNS, monitoring), actionPlanDays);
    }

    public NextInspection.Window window(Inspection inspection) {
        return NextInspection.window(inspection.getOutcome(), inspection.getPublishedOn(), settings());
    }

    public PlanYears planYears(Inspection inspection) {
        return new PlanYears(window(inspection).actionPlanDue());
    }
}
