package uk.gov.hwb.strategies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.hwb.platform.audit.Audited;

/** A numbered priority (an "ambition" in the HWB strategy, a "theme" in Living Well) of a strategy. */
@Entity
@Table(name = "priority", schema = "strategies")
@Audited
public class Priority {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategies_ids")
    @SequenceGenerator(name = "strategies_ids", schema = "strategies", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String name;

    private String description;

    @Version
    private long version;

    protected Priority() {
    }

    public Priority(Strategy strategy, int number, String name) {
        this.strategy = strategy;
        this.number = number;
        this.name = name;
    }

    public Long getId() { return id; }
    public Strategy getStrategy() { return strategy; }
    public int getNumber() { return number; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public long getVersion() { return version; }
}
