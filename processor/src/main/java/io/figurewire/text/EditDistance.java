package io.figurewire.text;

/**
 * Optimal-string-alignment distance (Levenshtein plus transposition of neighbours, so "statmeent"
 * and "teh" count one edit each) with a budget: only the diagonal band of width 2k+1 is
 * computed, so a check costs O(n·k) and stops as soon as the budget is exceeded.
 */
final class EditDistance {

    private EditDistance() {
    }

    static boolean atMost(String a, String b, int k) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > k) {
            return false;
        }
        int big = k + 1;
        int[] before = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        java.util.Arrays.fill(before, big);
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, big);
        }
        for (int i = 1; i <= n; i++) {
            java.util.Arrays.fill(cur, big);
            cur[0] = Math.min(i, big);
            int rowMin = cur[0];
            for (int j = Math.max(1, i - k); j <= Math.min(m, i + k); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(prev[j - 1] + cost, Math.min(prev[j] + 1, cur[j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > k) {
                return false;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= k;
    }
}
