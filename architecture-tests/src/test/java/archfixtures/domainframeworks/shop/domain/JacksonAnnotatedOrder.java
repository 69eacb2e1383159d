package archfixtures.domainframeworks.shop.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Planted: Jackson annotations. */
public class JacksonAnnotatedOrder {

    @JsonProperty("order_id")
    String id;
}
