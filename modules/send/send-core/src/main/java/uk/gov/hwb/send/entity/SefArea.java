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
import uk.gov.hwb.platform.audit.Audited;

/** A Part B evaluation area of a draft SEF version, in its place; {@code key} follows it from version to version. */
@Entity
@Table(name = "sef_area", schema = "send")
@Audited
public class SefArea {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sef_version_id")
    private SefVersion sef;

    @Column(nullable = false)
    private int position;

    @Column(name = "area_key", nullable = false, length = 36)
    private String key;

    @Column(nullable = false, length = 1000)
    private String title;

    protected SefArea() {
    }

    public SefArea(SefVersion sef, String key, int position, String title) {
        this.sef = sef;
        this.key = key;
        this.position = position;
        this.title = title;
    }

    public Long getId() { return id; }
    public SefVersion getSef() { return sef; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getKey() { return key; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
