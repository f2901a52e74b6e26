package uk.gov.hwb.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings the screens show: the council's name (hwb.council.name) and address
 * (hwb.council.address), and where people report an accessibility problem
 * (hwb.accessibility.email, hwb.accessibility.phone; the accessibility statement names them).
 */
@Named("config")
@ApplicationScoped
public class AppConfig {

    @Inject
    @ConfigProperty(name = "hwb.council.name", defaultValue = "Southend-on-Sea City Council")
    String councilName;

    @Inject
    @ConfigProperty(name = "hwb.council.address", defaultValue = "Civic Centre, Victoria Avenue, Southend-on-Sea, Essex SS2 6ER")
    String councilAddress;

    @Inject
    @ConfigProperty(name = "hwb.accessibility.email")
    Optional<String> accessibilityEmail;

    @Inject
    @ConfigProperty(name = "hwb.accessibility.phone")
    Optional<String> accessibilityPhone;

    public String getCouncilName() {
        return councilName;
    }

    public String getCouncilAddress() {
        return councilAddress;
    }

    public String getAccessibilityEmail() {
        return accessibilityEmail.filter(s -> !s.isBlank()).orElse(null);
    }

    public String getAccessibilityPhone() {
        return accessibilityPhone.filter(s -> !s.isBlank()).orElse(null);
    }
}
