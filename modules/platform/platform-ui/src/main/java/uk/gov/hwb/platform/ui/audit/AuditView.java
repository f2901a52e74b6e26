package uk.gov.hwb.platform.ui.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.gov.hwb.platform.audit.AuditAction;
import uk.gov.hwb.platform.audit.AuditEntryDto;
import uk.gov.hwb.platform.audit.AuditLog;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.security.Viewer;

/**
 * The audit log screen: pages through the log on the server, newest first, filtered by entity, id
 * and user (also given in the address: {@code ?entity=Report&id=42}); it shows what the viewer may see.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog auditLog;

    @Inject
    transient Viewer viewer;

    private String entity;
    private String entityId;
    private String username;

    private final LazyDataModel<AuditEntryDto> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) query(0, 1).total();
        }

        @Override
        public List<AuditEntryDto> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return query(first, pageSize).items();
        }

        @Override
        public String getRowKey(AuditEntryDto entry) {
            return String.valueOf(entry.id());
        }
    };

    private Page<AuditEntryDto> query(int first, int pageSize) {
        return auditLog.entries(entity, entityId, username, viewer, new PageRequest(first, Math.min(Math.max(pageSize, 1), PageRequest.MAX_LIMIT)));
    }

    /** What happened, in words: "Created", "Changed", "Removed", "Sign-in refused". */
    public String change(AuditAction action) {
        return action == null ? "" : switch (action) {
            case CREATED -> "Created";
            case UPDATED -> "Changed";
            case DELETED -> "Removed";
            case SIGN_IN_FAILED -> "Sign-in refused";
        };
    }

    /** A field's name in words: "executiveSummary" reads "Executive summary". */
    public String field(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public LazyDataModel<AuditEntryDto> getEntries() { return entries; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
}
