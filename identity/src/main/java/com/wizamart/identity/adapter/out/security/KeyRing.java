package com.wizamart.identity.adapter.out.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.wizamart.identity.config.IdentityProperties;

/**
 * The ES256 signing keys, loaded from a JWK set file holding private keys. Several keys allow rotation: the active
 * one signs, all of them verify. For development the file is generated (owner-readable only) on first start.
 */
final class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

    private final List<ECKey> keys;
    private final ECKey active;

    private KeyRing(List<ECKey> keys, ECKey active) {
        this.keys = List.copyOf(keys);
        this.active = active;
    }

    static KeyRing load(IdentityProperties.Tokens settings) {
        Path file = settings.keySetFile();
        try {
            if (!Files.exists(file)) {
                if (!settings.generateIfMissing()) {
                    throw new IllegalStateException("JWT key set file " + file + " does not exist");
                }
                generate(file);
            }
            JWKSet set = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<ECKey> keys = set.getKeys().stream()
                    .filter(k -> k instanceof ECKey && k.isPrivate() && Curve.P_256.equals(((ECKey) k).getCurve()))
                    .map(ECKey.class::cast).toList();
            if (keys.isEmpty() || keys.stream().anyMatch(k -> k.getKeyID() == null)) {
                throw new IllegalStateException("JWT key set " + file + " needs private P-256 keys, each with a kid");
            }
            ECKey active = settings.activeKeyId() == null || settings.activeKeyId().isBlank()
                    ? keys.stream().max(Comparator.comparing(KeyRing::issuedAt)).orElseThrow()
                    : keys.stream().filter(k -> settings.activeKeyId().equals(k.getKeyID())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No key with kid " + settings.activeKeyId()));
            return new KeyRing(keys, active);
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot load the JWT key set from " + file, e);
        }
    }

    private static Date issuedAt(ECKey key) {
        return key.getIssueTime() == null ? new Date(0) : key.getIssueTime();
    }

    private static void generate(Path file) throws JOSEException, IOException {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256).issueTime(new Date()).generate();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, new JWKSet(key).toString(false), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        log.info("Generated a JWT signing key ({}) at {}", key.getKeyID(), file);
    }

    ECKey active() {
        return active;
    }

    JWKSet publicSet() {
        return new JWKSet(keys.stream().map(JWK::toPublicJWK).toList());
    }
}
