package uk.gov.hwb.board.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.reports.PageRange;

/** A built pack of one publication of a meeting, with where each agenda item's papers are in it. Never changed once stored. */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PackVariant variant;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pack_range", schema = "board", joinColumns = @JoinColumn(name = "pack_id"))
    @OrderBy("itemNumber")
    private List<Range> ranges = new ArrayList<>();

    @Column(name = "built_at", nullable = false)
    private OffsetDateTime builtAt;

    /** The pack's accessibility statement, as printed on its front sheet. */
    @Column(length = 2000)
    private String accessibility;

    /** An agenda item's first and last page in the pack. */
    @Embeddable
    public static class Range {

        @Column(name = "item_number", nullable = false)
        private int itemNumber;

        @Column(name = "first_page", nullable = false)
        private int firstPage;

        @Column(name = "last_page", nullable = false)
        private int lastPage;

        protected Range() {
        }

        Range(PageRange range) {
            this.itemNumber = range.itemNumber();
            this.firstPage = range.from();
            this.lastPage = range.to();
        }

        PageRange toPageRange() {
            return new PageRange(itemNumber, firstPage, lastPage);
        }
    }

    protected StoredPack() {
    }

    public StoredPack(long meetingId, int publicationNumber, PackVariant variant, byte[] content, String sha256, int pageCount,
                      List<PageRange> ranges, OffsetDateTime builtAt) {
        this.meetingId = meetingId;
        this.publicationNumber = publicationNumber;
        this.variant = variant;
        this.content = content;
        this.sha256 = sha256;
        this.pageCount = pageCount;
        this.ranges = new ArrayList<>(ranges.stream().map(Range::new).toList());
        this.builtAt = builtAt;
    }

    public int getPublicationNumber() { return publicationNumber; }
    public PackVariant getVariant() { return variant; }
    public byte[] getContent() { return content; }
    public String getSha256() { return sha256; }
    public int getPageCount() { return pageCount; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }

    /** Each agenda item's pages, by item number. */
    public java.util.Map<Integer, PageRange> getRanges() {
        java.util.Map<Integer, PageRange> byItem = new java.util.LinkedHashMap<>();
        ranges.forEach(r -> byItem.put(r.itemNumber, r.toPageRange()));
        return byItem;
    }
}
