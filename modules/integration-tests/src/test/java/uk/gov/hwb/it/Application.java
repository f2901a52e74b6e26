package uk.gov.hwb.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR as built by the ear module, deployed unchanged into the test server. */
public final class Application {

    private Application() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("hwb.ear", "../../ear/target/hwb.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
