package uk.gov.hwb.archfixture.cycle.two;

import uk.gov.hwb.archfixture.cycle.one.First;

/** The other half of the fixture cycle. */
public class Second {
    First first;
}
