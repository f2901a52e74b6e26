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
import java.util.Arrays;
import java.util.List;
import uk.gov.hwb.platform.audit.Audited;

/**
 * A recommendation's annual update for the year starting in {@code startYear} (2023 is "2023/24").
 * "What we did" is kept one entry per line, so the audit log shows the list before and after.
 */
@Entity
@Table(name = "annual_update", schema = "send")
@Audited
public class AnnualUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "send_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(length = 2000)
    private String wanted;

    private String did;

    @Column(length = 2000)
    private String difference;

    @Column(length = 2000)
    private String priority;

    @Version
    private long version;

    protected AnnualUpdate() {
    }

    public AnnualUpdate(Recommendation recommendation, int startYear) {
        this.recommendation = recommendation;
        this.startYear = startYear;
    }

    public Long getId() { return id; }
    public Recommendation getRecommendation() { return recommendation; }
    public int getStartYear() { return startYear; }
    public String getWanted() { return wanted; }
    public void setWanted(String wanted) { this.wanted = wanted; }
    public List<String> getDid() { return did == null || did.isEmpty() ? List.of() : Arrays.asList(did.split("\n")); }
    public void setDid(List<String> did) { this.did = did == null || did.isEmpty() ? null : String.join("\n", did); }
    public String getDifference() { return difference; }
    public void setDifference(String difference) { this.difference = difference; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public long getVersion() { return version; }
}
