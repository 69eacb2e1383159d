/**
 * Platform admins, vendor team members, roles and permissions, invitations, customers and the
 * tokens that prove who they are.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "sharedkernel", "tenancy" })
package com.wizamart.identity;
