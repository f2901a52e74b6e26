package uk.gov.hwb.send.control;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import uk.gov.hwb.platform.schema.ModuleSchema;

/** Migrates the send schema at deployment, before anything uses it (see {@link ModuleSchema}). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SendSchema extends ModuleSchema {

    @PersistenceUnit(unitName = "send")
    EntityManagerFactory units;

    @Override
    protected String module() {
        return "send";
    }

    @Override
    protected EntityManagerFactory entityManagerFactory() {
        return units;
    }
}
