package uk.gov.hwb.strategies.control;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import uk.gov.hwb.platform.schema.ModuleSchema;

/** Migrates the strategies schema at deployment, before anything uses it (see {@link ModuleSchema}). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StrategiesSchema extends ModuleSchema {

    @PersistenceUnit(unitName = "strategies")
    EntityManagerFactory units;

    @Override
    protected String module() {
        return "strategies";
    }

    @Override
    protected EntityManagerFactory entityManagerFactory() {
        return units;
    }

    /** Returns once the schema is migrated: a call waits for this start-up bean (used before loading demo data). */
    public boolean ready() {
        return true;
    }
}
