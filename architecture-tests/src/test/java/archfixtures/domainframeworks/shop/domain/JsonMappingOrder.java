package archfixtures.domainframeworks.shop.domain;

import tools.jackson.databind.json.JsonMapper;

/** Planted: Jackson 3. */
public class JsonMappingOrder {

    JsonMapper mapper;
}
