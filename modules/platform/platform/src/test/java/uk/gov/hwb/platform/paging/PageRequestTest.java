package uk.gov.hwb.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;

class PageRequestTest {

    @Test
    void defaultsToTheFirstFiftyRows() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void refusesNegativeOffsetsAndOversizedPagesNamingEachField() {
        assertThatThrownBy(() -> new PageRequest(-1, 501))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("offset", "limit"));
    }

    @Test
    void textParametersThatAreNotNumbersAreNamed() {
        assertThatThrownBy(() -> PageRequest.fromQuery("ten", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("offset"));
        assertThatThrownBy(() -> Params.requiredDate("meeting", "2024-13-45"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .contains("is not a date"));
        assertThatThrownBy(() -> Params.requiredDate("meeting", null)).isInstanceOf(InvalidInputException.class);
    }
}
