package com.wizamart.dashboard.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
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

import com.wizamart.identity.CustomerDirectory;
import com.wizamart.identity.CustomerDirectory.RegisteredCustomer;
import com.wizamart.ordering.CustomerOrderFigures;
import com.wizamart.ordering.CustomerOrderFigures.CustomerOrders;
import com.wizamart.sharedkernel.DomainException;

/**
 * The vendor's customers: every customer registered at its shop (identity's {@link CustomerDirectory}), each with
 * what its orders say about them (ordering's {@link CustomerOrderFigures}, asked once per page). Neither context
 * knows the other, so the composition lives here.
 */
@RestController
@RequestMapping("/api/v1/vendor/customers")
class VendorCustomerController {

    private final CustomerDirectory customers;
    private final CustomerOrderFigures orders;

    VendorCustomerController(CustomerDirectory customers, CustomerOrderFigures orders) {
        this.customers = customers;
        this.orders = orders;
    }

    /**
     * The figures are of the customer's orders that count as sales (ADR 0022: placed, not cancelled or refunded).
     *
     * @param name         "first last" as registered.
     * @param orderCount   the orders that count.
     * @param totalSpent   the customer's spend: their gross totals, per currency; empty when none.
     * @param firstOrderAt {@literal null} for a customer without such orders (as is {@code lastOrderAt}).
     */
    record CustomerResponse(UUID id, String email, String name, long orderCount, Map<String, BigDecimal> totalSpent,
                            Instant firstOrderAt, Instant lastOrderAt, Instant registeredAt) {

        static CustomerResponse of(RegisteredCustomer c, CustomerOrders o) {
            return new CustomerResponse(c.id(), c.email(), c.displayName(), o.orderCount(), o.totalSpent(),
                    o.firstOrderAt(), o.lastOrderAt(), c.registeredAt());
        }
    }

    /**
     * @param search   part of the name or email (case-insensitive).
     * @param pageable sort {@code registeredAt} (default, newest first), {@code name} or {@code email}.
     */
    @GetMapping
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    PagedModel<CustomerResponse> list(@RequestParam(required = false) @Size(max = 200) String search,
                                      @PageableDefault(size = 20, sort = "registeredAt",
                                              direction = Sort.Direction.DESC) Pageable pageable) {
        Page<RegisteredCustomer> page = customers.customers(search, pageable);
        Map<UUID, CustomerOrders> figures = orders.of(page.map(RegisteredCustomer::id).getContent());
        return new PagedModel<>(page.map(c -> CustomerResponse.of(c, figures.get(c.id()))));
    }

    /** @throws DomainException 404 {@code CUSTOMER_NOT_FOUND}, also for another vendor's customer. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    CustomerResponse get(@PathVariable UUID id) {
        RegisteredCustomer customer = customers.find(id).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "CUSTOMER_NOT_FOUND", "No such customer."));
        return CustomerResponse.of(customer, orders.of(List.of(id)).get(id));
    }
}
