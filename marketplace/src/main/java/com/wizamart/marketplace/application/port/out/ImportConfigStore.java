package com.wizamart.marketplace.application.port.out;

import java.util.Map;

/** Per vendor and marketplace: the feed URL per language (vendor-owned, Row-Level Security). */
public interface ImportConfigStore {

    /** @return marketplace name to (language to URL), for the bound vendor. */
    Map<String, Map<String, String>> load();

    void save(String marketplace, Map<String, String> urlsByLanguage);
}
