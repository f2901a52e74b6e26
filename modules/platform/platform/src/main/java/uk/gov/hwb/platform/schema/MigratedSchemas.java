package uk.gov.hwb.platform.schema;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each module's schema migration did at start-up, for the readiness check and the home
 * dashboard. One instance for the whole application (it lives in the EAR's shared library).
 */
@ApplicationScoped
public class MigratedSchemas {

    /** The outcome of one module's migration. */
    public record Outcome(String module, String schema, String version, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    public void record(Outcome outcome) {
        outcomes.put(outcome.module(), outcome);
    }

    public Map<String, Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }
}
