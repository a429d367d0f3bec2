package org.banli.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import javax.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void aStepWithoutIfMatchIsRefusedWith428InChinese() {
        for (String missing : new String[] {null, "", "  "}) {
            WebApplicationException refused =
                    catchThrowableOfType(() -> Versions.expected(missing), WebApplicationException.class);
            assertThat(refused.getResponse().getStatus()).isEqualTo(428);
            // As the API answers it to a reader who named no language.
            Problems.Problem problem = (Problems.Problem) new ProblemMappers.WebApplicationMapper()
                    .toResponse(refused)
                    .getEntity();
            assertThat(problem.type()).isEqualTo("urn:banli:problem:version-required");
            assertThat(problem.title()).startsWith("须注明所依据的版本");
            assertThat(problem.detail()).contains("If-Match", "ETag", "版本");
        }
    }

    @Test
    void theVersionIsReadFromStrongAndWeakTagsAndStarMeansWhateverIsCurrent() {
        assertThat(Versions.expected("\"3\"")).isEqualTo(3L);
        assertThat(Versions.expected(" W/\"12\" ")).isEqualTo(12L);
        assertThat(Versions.expected("*")).isNull();
        assertThat(catchThrowableOfType(() -> Versions.expected("\"abc\""), WebApplicationException.class)
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }
}
