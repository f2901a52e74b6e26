package uk.gov.hwb.platform.security;

import java.time.OffsetDateTime;

/** Recent failed sign-ins of one account ({@code kind} "account") or client address ("address"), and until when it must wait. */
public record SignInThrottleDto(String kind, String subject, long failures, OffsetDateTime lastFailure, OffsetDateTime waitUntil) {
}
