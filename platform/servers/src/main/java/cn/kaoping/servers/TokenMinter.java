package cn.kaoping.servers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 JSON Web Tokens as the services expect them (API.md): issuer {@value #ISSUER}, claims
 * {@code sub}, {@code upn}, {@code groups} (roles), {@code unit}, {@code iat}, {@code exp} (12 hours), {@code jti}.
 * Plain {@code java.security}: no JWT library needed by tests or by the mint-token command.
 */
public final class TokenMinter {

    public static final String ISSUER = "kaoping-dev";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final PrivateKey key;
    private final String issuer;

    public TokenMinter(PrivateKey key) {
        this(key, ISSUER);
    }

    public TokenMinter(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** A token for {@code subject} of unit {@code unitId} (null: no unit claim) with the given roles. */
    public String mint(String subject, String unitId, String... groups) {
        return mint(subject, unitId, List.of(groups), DEFAULT_LIFETIME);
    }

    /** A token that expired an hour ago: services must answer 401 to it. */
    public String mintExpired(String subject, String unitId, String... groups) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return sign(claims(subject, unitId, List.of(groups), issued, issued.plus(Duration.ofHours(1))));
    }

    public String mint(String subject, String unitId, List<String> groups, Duration lifetime) {
        Instant now = Instant.now();
        return sign(claims(subject, unitId, groups, now, now.plus(lifetime)));
    }

    private String claims(String subject, String unitId, List<String> groups, Instant issued, Instant expires) {
        StringBuilder json = new StringBuilder("{");
        field(json, "iss", issuer).append(',');
        field(json, "sub", subject).append(',');
        field(json, "upn", subject).append(',');
        json.append("\"groups\":[");
        for (int i = 0; i < groups.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(groups.get(i)));
        }
        json.append("],");
        if (unitId != null) {
            field(json, "unit", unitId).append(',');
        }
        field(json, "jti", UUID.randomUUID().toString()).append(',');
        json.append("\"iat\":").append(issued.getEpochSecond()).append(',');
        json.append("\"exp\":").append(expires.getEpochSecond());
        return json.append('}').toString();
    }

    private String sign(String claims) {
        String signingInput = HEADER + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        return json.append(quote(name)).append(':').append(quote(value));
    }

    private static String quote(String s) {
        if (s == null) {
            throw new IllegalArgumentException("claims must not be null");
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
