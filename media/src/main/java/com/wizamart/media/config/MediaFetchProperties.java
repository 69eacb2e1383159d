package com.wizamart.media.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.wizamart.sharedkernel.net.AddressRange;
import com.wizamart.sharedkernel.net.OutboundAddressPolicy;

/**
 * How feed images are fetched ({@code wizamart.media.fetch.*}), through the shared kernel's SSRF guard.
 *
 * @param connectTimeout longest wait for a connection.
 * @param readTimeout    longest wait for the answer's head and for each read of its body; every byte resets it.
 * @param deadline       longest a whole download may take, from the first request to the last byte; a server that
 *                       trickles bytes (each resetting the read timeout) is cut off here ({@code MEDIA_FETCH_TIMEOUT}).
 * @param maxSize        largest image body accepted; counted while reading, the download is aborted beyond
 *                       ({@code MEDIA_TOO_LARGE}).
 * @param maxRedirects   redirects followed, each hop checked again.
 * @param allowedHosts   host names or addresses that may be fetched although they are private or local; empty in
 *                       production (tests list {@code 127.0.0.1} for their local stand-in server).
 * @param refusedRanges  address ranges in CIDR notation refused on top of the internal ones (e.g. the operator's own
 *                       NAT64 prefix, {@code 64:ff9b:abcd::/96}); empty by default. Checked at start-up.
 */
@ConfigurationProperties("wizamart.media.fetch")
public record MediaFetchProperties(@DefaultValue("5s") Duration connectTimeout,
                                   @DefaultValue("10s") Duration readTimeout,
                                   @DefaultValue("30s") Duration deadline,
                                   @DefaultValue("20MB") DataSize maxSize,
                                   @DefaultValue("3") int maxRedirects,
                                   @DefaultValue List<String> allowedHosts,
                                   @DefaultValue List<String> refusedRanges) {

    public MediaFetchProperties {
        for (var timeout : List.of(connectTimeout, readTimeout, deadline)) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(
                        "wizamart.media.fetch: connect-timeout, read-timeout and deadline must be positive");
            }
        }
        if (maxSize.toBytes() < 1 || maxSize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("wizamart.media.fetch.max-size must be between 1 byte and 2GB");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("wizamart.media.fetch.max-redirects must not be negative");
        }
        allowedHosts = List.copyOf(allowedHosts);
        refusedRanges = List.copyOf(refusedRanges);
        // a range that is not one fails the start, not the first fetch
        refusedRanges.forEach(AddressRange::parse);
    }

    /** The SSRF guard these settings describe: internal addresses and {@code refusedRanges} refused. */
    public OutboundAddressPolicy addressPolicy() {
        return OutboundAddressPolicy.allowing(allowedHosts, refusedRanges);
    }
}
