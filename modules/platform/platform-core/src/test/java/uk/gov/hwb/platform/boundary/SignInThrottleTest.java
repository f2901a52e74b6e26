package uk.gov.hwb.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void noWaitBeforeTheLimitThenGrowingWaitsCappedAtAMinute() {
        assertThat(SignInThrottle.waitAfter(4, 5)).isZero();
        assertThat(SignInThrottle.waitAfter(5, 5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SignInThrottle.waitAfter(6, 5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SignInThrottle.waitAfter(7, 5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(SignInThrottle.waitAfter(8, 5)).isEqualTo(Duration.ofSeconds(40));
        assertThat(SignInThrottle.waitAfter(9, 5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SignInThrottle.waitAfter(500, 5)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anOfficeAddressIsSlowedOnlyAfterAHundredFailures() {
        assertThat(SignInThrottle.waitAfter(99, 100)).isZero();
        assertThat(SignInThrottle.waitAfter(100, 100)).isEqualTo(Duration.ofSeconds(5));
    }
}
