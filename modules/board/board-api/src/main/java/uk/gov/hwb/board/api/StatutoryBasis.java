package uk.gov.hwb.board.api;

import java.util.List;

/**
 * The law that sets a body's membership, where one does. A Health and Wellbeing Board's core
 * membership is fixed by the Health and Social Care Act 2012, s.194(2): at least one councillor of
 * the local authority, the directors of adult social services, children's services and public
 * health, a representative of the Local Healthwatch organisation, and a representative of each
 * relevant Integrated Care Board (s.194(2)(f) as amended by the Health and Care Act 2022);
 * the authority may appoint others as it thinks appropriate (s.194(2)(g)).
 */
public enum StatutoryBasis {
    HEALTH_AND_WELLBEING_BOARD("Health and Wellbeing Board (Health and Social Care Act 2012, s.194)",
            List.of(StatutorySeat.COUNCILLOR, StatutorySeat.DIRECTOR_OF_ADULT_SOCIAL_SERVICES, StatutorySeat.DIRECTOR_OF_CHILDRENS_SERVICES,
                    StatutorySeat.DIRECTOR_OF_PUBLIC_HEALTH, StatutorySeat.LOCAL_HEALTHWATCH, StatutorySeat.INTEGRATED_CARE_BOARD));

    private final String label;
    private final List<StatutorySeat> requiredSeats;

    StatutoryBasis(String label, List<StatutorySeat> requiredSeats) {
        this.label = label;
        this.requiredSeats = requiredSeats;
    }

    public String label() {
        return label;
    }

    /** The seats the law requires to be filled. */
    public List<StatutorySeat> requiredSeats() {
        return requiredSeats;
    }
}
