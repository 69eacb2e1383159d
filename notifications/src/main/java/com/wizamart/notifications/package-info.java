/**
 * Notifications: email to customers and team members (order, payment and account messages), rendered from localized
 * templates with the vendor's branding, queued and sent with retries, and logged per vendor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "sharedkernel", "tenancy", "ordering", "identity", "payments" })
package com.wizamart.notifications;
