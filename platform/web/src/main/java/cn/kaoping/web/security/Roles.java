package cn.kaoping.web.security;

import java.util.List;
import java.util.Set;

/** The {@code groups} of a Kaoping JWT (API.md). Use these constants in {@code @RolesAllowed} and in code. */
public final class Roles {

    /** 民警: a case-handling officer; sees their own records. */
    public static final String OFFICER = "OFFICER";
    /** 单位法制员: the legal officer of one unit; sees and acts for that unit. */
    public static final String UNIT_LEGAL_OFFICER = "UNIT_LEGAL_OFFICER";
    /** 考评员: a reviewer of the legal department; sees all units. */
    public static final String REVIEWER = "REVIEWER";
    /** 领导: leadership; sees all units, reads statistics. */
    public static final String LEADERSHIP = "LEADERSHIP";
    /** 管理员: administrator of units, officers and rulebooks. */
    public static final String ADMIN = "ADMIN";

    /** Every role, from the narrowest view to the widest. */
    public static final List<String> ALL = List.of(OFFICER, UNIT_LEGAL_OFFICER, REVIEWER, LEADERSHIP, ADMIN);

    /** Roles that see the data of every unit. */
    public static final Set<String> SEE_ALL_UNITS = Set.of(REVIEWER, LEADERSHIP, ADMIN);

    private Roles() {
    }
}
