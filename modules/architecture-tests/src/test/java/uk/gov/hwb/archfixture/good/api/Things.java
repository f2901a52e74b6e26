package uk.gov.hwb.archfixture.good.api;

/** The fixture module's facade. */
public interface Things {
    int count();
}
