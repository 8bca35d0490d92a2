package io.edito.text;

import io.edito.network.CountingUnit;
import io.edito.network.Networks;
import java.util.List;

/**
 * Sets up the text machinery (twitter-text's patterns, ICU's character data, the CommonMark parser, the term
 * matcher) on a background thread, while the command line is parsed and the calendar read: about 0.1 s of one-time
 * class initialisation that a short run would otherwise wait for when it checks its first post. It first reads the
 * built-in network facts (15 to 35 ms cold), which the command needs as soon as it has read the project. The JVM
 * initialises a class once, whichever thread asks first, so nothing is done twice and results do not depend on it.
 */
public final class TextWarmup {
    private static final String SAMPLE = "**Cap au sud** 🇲🇦 l'été à [Agadir](https://atlas.example/x?utm_source=x) "
            + "#AtlasAir @atlas 👩‍✈️ مَرْحَبًا بِكُمْ 東京\n- RÉSERVEZ vite !!";

    private TextWarmup() {
    }

    /** Starts the warm-up on a daemon thread (it never delays the end of the program) and returns at once. */
    public static void startInBackground() {
        Thread t = new Thread(TextWarmup::run, "edito-text-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void run() {
        try {
            Networks.defaults();
            DisplayedText d = NetworkText.renderMapped(SAMPLE);
            d.entities().all();
            d.entities().emojiCount();
            d.entities().allCapsWords(4);
            d.entities().repeatedPunctuation();
            for (CountingUnit unit : CountingUnit.values()) {
                TextMeasure.count(unit, d.text());
            }
            TermMatcher.compile(List.of("pas cher", "رخيص")).find(d.text());
        } catch (RuntimeException | LinkageError e) {
            // a warm-up only: whatever fails here fails again, and is reported, where the command really uses it
        }
    }
}
