package uk.gov.hwb.bcf.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A Better Care Fund plan: its years (as "2023-24") with their totals, the Section 75 agreement and
 * the body whose chair signs off its quarterly returns.
 */
public record PlanDto(
        long id,
        String name,
        List<String> years,
        List<YearSummary> totals,
        String councilName,
        String icbName,
        PooledFundHost host,
        LocalDate councilSignedOn,
        LocalDate icbSignedOn,
        boolean agreed,
        String agreementSentence,
        Long signOffBodyId,
        String signOffBodyName,
        long version) {
}
