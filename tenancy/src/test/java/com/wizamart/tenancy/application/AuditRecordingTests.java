package com.wizamart.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.RequestOrigin;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;
import com.wizamart.tenancy.application.port.out.AuditStore;

class AuditRecordingTests {

    private final List<Object[]> appended = new ArrayList<>();
    private final AuditRecording service = new AuditRecording(new AuditStore() {
        @Override
        public void append(AuditEntry entry, RequestOrigin origin, Instant at) {
            appended.add(new Object[] {entry, origin});
        }

        @Override
        public Page<AuditRecord> search(AuditQuery query, Pageable pageable) {
            return Page.empty();
        }
    });

    @AfterEach
    void clearTheLoggingContext() {
        MDC.clear();
    }

    @Test
    void valuesUnderKeysNamingASecretNeverReachTheStoreAtAnyDepth() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("passwordHash", "{argon2}$argon2id$v=19$m=16384");
        nested.put("role", "Editor");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("newPassword", "correct-horse");
        after.put("refreshToken", "abc.def");
        after.put("clientSecret", "s3cr3t");
        after.put("user", nested);
        after.put("list", List.of(Map.of("apiToken", "t0k3n")));
        after.put("active", true);

        Map<String, Object> safe = AuditRecording.withoutSecrets(after);

        assertThat(safe.toString()).doesNotContain("correct-horse", "abc.def", "s3cr3t", "$argon2", "t0k3n");
        assertThat(safe).containsEntry("newPassword", AuditRecording.REDACTED).containsEntry("active", true);
        assertThat(((Map<?, ?>) safe.get("user")).get("role")).isEqualTo("Editor");
    }

    @Test
    void theEntryCarriesTheRequestOriginOfTheLoggingContext() {
        MDC.put(RequestOrigin.CLIENT_ADDRESS, "203.0.113.7");
        MDC.put(RequestOrigin.REQUEST_ID, "req-42");

        service.record(new AuditEntry(new Actor(UUID.randomUUID(), "a@b.test"), "ROLE_CREATED", UUID.randomUUID(),
                "role", "1", "Packer", Map.of(), Map.of("secret", "x")));

        AuditEntry entry = (AuditEntry) appended.get(0)[0];
        assertThat(appended.get(0)[1]).isEqualTo(new RequestOrigin("203.0.113.7", "req-42"));
        assertThat(entry.targetName()).isEqualTo("Packer");
        assertThat(entry.after()).containsEntry("secret", AuditRecording.REDACTED);
    }

    @Test
    void outsideARequestTheOriginIsEmpty() {
        service.record(new AuditEntry(Actor.system(), "ORDER_STATUS_CHANGED", null, "order", "1", "LU-1", null, null));

        assertThat(appended.get(0)[1]).isEqualTo(new RequestOrigin(null, null));
    }
}
