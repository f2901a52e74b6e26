package uk.gov.hwb.platform.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the database answers, and every module's schema migrated at start-up with no
 * failed migration recorded since. Served by WildFly at {@code /health/ready} on the management port.
 */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/HwbDS")
    DataSource dataSource;

    @Inject
    MigratedSchemas schemas;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        boolean up = !schemas.outcomes().isEmpty();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            response.withData("database", connection.getMetaData().getDatabaseProductName()
                    + " " + connection.getMetaData().getDatabaseProductVersion());
            for (MigratedSchemas.Outcome outcome : schemas.outcomes().values()) {
                boolean ok = outcome.ok() && noFailedMigrations(statement, outcome.schema());
                response.withData("schema." + outcome.module(), ok ? "version " + outcome.version() : "FAILED " + outcome.error());
                up &= ok;
            }
        } catch (SQLException e) {
            response.withData("error", e.getMessage());
            up = false;
        }
        return response.status(up).build();
    }

    /** Flyway quotes its names, so they are quoted here too (H2 would otherwise fold them to upper case). */
    private static boolean noFailedMigrations(Statement statement, String schema) throws SQLException {
        try (ResultSet failed = statement.executeQuery(
                "select count(*) from \"" + schema + "\".\"flyway_schema_history\" where \"success\" = false")) {
            return failed.next() && failed.getLong(1) == 0;
        }
    }
}
