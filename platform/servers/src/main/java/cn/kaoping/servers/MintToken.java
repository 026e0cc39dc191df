package cn.kaoping.servers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a development token:
 * {@code MintToken --sub <officer id> [--unit <unit id>] --groups REVIEWER,ADMIN [--keys <dir>] [--hours 12]}.
 * The keys directory defaults to {@code .kaoping-data/keys}, where the launcher keeps its key pair.
 */
public final class MintToken {

    static final String USAGE = """
            usage: mint-token --sub <officer id> [--unit <unit id>] --groups <ROLE,ROLE> [--keys <dir>] [--hours <n>]
              roles: OFFICER, UNIT_LEGAL_OFFICER, REVIEWER, LEADERSHIP, ADMIN
              --keys defaults to .kaoping-data/keys (the launcher's data folder)""";

    private MintToken() {
    }

    public static void main(String[] args) {
        String sub = null;
        String unit = null;
        List<String> groups = List.of();
        Path keys = Path.of(".kaoping-data", "keys");
        long hours = TokenMinter.DEFAULT_LIFETIME.toHours();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("-h") || flag.equals("--help")) {
                System.out.println(USAGE);
                return;
            }
            if (i + 1 >= args.length) {
                fail("missing value after " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--sub" -> sub = value;
                case "--unit" -> unit = value;
                case "--groups" -> groups = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                case "--keys" -> keys = Path.of(value);
                case "--hours" -> hours = Long.parseLong(value);
                default -> fail("unknown option " + flag);
            }
        }
        if (sub == null || groups.isEmpty()) {
            fail("--sub and --groups are required");
        }
        try {
            TokenMinter minter = DevKeys.load(keys).tokens();
            System.out.println(minter.mint(sub, unit, groups, Duration.ofHours(hours)));
        } catch (IllegalStateException e) {
            fail(e.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println("mint-token: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }
}
