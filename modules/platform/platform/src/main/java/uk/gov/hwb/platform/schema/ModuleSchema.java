package uk.gov.hwb.platform.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;

/**
 * What each module's start-up bean does: migrate the module's own schema with {@link SchemaMigrator}
 * before anything uses it, and record the outcome for the readiness check. A module declares only
 * its name and its persistence unit:
 *
 * <pre>{@code
 * @Singleton @Startup @TransactionManagement(TransactionManagementType.BEAN)
 * public class BcfSchema extends ModuleSchema {
 *     @PersistenceUnit(unitName = "bcf") EntityManagerFactory units;
 *     protected String module() { return "bcf"; }
 *     protected EntityManagerFactory entityManagerFactory() { return units; }
 * }
 * }</pre>
 * The subclass must be a bean of the module's own jar, so its migrations ({@code db/migration/<module>})
 * are found on that jar's class loader and its persistence unit is started before it runs.
 */
public abstract class ModuleSchema {

    @Resource(lookup = "java:jboss/datasources/HwbDS")
    DataSource dataSource;

    @Inject
    MigratedSchemas schemas;

    /** The module's name: its schema and its migration folder {@code db/migration/<module>}. */
    protected abstract String module();

    /** The module's persistence unit, validated against the migrated schema; null while the module has no entities. */
    protected abstract EntityManagerFactory entityManagerFactory();

    @PostConstruct
    void migrate() {
        schemas.record(SchemaMigrator.migrate(module(), dataSource, entityManagerFactory(), getClass().getClassLoader()));
    }
}
