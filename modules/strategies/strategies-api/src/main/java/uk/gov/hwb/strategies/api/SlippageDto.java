package uk.gov.hwb.strategies.api;

import uk.gov.hwb.platform.progress.ProgressStatus;

/** An action slipping or at risk: what is measured, the status notes and what is being done to address it. */
public record SlippageDto(long actionId, String code, String title, ProgressStatus status, String measuring,
                          String commentary, String mitigation) {
}
