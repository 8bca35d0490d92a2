package io.edito.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkTextTest {
    @Test
    void aTextWithoutMarkdownSyntaxIsDisplayedAsCommonMarkDisplaysIt() {
        String[] pieces = {"a", "Réservez", "vol", " ", " ", "\n", "\n\n", "\n\n\n", "#", "#AtlasAir", "# ", "## x", "-", "- ",
            "+", "=", "*", "_", "`", "[", "]", "(", ")", "!", "<", ">", "&", "&amp;", "\\", "~", "1", "12", "1.", "2)", ".",
            ")", ":", "https://atlas.example/x?a=b", "@atlas", "👩‍✈️", "e\u0301", "مرحبا", "\t", "\r", "\u0000", "\u00A0",
            "    ", "---", "===", "|", "\"", "'", "…", "\uFB49", "?", "utm_source=x&utm_medium=y", "_", "x_", "_x", "a__b", "&amp", ";", "&#233;",
            "&x;", "&&;", "é_1"};
        java.util.Random r = new java.util.Random(19);
        int plain = 0;
        for (int round = 0; round < 8_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(10); k >= 0; k--) {
                sb.append(pieces[r.nextInt(r.nextBoolean() ? 8 : pieces.length)]);
            }
            String md = sb.toString();
            DisplayedText viaParser = NetworkText.parsed(md);
            DisplayedText shown = NetworkText.renderMapped(md);
            assertThat(shown).as("%s", md).isEqualTo(viaParser);
            plain += NetworkText.isPlain(md) ? 1 : 0;
        }
        assertThat(plain).as("texts that skip the parser").isGreaterThan(600);
        assertThat(NetworkText.isPlain("Nouvelle ligne ✈️ vers Dakhla.\nRéservez : https://atlas.example/d?utm_source=x\n\n#AtlasAir #Dakhla"))
                .isTrue();
        assertThat(NetworkText.isPlain("Vol *direct*")).isFalse();
        assertThat(NetworkText.isPlain("# Titre")).isFalse();
        assertThat(NetworkText.isPlain("1. un")).isFalse();
    }

    @Test
    void aTextWhoseOnlyMarkdownIsStrongEmphasisIsDisplayedAsCommonMarkDisplaysIt() {
        String[] pieces = {"**", "**", "**", " **", "** ", "**.", "**!\n", "a", "Escale", "à l’aube", " ", "\n", "\n\n", "🌅",
            "👩‍✈️", ".", ",", "!", "?", ":", ";", "\"", "'", "(", ")", "*", "***", "_", "x_y", "#", "#AtlasAir", "1.", "- ", "@atlas",
            "https://atlas.example/x?utm_source=x&utm_medium=y", "atlas.example", "www.atlas.example", "://", "e\u0301", "مرحبا",
            "\u00A0", "\t", "&amp;", "\\", "`", "[", "<", "…", "🇲🇦", "12", "—"};
        java.util.Random r = new java.util.Random(23);
        int strong = 0;
        for (int round = 0; round < 12_000; round++) {
            StringBuilder sb = new StringBuilder();
            boolean mostlyWords = r.nextBoolean();
            for (int k = r.nextInt(mostlyWords ? 6 : 12); k >= 0; k--) {
                if (r.nextInt(3) == 0) {
                    // a pair that is well formed unless what stands in it or around it spoils it
                    sb.append(pieces[7 + r.nextInt(9)]).append(r.nextBoolean() ? " **" : "\n**")
                            .append(pieces[7 + r.nextInt(mostlyWords ? 9 : pieces.length - 7)])
                            .append(pieces[7 + r.nextInt(mostlyWords ? 16 : pieces.length - 7)]).append("**")
                            .append(pieces[mostlyWords ? 9 + r.nextInt(7) : r.nextInt(pieces.length)]);
                } else {
                    sb.append(pieces[mostlyWords ? 7 + r.nextInt(9) : r.nextInt(r.nextBoolean() ? 16 : pieces.length)]);
                }
            }
            String md = sb.toString();
            DisplayedText viaParser = NetworkText.parsed(md);
            DisplayedText shown = NetworkText.renderMapped(md);
            assertThat(shown).as("%s", md).isEqualTo(viaParser);
            strong += NetworkText.strongOnly(md) != null && !NetworkText.isPlain(md) ? 1 : 0;
        }
        assertThat(strong).as("texts with strong emphasis that skip the parser").isGreaterThan(200);
        String post = "Escale **à l’aube 🌅 Nuit équipage voyage océan.**\nConditions. https://atlas.example/o?utm_source=x&utm_medium=s\n#AtlasAir";
        assertThat(NetworkText.strongOnly(post)).containsExactly(7, 48);
        assertThat(NetworkText.renderMapped(post)).isEqualTo(NetworkText.parsed(post));
        assertThat(NetworkText.strongOnly("Vol **direct** et *ici*")).isNull();
        assertThat(NetworkText.strongOnly("**https://atlas.example/a** !")).isNull();
        assertThat(NetworkText.strongOnly("a**b**")).isNull();
    }

    @Test
    void emphasisMarkersAreRemoved() {
        assertThat(NetworkText.render("Réservez **maintenant** votre *été* à __Fès__ !"))
                .isEqualTo("Réservez maintenant votre été à Fès !");
        assertThat(NetworkText.render("snake_case_name et 2 * 3 * 4")).isEqualTo("snake_case_name et 2 * 3 * 4");
    }

    @Test
    void nfcThatLengthensTheTextKeepsEveryCharacterMapped() {
        // found by fuzzing: U+FB49 (Hebrew shin with dagesh, a composition exclusion) is two characters in NFC
        String source = "שּׁ e\u0301 \uFB49\uFB49 `\uFB49`";
        DisplayedText shown = NetworkText.renderMapped(source);
        assertThat(shown.text()).isEqualTo(java.text.Normalizer.normalize("שּׁ é \uFB49\uFB49 \uFB49",
                java.text.Normalizer.Form.NFC));
        for (int i = 0; i <= shown.text().length(); i++) {
            assertThat(shown.sourceOffset(i)).isBetween(0, source.length());
        }
    }

    @Test
    void linksShowLabelAndUrl() {
        assertThat(NetworkText.render("Voir [nos offres](https://www.atlas-air.com/offres?utm_source=x) !"))
                .isEqualTo("Voir nos offres https://www.atlas-air.com/offres?utm_source=x !");
        assertThat(NetworkText.render("<https://atlas.com/ete>")).isEqualTo("https://atlas.com/ete");
        assertThat(NetworkText.render("[https://atlas.com](https://atlas.com)")).isEqualTo("https://atlas.com");
        assertThat(NetworkText.render("Écrivez-nous : <contact@atlas.com>")).isEqualTo("Écrivez-nous : contact@atlas.com");
        assertThat(NetworkText.render("[](https://atlas.com)")).isEqualTo("https://atlas.com");
        assertThat(NetworkText.render("[*le* site][s]\n\n[s]: https://atlas.com"))
                .isEqualTo("le site https://atlas.com");
        // a bare URL is text already
        assertThat(NetworkText.render("https://atlas.com/a_b_c")).isEqualTo("https://atlas.com/a_b_c");
    }

    @Test
    void blocksStayLines() {
        String md = "# Été 2026\n\nPremière ligne\nseconde ligne  \ntroisième\n\nDernier paragraphe.\n";
        assertThat(NetworkText.render(md))
                .isEqualTo("Été 2026\n\nPremière ligne\nseconde ligne\ntroisième\n\nDernier paragraphe.");
    }

    @Test
    void hashtagsAtLineStartAreNotHeadings() {
        assertThat(NetworkText.render("#AtlasAir #Été\n\n# Titre")).isEqualTo("#AtlasAir #Été\n\nTitre");
    }

    @Test
    void listsKeepTheirMarkers() {
        assertThat(NetworkText.render("Au programme :\n\n- Fès\n- Marrakech\n  - Jemaa el-Fna\n- Agadir\n"))
                .isEqualTo("Au programme :\n\n- Fès\n- Marrakech\n  - Jemaa el-Fna\n- Agadir");
        assertThat(NetworkText.render("3) trois\n4) quatre")).isEqualTo("3) trois\n4) quatre");
        assertThat(NetworkText.render("* a\n\n* b")).isEqualTo("* a\n\n* b");
        assertThat(NetworkText.render("> cité\n> encore\n\nfin")).isEqualTo("> cité\n> encore\n\nfin");
    }

    @Test
    void codeAndHtmlAreLiteral() {
        assertThat(NetworkText.render("Tapez `**gras**` ici")).isEqualTo("Tapez **gras** ici");
        assertThat(NetworkText.render("```\nligne 1\nligne 2\n```")).isEqualTo("ligne 1\nligne 2");
        assertThat(NetworkText.render("Un <b>mot</b> &amp; <script>alert(1)</script>"))
                .isEqualTo("Un <b>mot</b> & <script>alert(1)</script>");
        assertThat(NetworkText.render("<div>\nbloc\n</div>")).isEqualTo("<div>\nbloc\n</div>");
        assertThat(NetworkText.render("\\*pas d'italique\\*")).isEqualTo("*pas d'italique*");
    }

    @Test
    void imagesAreLeftOut() {
        assertThat(NetworkText.render("Voici ![un avion](avion.jpg) demain")).isEqualTo("Voici  demain");
    }

    @Test
    void arabicEmojiAndCjkPassThrough() {
        String family = GraphemesTest.FAMILY;
        assertThat(NetworkText.render("**عرض خاص** " + family + " #إعلان 日本語")).isEqualTo("عرض خاص " + family + " #إعلان 日本語");
    }

    @Test
    void outputIsNfc() {
        assertThat(NetworkText.render("e\u0301te\u0301 *e\u0301*")).isEqualTo("été é");
    }

    @Test
    void eachDisplayedCharacterMapsToItsSource() {
        String md = "Réservez **pas cher** : [offres](https://atlas.com/x)";
        DisplayedText d = NetworkText.renderMapped(md);
        assertThat(d.text()).isEqualTo("Réservez pas cher : offres https://atlas.com/x");
        int start = d.text().indexOf("pas cher");
        int[] range = d.sourceRange(start, start + "pas cher".length());
        assertThat(md.substring(range[0], range[1])).isEqualTo("pas cher");
        int url = d.text().indexOf("https://");
        int[] urlRange = d.sourceRange(url, d.text().length());
        assertThat(md.substring(urlRange[0], urlRange[1])).isEqualTo("https://atlas.com/x");
        assertThat(d.sourceOffset(d.text().length())).isEqualTo(md.length());
        // a character composed from two (NFC: e and U+0301) comes from both: a span ending on it takes the accent too
        for (String nfd : new String[] {"Un e\u0301te\u0301 **chaud**", "Un e\u0301te\u0301"}) {
            DisplayedText composed = NetworkText.renderMapped(nfd);
            int ete = composed.text().indexOf("été");
            int[] r = composed.sourceRange(ete, ete + 3);
            assertThat(nfd.substring(r[0], r[1])).as(nfd).isEqualTo("e\u0301te\u0301");
        }
        // escapes and entities shift the source: still mapped onto the right characters
        String md2 = "\\*promo\\* &amp; l'été";
        DisplayedText d2 = NetworkText.renderMapped(md2);
        assertThat(d2.text()).isEqualTo("*promo* & l'été");
        int e = d2.text().indexOf("l'été");
        int[] r2 = d2.sourceRange(e, e + 5);
        assertThat(md2.substring(r2[0], r2[1])).isEqualTo("l'été");
        // an entity the parser decodes takes its whole reference: the next word is not looked for inside its name
        for (String[] c : new String[][] {{"Vols&nbsp;pas cher", "pas cher"}, {"*Soldes* &laquo;low cost&raquo;", "low cost"},
            {"x &#233;t&#xE9; &#128512; pas cher", "pas cher"}, {"R&D; pas cher", "pas cher"}, {"a &amp; pas cher", "pas cher"}}) {
            DisplayedText dc = NetworkText.renderMapped(c[0]);
            int at = dc.text().indexOf(c[1]);
            int[] rc = dc.sourceRange(at, at + c[1].length());
            assertThat(c[0].substring(rc[0], rc[1])).as(c[0]).isEqualTo(c[1]);
        }
        DisplayedText nbsp = NetworkText.renderMapped("Vols&nbsp;pas");
        assertThat(nbsp.sourceRange(4, 5)[0]).as("the decoded space starts at its reference").isEqualTo(4);
        // second paragraph and list items
        String md3 = "Intro\n\n- un **mot** interdit\n";
        DisplayedText d3 = NetworkText.renderMapped(md3);
        int w = d3.text().indexOf("mot");
        int[] r3 = d3.sourceRange(w, w + 3);
        assertThat(md3.substring(r3[0], r3[1])).isEqualTo("mot");
    }

    @Test
    void deterministicAndEmpty() {
        assertThat(NetworkText.render("")).isEmpty();
        assertThat(NetworkText.render("\n\n")).isEmpty();
        String md = "**A** [b](https://c.com)\n\n- d";
        assertThat(NetworkText.renderMapped(md)).isEqualTo(NetworkText.renderMapped(md));
    }

    @Test
    void decomposedAccentsKeepExactSourceOffsetsInEveryKindOfNode() {
        // a line starting with a tab is an indented code block; its accents are composed like a paragraph's
        for (String md : new String[] {"\te\u0301e\u0301 http://e.com", "e\u0301e\u0301 http://e.com",
            "`e\u0301e\u0301` http://e.com"}) {
            DisplayedText d = NetworkText.renderMapped(md);
            assertThat(d.text()).contains("\u00e9\u00e9").endsWith("http://e.com");
            int h = d.text().indexOf("http");
            assertThat(d.sourceOffset(h)).as(md).isEqualTo(md.indexOf("http"));
            assertThat(d.sourceOffset(d.text().indexOf('\u00e9') + 1)).as(md).isEqualTo(md.indexOf("e\u0301") + 2);
        }
    }
}
