package cn.kaoping.servers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenMinterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tokenIsRs256SignedByThePrivateKeyAndVerifiesWithThePublicPemFile(@TempDir Path keys) throws Exception {
        String token = DevKeys.loadOrCreate(keys).tokens().mint("officer-7", "unit-3", "REVIEWER", "ADMIN");

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(verifies(parts, publicKeyFromPemFile(keys.resolve("jwt-public.pem")))).isTrue();
        assertThat(JSON.readTree(decode(parts[0])).get("alg").asText()).isEqualTo("RS256");

        JsonNode claims = JSON.readTree(decode(parts[1]));
        assertThat(claims.get("iss").asText()).isEqualTo("kaoping-dev");
        assertThat(claims.get("sub").asText()).isEqualTo("officer-7");
        assertThat(claims.get("upn").asText()).isEqualTo("officer-7");
        assertThat(claims.get("unit").asText()).isEqualTo("unit-3");
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("REVIEWER", "ADMIN");
        long now = Instant.now().getEpochSecond();
        assertThat(claims.get("exp").asLong()).isBetween(now + 12 * 3600 - 60, now + 12 * 3600 + 60);
    }

    @Test
    void aTamperedTokenDoesNotVerify(@TempDir Path keys) throws Exception {
        String[] parts = DevKeys.loadOrCreate(keys).tokens().mint("officer-7", "unit-3", "OFFICER").split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                decode(parts[1]).replace("OFFICER", "ADMIN").getBytes(StandardCharsets.UTF_8));

        assertThat(verifies(new String[] {parts[0], forged, parts[2]}, publicKeyFromPemFile(keys.resolve("jwt-public.pem")))).isFalse();
    }

    @Test
    void keyPairIsGeneratedOnceAndReusedWithAPrivateKeyOnlyTheOwnerReads(@TempDir Path keys) throws Exception {
        DevKeys first = DevKeys.loadOrCreate(keys);
        DevKeys again = DevKeys.loadOrCreate(keys);

        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.privateKeyPem()))).isEqualTo("rw-------");
    }

    @Test
    void anExpiredTokenSaysSo(@TempDir Path keys) throws Exception {
        String token = DevKeys.loadOrCreate(keys).tokens().mintExpired("officer-7", "unit-3", "OFFICER");

        long exp = JSON.readTree(decode(token.split("\\.")[1])).get("exp").asLong();
        assertThat(exp).isLessThan(Instant.now().getEpochSecond());
    }

    @Test
    void mintTokenCommandPrintsAVerifiableToken(@TempDir Path keys) throws Exception {
        DevKeys.loadOrCreate(keys);
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            MintToken.main(new String[] {"--sub", "admin-1", "--groups", "REVIEWER,ADMIN", "--keys", keys.toString()});
        } finally {
            System.setOut(stdout);
        }
        String[] parts = captured.toString(StandardCharsets.UTF_8).trim().split("\\.");

        assertThat(verifies(parts, publicKeyFromPemFile(keys.resolve("jwt-public.pem")))).isTrue();
        JsonNode claims = JSON.readTree(decode(parts[1]));
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("REVIEWER", "ADMIN");
        assertThat(claims.has("unit")).isFalse();
    }

    @Test
    void loadingWithoutKeysExplainsWhere(@TempDir Path empty) {
        assertThatThrownBy(() -> DevKeys.load(empty)).hasMessageContaining("no development key pair in " + empty);
    }

    static boolean verifies(String[] parts, PublicKey key) throws Exception {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    static PublicKey publicKeyFromPemFile(Path pem) throws Exception {
        String text = Files.readString(pem);
        assertThat(text).startsWith("-----BEGIN PUBLIC KEY-----");
        String body = text.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
