package com.wizamart.sharedkernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;

class QueryParametersTests {

    @Test
    void namesAndValuesAreDecodedAsAFormIsAndKeptInOrder() {
        var parameters = QueryParameters.of("st%61tus=SHIPPED&search=forest+honey&search=caf%C3%A9&flag");
        assertThat(parameters.keySet()).containsExactly("status", "search", "flag");
        assertThat(parameters.get("search")).containsExactly("forest honey", "café");
        assertThat(parameters.get("flag")).containsExactly("");
    }

    @Test
    void noQueryHasNoParameters() {
        assertThat(QueryParameters.of(null)).isEmpty();
        assertThat(QueryParameters.of("")).isEmpty();
    }

    @Test
    void aBrokenEscapeIsAMalformedRequest() {
        assertThatThrownBy(() -> QueryParameters.of("search=%ZZ")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("MALFORMED_REQUEST"));
    }

    @Test
    void aRequiredParameterIsThereNotBlankAndNotTooLong() {
        var parameters = QueryParameters.of("language=en&marketplace=%20&long=abcdefghi");
        assertThat(QueryParameters.required(parameters, "language", 8)).isEqualTo("en");
        for (String name : List.of("marketplace", "missing", "long")) {
            assertThatThrownBy(() -> QueryParameters.required(parameters, name, 8))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations().getFirst().field()).isEqualTo(name));
        }
    }
}
