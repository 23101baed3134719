package org.ecoledger.monitoring.device;

import org.ecoledger.common.monitoring.DeviceSecret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Issues device passwords and checks them. HJ 212 caps PW at six characters and sends it in
 * clear, so the hash protects the stored copy, not the wire; the platform issues the password so
 * that it is random rather than a vendor default.
 */
public final class DeviceSecrets {

    static final String ALGORITHM = "SHA-256";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceSecrets() {
    }

    /** A new password, shown to the caller once, and what the registry keeps of it. */
    public record Issued(String password, DeviceSecret secret) {
    }

    public static Issued issue() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return new Issued(password.toString(), new DeviceSecret(ALGORITHM, saltHex, hash(saltHex, password.toString())));
    }

    public static boolean matches(DeviceSecret secret, String password) {
        if (password == null || !ALGORITHM.equals(secret.algorithm())) {
            return false;
        }
        return MessageDigest.isEqual(secret.hash().getBytes(StandardCharsets.US_ASCII),
                hash(secret.salt(), password).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hash(String salt, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance(ALGORITHM);
            digest.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
