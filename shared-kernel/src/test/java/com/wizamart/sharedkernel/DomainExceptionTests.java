package com.wizamart.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainExceptionTests {

    @ParameterizedTest
    @ValueSource(strings = {"type", "title", "status", "detail", "instance", "errorCode", "timestamp", "requestId"})
    void aDetailNamedLikeAMemberEveryProblemHasCannotBeMade(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DomainException(DomainException.Kind.CONFLICT,
                        "REFRESH_NOT_HELD", "Not held.", Map.of(name, "APPROVED")))
                .withMessageContaining("'" + name + "'").withMessageContaining("REFRESH_NOT_HELD");
    }

    @Test
    void otherDetailsAreKept() {
        DomainException e = new DomainException(DomainException.Kind.CONFLICT, "REFRESH_NOT_HELD", "Not held.",
                Map.of("currentStatus", "APPROVED", "errors", java.util.List.of()));
        assertThat(e.details()).containsEntry("currentStatus", "APPROVED").containsKey("errors");
    }
}
