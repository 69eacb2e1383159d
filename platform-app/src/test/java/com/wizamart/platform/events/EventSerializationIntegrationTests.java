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

    @Test
    void anOrderPlacedStoredBeforeOrdersHadAPaymentMethodStillReadsWithoutOne() {
        String storedBefore = "{\"orderId\":\"6b1f6f5e-8d0e-4d5c-9a57-2a0d7f7c1a10\","
                + "\"vendorId\":\"0f7f4a4e-3c59-4a8b-8d39-5c9e9f8b2b11\",\"orderNumber\":\"ACME-000002\","
                + "\"customerId\":\"9d2c1b0a-7e6f-4d3c-8b9a-1a2b3c4d5e12\",\"lines\":[{\"productId\":"
                + "\"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e13\",\"sku\":\"SKU-1\",\"quantity\":1,\"unitPrice\":4.50}],"
                + "\"total\":4.50,\"currency\":\"EUR\",\"placedAt\":\"2026-12-01T08:00:00Z\"}";

        OrderPlaced read = serializer.deserialize(storedBefore, OrderPlaced.class);

        assertThat(read.orderNumber()).isEqualTo("ACME-000002");
        assertThat(read.lines()).hasSize(1);
        assertThat(read.paymentMethod()).isNull();
        OrderPlaced paid = new OrderPlaced(read.orderId(), read.vendorId(), read.orderNumber(), read.customerId(),
                read.lines(), read.total(), read.currency(), read.placedAt(),
                com.wizamart.ordering.PaymentMethod.CASH_ON_DELIVERY);
        assertThat(serializer.deserialize(serializer.serialize(paid), OrderPlaced.class)).isEqualTo(paid);
    }
}
