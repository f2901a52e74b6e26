package uk.gov.hwb.board.entity;

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
 * An appendix of a report: an uploaded PDF (its bytes in {@link AppendixContent}) or a document
 * another module generates ({@code generator} + {@code reference}). Never changed once added.
 */
@Entity
@Table(name = "appendix", schema = "board")
@Audited
public class Appendix {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(length = 100)
    private String generator;

    @Column(length = 300)
    private String reference;

    /** Whether an uploaded PDF is tagged (a logical structure assistive technology can read); null when not checked. */
    private Boolean tagged;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected Appendix() {
    }

    public Appendix(Report report, int position, String title, String addedBy, OffsetDateTime addedAt) {
        this.report = report;
        this.position = position;
        this.title = title;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public void uploaded(String fileName, long sizeBytes, String sha256, int pageCount) {
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.pageCount = pageCount;
    }

    public void tagged(boolean tagged) {
        this.tagged = tagged;
    }

    public void generatedBy(String generator, String reference) {
        this.generator = generator;
        this.reference = reference;
    }

    public Long getId() { return id; }
    public Report getReport() { return report; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getFileName() { return fileName; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Integer getPageCount() { return pageCount; }
    public String getGenerator() { return generator; }
    public String getReference() { return reference; }
    public Boolean getTagged() { return tagged; }
    public String getAddedBy() { return addedBy; }
    public OffsetDateTime getAddedAt() { return addedAt; }
}
