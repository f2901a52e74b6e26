package uk.gov.hwb.send.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.hwb.platform.audit.Audited;

/** One of an inspection's recommendations, numbered as in the report, its text verbatim. */
@Entity
@Table(name = "recommendation", schema = "send")
@Audited
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 4000)
    private String text;

    @Version
    private long version;

    protected Recommendation() {
    }

    public Recommendation(Inspection inspection, int number, String text) {
        this.inspection = inspection;
        this.number = number;
        this.text = text;
    }

    public Long getId() { return id; }
    public Inspection getInspection() { return inspection; }
    public int getNumber() { return number; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public long getVersion() { return version; }
}
