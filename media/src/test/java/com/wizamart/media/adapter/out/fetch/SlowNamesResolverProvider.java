package com.wizamart.media.adapter.out.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The test JVM's name resolver (through the JDK's own resolver SPI): the system's for every name, except names under
 * {@value #SLOW_DOMAIN}, which answer {@code 127.0.0.1} only after {@link #SLOW_ANSWER} (or when released), as a DNS
 * server that takes its time would. No name under that domain exists ({@code .test} is reserved, RFC 2606).
 */
public final class SlowNamesResolverProvider extends InetAddressResolverProvider {

    static final String SLOW_DOMAIN = ".slow-dns.test";
    static final java.time.Duration SLOW_ANSWER = java.time.Duration.ofSeconds(10);
    static volatile CountDownLatch release = new CountDownLatch(1);

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver system = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (!host.endsWith(SLOW_DOMAIN)) {
                    return system.lookupByName(host, policy);
                }
                try {
                    release.await(SLOW_ANSWER.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Stream.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return system.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "slow names for tests";
    }
}
