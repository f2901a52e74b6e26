package uk.gov.hwb.bcf.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a submitted return is corrected. The correction stores a new version, locked like the first,
 * drawn from the figures as they stand now; earlier versions are kept and served unchanged.
 */
public record Correction(@NotBlank @Size(max = 2000) String reason) {
}
