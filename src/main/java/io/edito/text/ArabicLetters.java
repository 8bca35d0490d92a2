package io.edito.text;

/**
 * The Arabic letters a reader reads as another, in one place for every rule that compares words as they are read
 * (the charter's terms, near-duplicate texts): the tatweel that stretches a word (none), the alef with a hamza, a
 * madda or a wasla (alef), the alef maksura and the Persian yeh (yeh, which they look like inside a word), the
 * Persian keheh (kaf), the ta marbuta and the heh with yeh above (heh).
 */
public final class ArabicLetters {
    private ArabicLetters() {
    }

    /** What {@code cp} is read as: "" for the tatweel, another letter, or null when it is read as itself. */
    public static String readAs(int cp) {
        return switch (cp) {
            case 0x0640 -> ""; // tatweel
            case 0x0623, 0x0625, 0x0622, 0x0671 -> "\u0627"; // أ إ آ ٱ
            case 0x0649, 0x06CC -> "\u064A"; // ى, and Persian/Urdu ی (which looks like ي inside a word)
            case 0x06A9 -> "\u0643"; // Persian/Urdu ک, which looks like ك
            case 0x06C0, 0x0629 -> "\u0647"; // ۀ ة
            default -> null;
        };
    }
}
