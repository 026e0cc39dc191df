package cn.kaoping.contracts;

import java.util.List;

/** A minimal line diff (longest common subsequence) for snapshot failures; files here are small. */
final class LineDiff {

    private LineDiff() {
    }

    static String of(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder diff = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                diff.append("  ").append(a.get(i)).append('\n');
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                diff.append("+ ").append(b.get(j)).append('\n');
                j++;
            } else {
                diff.append("- ").append(a.get(i)).append('\n');
                i++;
            }
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            diff.append("(the files differ in the final line end)\n");
        }
        return diff.toString();
    }
}
