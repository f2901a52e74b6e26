package uk.gov.hwb.send.api;

import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * Starts a new draft SEF version: a copy of version {@code copyOf} (the latest if left out), or the
 * framework's evaluation areas with nothing in them when there is no version yet; dated {@code date}
 * (today if left out). There is at most one draft at a time.
 */
public record NewSefVersion(@Positive(message = "must be a version number, 1 or more") Integer copyOf, LocalDate date) {
}
