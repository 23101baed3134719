package org.ecoledger.local.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key pair local tokens are signed with. Generated per install and kept outside version
 * control, so no two checkouts trust each other's tokens. The private key file is the source of
 * truth: the public key is always derived from it and its PEM rewritten when it does not match.
 */
public final class LocalSigningKey {

    public static final String PRIVATE_KEY_FILE = "jwt-signing-key.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public-key.pem";

    private static final int KEY_SIZE = 2048;
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;
    private Path publicKeyPem;

    private LocalSigningKey(RSAPrivateKey privateKey, RSAPublicKey publicKey, Path publicKeyPem) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = thumbprint(publicKey);
        this.publicKeyPem = publicKeyPem;
    }

    /** A key pair that lives only in memory, for tests. */
    public static LocalSigningKey generate() {
        KeyPair pair = newKeyPair();
        return new LocalSigningKey(
                (RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic(), null);
    }

    /**
     * The key pair kept in {@code directory}, created there on first use. Safe when two processes
     * create it at once: the first file to land wins and the other process loads it.
     */
    public static LocalSigningKey loadOrCreate(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        try {
            Files.createDirectories(directory);
            if (!Files.exists(privateFile)) {
                KeyPair pair = newKeyPair();
                createPrivateKeyFile(
                        privateFile, Pem.encode(PRIVATE_LABEL, pair.getPrivate().getEncoded()));
            }
            RSAPrivateCrtKey privateKey = readPrivateKey(privateFile);
            RSAPublicKey publicKey = publicKeyOf(privateKey);
            String publicPem = Pem.encode(PUBLIC_LABEL, publicKey.getEncoded());
            if (!Files.exists(publicFile) || !Files.readString(publicFile).equals(publicPem)) {
                replacePublicKeyFile(publicFile, publicPem);
            }
            return new LocalSigningKey(privateKey, publicKey, publicFile.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load or create the signing key in " + directory, e);
        }
    }

    /**
     * The public key as an X.509 PEM file, the form Spring's {@code public-key-location} reads. An
     * in-memory key writes it to a temporary file on first call.
     */
    public synchronized Path publicKeyPem() {
        if (publicKeyPem == null) {
            try {
                Path file = Files.createTempFile("ecoledger-jwt-public-key", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, Pem.encode(PUBLIC_LABEL, publicKey.getEncoded()));
                publicKeyPem = file;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the public key to a temporary file", e);
            }
        }
        return publicKeyPem;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The RFC 7638 thumbprint of the public key: stable for the key, different for a new one. */
    public String keyId() {
        return keyId;
    }

    /** Package-private: only the issuer next door signs with it. */
    RSAPrivateKey privateKey() {
        return privateKey;
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    private static RSAPrivateCrtKey readPrivateKey(Path file) throws IOException {
        byte[] encoded = Pem.decode(PRIVATE_LABEL, Files.readString(file), file);
        try {
            if (KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded))
                    instanceof RSAPrivateCrtKey crtKey) {
                return crtKey;
            }
            throw new IllegalStateException(file + " holds an RSA key without its public part");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " does not hold a PKCS#8 RSA private key", e);
        }
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey privateKey) {
        try {
            return (RSAPublicKey)
                    KeyFactory.getInstance("RSA")
                            .generatePublic(
                                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not derive the public key", e);
        }
    }

    /**
     * Publishes the private key with a hard link, which fails atomically when the file already exists
     * (a rename would silently replace a key another process has just created and used).
     */
    private static void createPrivateKeyFile(Path target, String content) throws IOException {
        Path temporary = writeTemporary(target, content, "rw-------");
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException anotherProcessWon) {
            // Its key is as good as ours, and tokens it may already have minted stay valid.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void replacePublicKeyFile(Path target, String content) throws IOException {
        Path temporary = writeTemporary(target, content, "rw-r--r--");
        try {
            Files.move(
                    temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** In the target's directory, so that the final link or move stays on one file system. */
    private static Path writeTemporary(Path target, String content, String posixPermissions)
            throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(posixPermissions));
        }
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        return temporary;
    }

    private static String thumbprint(RSAPublicKey publicKey) {
        try {
            return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not compute the key thumbprint", e);
        }
    }

    /** RFC 7468 text encoding, 64 characters a line. */
    private static final class Pem {

        private Pem() {}

        static String encode(String label, byte[] der) {
            String body =
                    Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
            return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
        }

        static byte[] decode(String label, String pem, Path source) {
            String begin = "-----BEGIN " + label + "-----";
            String end = "-----END " + label + "-----";
            int from = pem.indexOf(begin);
            int to = pem.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalStateException(source + " is not a PEM file with a " + label);
            }
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        }
    }
}
