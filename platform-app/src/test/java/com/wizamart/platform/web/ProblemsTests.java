package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemsTests {

    @ParameterizedTest
    @ValueSource(strings = {"type", "title", "status", "detail", "instance"})
    void aProblemRefusesAPropertyNamedLikeAnRfc9457Member(String name) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "CATALOG_REFRESH_NOT_HELD", "Not held.");
        assertThatIllegalArgumentException().isThrownBy(() -> problem.setProperty(name, "APPROVED"));
        assertThatIllegalArgumentException().isThrownBy(() -> problem.setProperties(Map.of(name, "APPROVED")));
        assertThat(problem.getStatus()).isEqualTo(409);
    }

    @Test
    void thePlatformsMembersAreSetOnce() {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "CATALOG_REFRESH_NOT_HELD", "Not held.");
        assertThatIllegalArgumentException().isThrownBy(() -> problem.setProperty("errorCode", "OTHER"));
        assertThat(problem.getProperties()).containsEntry("errorCode", "CATALOG_REFRESH_NOT_HELD");
        problem.setProperty("currentStatus", "APPROVED");
        assertThat(problem.getProperties()).containsEntry("currentStatus", "APPROVED");
    }

    @Test
    void everyProblemHasAType() {
        assertThat(Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found.").getType())
                .isEqualTo(URI.create("about:blank"));
        ProblemDetail typed = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        typed.setType(URI.create("https://problems.example/gone"));
        assertThat(Problems.complete(typed, "NOT_FOUND").getType()).hasToString("https://problems.example/gone");
    }

    @Test
    void aProblemMadeElsewhereWithAShadowingPropertyIsRefused() {
        ProblemDetail spring = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        spring.setProperty("title", "shadow");
        assertThatIllegalStateException().isThrownBy(() -> Problems.complete(spring, "MALFORMED_REQUEST"));
    }
}
