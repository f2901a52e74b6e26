package uk.gov.hwb.board.control;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import uk.gov.hwb.platform.schema.ModuleSchema;

/** Migrates the board schema at deployment, before anything uses it (see {@link ModuleSchema}). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class BoardSchema extends ModuleSchema {

    @PersistenceUnit(unitName = "board")
    EntityManagerFactory units;

    @Override
    protected String module() {
        return "board";
    }

    @Override
    protected EntityManagerFactory entityManagerFactory() {
        return units;
    }
}
