package uk.gov.hwb.bcf.control;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import uk.gov.hwb.platform.schema.ModuleSchema;

/** Migrates the bcf schema at deployment, before anything uses it (see {@link ModuleSchema}). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class BcfSchema extends ModuleSchema {

    @PersistenceUnit(unitName = "bcf")
    EntityManagerFactory units;

    @Override
    protected String module() {
        return "bcf";
    }

    @Override
    protected EntityManagerFactory entityManagerFactory() {
        return units;
    }
}
