package uk.gov.hwb.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.platform.demo.DemoData;

/**
 * Loads every module's demo data at start-up when {@code hwb.demo-data} is true, in the modules'
 * {@link DemoData#order()}: people, then bodies, then the domain modules' data, then the meetings
 * whose papers embed documents generated from that data. Each module's share runs in its own
 * transaction (this bean manages none itself).
 *
 * <p>The modules' beans are found with CDI (which spans the whole EAR); a call to a module whose
 * components are still starting waits for them (WildFly holds invocations until a component has
 * started), so the order here is the only order that matters.
 */
@Singleton
@Startup
@DependsOn("PlatformSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @Any
    Instance<DemoData> modules;

    @Inject
    @ConfigProperty(name = "hwb.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        modules.stream().sorted(Comparator.comparingInt(DemoData::order).thenComparing(d -> d.getClass().getName())).forEach(data -> {
            data.load();
            LOG.fine(() -> "Demo data loaded: " + data.getClass().getSimpleName());
        });
        LOG.info("Demo data present (hwb.demo-data=true): see the README for the demo users");
    }
}
