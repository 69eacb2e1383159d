package com.wizamart.notifications.adapter.in.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.notifications.application.NotificationViews;

/**
 * Every vendor's notification log and the platform's own messages (a team member's password reset), for platform
 * admins only (the security chain keeps {@code /api/v1/admin/**} to them).
 */
@RestController
@RequestMapping("/api/v1/admin/notifications")
class AdminNotificationController {

    private final NotificationViews views;

    AdminNotificationController(NotificationViews views) {
        this.views = views;
    }

    @GetMapping
    PagedModel<NotificationResponse> list(@RequestParam(required = false) UUID vendorId,
                                          @RequestParam(required = false) @Size(max = 16) String status,
                                          @RequestParam(required = false) @Size(max = 32) String kind,
                                          @RequestParam(required = false) @Size(max = 320) String recipient,
                                          @PageableDefault(size = 20, sort = "createdAt",
                                                  direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(views.adminLog(NotificationFilters.query(vendorId, status, kind, recipient), pageable)
                .map(v -> NotificationResponse.of(v, true)));
    }

    @GetMapping("/{id}")
    NotificationResponse.Detail get(@PathVariable UUID id) {
        return NotificationResponse.Detail.of(views.adminMessage(id), true);
    }
}
