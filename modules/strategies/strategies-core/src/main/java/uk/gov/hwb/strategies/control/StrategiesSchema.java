package uk.gov.hwb.strategies.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import uk.gov.hwb.platform.schema.MigratedSchemas;
import uk.gov.hwb.platform.schema.SchemaMigrator;

/**
 * Migrates the strategies schema at deployment. The module has no entities yet, so there is no
 * persistence unit to validate; its first tables arrive with its first features.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StrategiesSchema {

    @Resource(lookup = "java:jboss/datasources/HwbDS")
    DataSource dataSource;

    @Inject
    MigratedSchemas schemas;

    @PostConstruct
    void migrate() {
        schemas.record(SchemaMigrator.migrate("strategies", dataSource, null, getClass().getClassLoader()));
    }
}
