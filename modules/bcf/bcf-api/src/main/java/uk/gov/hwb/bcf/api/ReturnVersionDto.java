package uk.gov.hwb.bcf.api;

import java.time.OffsetDateTime;

/** A locked version of a submitted return: its number, why it was made, its SHA-256 and size, when and by whom. */
public record ReturnVersionDto(int number, String reason, String sha256, int size, OffsetDateTime createdAt, String createdBy) {
}
