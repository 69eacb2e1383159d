package com.wizamart.platform.web;

import java.util.List;
import java.util.UUID;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.Vendors;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * MVC wiring: the vendor context filter, the check of the API's query parameters ({@link QueryParameterCheck}) and
 * {@link Actor} parameters. Request mappings are Spring MVC's own; {@link org.springframework.data.domain.Pageable}
 * parameters are Spring Data's, configured by {@code spring.data.web.pageable.*} (application.yaml), and pages are
 * written in the contract's shape by Spring Data ({@code serialization-mode: via-dto}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final QueryParameterCheck queryParameterCheck;

    WebConfiguration(QueryParameterCheck queryParameterCheck) {
        this.queryParameterCheck = queryParameterCheck;
    }

    @Bean
    FilterRegistrationBean<VendorContextFilter> vendorContextFilter(Vendors vendors, Problems problems) {
        FilterRegistrationBean<VendorContextFilter> registration =
                new FilterRegistrationBean<>(new VendorContextFilter(vendors, problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    /** Cross-origin calls to the API, from the configured origins only (used by the security chain's cors()). */
    @Bean
    org.springframework.web.cors.CorsConfigurationSource corsConfigurationSource(WebProperties properties) {
        org.springframework.web.cors.UrlBasedCorsConfigurationSource source =
                new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
        if (!properties.corsAllowedOrigins().isEmpty()) {
            org.springframework.web.cors.CorsConfiguration api = new org.springframework.web.cors.CorsConfiguration();
            api.setAllowedOrigins(properties.corsAllowedOrigins());
            api.setAllowedMethods(java.util.List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            api.setAllowedHeaders(java.util.List.of("Authorization", "Content-Type", "Idempotency-Key",
                    RequestIds.HEADER, "Accept"));
            api.setExposedHeaders(java.util.List.of("Location", RequestIds.HEADER, "Retry-After"));
            api.setAllowCredentials(false);
            api.setMaxAge(java.time.Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", api);
        }
        return source;
    }

    /** Errors Tomcat answers before the application sees the request are problem details too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorsAsProblems() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerProblemReportValve.class.getName());
            }
        });
    }

    /**
     * Text fields take JSON strings only: a number or boolean where text is expected (say {@code "email": 12345}) is
     * the client's type error (400 {@code INVALID_FIELD_TYPE}), not something to convert silently.
     */
    @Bean
    JsonMapperBuilderCustomizer textFieldsTakeStringsOnly() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** The API's operations refuse query parameters they do not take (the admin app, docs and actuator are no API). */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(queryParameterCheck).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorResolver());
    }

    /** Resolves {@link Actor} controller parameters from the authenticated token. */
    static final class ActorResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Actor.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binderFactory) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth instanceof JwtAuthenticationToken jwt) {
                return new Actor(UUID.fromString(jwt.getToken().getSubject()), jwt.getToken().getClaimAsString("email"));
            }
            throw new AuthenticationCredentialsNotFoundException("no token");
        }
    }
}
