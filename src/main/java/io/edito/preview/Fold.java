package io.edito.preview;

import io.edito.network.Network;
import io.edito.text.Graphemes;
import io.edito.text.TextMeasure;
import java.util.OptionalInt;

/**
 * Where a network folds a text behind "… more": after {@link Network#fold()} units of the network's own count
 * (X-weighted, UTF-16...), moved back to the last space so that no word is cut, as the apps do. A text that fits
 * under the fold is not folded. The figures are unofficial and differ between the apps and the web (LinkedIn: about
 * 210 on desktop, 140 on mobile): a charter or {@code --fold} sets another one.
 */
public final class Fold {
    /** The word boundary is looked for in the last third of the visible part at most. */
    private static final int WORD_BACKTRACK_DIVISOR = 3;

    private Fold() {
    }

    /** The UTF-16 index of the fold in {@code text}, or -1 when the network shows it whole. */
    public static int of(Network network, String text) {
        return of(network, network.fold(), text);
    }

    /** The fold of {@code text} at {@code fold} units of {@code network}'s count, or -1. */
    public static int of(Network network, OptionalInt fold, String text) {
        if (fold.isEmpty() || text.isEmpty()) {
            return -1;
        }
        int limit = fold.getAsInt();
        var unit = network.text().unit();
        int urlWeight = network.urlWeight().orElse(23);
        if (TextMeasure.count(unit, text, urlWeight) <= limit) {
            return -1;
        }
        int[] b = Graphemes.boundaries(text);
        int cut = 0;
        for (int i = 1; i < b.length; i++) {
            if (TextMeasure.count(unit, text.substring(0, b[i]), urlWeight) > limit) {
                break;
            }
            cut = b[i];
        }
        int word = lastSpaceBefore(text, cut);
        if (word > 0 && word >= cut - Math.max(1, cut / WORD_BACKTRACK_DIVISOR) && !Character.isWhitespace(text.charAt(cut))) {
            cut = word;
        }
        while (cut > 0 && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    private static int lastSpaceBefore(String text, int end) {
        for (int i = end - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
