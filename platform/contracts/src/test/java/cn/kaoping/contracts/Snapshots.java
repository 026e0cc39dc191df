package cn.kaoping.contracts;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Approval files: the checked-in text is the contract. A missing or different file fails with a diff;
 * {@code -Dsnapshots.update=true} writes it instead (review the diff in git before committing).
 */
final class Snapshots {

    static final String UPDATE_PROPERTY = "snapshots.update";
    private static final String HOW_TO_ACCEPT =
            "If the change is intended, accept it with: mvn -pl platform/contracts test -D" + UPDATE_PROPERTY + "=true";

    private Snapshots() {
    }

    static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    static void verify(Path file, String actual) {
        verify(file, actual, updating());
    }

    static void verify(Path file, String actual, boolean update) {
        String expected = read(file);
        if (actual.equals(expected)) {
            return;
        }
        if (update) {
            write(file, actual);
            return;
        }
        if (expected == null) {
            fail("Snapshot " + file + " is missing. " + HOW_TO_ACCEPT + "\nActual:\n" + actual);
        }
        fail("Snapshot " + file + " differs (- checked in, + now):\n" + LineDiff.of(expected, actual) + "\n"
                + HOW_TO_ACCEPT + "\nA change that breaks readers needs a new version of the type (@EventType).");
    }

    /** Files in the folder that no current type produces: a removed or renamed type is a visible change. */
    static void verifyNoOthers(Path folder, Set<String> expectedNames) {
        List<Path> stale = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> !expectedNames.contains(f.getFileName().toString())).forEach(stale::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        if (updating()) {
            stale.forEach(Snapshots::delete);
            return;
        }
        fail("Checked-in files without a current event type: " + stale + ". Removing or renaming a type breaks"
                + " readers. " + HOW_TO_ACCEPT);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
