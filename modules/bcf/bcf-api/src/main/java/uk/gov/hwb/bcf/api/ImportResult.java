package uk.gov.hwb.bcf.api;

import java.util.List;

/** What an import stored: every row, or (on any problem) nothing, reported as a 400 naming each row. */
public record ImportResult(int imported, List<SchemeDto> schemes) {
}
