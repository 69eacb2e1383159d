package com.wizamart.catalog.application.port.out;

import java.util.Optional;

import com.wizamart.catalog.domain.CatalogSettings;

/** The bound vendor's catalog settings (vendor-owned, Row-Level Security). */
public interface CatalogSettingsStore {

    Optional<CatalogSettings> load();

    void save(CatalogSettings settings);
}
