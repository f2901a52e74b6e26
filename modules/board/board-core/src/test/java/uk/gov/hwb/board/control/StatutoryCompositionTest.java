package uk.gov.hwb.board.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.board.api.CompositionDto;
import uk.gov.hwb.board.api.StatutoryBasis;
import uk.gov.hwb.board.api.StatutorySeat;
import uk.gov.hwb.board.control.StatutoryComposition.Holder;

/** A Health and Wellbeing Board's core membership (Health and Social Care Act 2012, s.194(2)). */
class StatutoryCompositionTest {

    @Test
    void everyRequiredSeatMustBeHeld() {
        CompositionDto partial = StatutoryComposition.assess(1, StatutoryBasis.HEALTH_AND_WELLBEING_BOARD, List.of(
                new Holder("Cllr A", null, true), new Holder("Director B", StatutorySeat.DIRECTOR_OF_PUBLIC_HEALTH, false)));
        assertThat(partial.complete()).isFalse();
        assertThat(partial.missing()).hasSize(4).anyMatch(m -> m.contains("Healthwatch")).anyMatch(m -> m.contains("Integrated Care Board"));
        assertThat(partial.seats().get(0).holders()).containsExactly("Cllr A");

        List<Holder> full = List.of(new Holder("Cllr A", StatutorySeat.COUNCILLOR, true),
                new Holder("DASS", StatutorySeat.DIRECTOR_OF_ADULT_SOCIAL_SERVICES, false),
                new Holder("DCS", StatutorySeat.DIRECTOR_OF_CHILDRENS_SERVICES, false),
                new Holder("DPH", StatutorySeat.DIRECTOR_OF_PUBLIC_HEALTH, false),
                new Holder("HW", StatutorySeat.LOCAL_HEALTHWATCH, false),
                new Holder("ICB", StatutorySeat.INTEGRATED_CARE_BOARD, false));
        assertThat(StatutoryComposition.assess(1, StatutoryBasis.HEALTH_AND_WELLBEING_BOARD, full).complete()).isTrue();
    }

    @Test
    void aBodyWithoutAStatutoryBasisHasNothingToFill() {
        assertThat(StatutoryComposition.assess(2, null, List.of()).complete()).isTrue();
    }
}
