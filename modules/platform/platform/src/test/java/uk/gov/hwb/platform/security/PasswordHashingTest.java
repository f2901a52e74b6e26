package uk.gov.hwb.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void hashesVerifyOnlyTheirOwnPassword() {
        String hash = PasswordHashing.hash("correct horse battery".toCharArray(), 1000);
        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:1000:").doesNotContain("correct horse");
        assertThat(PasswordHashing.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(PasswordHashing.verify("correct horse batterz".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        char[] password = "same password here".toCharArray();
        assertThat(PasswordHashing.hash(password, 1000)).isNotEqualTo(PasswordHashing.hash(password, 1000));
    }

    @Test
    void defaultIterationCountIsStoredInTheHash() {
        assertThat(PasswordHashing.hash("a long enough password".toCharArray()))
                .startsWith("PBKDF2WithHmacSHA256:" + PasswordHashing.DEFAULT_ITERATIONS + ":");
    }

    @Test
    void malformedOrMissingHashesNeverVerify() {
        assertThat(PasswordHashing.verify("x".toCharArray(), null)).isFalse();
        assertThat(PasswordHashing.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:abc:def:ghi")).isFalse();
        assertThat(PasswordHashing.verify("x".toCharArray(), "MD5:1:AAAA:AAAA")).isFalse();
    }
}
