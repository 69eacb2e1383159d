package com.wizamart.tenancy.adapter.in.web;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.tenancy.application.AuditViews;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;

/**
 * Who did what to which vendor's what, when and from where: the audit trail, newest first, for platform admins only
 * (the security chain keeps {@code /api/v1/admin/**} to them).
 */
@RestController
@RequestMapping("/api/v1/admin/audit-log")
class AdminAuditLogController {

    private final AuditViews audit;

    AdminAuditLogController(AuditViews audit) {
        this.audit = audit;
    }

    @GetMapping
    PagedModel<AuditRecord> list(@RequestParam(required = false) UUID vendorId,
                                 @RequestParam(required = false) @Size(max = 320) String actor,
                                 @RequestParam(required = false) @Size(max = 64) String action,
                                 @RequestParam(required = false) @Size(max = 64) String targetType,
                                 @RequestParam(required = false) @Size(max = 100) String targetId,
                                 @RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(audit.search(new AuditQuery(vendorId, actor, action, targetType, targetId,
                from, to), pageable));
    }
}
