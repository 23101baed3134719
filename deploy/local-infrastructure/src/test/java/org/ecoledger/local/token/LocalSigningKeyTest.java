package org.ecoledger.local.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSigningKeyTest {

    @Test
    void keyLoadedAgainFromTheSameDirectoryVerifiesTokensMintedBefore(@TempDir Path keys)
            throws Exception {
        String token =
                LocalTokenIssuer.withDefaults(LocalSigningKey.loadOrCreate(keys))
                        .mint(LocalUser.admin("admin"), Duration.ofHours(1));

        LocalSigningKey reloaded = LocalSigningKey.loadOrCreate(keys);

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(reloaded.publicKey()))).isTrue();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(reloaded.keyId());
    }

    @Test
    void keyPairIsKeptAsPkcs8AndX509PemFiles(@TempDir Path keys) throws Exception {
        LocalSigningKey key = LocalSigningKey.loadOrCreate(keys);

        String privatePem = Files.readString(keys.resolve("jwt-signing-key.pem"));
        String publicPem = Files.readString(keys.resolve("jwt-public-key.pem"));
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(publicPem)
                .startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
        assertThat(key.publicKeyPem()).isEqualTo(keys.resolve("jwt-public-key.pem").toAbsolutePath());
        assertThat(parsePublicPem(publicPem)).isEqualTo(key.publicKey());
    }

    @Test
    void privateKeyFileIsReadableByItsOwnerOnly(@TempDir Path keys) throws Exception {
        LocalSigningKey.loadOrCreate(keys);

        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(keys.resolve("jwt-signing-key.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void missingOrStalePublicKeyFileIsRewrittenFromThePrivateKey(@TempDir Path keys)
            throws Exception {
        LocalSigningKey original = LocalSigningKey.loadOrCreate(keys);
        Path publicFile = keys.resolve("jwt-public-key.pem");
        Files.delete(publicFile);

        LocalSigningKey.loadOrCreate(keys);
        assertThat(parsePublicPem(Files.readString(publicFile))).isEqualTo(original.publicKey());

        Files.writeString(publicFile, "stale");
        LocalSigningKey.loadOrCreate(keys);
        assertThat(parsePublicPem(Files.readString(publicFile))).isEqualTo(original.publicKey());
    }

    @Test
    void differentInstallsGetDifferentKeysAndKeyIds(@TempDir Path first, @TempDir Path second) {
        LocalSigningKey one = LocalSigningKey.loadOrCreate(first);
        LocalSigningKey other = LocalSigningKey.loadOrCreate(second);

        assertThat(one.publicKey()).isNotEqualTo(other.publicKey());
        assertThat(one.keyId()).isNotEqualTo(other.keyId());
    }

    @Test
    void inMemoryKeyWritesItsPublicPemOnDemand() throws Exception {
        LocalSigningKey key = LocalSigningKey.generate();

        Path pem = key.publicKeyPem();

        assertThat(key.publicKeyPem()).isEqualTo(pem);
        assertThat(parsePublicPem(Files.readString(pem))).isEqualTo(key.publicKey());
    }

    private static java.security.PublicKey parsePublicPem(String pem) throws Exception {
        String base64 =
                pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        byte[] der = Base64.getMimeDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
