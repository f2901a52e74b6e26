package uk.gov.hwb.send.entity;

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
import uk.gov.hwb.platform.audit.Audited;
import uk.gov.hwb.send.api.SefSection;

/**
 * One entry of a draft SEF version, plain text: a key issue, a Part B list entry (in its area) or a
 * Part C priority (under its recommendation's number). {@code key} stays with the entry when the
 * version is copied and when its text is edited, so what answers it is kept.
 */
@Entity
@Table(name = "sef_entry", schema = "send")
@Audited
public class SefEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sef_version_id")
    private SefVersion sef;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private SefArea area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SefSection section;

    private Integer recommendation;

    @Column(nullable = false)
    private int position;

    @Column(name = "entry_key", nullable = false, length = 36)
    private String key;

    @Column(nullable = false, length = 2000)
    private String text;

    protected SefEntry() {
    }

    public SefEntry(SefVersion sef, SefSection section, SefArea area, Integer recommendation, String key, int position, String text) {
        this.sef = sef;
        this.section = section;
        this.area = area;
        this.recommendation = recommendation;
        this.key = key;
        this.position = position;
        this.text = text;
    }

    public Long getId() { return id; }
    public SefVersion getSef() { return sef; }
    public SefArea getArea() { return area; }
    public void setArea(SefArea area) { this.area = area; }
    public SefSection getSection() { return section; }
    public void setSection(SefSection section) { this.section = section; }
    public Integer getRecommendation() { return recommendation; }
    public void setRecommendation(Integer recommendation) { this.recommendation = recommendation; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getKey() { return key; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
