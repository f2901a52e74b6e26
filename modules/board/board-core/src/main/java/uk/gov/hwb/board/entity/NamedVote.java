package uk.gov.hwb.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.gov.hwb.board.api.VoteCast;
import uk.gov.hwb.platform.audit.Audited;

/** How one member voted on an item, when the vote was recorded by name. */
@Entity
@Table(name = "named_vote", schema = "board")
@Audited(masked = "vote")
public class NamedVote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_minute_id")
    private ItemMinute minute;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VoteCast vote;

    protected NamedVote() {
    }

    public NamedVote(ItemMinute minute, Long personId, VoteCast vote) {
        this.minute = minute;
        this.personId = personId;
        this.vote = vote;
    }

    public Long getId() { return id; }
    public ItemMinute getMinute() { return minute; }
    public Long getPersonId() { return personId; }
    public VoteCast getVote() { return vote; }
}
