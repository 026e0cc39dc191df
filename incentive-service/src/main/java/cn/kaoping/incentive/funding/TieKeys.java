package cn.kaoping.incentive.funding;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The keys of the tie rule, from the directory: unit codes and police numbers. */
public final class TieKeys {

    private TieKeys() {
    }

    public static Map<String, String> unitCodes(Handle h) {
        Map<String, String> codes = new HashMap<>();
        h.createQuery("SELECT unit_id, code FROM unit_directory")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> codes.put(e.getKey(), e.getValue()));
        return codes;
    }

    public static Map<String, String> policeNumbers(Handle h) {
        Map<String, String> numbers = new HashMap<>();
        h.createQuery("SELECT officer_id, police_number FROM officer_directory")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> numbers.put(e.getKey(), e.getValue()));
        return numbers;
    }
}
