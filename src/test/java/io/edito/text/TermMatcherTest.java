package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
    @Test
    void everyCharFoldsAloneAsAfterACharThatFoldsToSeveral() {
        // "\uFB03" (ﬃ) folds to "ffi": the fold of what follows it goes the way that keeps a map of every char,
        // through the fold's strings; a char alone goes through the table of one-char folds
        assertThat(TermMatcher.fold("\uFB03")).isEqualTo("ffi");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String alone = String.valueOf((char) c);
            assertThat(TermMatcher.fold(alone)).as("U+%04X", c).isEqualTo(TermMatcher.fold("\uFB03" + alone).substring(3));
        }
    }

    private static List<String> found(TermMatcher m, String text) {
        return m.find(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void persianLettersReadAsTheArabicTheyLookLikeAndAHamzaAboveIsAMark() {
        // رخیص with the Persian ی, کتاب with the Persian ک: the same words to a reader, missed before
        TermMatcher m = TermMatcher.compile(List.of("رخيص", "كتاب", "مسؤول", "سؤال"));
        assertThat(found(m, "عرض رخیص اليوم")).containsExactly("رخیص");
        assertThat(found(m, "هذا الکتاب")).containsExactly("الکتاب");
        // the informal spellings without the hamza are found, as before
        assertThat(found(m, "عندكم سوال؟ المسوول هنا")).containsExactly("سوال", "المسوول");
        assertThat(found(m, "كتابة")).isEmpty(); // another word
    }

    @Test
    void caseAndAccentInsensitive() {
        TermMatcher m = TermMatcher.compile(List.of("reservez"));
        assertThat(found(m, "Réservez vite")).containsExactly("Réservez");
        assertThat(found(m, "RÉSERVEZ VITE")).containsExactly("RÉSERVEZ");
        assertThat(found(m, "re\u0301servez (NFD)")).containsExactly("re\u0301servez");
        assertThat(found(m, "réservezvous réserve")).isEmpty(); // whole words only
        TermMatcher accented = TermMatcher.compile(List.of("Été", "cœur"));
        assertThat(found(accented, "Un ete, un COEUR, un été")).containsExactly("ete", "COEUR", "été");
    }

    @Test
    void frenchElisionWithBothApostrophes() {
        TermMatcher m = TermMatcher.compile(List.of("avion", "hiver", "l'offre"));
        assertThat(found(m, "Prenez l'avion cet hiver")).containsExactly("avion", "hiver");
        assertThat(found(m, "Prenez l’avion, vacances d’hiver")).containsExactly("avion", "hiver");
        assertThat(found(m, "L’OFFRE du jour")).containsExactly("L’OFFRE");
        assertThat(found(m, "les avions")).isEmpty();
    }

    @Test
    void multiWordTerms() {
        TermMatcher m = TermMatcher.compile(List.of("pas cher", "cher"));
        String text = "Un vol PAS  CHER, pas-cher et pas\ncher; pas, cher";
        List<TermMatch> matches = m.find(text);
        assertThat(matches.stream().filter(t -> t.term() == 0).map(t -> text.substring(t.start(), t.end())))
                .containsExactly("PAS  CHER", "pas-cher", "pas\ncher");
        // the single word matches everywhere, the longer match sorts first at the same start
        assertThat(matches.stream().filter(t -> t.term() == 1)).hasSize(4);
        assertThat(matches.get(0).term()).isZero();
        assertThat(matches.get(0).text()).isEqualTo("pas cher");
        assertThat(matches.get(1).term()).isOne();
    }

    @Test
    void arabicArticlePrefixesDiacriticsAndTatweel() {
        TermMatcher m = TermMatcher.compile(List.of("رخيص"));
        assertThat(found(m, "سعر رخيص")).containsExactly("رخيص");
        assertThat(found(m, "الطيران الرخيص")).containsExactly("الرخيص");
        assertThat(found(m, "ورخيص والرخيص بالرخيص")).containsExactly("ورخيص", "والرخيص", "بالرخيص");
        assertThat(found(m, "رَخِيص")).containsExactly("رَخِيص"); // with harakat
        assertThat(found(m, "رخـــيص")).containsExactly("رخـــيص"); // with tatweel
        assertThat(found(m, "رخيصة")).isEmpty(); // another word
        TermMatcher withArticle = TermMatcher.compile(List.of("السفر", "بيع"));
        assertThat(found(withArticle, "سفر ممتع والسفر للبيع")).containsExactly("سفر", "والسفر", "للبيع");
        TermMatcher hamza = TermMatcher.compile(List.of("اعلان"));
        assertThat(found(hamza, "إعلان الإعلان")).containsExactly("إعلان", "الإعلان");
    }

    @Test
    void cjkWordsNeedNoSpaces() {
        TermMatcher m = TermMatcher.compile(List.of("日本", "東京"));
        assertThat(found(m, "日本語の東京旅行")).containsExactly("日本", "東京");
    }

    @Test
    void spansAreInTheOriginalStringAroundEmojiAndSurrogates() {
        String family = GraphemesTest.FAMILY;
        TermMatcher m = TermMatcher.compile(List.of("promo"));
        String text = family + " 𝐁 PROMO " + family;
        TermMatch t = m.find(text).get(0);
        assertThat(t.start()).isEqualTo(text.indexOf("PROMO"));
        assertThat(t.end()).isEqualTo(text.indexOf("PROMO") + 5);
        // a folded character that grows (ß -> ss) still maps to its original span
        TermMatcher strasse = TermMatcher.compile(List.of("strasse"));
        String german = "Die Straße";
        assertThat(found(strasse, german)).containsExactly("Straße");
    }

    @Test
    void fold() {
        assertThat(TermMatcher.fold("RÉSERVEZ l’Été")).isEqualTo("reservez l'ete");
        assertThat(TermMatcher.fold("الإعلانُ")).isEqualTo("الاعلان");
    }

    @Test
    void rejectsTermsWithoutLetters() {
        assertThatThrownBy(() -> TermMatcher.compile(List.of("ok", "!!!")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("term '!!!' has no letter or digit to match");
    }

    @Test
    void manyTermsAreIndexedNotScanned() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            terms.add("terme" + i + " interdit");
        }
        terms.add("pas cher");
        TermMatcher m = TermMatcher.compile(terms);
        assertThat(m.terms()).hasSize(201);
        String text = "Vol pas cher vers Fès, terme42 interdit, terme4 autorisé.";
        assertThat(m.find(text)).extracting(TermMatch::term).containsExactly(200, 42);
    }

    @Test
    void arabicWordFormsAreTheWordWithoutArticleAndPrefix() {
        assertThat(TermMatcher.textWordForms("الرخيص")).containsExactly("الرخيص", "رخيص");
        assertThat(TermMatcher.textWordForms("والرخيص")).containsExactly("والرخيص", "الرخيص", "رخيص");
        assertThat(TermMatcher.textWordForms("للبيع")).containsExactly("للبيع", "لبيع", "بيع");
        assertThat(TermMatcher.textWordForms("بال")).containsExactly("بال", "ال");
        assertThat(TermMatcher.textWordForms("ال")).containsExactly("ال");
        assertThat(TermMatcher.textWordForms("avion")).containsExactly("avion");
        // a conjunction and a preposition before the word, with or without the article (review: وبالرخيص was missed)
        assertThat(TermMatcher.textWordForms("وبالرخيص")).containsExactly("وبالرخيص", "بالرخيص", "الرخيص", "رخيص");
        assertThat(TermMatcher.textWordForms("وللرخيص")).containsExactly("وللرخيص", "للرخيص", "رخيص");
        assertThat(TermMatcher.textWordForms("فبرخيص")).containsExactly("فبرخيص", "برخيص", "رخيص");
        assertThat(TermMatcher.compile(List.of("رخيص")).find("وبالرخيص وللرخيص فكالرخيص")).hasSize(3);
        assertThat(TermMatcher.textWordForms("ولكن")).as("'but': the word left keeps three letters").doesNotContain("كن");
        // a match ends with the letter as written, its combining marks included (review: NFD é, a final tanween)
        String nfd = "un cafe\u0301 noir";
        TermMatch cafe = TermMatcher.compile(List.of("café")).find(nfd).get(0);
        assertThat(nfd.substring(cafe.start(), cafe.end())).isEqualTo("cafe\u0301");
        String ar = "عرضٌ خاصٌ اليوم";
        TermMatch offer = TermMatcher.compile(List.of("عرض خاص")).find(ar).get(0);
        assertThat(ar.substring(offer.start(), offer.end())).isEqualTo("عرضٌ خاصٌ");
    }

    /**
     * The indexed matcher (terms by first word in a table read with ranges of folded chars) finds what a plain reading
     * finds: every term tried at every word, its words compared as strings with each form of the text's words.
     */
    @Test
    void theIndexFindsWhatAPlainReadingOfEveryTermFinds() {
        String[] words = {"رخيص", "الرخيص", "والرخيص", "للبيع", "بيع", "سفر", "السفر", "pas", "cher", "Réservez", "vol",
            "l’avion", "avion", "d'hiver", "hiver", "وَالرِّحْلَة", "رحلة", "ك", "كبير", "1", "é", "PAS-CHER",
            "ß", "Straße"};
        String[] gaps = {" ", "  ", "-", "'", ", ", "\n", ". ", " 👩‍✈️ ", "🇲🇦", "\uD83D", "\uDE00 "};
        java.util.Random random = new java.util.Random(19);
        int found = 0;
        for (int round = 0; round < 400; round++) {
            List<String> terms = new ArrayList<>();
            for (int t = 1 + random.nextInt(6); t > 0; t--) {
                StringBuilder term = new StringBuilder(words[random.nextInt(words.length)]);
                for (int k = random.nextInt(3); k > 0; k--) {
                    term.append(' ').append(words[random.nextInt(words.length)]);
                }
                terms.add(term.toString());
            }
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            TermMatcher m = TermMatcher.compile(terms);
            List<TermMatch> expected = plainReading(terms, text.toString());
            assertThat(m.find(text.toString())).as("%s in %s", terms, text).isEqualTo(expected);
            java.util.BitSet held = new java.util.BitSet();
            expected.forEach(t -> held.set(t.term()));
            assertThat(m.termsIn(TermMatcher.prepare(text.toString()))).as("terms in %s", text).isEqualTo(held);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(400);
    }

    @Test
    void foldedCharsMapBackToTheCodePointTheyComeFrom() {
        String[] pieces = {"a", "É", "œ", "ß", "\uFB03", "e\u0301", "الشَّمْس", "ب", "❤️", "✈️", "👍🏽", "👨‍👩‍👧", "日", " ", "l’", "Σ",
            "\u0130", "ﻻ"};
        java.util.Random random = new java.util.Random(31);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            // the reference: each code point folded alone, its folded chars coming from it
            List<int[]> from = new ArrayList<>();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int next = i + Character.charCount(cp);
                for (int k = TermMatcher.fold(new String(Character.toChars(cp))).length(); k > 0; k--) {
                    from.add(new int[] {i, next});
                }
                i = next;
            }
            String folded = TermMatcher.fold(text.toString());
            assertThat(folded.length()).as("%s", text).isEqualTo(from.size());
            for (int a = 0; a < folded.length(); a++) {
                int b = a + 1 + random.nextInt(folded.length() - a);
                int[] span = TermMatcher.originalSpan(text.toString(), a, b);
                int[] first = from.get(a);
                int[] last = from.get(b - 1);
                // a char inside a surrogate pair folded to itself maps to itself: both ways agree at code point bounds
                if (!Character.isLowSurrogate(folded.charAt(a)) && !Character.isHighSurrogate(folded.charAt(b - 1))) {
                    assertThat(span).as("%s [%d, %d)", text, a, b).containsExactly(first[0], last[1]);
                }
            }
        }
    }

    /** Each term at each word of the folded text, its words compared with the forms of the text's words. */
    private static List<TermMatch> plainReading(List<String> terms, String text) {
        String folded = TermMatcher.fold(text);
        List<int[]> textWords = new ArrayList<>();
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("[\\p{L}\\p{Nd}]+").matcher(folded);
        while (w.find()) {
            textWords.add(new int[] {w.start(), w.end()});
        }
        java.util.TreeSet<String> seen = new java.util.TreeSet<>();
        List<TermMatch> out = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            String[] termWords = TermMatcher.fold(terms.get(t)).split("[^\\p{L}\\p{Nd}]+");
            List<String> tw = new ArrayList<>();
            for (String x : termWords) {
                if (!x.isEmpty()) {
                    tw.add(TermMatcher.canonicalTermWord(x));
                }
            }
            for (int start = 0; start < textWords.size(); start++) {
                int at = start;
                boolean ok = true;
                for (int k = 0; k < tw.size() && ok; k++) {
                    if (k > 0) {
                        at++;
                        // blanks, one line break, dashes, apostrophes and invisible marks; not a blank line nor a
                        // dash that starts a line (a list item)
                        ok = at < textWords.size() && folded.substring(textWords.get(at - 1)[1], textWords.get(at)[0])
                                .matches("[\\s\u00A0\u202F'\u200E\u200F\u061C\u2066-\u2069\u200B\u2060\uFEFF-]*")
                                && !folded.substring(textWords.get(at - 1)[1], textWords.get(at)[0])
                                .matches("(?s).*(\n.*\n|\u2029|\n[\\s\u00A0\u202F]*-).*");
                    }
                    ok = ok && TermMatcher.textWordForms(folded.substring(textWords.get(at)[0], textWords.get(at)[1]))
                            .contains(tw.get(k));
                }
                if (ok) {
                    int[] span = TermMatcher.originalSpan(text, textWords.get(start)[0], textWords.get(at)[1]);
                    if (seen.add(span[0] + ":" + span[1] + ":" + t)) {
                        out.add(new TermMatch(t, terms.get(t), span[0], span[1]));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(TermMatch::start)
                .thenComparing(java.util.Comparator.comparingInt(TermMatch::end).reversed()).thenComparingInt(TermMatch::term));
        return out;
    }
}
