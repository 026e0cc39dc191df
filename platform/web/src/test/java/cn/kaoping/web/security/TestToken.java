package cn.kaoping.web.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A JWT as the verifier hands it to the application: claims by name (a test double of the interface). */
final class TestToken implements JsonWebToken {

    private final Map<String, Object> claims = new HashMap<>();

    static TestToken of(String subject, String unit, String... groups) {
        TestToken token = new TestToken();
        if (subject != null) {
            token.claims.put("sub", subject);
        }
        if (unit != null) {
            token.claims.put("unit", unit);
        }
        token.claims.put("groups", Set.of(groups));
        return token;
    }

    static TestToken anonymous() {
        return new TestToken();
    }

    TestToken with(String claim, Object value) {
        claims.put(claim, value);
        return this;
    }

    @Override
    public String getName() {
        return (String) claims.get("upn");
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }
}
