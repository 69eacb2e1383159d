package com.wizamart.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import com.wizamart.ordering.OrderPlaced;
import com.wizamart.support.IntegrationTest;

/** Event publications are written by our serializer (Modulith's backs off), with the application's mapper. */
@IntegrationTest
class EventSerializationIntegrationTests {

    @Autowired
    EventSerializer serializer;

    @Test
    void theRegistryUsesOurSerializerAndAnEventSurvivesTheRoundTrip() {
        assertThat(serializer).isInstanceOf(EventSerialization.JsonEventSerializer.class);
        OrderPlaced event = new OrderPlaced(UUID.randomUUID(), UUID.randomUUID(), "ACME-000001", UUID.randomUUID(),
                List.of(new OrderPlaced.Line(UUID.randomUUID(), "SKU-1", 2, new BigDecimal("12.90"))),
                new BigDecimal("25.80"), "EUR", Instant.parse("2026-12-02T10:15:30Z"));
        Object stored = serializer.serialize(event);
        assertThat(stored).asString().contains("\"orderNumber\":\"ACME-000001\"", "\"unitPrice\":12.90");
        assertThat(serializer.deserialize(stored, OrderPlaced.class)).isEqualTo(event);
    }
}
