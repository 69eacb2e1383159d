/**
 * The platform's own infrastructure inside the deployable: database provisioning, the security filter chain,
 * problem-details errors, request ids and demo data. Depends on the contexts' public APIs; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform infrastructure")
package com.wizamart.platform;
