package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostsSeenTest {
    private static PostMetrics post(String network, String id, String permalink) {
        return new PostMetrics("f.csv", 2, network, id, permalink, null, false, null, null, null, null,
                MetricValues.wrap(new double[Metric.values().length]));
    }

    @Test
    void aPostOfAnEarlierExportIsToldAndCountedByThatExport() {
        PostsSeen seen = new PostsSeen();
        PostsSeen.Export a = seen.next(Path.of("a.csv"), false);
        PostsSeen.Export b = seen.next(Path.of("b.csv"), false);
        PostsSeen.Export c = seen.next(Path.of("c.csv"), true);
        assertThat(a.readBefore(post("x", "1", null))).isFalse();
        assertThat(a.readBefore(post("x", "1", null))).isFalse(); // within one export: not compared
        assertThat(a.readBefore(post("facebook", "2", "https://facebook.com/2"))).isFalse();
        assertThat(b.readBefore(post("x", "1", null))).isTrue();
        assertThat(b.readBefore(post("instagram", "1", null))).isFalse(); // another network: another post
        assertThat(b.readBefore(post("facebook", "2", null))).isTrue(); // by id, whatever the permalink
        assertThat(b.readBefore(post("tiktok", null, "https://tiktok.com/v/9"))).isFalse();
        assertThat(c.readBefore(post("tiktok", null, "https://tiktok.com/v/9"))).isTrue(); // by permalink
        assertThat(c.readBefore(post("tiktok", "https://tiktok.com/v/9", null))).isFalse(); // an id is not a link
        assertThat(c.readBefore(post("x", "1", null))).isTrue();
        assertThat(c.readBefore(post("x", null, null))).isFalse(); // nothing to know it by
        assertThat(c.readBefore(post("x", null, null))).isFalse();
        assertThat(c.readBefore(post(null, "7", null))).isFalse(); // a network not known: compared as such
        assertThat(b.repeated()).isEqualTo(2);
        assertThat(c.repeated()).isEqualTo(2);
        assertThat(a.notes()).isEmpty();
        assertThat(b.notes()).containsExactly("2 post(s) also in a.csv, read before this file (overlapping exports):"
                + " counted once, with that file's figures; skipped here");
        assertThat(c.notes()).containsExactly(
                "1 post(s) also in a.csv, read before this file (overlapping exports): counted once, with that file's"
                        + " figures; skipped here",
                "1 post(s) also in b.csv, read before this file (overlapping exports): counted once, with that file's"
                        + " figures; skipped here");
    }

    @Test
    void aPermalinkWrittenAnotherWayIsTheSamePost() {
        // the same posts' links as another export or a re-saved copy writes them: counted twice, silently, before
        PostsSeen seen = new PostsSeen();
        PostsSeen.Export a = seen.next(Path.of("a.csv"), false);
        PostsSeen.Export b = seen.next(Path.of("b.csv"), true);
        assertThat(a.readBefore(post("instagram", null, "https://www.instagram.com/p/C4xYz/"))).isFalse();
        assertThat(a.readBefore(post("x", null, "https://x.com/ropensci/status/1189"))).isFalse();
        assertThat(a.readBefore(post("youtube", null, "https://www.youtube.com/watch?v=abc"))).isFalse();
        assertThat(b.readBefore(post("instagram", null, "https://instagram.com/p/C4xYz?igsh=abc"))).isTrue();
        assertThat(b.readBefore(post("x", null, "http://twitter.com/ropensci/status/1189/"))).isTrue();
        assertThat(b.readBefore(post("youtube", null, "https://m.youtube.com/watch?v=abc"))).isTrue();
        assertThat(b.readBefore(post("youtube", null, "https://www.youtube.com/watch?v=abd"))).isFalse(); // the video
        assertThat(b.readBefore(post("instagram", null, "https://www.instagram.com/p/C4xYz2/"))).isFalse();
        assertThat(b.readBefore(post("x", null, "https://x.com/ROPENSCI/status/1189"))).isTrue(); // a handle in any case
    }

    @Test
    void aPermalinksKeyLeavesOutWhatDoesNotNameThePost() {
        assertThat(Permalinks.key(" HTTPS://WWW.Instagram.com/p/C4/?igsh=1#x ")).isEqualTo("instagram.com/p/c4");
        assertThat(Permalinks.key("twitter.com/a/status/1")).isEqualTo("x.com/a/status/1");
        assertThat(Permalinks.key("mobile.twitter.com/a/status/1//")).isEqualTo("x.com/a/status/1");
        assertThat(Permalinks.key("https://youtube.com/watch?v=Ab#t=3")).isEqualTo("youtube.com/watch?v=ab");
        assertThat(Permalinks.key("x.com/a#b?c")).isEqualTo("x.com/a");
        assertThat(Permalinks.key("ftp2://host/p")).isEqualTo("ftp2://host/p"); // not a scheme of letters: kept
        assertThat(Permalinks.key("https://www.")).isEmpty();
        // a query that names the post stays, what a share button adds goes
        assertThat(Permalinks.key("https://www.facebook.com/permalink.php?story_fbid=111&id=999&mibextid=x"))
                .isEqualTo("facebook.com/permalink.php?id=999&story_fbid=111");
        assertThat(Permalinks.key("https://www.facebook.com/permalink.php?story_fbid=222&id=999"))
                .isNotEqualTo(Permalinks.key("https://www.facebook.com/permalink.php?story_fbid=111&id=999"));
        assertThat(Permalinks.key("https://www.youtube.com/watch?si=q&v=Ab&feature=share")).isEqualTo("youtube.com/watch?v=ab");
        assertThat(Permalinks.key("https://facebook.com/watch/?v=42&ref=sharing")).isEqualTo("facebook.com/watch?v=42");
        assertThat(Permalinks.key("https://x.com/a/status/1?s=20&t=abc")).isEqualTo("x.com/a/status/1");
        assertThat(Permalinks.key("https://www.instagram.com/p/C4/?img_index=2")).isEqualTo("instagram.com/p/c4");
        assertThat(Permalinks.key("https://www.linkedin.com/feed/update/urn:li:activity:7/?trk=public_post"))
                .isEqualTo("linkedin.com/feed/update/urn:li:activity:7");
        // the parameters naming the post in any order; whatever else a share adds, left out
        assertThat(Permalinks.key("https://facebook.com/permalink.php?id=999&story_fbid=111"))
                .isEqualTo(Permalinks.key("https://facebook.com/permalink.php?story_fbid=111&id=999"));
        assertThat(Permalinks.key("https://www.tiktok.com/@a/video/723?is_from_webapp=1&web_id=721"))
                .isEqualTo("tiktok.com/@a/video/723");
        assertThat(Permalinks.key("https://youtube.com/watch?v=abc&ab_channel=Acme&list=PLx&index=2"))
                .isEqualTo("youtube.com/watch?v=abc");
        assertThat(Permalinks.key("https://facebook.com/acme/posts/pfbid0abc?__cft__[0]=AZ&__tn__=R"))
                .isEqualTo("facebook.com/acme/posts/pfbid0abc");
    }

    @Test
    void roundedIdsAreNeverComparedButTheirPermalinksAre() {
        PostsSeen seen = new PostsSeen();
        PostsSeen.Export a = seen.next(Path.of("a.csv"), false);
        PostsSeen.Export b = seen.next(Path.of("b.csv"), true);
        assertThat(a.readBefore(post("facebook", "6.49E+17", null))).isFalse();
        assertThat(b.readBefore(post("facebook", "6.49E+17", null))).isFalse();
        assertThat(a.readBefore(post("facebook", "6,49E+17", "https://facebook.com/p/1"))).isFalse();
        assertThat(b.readBefore(post("facebook", "6.49E+17", "https://facebook.com/p/1"))).isTrue();
    }

    @Test
    void theLastExportRemembersNothing() {
        PostsSeen seen = new PostsSeen();
        seen.next(Path.of("a.csv"), false);
        PostsSeen.Export last = seen.next(Path.of("b.csv"), true);
        assertThat(last.readBefore(post("x", "1", null))).isFalse();
        PostsSeen.Export after = seen.next(Path.of("c.csv"), true); // not done by a report: shows nothing was kept
        assertThat(after.readBefore(post("x", "1", null))).isFalse();
    }

    @Test
    void aPostKnownByItsIdAndItsLinkIsFoundByEitherUnlessBothRowsHaveIds() {
        PostsSeen seen = new PostsSeen();
        PostsSeen.Export original = seen.next(Path.of("original.csv"), false);
        PostsSeen.Export resaved = seen.next(Path.of("resaved.csv"), true);
        assertThat(original.readBefore(post("facebook", "939005954986064", "https://facebook.com/p/1"))).isFalse();
        assertThat(original.readBefore(post("facebook", "939005954986065", "https://facebook.com/p/2"))).isFalse();
        assertThat(original.readBefore(post("tiktok", null, "https://tiktok.com/v/3"))).isFalse();
        assertThat(original.readBefore(post("x", "44", "https://x.com/a/status/44"))).isFalse();
        // re-saved by a spreadsheet: the ids rounded, the links intact
        assertThat(resaved.readBefore(post("facebook", "9.39E+14", "https://facebook.com/p/1"))).isTrue();
        assertThat(resaved.readBefore(post("facebook", null, "https://facebook.com/p/2"))).isTrue();
        // known by its link alone before, by its id and its link now
        assertThat(resaved.readBefore(post("tiktok", "7527623000473079054", "https://tiktok.com/v/3"))).isTrue();
        // both rows have ids: the ids decide, whatever the links say
        assertThat(resaved.readBefore(post("x", "45", "https://x.com/a/status/44"))).isFalse();
        assertThat(resaved.readBefore(post("x", "44", "https://x.com/a/status/other"))).isTrue();
        assertThat(resaved.repeated()).isEqualTo(4);
    }

    /**
     * Many posts over several exports (the table grows many times), known by an id, a link, both, or a rounded id and
     * a link: every repeat found, nothing else, against a model of the keys read.
     */
    @Test
    void manyPostsAgainstAModelOfTheirKeys() {
        Random random = new Random(19);
        String[] networks = {"x", "facebook", "instagram", "tiktok", "youtube", null};
        PostsSeen seen = new PostsSeen();
        Map<String, Integer> idFile = new HashMap<>();
        Map<String, int[]> linkFile = new HashMap<>(); // file, 1 when that post had an id
        for (int file = 0; file < 4; file++) {
            boolean last = file == 3;
            PostsSeen.Export e = seen.next(Path.of("f" + file + ".csv"), last);
            long repeats = 0;
            for (int i = 0; i < 60_000; i++) {
                String network = networks[random.nextInt(networks.length)];
                int post = random.nextInt(150_000);
                int form = random.nextInt(8); // 0-3 id only, 4-5 link only, 6 both, 7 a rounded id and a link
                String id = form <= 3 || form == 6 ? Integer.toString(post) : form == 7 ? "6.49E+17" : null;
                // now and then a link that another post's row gives
                String link = form >= 4 ? "https://n.example/" + (random.nextInt(50) == 0 ? random.nextInt(150_000) : post)
                        : null;
                boolean usableId = id != null && form != 7;
                String idKey = network + "|" + id;
                String linkKey = network + "|" + link;
                Integer byId = usableId ? idFile.get(idKey) : null;
                int[] byLink = link != null ? linkFile.get(linkKey) : null;
                boolean before = byId != null && byId != file
                        || byLink != null && byLink[0] != file && !(usableId && byLink[1] == 1);
                if (before) {
                    repeats++;
                } else if (!last) {
                    if (usableId) {
                        idFile.putIfAbsent(idKey, file);
                    }
                    if (link != null) {
                        linkFile.putIfAbsent(linkKey, new int[] {file, usableId ? 1 : 0});
                    }
                }
                assertThat(e.readBefore(post(network, id, link))).as(network + " " + id + " " + link)
                        .isEqualTo(before);
            }
            assertThat(e.repeated()).isEqualTo(repeats);
        }
    }

    @Test
    void fingerprintsDependOnEachPartAndAreNeverZero() {
        assertThat(PostsSeen.fingerprint("x", 'i', "12")).isNotEqualTo(PostsSeen.fingerprint("x1", 'i', "2"))
                .isNotEqualTo(PostsSeen.fingerprint("x", 'u', "12")).isNotEqualTo(PostsSeen.fingerprint(null, 'i', "12"))
                .isNotEqualTo(PostsSeen.fingerprint("x", 'i', "21"));
        Set<Long> prints = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long p = PostsSeen.fingerprint("facebook", 'i', "1396269028466733_" + i);
            assertThat(p).isNotZero();
            prints.add(p);
        }
        assertThat(prints).hasSize(200_000);
    }
}
