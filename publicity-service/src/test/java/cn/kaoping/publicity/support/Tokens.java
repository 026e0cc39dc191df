package cn.kaoping.publicity.support;

import cn.kaoping.servers.Infrastructure;
import cn.kaoping.web.security.Roles;

/** Bearer tokens of the test kit's dev key pair. */
public final class Tokens {

    private Tokens() {
    }

    public static String mint(String subject, String unitId, String... roles) {
        return "Bearer " + Infrastructure.shared().tokens().mint(subject, unitId, roles);
    }

    public static String reviewer() {
        return mint("reviewer-1", "brigade", Roles.REVIEWER);
    }

    public static String leadership() {
        return mint("leader-1", "bureau-leadership", Roles.LEADERSHIP);
    }

    public static String admin() {
        return mint("admin-1", null, Roles.ADMIN);
    }

    public static String legalOfficer(String unitId) {
        return mint("legal-" + unitId, unitId, Roles.UNIT_LEGAL_OFFICER);
    }

    public static String officer(String officerId, String unitId) {
        return mint(officerId, unitId, Roles.OFFICER);
    }
}
