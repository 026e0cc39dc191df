package cn.kaoping.evaluation.query.casefiles;

/**
 * Which files a caller may see: all of them, or those of one unit, or those he handles, or both of the latter.
 *
 * @param unitId    a unit whose files are visible (legal officer), or null
 * @param officerId an officer whose own files are visible (officer), or null
 */
public record Visibility(boolean all, String unitId, String officerId) {

    public static Visibility everything() {
        return new Visibility(true, null, null);
    }

    public static Visibility limitedTo(String unitId, String officerId) {
        return new Visibility(false, unitId, officerId);
    }
}
