package com.wizamart.media.domain;

/**
 * What a vendor stores now, against its {@link MediaQuota}.
 *
 * @param images distinct originals some product uses.
 * @param bytes  their bytes, variants included.
 */
public record MediaUsage(long images, long bytes) {
}
