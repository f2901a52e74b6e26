package uk.gov.hwb.platform.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.gov.hwb.platform.text.SingleLine;

/** A council, NHS body, provider or other partner organisation. */
public record OrganisationDto(
        Long id,
        @NotBlank @Size(max = 200) @SingleLine String name,
        @Size(max = 500) String address,
        @Size(max = 300) @SingleLine String website,
        long version) {
}
