package uk.gov.hwb.platform.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A person the system knows: officers, councillors, partners. {@code organisationName} is filled
 * on the way out for display; on the way in only {@code organisationId} counts.
 */
public record PersonDto(
        Long id,
        @NotBlank @Size(max = 200) @SingleLine String name,
        @Size(max = 200) @SingleLine String jobTitle,
        Long organisationId,
        String organisationName,
        @Email @Size(max = 254) @SingleLine String email,
        long version) {
}
