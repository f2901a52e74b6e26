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

/**
 * A generated appendix as it was rendered when its agenda was published: frozen with that
 * publication and never changed, whatever happens later to the data it was drawn from.
 */
@Entity
@Table(name = "published_document", schema = "board")
public class PublishedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    @Column(name = "appendix_id", nullable = false)
    private long appendixId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "rendered_at", nullable = false)
    private OffsetDateTime renderedAt;

    protected PublishedDocument() {
    }

    public PublishedDocument(Publication publication, long appendixId, String title, byte[] content, String sha256, int pageCount,
                             OffsetDateTime renderedAt) {
        this.publication = publication;
        this.appendixId = appendixId;
        this.title = title;
        this.content = content;
        this.sha256 = sha256;
        this.pageCount = pageCount;
        this.renderedAt = renderedAt;
    }

    public Long getId() { return id; }
    public Publication getPublication() { return publication; }
    public long getAppendixId() { return appendixId; }
    public String getTitle() { return title; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public int getPageCount() { return pageCount; }
    public OffsetDateTime getRenderedAt() { return renderedAt; }
}
