package com.wizamart.sharedkernel.web;

import java.util.Set;

import org.springframework.core.MethodParameter;

/**
 * An argument resolver of our own that fills a controller parameter from query parameters names them here: today the
 * feed upload's target, read off the query string so the container never parses the multipart body. Anything else
 * reads the query through Spring MVC's and Spring Data's own resolvers, which the platform knows. The platform takes
 * a request's query parameters to be those of its handler's {@code @RequestParam}s, model attributes, {@code Pageable}
 * and parameters resolved by a {@code QueryParameterSource}, and refuses any other (400
 * {@code UNKNOWN_QUERY_PARAMETER}); a resolver that reads the query without saying so would see its parameters
 * refused.
 */
public interface QueryParameterSource {

    /**
     * @param parameter a parameter this resolver supports; must not be {@literal null}.
     * @return the names of the query parameters it reads for that parameter.
     */
    Set<String> queryParameters(MethodParameter parameter);
}
