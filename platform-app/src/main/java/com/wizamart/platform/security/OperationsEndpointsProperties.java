package com.wizamart.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the operations endpoints ({@code wizamart.security.operations-endpoints.*}): the metrics and info of
 * the actuator ({@code /actuator/**} except {@code /actuator/health/**}), the OpenAPI document ({@code /v3/api-docs})
 * and Swagger UI. Health and the token keys ({@code /.well-known/jwks.json}) are always public.
 *
 * @param adminOnly {@literal true}: only a platform admin's token (401 without one, 403 with another kind);
 *                  {@literal false}: anyone (local development). The {@code production} profile sets it.
 */
@ConfigurationProperties("wizamart.security.operations-endpoints")
record OperationsEndpointsProperties(@DefaultValue("false") boolean adminOnly) {
}
