package uk.gov.hwb.bcf.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record NotingDto(int versionNumber, LocalDate notedOn, String meeting, String note, String recordedBy, OffsetDateTime recordedAt) {
}
