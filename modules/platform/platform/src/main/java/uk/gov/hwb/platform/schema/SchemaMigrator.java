package uk.gov.hwb.platform.schema;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Brings one module's database schema up to date with Flyway, then has Hibernate validate its
 * mappings against the result. Each module calls this once at start-up from its own
 * {@code @Startup} bean, with its own schema, its own migration folder
 * ({@code db/migration/<module>}) and its persistence unit (null while a module has no entities
 * yet), so no module touches another's tables.
 *
 * <p>Modules start in parallel, but their migrations run one at a time: H2 cannot run DDL from two
 * connections at once (it times out locking its catalogue). This class sits in the EAR's shared
 * library, so its lock is the same for every module.
 *
 * <p>Hibernate never generates schema here ({@code hibernate.hbm2ddl.auto} stays unset): the
 * migrations are the only source of truth, and a mapping that disagrees with them stops the
 * deployment with Hibernate's own explanation.
 */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    public static synchronized MigratedSchemas.Outcome migrate(String module, DataSource dataSource, EntityManagerFactory entityManagerFactory,
                                                  ClassLoader classLoader) {
        String schema = schemaName(dataSource, module);
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration/" + module)
                .failOnMissingLocations(true)
                .load();
        flyway.migrate();
        if (entityManagerFactory != null) {
            entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        }
        String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        return new MigratedSchemas.Outcome(module, schema, version, null);
    }

    /** Unquoted identifiers fold to upper case in H2 and to lower case in PostgreSQL; Flyway quotes, so match the database. */
    static String schemaName(DataSource dataSource, String module) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().storesUpperCaseIdentifiers()
                    ? module.toUpperCase(Locale.ROOT) : module.toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate schema " + module, e);
        }
    }
}
