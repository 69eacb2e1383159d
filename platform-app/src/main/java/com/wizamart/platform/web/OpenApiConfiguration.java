package com.wizamart.platform.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.jwt.Jwt;

import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.FeedSourceRules;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description: its title, the bearer-token scheme every protected endpoint uses, and the problem-details
 * answers ({@code ProblemDetail} with its {@code errorCode}) each operation may give.
 *
 * <p>Query parameters are described one by one: {@code springdoc.default-flat-param-object} (application.yaml)
 * flattens the {@link org.springframework.data.domain.Pageable} and filter records that argument resolvers fill into
 * their {@code page}, {@code size}, {@code sort}, ... parameters; the {@link Actor} and the {@link Jwt} come from the
 * bearer token and are no parameter at all.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_SCHEMA = "ProblemDetail";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String FEED_UPLOAD_PATH = "/api/v1/vendor/marketplace/import/upload";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, Jwt.class);
    }

    @Bean
    OpenAPI wizamartOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Wizamart API").version("v1")
                        .description("Multi-tenant commerce platform: admin, vendor team and public shop APIs. "
                                + "Errors are RFC 9457 problem details with a stable errorCode."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Operation ids from the controller and its method ({@code adminVendorList}, {@code publicProductSearch}): stable
     * and telling for client generators, where springdoc's own are the method name with a counter ({@code list_3})
     * that depends on the order controllers are scanned in.
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handlerMethod) -> {
            String controller = handlerMethod.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            String method = handlerMethod.getMethod().getName();
            return operation.operationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                    + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        };
    }

    /**
     * A handler mapped to several paths (logout under {@code /api/v1/auth}, {@code /admin/auth}, {@code /vendor/auth})
     * would share one operation id: each of them gets its area's name appended ({@code authLogoutAdmin}).
     */
    @Bean
    OpenApiCustomizer uniqueOperationIds() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            Map<String, Map<String, Operation>> byId = new TreeMap<>();
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    byId.computeIfAbsent(operation.getOperationId(), id -> new TreeMap<>())
                            .put(path + " " + method, operation)));
            byId.forEach((id, operations) -> {
                if (operations.size() > 1) {
                    Set<String> taken = new HashSet<>();
                    operations.forEach((pathAndMethod, operation) -> {
                        String area = pathAndMethod.replaceFirst("^/api/v1/", "").split("[/ ]")[0]
                                .replaceAll("[^A-Za-z0-9]", "");
                        String candidate = id + Character.toUpperCase(area.charAt(0)) + area.substring(1);
                        for (int n = 2; !taken.add(candidate); n++) {
                            candidate = id + Character.toUpperCase(area.charAt(0)) + area.substring(1) + n;
                        }
                        operation.setOperationId(candidate);
                    });
                }
            });
        };
    }

    /**
     * The feed upload reads its request itself (streamed, so the container spools nothing), which leaves springdoc
     * nothing to describe: its query parameters and multipart body are declared here.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OpenApiCustomizer feedUploadDescription() {
        return openApi -> {
            PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(FEED_UPLOAD_PATH);
            if (item == null || item.getPost() == null) {
                return;
            }
            Operation upload = item.getPost();
            upload.setParameters(new ArrayList<>(List.of(
                    new Parameter().in("query").name("marketplace").required(true)
                            .description("the marketplace the feed comes from")
                            .schema(new StringSchema().maxLength(32)),
                    new Parameter().in("query").name("language").required(true)
                            .description("the feed's language, e.g. en").schema(new StringSchema().maxLength(8)))));
            upload.setRequestBody(new RequestBody().required(true).content(new Content().addMediaType(
                    org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, new MediaType().schema(new ObjectSchema()
                            .addProperty("file", new Schema<>().type("string").format("binary")
                                    .description("the feed file, read as it arrives; its size is limited"))
                            .addRequiredItem("file")))));
        };
    }

    /**
     * Every {@code marketplace} the API reads names the installed marketplaces (the adapter modules on the classpath,
     * as tenancy's {@link FeedSourceRules} knows them): an {@code enum} where the server refuses any other (the feed
     * upload's query parameter, an import's {@code marketplace}), the list in the description where an earlier
     * marketplace's name still means something (filters of jobs and staged products, a kept feed source); the lists of
     * the installed marketplaces say what they answer.
     */
    @Bean
    @SuppressWarnings("rawtypes")
    OpenApiCustomizer installedMarketplaces(ObjectProvider<FeedSourceRules> rules) {
        return openApi -> {
            List<String> names = rules.stream().flatMap(r -> r.marketplaces().stream()).sorted().distinct().toList();
            String listed = "Installed marketplaces: " + (names.isEmpty() ? "none" : String.join(", ", names))
                    + " (GET /api/v1/vendor/marketplaces describes them).";
            if (openApi.getPaths() != null) {
                MARKETPLACE_LISTS.forEach(path -> {
                    PathItem item = openApi.getPaths().get(path);
                    if (item != null && item.getGet() != null) {
                        item.getGet().summary("The installed marketplaces").description(join(
                                "One entry per marketplace adapter installed: its name (the marketplace value of "
                                        + "imports and feed sources), displayName, the feed formats it reads, the "
                                        + "languages a feed may be imported for (languageGivenByVendor: the feed does "
                                        + "not tell its language, the vendor gives it, any of the platform's content "
                                        + "languages), and the product fields and attributes its feeds fill", listed));
                    }
                });
                openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                    if (operation.getParameters() == null) {
                        return;
                    }
                    operation.getParameters().stream().filter(p -> "marketplace".equals(p.getName())
                            && "query".equals(p.getIn()) && p.getSchema() != null).forEach(p -> {
                                p.description(join(p.getDescription(), listed));
                                if (path.equals(FEED_UPLOAD_PATH)) {
                                    restrict(p.getSchema(), names);
                                }
                            });
                }));
            }
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().forEach((name, schema) -> {
                    Map<String, Schema> properties = schema.getProperties();
                    Schema<?> marketplace = properties == null ? null : properties.get("marketplace");
                    if (marketplace == null || !MARKETPLACE_INPUTS.contains(name)) {
                        return;
                    }
                    marketplace.description(join(marketplace.getDescription(), listed));
                    if (name.equals(IMPORT_REQUEST_SCHEMA)) {
                        restrict(marketplace, names);
                    }
                });
            }
        };
    }

    /** The two lists of the installed marketplaces, for vendor teams and for admins. */
    private static final List<String> MARKETPLACE_LISTS = List.of("/api/v1/vendor/marketplaces",
            "/api/v1/admin/marketplaces");

    /** The request schemas with a {@code marketplace}: an import's, and a feed source's. */
    private static final String IMPORT_REQUEST_SCHEMA = "TriggerRequest";
    private static final Set<String> MARKETPLACE_INPUTS = Set.of(IMPORT_REQUEST_SCHEMA, "FeedSource");

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void restrict(Schema schema, List<String> names) {
        schema.setEnum(new ArrayList<>(names));
    }

    private static String join(String description, String more) {
        return description == null || description.isBlank() ? more : description + ". " + more;
    }

    /** Every page's {@code size} states the largest page the server answers (Spring Data's resolver clamps to it). */
    @Bean
    OpenApiCustomizer pageSizeLimit(@Value("${spring.data.web.pageable.max-page-size:200}") int maxPageSize) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> "page".equals(p.getName()) && "query".equals(p.getIn()))) {
                    operation.getParameters().stream()
                            .filter(p -> "size".equals(p.getName()) && "query".equals(p.getIn()) && p.getSchema() != null)
                            .forEach(p -> p.description("The size of the page to be returned; larger sizes are "
                                    + "reduced to " + maxPageSize).getSchema().setMaximum(BigDecimal.valueOf(maxPageSize)));
                }
            }));
        };
    }

    /**
     * Adds the problem answers that apply to each operation (see ProblemDetailsAdvice and the security chain): 400 for
     * unreadable input, 401 (a bearer token is checked on every path), 403 for the API's guarded or vendor-bound
     * paths, 404 where the path names something (or a vendor), 409 for writes, 413/415 where a body is read, 422 where
     * input is validated, 429 where credentials are checked or accounts are registered.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                operation.setResponses(responses);
                problemsOf(path, method, operation).forEach((status, description) ->
                        responses.putIfAbsent(status, problem(description)));
            }));
        };
    }

    private static Map<String, String> problemsOf(String path, PathItem.HttpMethod method, Operation operation) {
        boolean api = path.startsWith("/api/");
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean vendorBound = path.startsWith("/api/v1/vendor/") || path.startsWith("/api/v1/public/");
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Unreadable input: malformed JSON, an unknown field, a wrong type, an unknown sort property, "
                + "a query parameter the operation does not take (UNKNOWN_QUERY_PARAMETER).");
        problems.put("401", "No valid bearer token where one is needed, or a broken or expired one was sent.");
        if (api) {
            problems.put("403", "Not allowed: wrong token kind, a missing permission, or another vendor's resource.");
        }
        if (path.contains("{") || vendorBound) {
            problems.put("404", "The resource (or the vendor) does not exist.");
        }
        if (api && write) {
            problems.put("409", "The request conflicts with the current state.");
        }
        if (body) {
            problems.put("413", "The request body is too large.");
            problems.put("415", "The request body's content type is not supported.");
        }
        if (body || parameters || write) {
            problems.put("422", "Invalid fields (VALIDATION_FAILED, with errors naming each field).");
        }
        if (path.endsWith("/auth/login") || path.equals("/api/v1/auth/password") || path.endsWith("/auth/register")
                || path.endsWith("/accept") || path.endsWith("/customers/me/password")) {
            problems.put("429", "Too many failed attempts (TOO_MANY_ATTEMPTS); see the Retry-After header.");
        }
        return problems;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    /** RFC 9457 problem details as ProblemDetailsAdvice and Problems write them. */
    private static Schema<?> problemSchema() {
        Schema<?> violation = new ObjectSchema()
                .addProperty("field", new StringSchema().nullable(true)
                        .description("the request's field (dotted for nested ones), null for the whole request"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("An RFC 9457 problem. Switch on errorCode, not on title or detail.")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errorCode", new StringSchema().description("stable code, e.g. VALIDATION_FAILED"))
                .addProperty("timestamp", new StringSchema().format("date-time"))
                .addProperty("requestId", new StringSchema())
                .addProperty("errors", new ArraySchema().items(violation))
                .required(List.of("status", "errorCode"));
    }
}
