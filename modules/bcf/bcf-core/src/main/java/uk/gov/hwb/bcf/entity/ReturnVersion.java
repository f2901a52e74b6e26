package uk.gov.hwb.bcf.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A locked version of a submitted return: the snapshot's bytes in its own stored format
 * ({@code ReturnSnapshot}, JSON), their SHA-256, why it was made (submission or a correction's
 * reason), when and by whom. Never changed once stored: it has setters for nothing.
 */
@Entity
@Table(name = "return_version", schema = "bcf")
@Audited("BcfReturnVersion")
public class ReturnVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id")
    private QuarterlyReturn quarterlyReturn;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    protected ReturnVersion() {
    }

    public ReturnVersion(QuarterlyReturn quarterlyReturn, int number, String reason, byte[] content, String sha256,
                         OffsetDateTime createdAt, String createdBy) {
        this.quarterlyReturn = quarterlyReturn;
        this.number = number;
        this.reason = reason;
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public QuarterlyReturn getQuarterlyReturn() { return quarterlyReturn; }
    public int getNumber() { return number; }
    public String getReason() { return reason; }
    public byte[] getContent() { return content.clone(); }
    public int getSize() { return size; }
    public String getSha256() { return sha256; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
