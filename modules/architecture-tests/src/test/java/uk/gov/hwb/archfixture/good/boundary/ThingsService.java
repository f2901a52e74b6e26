package uk.gov.hwb.archfixture.good.boundary;

import uk.gov.hwb.archfixture.good.api.Things;

/** The fixture facade's implementation, named after it. */
public class ThingsService implements Things {
    @Override
    public int count() {
        return 0;
    }
}
