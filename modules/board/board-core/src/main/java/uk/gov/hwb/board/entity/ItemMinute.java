package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.hwb.platform.audit.Audited;

/**
 * The minute of one agenda item: what was said, the vote (counts) and, for confidential items,
 * the public summary (Local Government Act 1972, s.100C(2)).
 *
 * <p>The text is masked in the audit log (who changed it, and when, is kept): the minute of
 * confidential business must not reach the log's readers.
 */
@Entity
@Table(name = "item_minute", schema = "board")
@Audited(masked = {"text", "votesFor", "votesAgainst", "abstentions"})
public class ItemMinute {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    private String text;

    @Column(name = "public_summary", length = 4000)
    private String publicSummary;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    private Integer abstentions;

    @Version
    private long version;

    protected ItemMinute() {
    }

    public ItemMinute(Meeting meeting, AgendaItem item) {
        this.meeting = meeting;
        this.item = item;
    }

    public void votes(Integer votesFor, Integer votesAgainst, Integer abstentions) {
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstentions = abstentions;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public AgendaItem getItem() { return item; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getPublicSummary() { return publicSummary; }
    public void setPublicSummary(String publicSummary) { this.publicSummary = publicSummary; }
    public Integer getVotesFor() { return votesFor; }
    public Integer getVotesAgainst() { return votesAgainst; }
    public Integer getAbstentions() { return abstentions; }
}
