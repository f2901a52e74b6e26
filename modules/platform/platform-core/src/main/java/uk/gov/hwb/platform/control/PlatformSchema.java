package uk.gov.hwb.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import uk.gov.hwb.platform.schema.MigratedSchemas;
import uk.gov.hwb.platform.schema.SchemaMigrator;

/** Migrates the platform schema at deployment, before anything uses it. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformSchema {

    @Resource(lookup = "java:jboss/datasources/HwbDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "platform")
    EntityManagerFactory entityManagerFactory;

    @Inject
    MigratedSchemas schemas;

    @PostConstruct
    void migrate() {
        schemas.record(SchemaMigrator.migrate("platform", dataSource, entityManagerFactory, getClass().getClassLoader()));
    }
}
