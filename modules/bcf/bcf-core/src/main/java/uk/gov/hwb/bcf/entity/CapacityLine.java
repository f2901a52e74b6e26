package uk.gov.hwb.bcf.entity;

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
import jakarta.persistence.Version;
import uk.gov.hwb.bcf.api.CapacityArea;
import uk.gov.hwb.platform.audit.Audited;

/** A service of a plan year's capacity-and-demand sheet (e.g. hospital discharge: reablement at home); its months are children. */
@Entity
@Table(name = "capacity_line", schema = "bcf")
@Audited("BcfCapacityLine")
public class CapacityLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bcf_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_year_id")
    private PlanYear year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CapacityArea area;

    @Column(nullable = false, length = 200)
    private String service;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected CapacityLine() {
    }

    public CapacityLine(PlanYear year, CapacityArea area, String service, int position) {
        this.year = year;
        this.area = area;
        this.service = service;
        this.position = position;
    }

    public Long getId() { return id; }
    public PlanYear getYear() { return year; }
    public CapacityArea getArea() { return area; }
    public void setArea(CapacityArea area) { this.area = area; }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public long getVersion() { return version; }
}
