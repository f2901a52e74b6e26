package uk.gov.hwb.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import uk.gov.hwb.platform.schema.MigratedSchemas;

/** The state of each module's database schema, for the module home pages and the dashboard. */
@Named
@ApplicationScoped
public class ModuleStatusView {

    @Inject
    MigratedSchemas schemas;

    public MigratedSchemas.Outcome of(String module) {
        return schemas.outcomes().get(module);
    }

    public List<MigratedSchemas.Outcome> getAll() {
        return schemas.outcomes().values().stream().sorted(Comparator.comparing(MigratedSchemas.Outcome::module)).toList();
    }
}
