package uk.gov.hwb.platform.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * A user account: who can sign in, and with which roles. Never carries a password or its hash;
 * passwords travel separately, once, when set.
 */
public record UserAccountDto(
        Long id,
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+", message = "use lower-case letters, digits, dot, dash or underscore") String username,
        @NotBlank @Size(max = 200) @SingleLine String displayName,
        Long personId,
        boolean enabled,
        Set<Role> roles,
        long version) {
}
