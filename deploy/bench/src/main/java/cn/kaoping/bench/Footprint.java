package cn.kaoping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** W5: resident memory of the whole local stack (every process this harness started, and theirs), from /proc. */
final class Footprint {

    private static final Pattern READY = Pattern.compile("^\\s+(\\S+-service)\\s+ready after ([0-9.]+) s", Pattern.MULTILINE);

    private Footprint() {
    }

    /** The resident set of every descendant of this JVM, in MiB (0 where /proc is not there). */
    static double stackRssMiB() {
        return ProcessHandle.current().descendants().mapToLong(p -> rssKiB(p.pid())).sum() / 1024.0;
    }

    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** The launcher's "ready after" lines: each service's JVM start to ready (all five started at once). */
    static java.util.Map<String, Double> readyTimes(String launcherOutput) {
        java.util.Map<String, Double> times = new java.util.LinkedHashMap<>();
        Matcher m = READY.matcher(launcherOutput);
        while (m.find()) {
            times.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return times;
    }
}
