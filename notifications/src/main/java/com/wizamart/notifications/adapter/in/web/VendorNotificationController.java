package com.wizamart.notifications.adapter.in.web;

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

import com.wizamart.notifications.application.NotificationViews;

/** The vendor's notification log: what was sent to whom, when, with what outcome; a message's text while kept. */
@RestController
@RequestMapping("/api/v1/vendor/notifications")
class VendorNotificationController {

    private final NotificationViews views;

    VendorNotificationController(NotificationViews views) {
        this.views = views;
    }

    /** @param recipient part of the recipient's address. */
    @GetMapping
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    PagedModel<NotificationResponse> list(@RequestParam(required = false) @Size(max = 16) String status,
                                          @RequestParam(required = false) @Size(max = 32) String kind,
                                          @RequestParam(required = false) @Size(max = 320) String recipient,
                                          @PageableDefault(size = 20, sort = "createdAt",
                                                  direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(views.vendorLog(NotificationFilters.query(null, status, kind, recipient), pageable)
                .map(v -> NotificationResponse.of(v, false)));
    }

    /** Another vendor's message is not found, as if it did not exist. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    NotificationResponse.Detail get(@PathVariable UUID id) {
        return NotificationResponse.Detail.of(views.vendorMessage(id), false);
    }
}
