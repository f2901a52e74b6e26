package uk.gov.hwb.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import uk.gov.hwb.platform.audit.AuditAction;

/** A row of the audit log, read-only here: rows are written by the audit interceptor. */
@Entity
@Immutable
@Table(name = "audit_entry", schema = "platform")
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = 100)
    private String entity;

    @Column(name = "entity_id", nullable = false, length = 100)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(length = 100)
    private String field;

    @Column(name = "old_value", length = 4000)
    private String oldValue;

    @Column(name = "new_value", length = 4000)
    private String newValue;

    protected AuditEntry() {
    }

    public Long getId() { return id; }
    public OffsetDateTime getAt() { return at; }
    public String getUsername() { return username; }
    public String getEntity() { return entity; }
    public String getEntityId() { return entityId; }
    public AuditAction getAction() { return action; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
