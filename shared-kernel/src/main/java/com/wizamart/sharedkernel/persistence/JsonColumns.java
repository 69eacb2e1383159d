package com.wizamart.sharedkernel.persistence;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code jsonb} columns as maps, with the application's JSON mapper. */
@Component
public class JsonColumns {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<java.util.List<Object>> LIST = new TypeReference<>() { };

    private final JsonMapper mapper;

    public JsonColumns(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value == null ? Map.of() : value);
    }

    public Map<String, Object> readObject(String json) {
        return json == null ? Map.of() : mapper.readValue(json, OBJECT);
    }

    public java.util.List<Object> readList(String json) {
        return json == null ? java.util.List.of() : mapper.readValue(json, LIST);
    }

    public Map<String, String> readStrings(String json) {
        return json == null ? Map.of() : mapper.readValue(json, STRINGS);
    }
}
