package uk.gov.hwb.archfixture.cycle.one;

import uk.gov.hwb.archfixture.cycle.two.Second;

/** Wrong on purpose: package one uses package two, which uses package one. */
public class First {
    Second second;
}
