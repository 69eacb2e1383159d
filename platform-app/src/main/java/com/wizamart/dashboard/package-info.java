/**
 * Read-only views that combine several contexts (the admin's vendor detail with its counts, dashboards). Asks each
 * context's public API; nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package com.wizamart.dashboard;
