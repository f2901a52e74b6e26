package uk.gov.hwb.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings the screens show: the council's name (hwb.council.name). */
@Named("config")
@ApplicationScoped
public class AppConfig {

    @Inject
    @ConfigProperty(name = "hwb.council.name", defaultValue = "Southend-on-Sea City Council")
    String councilName;

    public String getCouncilName() {
        return councilName;
    }
}
