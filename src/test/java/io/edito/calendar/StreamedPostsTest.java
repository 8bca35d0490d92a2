package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.config.ConfigLoader;
import io.edito.config.ProjectConfig;
import io.edito.core.Problems;
import io.edito.network.Networks;
import io.edito.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's posts read as the parser reaches them give the posts and problems, in the same order, of the reading
 * from the file's whole tree: whatever order its top-level keys come in, with merges, anchors, errors and limits.
 */
class StreamedPostsTest {
    private static final Set<String> NETWORKS = Set.copyOf(Networks.defaults().ids());

    @TempDir
    Path dir;
    ProjectConfig config;

    @BeforeEach
    void project() throws IOException {
        Path file = Files.writeString(dir.resolve("edito.yaml"), """
                brands:
                  atlas-air:
                    timezone: Europe/Paris
                    languages: [fr, en]
                    calendar: calendar/
                    channels:
                      x: { handle: "@atlasair" }
                      instagram: { handle: "atlas.air" }
                  oasis:
                    timezone: Africa/Casablanca
                    languages: [ar, fr]
                    calendar: calendar/
                    channels:
                      x: { handle: "@oasis" }
                """);
        Problems problems = new Problems();
        config = new ConfigLoader(new YamlReader(), NETWORKS).load(file, problems);
        assertThat(problems.all()).isEmpty();
    }

    private record Read(List<Post> posts, List<String> problems) {
    }

    private Read read(boolean streamed, String... files) throws IOException {
        List<CalendarLoader.Source> sources = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            Path f = Files.writeString(dir.resolve("c" + i + ".yaml"), files[i]);
            sources.add(new CalendarLoader.Source(f, "atlas-air"));
        }
        Problems problems = new Problems();
        Calendar c = new CalendarLoader(new YamlReader(), NETWORKS, streamed).load(config, sources, null, problems);
        return new Read(c.posts(), problems.all().stream().map(Object::toString).toList());
    }

    /** Both readings of {@code files}, which must agree; the streamed one. */
    private Read both(String... files) throws IOException {
        Read tree = read(false, files);
        Read streamed = read(true, files);
        assertThat(streamed.problems()).isEqualTo(tree.problems());
        assertThat(streamed.posts()).isEqualTo(tree.posts());
        return streamed;
    }

    private static final String POSTS = """
            posts:
              - id: a
                at: 2026-12-01 18:30
                channels: [x]
                text: Bonjour
              - id: b
                at: 2026-12-02 18:30
                channels: [x, tiktok]
                txet: oops
              - not a post
              - id: c
                text: no date
            """;

    @Test
    void defaultsAndBrandBeforeOrAfterThePosts() throws IOException {
        String head = """
                brand: oasis
                defaults:
                  lang: fr
                  channels: [x]
                  colour: red
                """;
        Read before = both(head + POSTS);
        assertThat(before.posts()).extracting(Post::brand).containsOnly("oasis");
        assertThat(before.posts()).extracting(Post::lang).containsOnly("fr");
        assertThat(before.problems()).anyMatch(p -> p.contains("unknown key 'colour'"))
                .anyMatch(p -> p.contains("unknown key 'txet'")).anyMatch(p -> p.contains("each post must be a mapping"));
        // the same keys after the posts: the posts are read again from the whole tree, with them
        Read after = both(POSTS + head);
        assertThat(after.posts()).extracting(Post::brand).containsOnly("oasis");
        assertThat(after.posts()).extracting(Post::lang).containsOnly("fr");
        both("brand: oasis\n" + POSTS + "defaults: { lang: ar }\n");
        both("defaults: { lang: ar }\n" + POSTS + "brand: nobody\n");
        both("brand: [not, a, name]\ndefaults: just text\n" + POSTS);
        both(POSTS + "brand: [not, a, name]\ndefaults: just text\nother: 1\n");
        both("other: 1\n" + POSTS + "more: 2\n");
        both("brand: atlas-air\nbrand: oasis\n" + POSTS);
        both(POSTS + POSTS);
        both(POSTS.replace("posts:", "posts: &all") + "again: *all\n");
    }

    @Test
    void mergesAnchorsAndAliases() throws IOException {
        String shared = """
                common: &common
                  lang: en
                  channels: [instagram]
                """;
        both(shared + "defaults:\n  <<: *common\n" + POSTS);
        both("base: &base\n  brand: oasis\n  defaults: { lang: ar }\n<<: *base\n" + POSTS);
        both(POSTS + "base: &base\n  brand: oasis\n  defaults: { lang: ar }\n<<: *base\n");
        Read aliased = both("""
                posts:
                  - &first
                    id: a
                    at: 2026-12-01 18:30
                    channels: [x]
                    text: Bonjour
                  - <<: *first
                    id: b
                  - *first
                """);
        assertThat(aliased.posts()).extracting(Post::id).containsExactly("a", "b", "a");
        assertThat(aliased.problems()).anyMatch(p -> p.contains("duplicate post id 'a'"));
    }

    @Test
    void aFileThatFailsHalfWayGivesOnlyItsError() throws IOException {
        Read r = both(POSTS + "  - id: d\n    text: [unclosed\n", POSTS.replace("id: a", "id: a2")
                .replace("id: b", "id: b2").replace("id: c", "id: c2"));
        assertThat(r.posts()).extracting(Post::id).containsExactly("a2", "b2", "c2"); // none of the broken file
        assertThat(r.problems()).anyMatch(p -> p.contains("c0.yaml") && p.contains("invalid YAML"));
        both(POSTS + "posts: []\n");
        both("posts:\n  - id: x\n    text: a\n  - id: x\n    text: b\n");
        both("posts: []\n");
        both("posts:\n");
        both("- a bare list\n");
        both("");
    }
}
