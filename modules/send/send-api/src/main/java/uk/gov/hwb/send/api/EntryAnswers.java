package uk.gov.hwb.send.api;

import java.util.List;

/** The actions and metrics that answer one SEF entry (a Part A key issue or a Part B improvement), by id; empty lists clear them. */
public record EntryAnswers(List<Long> actionIds, List<Long> metricIds) {
}
