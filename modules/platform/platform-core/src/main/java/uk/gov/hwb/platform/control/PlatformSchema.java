package uk.gov.hwb.platform.control;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import uk.gov.hwb.platform.schema.ModuleSchema;

/** Migrates the platform schema at deployment, before anything uses it (see {@link ModuleSchema}). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformSchema extends ModuleSchema {

    @PersistenceUnit(unitName = "platform")
    EntityManagerFactory units;

    @Override
    protected String module() {
        return "platform";
    }

    @Override
    protected EntityManagerFactory entityManagerFactory() {
        return units;
    }
}
