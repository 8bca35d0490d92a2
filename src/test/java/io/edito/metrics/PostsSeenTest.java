package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
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

    /** Many posts over several exports (the table grows many times): every repeat found, nothing else. */
    @Test
    void manyPostsAgainstASetOfTheirKeys() {
        Random random = new Random(19);
        String[] networks = {"x", "facebook", "instagram", "tiktok", "youtube", null};
        PostsSeen seen = new PostsSeen();
        Set<String> earlier = new HashSet<>();
        for (int file = 0; file < 4; file++) {
            PostsSeen.Export e = seen.next(Path.of("f" + file + ".csv"), file == 3);
            Set<String> mine = new HashSet<>();
            long repeats = 0;
            for (int i = 0; i < 60_000; i++) {
                String network = networks[random.nextInt(networks.length)];
                boolean byId = random.nextInt(5) > 0;
                String key = Long.toString(random.nextInt(150_000));
                PostMetrics p = byId ? post(network, key, null) : post(network, null, "https://n.example/" + key);
                String k = network + "|" + (byId ? "i" : "u") + "|" + key;
                boolean before = earlier.contains(k); // a repeat within this export is not one
                if (before) {
                    repeats++;
                } else {
                    mine.add(k);
                }
                assertThat(e.readBefore(p)).as(k).isEqualTo(before);
            }
            assertThat(e.repeated()).isEqualTo(repeats);
            earlier.addAll(mine);
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
