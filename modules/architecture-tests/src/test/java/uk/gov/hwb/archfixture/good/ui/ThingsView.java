package uk.gov.hwb.archfixture.good.ui;

import jakarta.inject.Named;

/** The fixture module's screen. */
@Named
public class ThingsView {
}
