package com.wizamart.ordering.adapter.out.persistence;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.application.port.out.OrderNumbers;

/** One PostgreSQL sequence per vendor, through {@code ordering_next_order_number} (see the changelog). */
@Repository
class JdbcOrderNumbers implements OrderNumbers {

    private final JdbcClient jdbc;

    JdbcOrderNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next(UUID vendorId) {
        return jdbc.sql("select ordering_next_order_number(:vendor)").param("vendor", vendorId).query(Long.class)
                .single();
    }
}
