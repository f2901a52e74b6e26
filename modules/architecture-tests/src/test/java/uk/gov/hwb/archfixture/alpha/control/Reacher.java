package uk.gov.hwb.archfixture.alpha.control;

import uk.gov.hwb.archfixture.beta.entity.Thing;

/** Wrong on purpose: module alpha's core reaching into module beta's core. */
public class Reacher {
    public Object reach() {
        return new Thing();
    }
}
