package uk.gov.hwb.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;
import uk.gov.hwb.platform.problem.ConflictException;
import uk.gov.hwb.platform.problem.InvalidInputException;

class ProblemMapperTest {

    @Test
    void invalidInputIs400WithFieldErrors() {
        Problem p = ProblemMapper.problemFor(new InvalidInputException("email", "must be a well-formed email address"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("email");
            assertThat(e.message()).contains("well-formed");
        });
    }

    @Test
    void unknownIdsAre404AndConflictsAre409() {
        assertThat(ProblemMapper.problemFor(new uk.gov.hwb.platform.problem.NotFoundException("Person", 9)).status()).isEqualTo(404);
        assertThat(ProblemMapper.problemFor(new ConflictException("stale")).status()).isEqualTo(409);
        assertThat(ProblemMapper.problemFor(new OptimisticLockException()).status()).isEqualTo(409);
        assertThat(ProblemMapper.problemFor(new NotFoundException()).status()).isEqualTo(404);
    }

    @Test
    void exceptionsWrappedByTheEjbContainerAreUnwrapped() {
        var response = new ProblemMapper().toResponse(new EJBException(new InvalidInputException("name", "must not be blank")));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
    }

    @Test
    void unexpectedFaultsAre500WithoutInternals() {
        Problem p = ProblemMapper.problemFor(new IllegalStateException("table FOO missing at line 3"));
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.detail()).doesNotContain("FOO");
    }
}
