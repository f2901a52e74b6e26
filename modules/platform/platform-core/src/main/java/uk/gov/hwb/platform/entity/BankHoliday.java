package uk.gov.hwb.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import uk.gov.hwb.platform.audit.Audited;

/** One bank holiday in the England and Wales calendar. Shipped as data, editable by administrators. */
@Entity
@Table(name = "bank_holiday", schema = "platform")
@Audited
public class BankHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_ids")
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Column(nullable = false, length = 120)
    private String name;

    @Version
    private long version;

    protected BankHoliday() {
    }

    public BankHoliday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public long getVersion() { return version; }
}
