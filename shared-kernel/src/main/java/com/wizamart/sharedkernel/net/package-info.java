/**
 * Outbound HTTP to URLs someone else gave us (vendors' feeds, product image links), guarded against server-side
 * request forgery: {@link com.wizamart.sharedkernel.net.OutboundAddressPolicy} decides which resolved addresses may be
 * reached, {@link com.wizamart.sharedkernel.net.GuardedHttpClient} connects only to those and checks every redirect
 * hop again. One guard, so every context that fetches is held to the same rules (ADR 0037).
 */
package com.wizamart.sharedkernel.net;
