package com.wizamart.tenancy.application;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.application.port.out.AuditStore;

/** Writes admin actions in the caller's transaction (an action and its audit entry commit together). */
@Service
public class AuditService implements AuditTrail {

    private final AuditStore store;
    private final Clock clock;

    AuditService(AuditStore store) {
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        store.append(entry, clock.instant());
    }

    @Transactional(readOnly = true)
    public Page<AuditStore.AuditRecord> search(AuditStore.AuditQuery query, Pageable pageable) {
        return store.search(query, pageable);
    }
}
