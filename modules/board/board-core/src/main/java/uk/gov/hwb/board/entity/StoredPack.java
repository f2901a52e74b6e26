package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import uk.gov.hwb.board.api.PackVariant;

/** A built pack of one publication of a meeting; {@code pageRanges} is "item:from-to" joined by commas. */
@Entity
@Table(name = "pack", schema = "board")
public class StoredPack {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "publication_number", nullable = false)
    private int publicationNumber;

    @Column(nullable = false, length = 20)
    private String variant;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "page_ranges", nullable = false)
    private String pageRanges;

    @Column(name = "built_at", nullable = false)
    private OffsetDateTime builtAt;

    protected StoredPack() {
    }

    public StoredPack(long meetingId, int publicationNumber, PackVariant variant, byte[] content, String sha256, int pageCount,
                      String pageRanges, OffsetDateTime builtAt) {
        this.meetingId = meetingId;
        this.publicationNumber = publicationNumber;
        this.variant = variant.name();
        this.content = content;
        this.sha256 = sha256;
        this.pageCount = pageCount;
        this.pageRanges = pageRanges;
        this.builtAt = builtAt;
    }

    public int getPublicationNumber() { return publicationNumber; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public int getPageCount() { return pageCount; }
    public String getPageRanges() { return pageRanges; }
}
