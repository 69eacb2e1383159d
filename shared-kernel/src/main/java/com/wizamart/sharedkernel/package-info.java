/**
 * The shared kernel: the few plain-Java types every context agrees on, chiefly {@link DomainException}
 * with its stable error code. Deliberately tiny and free of frameworks so that any context's domain may use it
 * (see docs/adr/0002-shared-kernel.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.wizamart.sharedkernel;
