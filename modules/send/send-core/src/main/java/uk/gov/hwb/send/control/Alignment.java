package uk.gov.hwb.send.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lines up two lists of entries, old and new, the way a reader compares two versions of a SEF:
 * entries with the same text are the same entry (the longest common run of them, in order); between
 * those, an old and a new entry that share most of their words are the same entry changed; what is
 * left was removed (old) or added (new). Used both to show what changed and to keep an entry's
 * identity (and what answers it) when its text is edited.
 */
public final class Alignment {

    /** Entries that share at least this share of their words (Dice coefficient) are one entry changed. */
    static final double SIMILAR = 0.5;

    /** One step of the alignment: {@code before} and/or {@code after} index, -1 where there is none. */
    public record Step(int before, int after) {

        public boolean same() {
            return before >= 0 && after >= 0;
        }

        public boolean added() {
            return before < 0;
        }

        public boolean removed() {
            return after < 0;
        }
    }

    private Alignment() {
    }

    /** The steps in document order (removed entries where they were, added ones where they are). */
    public static List<Step> align(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = normal(before.get(i)).equals(normal(after.get(j)))
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int j = 0;
        int gapBefore = 0;
        int gapAfter = 0;
        while (i < n && j < m) {
            if (normal(before.get(i)).equals(normal(after.get(j)))) {
                pairGap(before, after, gapBefore, i, gapAfter, j, steps);
                steps.add(new Step(i, j));
                i++;
                j++;
                gapBefore = i;
                gapAfter = j;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        pairGap(before, after, gapBefore, n, gapAfter, m, steps);
        return pairMoved(before, after, steps);
    }

    /**
     * An entry moved past unchanged ones (and perhaps edited on the way) is still the same entry: of
     * what is left removed and added, the most similar pairs (at least {@link #SIMILAR}) are joined,
     * at the entry's new place.
     */
    private static List<Step> pairMoved(List<String> before, List<String> after, List<Step> steps) {
        List<int[]> candidates = new ArrayList<>();
        for (Step removed : steps) {
            if (removed.removed()) {
                for (Step added : steps) {
                    if (added.added() && similarity(before.get(removed.before()), after.get(added.after())) >= SIMILAR) {
                        candidates.add(new int[] {removed.before(), added.after()});
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return steps;
        }
        candidates.sort((x, y) -> Double.compare(similarity(before.get(y[0]), after.get(y[1])), similarity(before.get(x[0]), after.get(x[1]))));
        java.util.Map<Integer, Integer> joined = new java.util.HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int[] pair : candidates) {
            if (!used.contains(pair[0]) && !joined.containsKey(pair[1])) {
                used.add(pair[0]);
                joined.put(pair[1], pair[0]);
            }
        }
        List<Step> result = new ArrayList<>();
        for (Step step : steps) {
            if (step.removed() && used.contains(step.before())) {
                continue;
            }
            result.add(step.added() && joined.containsKey(step.after()) ? new Step(joined.get(step.after()), step.after()) : step);
        }
        return result;
    }

    /**
     * Between two anchors: pairs old and new entries in order so that the summed similarity of the
     * pairs (each at least {@link #SIMILAR}) is greatest; the rest are removed or added.
     */
    private static void pairGap(List<String> before, List<String> after, int b0, int b1, int a0, int a1, List<Step> steps) {
        int n = b1 - b0;
        int m = a1 - a0;
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double pair = similarity(before.get(b0 + i), after.get(a0 + j));
                double paired = pair >= SIMILAR ? pair + best[i + 1][j + 1] : Double.NEGATIVE_INFINITY;
                best[i][j] = Math.max(paired, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m) {
                double pair = similarity(before.get(b0 + i), after.get(a0 + j));
                if (pair >= SIMILAR && best[i][j] == pair + best[i + 1][j + 1]) {
                    steps.add(new Step(b0 + i, a0 + j));
                    i++;
                    j++;
                } else if (best[i][j] == best[i + 1][j]) {
                    steps.add(new Step(b0 + i, -1));
                    i++;
                } else {
                    steps.add(new Step(-1, a0 + j));
                    j++;
                }
            } else if (i < n) {
                steps.add(new Step(b0 + i, -1));
                i++;
            } else {
                steps.add(new Step(-1, a0 + j));
                j++;
            }
        }
    }

    /** The Dice coefficient of the two texts' sets of words (letters and digits, any case). */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String normal(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
