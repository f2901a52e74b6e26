package uk.gov.hwb.strategies.control;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import uk.gov.hwb.platform.schema.ModuleSchema;

/** Migrates the strategies schema at deployment, before anything uses it (see {@link ModuleSchema}). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StrategiesSchema extends ModuleSchema {

    @Override
    protected String module() {
        return "strategies";
    }

    @Override
    protected EntityManagerFactory entityManagerFactory() {
        return null;
    }
}
