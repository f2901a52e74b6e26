package uk.gov.hwb.platform.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person the system knows: officers, councillors, partners. {@code organisationName} is filled
 * on the way out for display; on the way in only {@code organisationId} counts.
 */
public record PersonDto(
        Long id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String jobTitle,
        Long organisationId,
        String organisationName,
        @Email @Size(max = 254) String email,
        long version) {
}
