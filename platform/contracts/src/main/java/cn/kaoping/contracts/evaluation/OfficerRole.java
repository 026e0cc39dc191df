package cn.kaoping.contracts.evaluation;

/** The roles of PROCESS.md "People and roles"; the same names as the JWT groups. */
public enum OfficerRole {
    /** 民警 */
    OFFICER,
    /** 法制员 */
    UNIT_LEGAL_OFFICER,
    /** 法制大队考评员 */
    REVIEWER,
    /** 局领导/局党组 */
    LEADERSHIP,
    ADMIN
}
