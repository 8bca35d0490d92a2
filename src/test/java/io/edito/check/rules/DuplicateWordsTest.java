package io.edito.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.text.Entities;
import io.edito.text.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The duplicate rule's words folded code point by code point are the words of the patterns on the whole text. */
class DuplicateWordsTest {
    private static final String[] PIECES = {
        "a", "Z", " ", ".", "é", "e\u0301", "É", "Réservez", "œ", "Œ", "ß", "ﬁ", "’", "–", "«", "»", "\n", "\t",
        "\u00A0", "#", "@", "#AtlasAir", "@atlas", "2026", "½", "²", "Ⅻ", "٣", "ب", "بَ", "الشَّمْس", "ال", "ﻻ", "\u0640",
        "\u0610", "日", "本", "ア", "ﾊﾟ", "한", "\u1100\u1161\u11A8", "क्ष", "\u094D", "ि", "👍", "👍🏽", "👨‍👩‍👧‍👦",
        "🇲🇦", "❤️", "1️⃣", "\u200D", "\uFE0F", "\u20E3", "\uD83D", "\uDE00", "𝐛", "𝐁", "©", "İ", "ı", "Σ", "ΣΑΣ",
        "σ", "ς", "Ά", "ά\u0301", "\u0345", "\u0344", "Å", "Å", "ǅ", "ǆ", "ﬀ", "ẞ", "Ω", "K", "\u0F73", "\u0F75",
        "\u0958", "\u2ADC", "\u1E9B\u0323", "q\u0307\u0323", "x-", "l'", "https://atlas.example/a?b=c",
        "atlas.example/x", "www.example.com", "ة", "ی", "ى", "ک", "ۀ", "ٱ", "أ", "آ", "الرحـــلات", "رحلة"
    };

    /** Words a reader reads alike are one word, as the charter's terms read them (review: no finding for these). */
    @Test
    void arabicLettersReadAlikeAreOne() {
        assertThat(DuplicateRule.words("الرحـــلات إلى مراكش في رحلة", List.of()))
                .isEqualTo(DuplicateRule.words("الرحلات الى مراكش فی رحله", List.of()))
                .isEqualTo(DuplicateRule.wordsByPatterns("الرحلات الى مراكش في رحله", List.of()));
        assertThat(DuplicateRule.words("کتاب على", List.of())).isEqualTo(DuplicateRule.words("كتاب علي", List.of()));
    }

    @Test
    void wordsAreThoseOfThePatterns() {
        Random r = new Random(23);
        List<String> texts = new ArrayList<>(List.of(PIECES));
        texts.add("");
        for (int i = 0; i < 6000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(14); k > 0; k--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            List<Entity> urls = Entities.urls(text);
            assertThat(DuplicateRule.words(text, urls)).as(text).isEqualTo(DuplicateRule.wordsByPatterns(text, urls));
        }
    }

    @Test
    void aTextsNumbersThroughTheThreadsMemoryAreThoseOfItsWords() {
        // thousands of distinct words, so that the memory grows several times, met again in other texts
        Random r = new Random(29);
        DuplicateRule.Dictionary dictionary = new DuplicateRule.Dictionary();
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(14); k > 0; k--) {
                sb.append(r.nextInt(4) == 0 ? PIECES[r.nextInt(PIECES.length)] : "mot" + r.nextInt(5000)).append(' ');
            }
            String text = sb.toString();
            List<Entity> urls = Entities.urls(text);
            int[] ids = dictionary.idsOf(text, text.toCharArray(), urls);
            assertThat(ids).as(text).containsExactly(dictionary.ids(DuplicateRule.words(text, urls)));
        }
        // another dictionary: the thread's memory of the first one is not used for it
        DuplicateRule.Dictionary other = new DuplicateRule.Dictionary();
        String text = "mot1 mot2 zzz";
        int[] ids = other.idsOf(text, text.toCharArray(), List.of());
        assertThat(ids).containsExactly(0, 1, 2);
    }
}
