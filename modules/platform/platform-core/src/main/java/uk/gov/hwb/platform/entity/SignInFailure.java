package uk.gov.hwb.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One refused sign-in, counted against an account (the username as typed) or a client address.
 * Rows are only added and deleted, never updated, so concurrent failures cannot clash.
 */
@Entity
@Table(name = "sign_in_failure", schema = "platform")
public class SignInFailure {

    public static final String ACCOUNT = "account";
    public static final String ADDRESS = "address";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(nullable = false, length = 100)
    private String subject;

    @Column(name = "failed_at", nullable = false)
    private OffsetDateTime failedAt;

    protected SignInFailure() {
    }

    public SignInFailure(String kind, String subject, OffsetDateTime failedAt) {
        this.kind = kind;
        this.subject = subject;
        this.failedAt = failedAt;
    }

    public String getKind() { return kind; }
    public String getSubject() { return subject; }
    public OffsetDateTime getFailedAt() { return failedAt; }
}
