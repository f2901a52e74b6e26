package uk.gov.hwb.board.api;

/** A seat the law names on a body (see {@link StatutoryBasis}); other members hold no statutory seat. */
public enum StatutorySeat {
    COUNCILLOR("Councillor of the local authority (s.194(2)(a))"),
    DIRECTOR_OF_ADULT_SOCIAL_SERVICES("Director of adult social services (s.194(2)(b))"),
    DIRECTOR_OF_CHILDRENS_SERVICES("Director of children's services (s.194(2)(c))"),
    DIRECTOR_OF_PUBLIC_HEALTH("Director of public health (s.194(2)(d))"),
    LOCAL_HEALTHWATCH("Representative of the Local Healthwatch organisation (s.194(2)(e))"),
    INTEGRATED_CARE_BOARD("Representative of the Integrated Care Board (s.194(2)(f))");

    private final String label;

    StatutorySeat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
