package uk.gov.hwb.platform.entity;

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

/** A person: officer, councillor or partner, with the organisation they work for. */
@Entity
@Table(name = "person", schema = "platform")
@Audited
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_ids")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(unique = true, length = 254)
    private String email;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public Organisation getOrganisation() { return organisation; }
    public void setOrganisation(Organisation organisation) { this.organisation = organisation; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public long getVersion() { return version; }
}
