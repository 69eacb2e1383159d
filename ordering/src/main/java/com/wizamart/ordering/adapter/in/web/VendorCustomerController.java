package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.application.OrderQueries;
import com.wizamart.ordering.application.port.out.OrderStore.CustomerFigures;

/**
 * The vendor's customers as its orders know them (everyone who ordered), with order count and what they spent
 * (orders not cancelled or refunded, per currency).
 */
@RestController
@RequestMapping("/api/v1/vendor/customers")
class VendorCustomerController {

    private final OrderQueries queries;

    VendorCustomerController(OrderQueries queries) {
        this.queries = queries;
    }

    record CustomerResponse(UUID id, String email, String name, long orderCount, Map<String, BigDecimal> totalSpent,
                            Instant firstOrderAt, Instant lastOrderAt) {

        static CustomerResponse of(CustomerFigures c) {
            return new CustomerResponse(c.customerId(), c.email(), c.name(), c.orderCount(), c.totalSpent(),
                    c.firstOrderAt(), c.lastOrderAt());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    PagedModel<CustomerResponse> list(@RequestParam(required = false) @Size(max = 200) String search,
                                      @PageableDefault(size = 20, sort = "lastOrderAt",
                                              direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(queries.customers(search, pageable).map(CustomerResponse::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    CustomerResponse get(@PathVariable UUID id) {
        return CustomerResponse.of(queries.customer(id));
    }
}
