package uk.gov.hwb.strategies.api;

/** What an action-plan import did: rows read, priorities and actions added, actions changed, updates recorded. */
public record ImportResultDto(int rows, int prioritiesAdded, int actionsAdded, int actionsChanged, int updatesRecorded) {
}
