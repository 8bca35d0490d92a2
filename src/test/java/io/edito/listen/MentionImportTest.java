package io.edito.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listening tools' exports, each with the header row its source shows (the comments next to
 * {@code MentionImport.COLUMNS}): a quoted cell with a comma, an Arabic text, the tool's date and sentiment forms.
 */
class MentionImportTest {
    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @TempDir
    Path dir;

    List<FoundItem> read(String csv, MentionImport.Type type) throws IOException {
        Path file = dir.resolve(type + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return MentionImport.read(file, type, CASABLANCA);
    }

    /** Slash dates are read in one order per file, as the report reads exports: proven by a day over 12, else the default. */
    @Test
    void aTimeTheClocksSkippedIsNoted() throws Exception {
        // Paris: on 2026-03-29 02:00 became 03:00, so 02:30 never happened there
        List<String> notes = new java.util.ArrayList<>();
        Path file = dir.resolve("dst.csv");
        Files.writeString(file, "text,date\nA,2026-03-29 01:30\nB,2026-03-29 02:30\nC,2026-03-29 02:40\n",
                StandardCharsets.UTF_8);
        List<FoundItem> items = MentionImport.read(file, MentionImport.Type.generic, java.time.ZoneId.of("Europe/Paris"),
                notes::add);
        assertThat(items).extracting(FoundItem::publishedAt).containsExactly(Instant.parse("2026-03-29T00:30:00Z"),
                Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-03-29T01:40:00Z"));
        assertThat(notes).containsExactly(file + ": 2 row(s) at a local time that Europe/Paris's clocks skipped (moved "
                + "forward that night), first at line 3: read as the time after the change (02:30 when 02:00 became "
                + "03:00 is 03:30)");
    }

    @Test
    void slashDatesAreReadInTheOrderTheFileProvesElseTheDefaultWithANote() throws IOException {
        List<String> notes = new java.util.ArrayList<>();
        Path file = dir.resolve("slash.csv");
        // 01/02 alone could be either: 25/01 proves day first for the whole file, whatever the rows' order
        Files.writeString(file, "text,date\nA,01/02/2026 10:00\nB,25/01/2026 10:00\n", StandardCharsets.UTF_8);
        List<FoundItem> items = MentionImport.read(file, MentionImport.Type.generic, CASABLANCA, notes::add);
        assertThat(items).extracting(FoundItem::publishedAt).containsExactly(Instant.parse("2026-02-01T09:00:00Z"),
                Instant.parse("2026-01-25T09:00:00Z"));
        assertThat(notes).isEmpty();
        // nothing proves an order: a comma file is month first, and says so
        Files.writeString(file, "text,date\nA,01/02/2026 10:00\n", StandardCharsets.UTF_8);
        items = MentionImport.read(file, MentionImport.Type.generic, CASABLANCA, notes::add);
        assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-01-02T09:00:00Z"));
        assertThat(notes).containsExactly(file + ": dates such as '01/02/2026 10:00' read month first (no date of the "
                + "file has a day over 12 to say which comes first)");
        // a semicolon file is day first by default
        notes.clear();
        Files.writeString(file, "text;date\nA;01/02/2026 10:00\n", StandardCharsets.UTF_8);
        items = MentionImport.read(file, MentionImport.Type.generic, CASABLANCA, notes::add);
        assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-02-01T09:00:00Z"));
        assertThat(notes).singleElement().asString().contains("read day first");
        // both orders in one file: an error at the cell that contradicts the first
        Files.writeString(file, "text,date\nA,25/01/2026 10:00\nB,01/30/2026 10:00\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MentionImport.read(file, MentionImport.Type.generic, CASABLANCA, notes::add))
                .isInstanceOf(io.edito.core.EditoException.class)
                .hasMessageContaining(file + ":3:2: '01/30/2026 10:00' is month first, but '25/01/2026 10:00' (line 2) "
                        + "is day first");
    }

    @Test
    void brand24WorkbookSavedAsCsvHasItsHeaderOnTheSecondRowAndItsUrlUnderSource() throws IOException {
        // the Mentions sheet: an empty first row, an unnamed first column, Date and Hrs apart, Sentiment -1/0/1
        List<FoundItem> items = read("""
                ,,,,,,,,,,
                ,ID,Date,Hrs,Title,Content,Source,Domain,Category,Sentiment,Tags
                ,1001,2026-12-18,10:15,,"Atlas Air: vol annulé, remboursement en attente",https://x.com/nadia/status/1,x.com,Twitter,-1,
                ,1002,2026-12-18,11:40,رحلة,"شكرا أطلس إير، رحلة رائعة",https://www.facebook.com/p/2,facebook.com,Facebook,1,"fans, ar"
                ,1003,2026-12-18,12:00,,Atlas Air lounge,https://blog.example/3,blog.example,Blogs,0,
                """, MentionImport.Type.brand24);
        assertThat(items).hasSize(3);
        FoundItem first = items.get(0);
        assertThat(first.text()).isEqualTo("Atlas Air: vol annulé, remboursement en attente");
        assertThat(first.url()).isEqualTo("https://x.com/nadia/status/1");
        assertThat(first.networkId()).isEqualTo("import:brand24:1001");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-12-18T09:15:00Z"));
        assertThat(first.sentiment()).isEqualTo("negative");
        // the workbook has no author nor language column
        assertThat(first.author()).isNull();
        assertThat(first.lang()).isNull();
        FoundItem arabic = items.get(1);
        assertThat(arabic.text()).isEqualTo("شكرا أطلس إير، رحلة رائعة");
        assertThat(arabic.title()).isEqualTo("رحلة");
        assertThat(arabic.sentiment()).isEqualTo("positive");
        assertThat(arabic.publishedAt()).isEqualTo(Instant.parse("2026-12-18T10:40:00Z"));
        assertThat(items.get(2).sentiment()).isEqualTo("neutral");
    }

    @Test
    void mentionExportUsesTheApiFieldsAndItsToneScale() throws IOException {
        List<FoundItem> items = read("""
                id,alert_id,title,description,original_url,published_at,created_at,language,tone
                527849933,112233,Atlas Air,"Atlas Air, again: 3 hours of delay",https://twitter.com/omar/status/9,2026-12-18T09:15:27.100907+00:00,2026-12-18T09:20:00.0+00:00,en,-1
                527849934,112233,,"أطلس إير: تأخير الرحلة مرة أخرى",https://news.example/ar/2,2026-12-18T10:00:00+01:00,2026-12-18T10:05:00+01:00,ar,0
                527849935,112233,,Thanks Atlas Air,https://blog.example/5,2026-12-18T11:00:00+01:00,2026-12-18T11:05:00+01:00,en,1
                """, MentionImport.Type.mention);
        assertThat(items).hasSize(3);
        FoundItem first = items.get(0);
        assertThat(first.text()).isEqualTo("Atlas Air, again: 3 hours of delay");
        assertThat(first.title()).isEqualTo("Atlas Air");
        assertThat(first.url()).isEqualTo("https://twitter.com/omar/status/9");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-12-18T09:15:27.100907Z"));
        assertThat(first.lang()).isEqualTo("en");
        assertThat(first.sentiment()).isEqualTo("negative");
        assertThat(first.networkId()).isEqualTo("import:mention:527849933");
        // no author column name could be checked: none is guessed
        assertThat(first.author()).isNull();
        FoundItem arabic = items.get(1);
        assertThat(arabic.text()).isEqualTo("أطلس إير: تأخير الرحلة مرة أخرى");
        assertThat(arabic.lang()).isEqualTo("ar");
        assertThat(arabic.sentiment()).isEqualTo("neutral");
        assertThat(arabic.publishedAt()).isEqualTo(Instant.parse("2026-12-18T09:00:00Z"));
        assertThat(items.get(2).sentiment()).isEqualTo("positive");
    }

    @Test
    void talkwalkerExportReadsItsDayFirstShortYearDatesAndItsFivePointSentiment() throws IOException {
        List<FoundItem> items = read("""
                url,indexed,published,search_indexed,title_snippet,content_snippet,title,content,root_url,domain_url,host_url,parent_url,lang,porn_level,fluency_level,spam_level,sentiment,source_type,post_type,extra_author_attributes.id,extra_author_attributes.name,extra_author_attributes.short_name,engagement,reach
                http://twitter.com/nadia_b/status/1,18/12/26 10:16:02,18/12/26 10:15:24,18/12/26 10:17:00,,,,"Atlas Air, encore un retard &amp; pas de remboursement",http://twitter.com/nadia_b,http://twitter.com/,http://twitter.com/,,fr,0,100,0,-5,"SOCIALMEDIA,SOCIALMEDIA_TWITTER",TEXT,tw:1,Nadia B.,nadia_b,3,1200
                https://news.example/ar/2,18/12/26 11:02:00,18/12/26 11:00:00,18/12/26 11:03:00,,,أطلس إير,"شكرا أطلس إير، رحلة رائعة",https://news.example/,http://news.example/,http://news.example/,,ar,0,100,0,5,ONLINENEWS,TEXT,ex:news,,,0,50000
                http://twitter.com/omar/status/3,18/12/26 12:01:00,18/12/26 12:00:00,18/12/26 12:02:00,,,,Atlas Air lounge,http://twitter.com/omar,http://twitter.com/,http://twitter.com/,,en,0,100,0,0,"SOCIALMEDIA,SOCIALMEDIA_TWITTER",TEXT,tw:3,Omar,omar,0,10
                """, MentionImport.Type.talkwalker);
        assertThat(items).hasSize(3);
        FoundItem first = items.get(0);
        assertThat(first.text()).isEqualTo("Atlas Air, encore un retard & pas de remboursement");
        assertThat(first.url()).isEqualTo("http://twitter.com/nadia_b/status/1");
        assertThat(first.author()).isEqualTo("Nadia B.");
        assertThat(first.publishedAt()).as("published, not indexed; day first, 2026")
                .isEqualTo(Instant.parse("2026-12-18T09:15:24Z"));
        assertThat(first.lang()).isEqualTo("fr");
        assertThat(first.sentiment()).isEqualTo("negative");
        assertThat(first.networkId()).isNull();
        FoundItem arabic = items.get(1);
        assertThat(arabic.text()).isEqualTo("شكرا أطلس إير، رحلة رائعة");
        assertThat(arabic.title()).isEqualTo("أطلس إير");
        assertThat(arabic.author()).isNull();
        assertThat(arabic.lang()).isEqualTo("ar");
        assertThat(arabic.sentiment()).isEqualTo("positive");
        FoundItem third = items.get(2);
        assertThat(third.author()).as("the name column, not the short name").isEqualTo("Omar");
        assertThat(third.sentiment()).isEqualTo("neutral");
    }

    @Test
    void talkwalkerEpochMillisecondsAreInstantsAndOtherTypesKeepTheirDateReading() {
        assertThat(MentionImport.toolDate(MentionImport.Type.talkwalker, "1696336284000", CASABLANCA))
                .isEqualTo(Instant.ofEpochMilli(1696336284000L));
        assertThat(MentionImport.toolDate(MentionImport.Type.talkwalker, "31/02/26 10:00", CASABLANCA)).isNull();
        assertThat(MentionImport.toolDate(MentionImport.Type.generic, "18/12/26 10:15", CASABLANCA)).isNull();
    }

    @Test
    void numericSentimentIsMappedOnlyWhereTheToolsScaleIsKnown() {
        assertThat(MentionImport.sentiment(MentionImport.Type.talkwalker, " -5 ")).isEqualTo("negative");
        assertThat(MentionImport.sentiment(MentionImport.Type.talkwalker, "2")).isEqualTo("positive");
        assertThat(MentionImport.sentiment(MentionImport.Type.brand24, "Negative")).isEqualTo("negative");
        assertThat(MentionImport.sentiment(MentionImport.Type.mention, "0")).isEqualTo("neutral");
        assertThat(MentionImport.sentiment(MentionImport.Type.mention, "mixed")).isEqualTo("mixed");
        assertThat(MentionImport.sentiment(MentionImport.Type.generic, "-1")).as("kept as written").isEqualTo("-1");
        assertThat(MentionImport.sentiment(MentionImport.Type.meltwater, "Positive")).isEqualTo("positive");
        assertThat(MentionImport.sentiment(MentionImport.Type.talkwalker, null)).isNull();
    }

    @Test
    void aFileWithoutTheTypesTextColumnSaysWhatItHas() throws IOException {
        assertThatThrownBy(() -> read("""
                Mentions report
                date,title,content,url
                2026-12-18,Atlas Air,retard,https://x.example/1
                """, MentionImport.Type.mention))
                .isInstanceOf(EditoException.class)
                .hasMessageContaining("mention.csv:2:1")
                .hasMessageContaining("no text column for a mention export (expected one of: description; found: date, "
                        + "title, content, url)");
        // a feed given to --import is one long row: quoted in part, not whole
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">");
        for (int i = 0; i < 200; i++) {
            feed.append("<entry><title>Atlas Air ").append(i).append("</title>,<content>retard; encore</content></entry>,");
        }
        assertThatThrownBy(() -> read(feed + "</feed>\n", MentionImport.Type.mention))
                .isInstanceOf(EditoException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600).contains("found: ")
                        .contains(" cells)"));
        // a JSON file (Google's reviews) given as a CSV export: said so
        assertThatThrownBy(() -> read("{\"result\": {\"reviews\": [{\"rating\": 4, \"text\": \"Bien\"}]}}\n",
                MentionImport.Type.generic)).isInstanceOf(EditoException.class)
                .hasMessageContaining("this file is JSON, not a CSV export").hasMessageContaining("--type reviews");
    }

    @Test
    void aRowWithoutTextOrAnUnreadableDateIsAnErrorAtItsLine() throws IOException {
        assertThatThrownBy(() -> read("""
                ,,,
                ,ID,Date,Hrs,Content
                ,1,2026-12-18,10:15,Atlas Air
                ,2,2026-12-18,10:16,
                """, MentionImport.Type.brand24))
                .isInstanceOf(EditoException.class).hasMessageContaining("brand24.csv:4:1: row without text");
        assertThatThrownBy(() -> read("""
                url,published,content
                http://x.example/1,yesterday,Atlas Air
                """, MentionImport.Type.talkwalker))
                .isInstanceOf(EditoException.class).hasMessageContaining("talkwalker.csv:2:2: 'yesterday' is not a date");
        assertThatThrownBy(() -> read("""
                url,published,content
                http://x.example/1,2026-12-18 10:15,Atlas Air
                http://x.example/2,,Atlas Air encore
                """, MentionImport.Type.talkwalker))
                .hasMessageContaining("talkwalker.csv:3:2: row without a date (its mention would be dated at the import");
        assertThatThrownBy(() -> read("""
                url,published,content
                http://x.example/1,2026-12-18 10:15,Atlas Air, en retard
                """, MentionImport.Type.talkwalker))
                .hasMessageContaining("talkwalker.csv:2:4: row has 4 cells, the header 3");
    }

    @Test
    void aQuoteLeftOpenIsAnErrorAtTheLineItsRowStartsOn() {
        assertThatThrownBy(() -> read("""
                sep=,
                text,date
                "fine",2026-12-18 10:15
                "never closed,2026-12-18 11:00
                more
                """, MentionImport.Type.generic)).isInstanceOf(EditoException.class)
                .hasMessageStartingWith(dir.resolve("generic.csv") + ":4: unreadable CSV: ")
                .hasMessageNotContaining("startline").hasMessageNotContaining("Exception");
    }

    @Test
    void aPipeIsReadLikeAFile() throws Exception {
        // listen --import <(unzip -p mentions.zip) gives a pipe, not a regular file
        Path fifo = dir.resolve("piped.csv");
        io.edito.metrics.Fifos.feed(fifo, "text,date\n\"first\",2026-12-18 10:15\n\"second\",2026-12-18 11:00\n");
        assertThat(MentionImport.read(fifo, MentionImport.Type.generic, CASABLANCA)).hasSize(2);
        assertThatThrownBy(() -> MentionImport.read(dir.resolve("missing.csv"), MentionImport.Type.generic, CASABLANCA))
                .hasMessage(dir.resolve("missing.csv") + ": no such file");
    }

    @Test
    void aLineFromOneThousandOnIsReadWhateverTheLocaleGroupsItsDigitsWith() {
        // Commons CSV writes "(startline %,d)": 1,502 in English, 1 502 (narrow no-break space) in French
        String csv = "text,date\n" + "\"fine\",2026-12-18 10:15\n".repeat(1500) + "\"never closed,2026-12-18 11:00\nmore\n";
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.US, java.util.Locale.FRANCE,
                    java.util.Locale.GERMANY, new java.util.Locale("de", "CH")}) {
                java.util.Locale.setDefault(l);
                assertThatThrownBy(() -> read(csv, MentionImport.Type.generic)).as(l.toString())
                        .hasMessageStartingWith(dir.resolve("generic.csv") + ":1502: unreadable CSV: ")
                        .hasMessageNotContaining("startline");
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
