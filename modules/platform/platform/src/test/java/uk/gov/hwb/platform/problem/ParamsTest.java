package uk.gov.hwb.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void enumsAreReadByNameInAnyCaseAndBadOnesNameTheParameter() {
        assertThat(Params.optionalEnum("day", " tuesday ", DayOfWeek.class)).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(Params.optionalEnum("day", "", DayOfWeek.class)).isNull();
        assertThat(Params.optionalEnum("day", null, DayOfWeek.class)).isNull();
        assertThatThrownBy(() -> Params.optionalEnum("day", "someday", DayOfWeek.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("day");
                    assertThat(e.getMessage()).contains("monday, tuesday");
                });
    }
}
