package io.edito.check.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.charter.Charter;
import io.edito.check.ChannelViews;
import io.edito.check.CheckContext;
import io.edito.check.CheckResult;
import io.edito.check.Emitter;
import io.edito.check.Finding;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleCatalog;
import io.edito.check.RuleInfo;
import io.edito.check.rules.BuiltinRules;
import io.edito.core.Severity;
import io.edito.network.NetworkRegistry;
import io.edito.network.Networks;
import io.edito.text.DisplayedTexts;
import io.edito.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule is one class: its ids and documentation, and the scopes the checker calls it with. */
class RuleContractTest {
    @TempDir
    Path dir;

    /** Reports every scope it is called with, so that the test sees what the checker hands to a rule. */
    static final class Probe implements Rule {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<RuleInfo> describe(NetworkRegistry networks) {
            return List.of(new RuleInfo("probe.view", "Probe", "Reports each view.", "None.", Severity.INFO),
                    new RuleInfo("probe.brand", "Probe", "Reports each brand.", "None.", Severity.WARNING));
        }

        @Override
        public void checkPost(Post post, DisplayedTexts texts, CheckContext ctx, Emitter out) {
            calls.add("post " + post.id() + " state " + ctx.state(this, c -> c.charter().duplicateDays()));
        }

        @Override
        public void checkView(PostView view, CheckContext ctx, Emitter out) {
            calls.add("view " + view.post().id() + " " + view.channel() + " " + view.lang());
            out.onDisplayed("probe.view", view, 0, 5, "seen", null); // the same on each channel: merged
        }

        @Override
        public void checkChannel(ChannelViews channel, CheckContext ctx, Emitter out) {
            calls.add("channel " + channel.post().id() + " " + channel.channel() + " " + channel.views().size());
        }

        @Override
        public void checkBrand(List<Post> posts, CheckContext ctx, Emitter out) {
            calls.add("brand " + ctx.brand().name() + " " + posts.size() + " zone " + ctx.zone());
            out.onPost("probe.brand", posts.get(0), null, null, posts.size() + " posts", null);
        }
    }

    @Test
    void theCheckerCallsEachScopeOfARuleAndTheCatalogComesFromItsIds() throws IOException {
        Workspace.Loaded loaded = onePost();
        Probe probe = new Probe();
        Checker checker = new Checker(Networks.defaults(), List.of(probe));
        assertThat(checker.catalog().ids()).containsExactly("probe.view", "probe.brand");

        CheckResult result = checker.check(loaded.calendar(), Map.of("atlas-air", Charter.defaults()),
                new Checker.Options(Set.of(), Set.of(), null, null, null, Instant.parse("2026-11-25T09:00:00Z")));

        assertThat(probe.calls).containsExactly("post hello state 7",
                "view hello x fr", "view hello x ar", "channel hello x 2",
                "view hello bluesky fr", "view hello bluesky ar", "channel hello bluesky 2",
                "brand atlas-air 1 zone Africa/Casablanca");
        assertThat(result.findings()).extracting(Finding::rule, Finding::severity, Finding::channel, Finding::lang,
                        f -> f.start().line())
                .containsExactly(tuple("probe.brand", Severity.WARNING, null, null, 2),
                        tuple("probe.view", Severity.INFO, "x,bluesky", "fr", 6),
                        tuple("probe.view", Severity.INFO, "x,bluesky", "ar", 7));
    }

    /** One post on x and bluesky, in French and Arabic. */
    private Workspace.Loaded onePost() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Africa/Casablanca
                languages: [fr, ar]
                calendar: calendar/
                channels:
                  x: { handle: "@atlasair" }
                  bluesky: { handle: "atlas.example" }
                """);
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("calendar/c.yaml"), """
                posts:
                  - id: hello
                    at: 2026-12-01T10:00:00+01:00
                    channels: [x, bluesky]
                    lang: fr
                    text: Bonjour tout le monde
                    translations: { ar: { text: مرحبا بالجميع } }
                """);
        return new Workspace(new YamlReader(), Set.copyOf(Networks.defaults().ids()))
                .load(new Workspace.Request(List.of(dir), null, null, Path.of("")));
    }

    private static CheckResult check(Workspace.Loaded loaded, Rule rule) {
        return new Checker(Networks.defaults(), List.of(rule)).check(loaded.calendar(), Map.of("atlas-air",
                Charter.defaults()), new Checker.Options(Set.of(), Set.of(), null, null, null, Instant.EPOCH));
    }

    /**
     * One finding reported by a post's check on x, then by the brand check with no channel and on bluesky: merged
     * once in calendar order, the copy of no channel is dropped and bluesky joins x (the posts' findings are merged
     * on all cores first, and must not let the copy of no channel swallow bluesky).
     */
    @Test
    void aFindingOfNoChannelDoesNotSwallowTheChannelsMetAfterIt() throws IOException {
        Rule echo = new Rule() {
            @Override
            public List<RuleInfo> describe(NetworkRegistry networks) {
                return List.of(new RuleInfo("probe.same", "Probe", "The same finding from two scopes.", "None.",
                        Severity.INFO));
            }

            @Override
            public void checkView(PostView view, CheckContext ctx, Emitter out) {
                if (view.channel().equals("x") && "fr".equals(view.lang())) {
                    out.span("probe.same", view.post(), "x", "fr", view.source(), 0, 7, "same", null);
                }
            }

            @Override
            public void checkBrand(List<Post> posts, CheckContext ctx, Emitter out) {
                Post p = posts.get(0);
                out.span("probe.same", p, null, "fr", p.content().text(), 0, 7, "same", null);
                out.span("probe.same", p, "bluesky", "fr", p.content().text(), 0, 7, "same", null);
            }
        };
        assertThat(check(onePost(), echo).findings()).extracting(Finding::rule, Finding::channel)
                .containsExactly(tuple("probe.same", "x,bluesky"));
    }

    /** A brand check run beside the posts' checks, on another thread, fails with its own exception, not a copy. */
    @Test
    void aBrandCheckBesideThePostsFailsWithItsOwnException() throws IOException {
        IllegalStateException boom = new IllegalStateException("boom");
        Rule failing = new Rule() {
            @Override
            public List<RuleInfo> describe(NetworkRegistry networks) {
                return List.of(new RuleInfo("probe.fail", "Probe", "Fails.", "None.", Severity.INFO));
            }

            @Override
            public void checkBrand(List<Post> posts, CheckContext ctx, Emitter out) {
                throw boom;
            }

            @Override
            public boolean checkBrandAfterPosts() {
                return false;
            }
        };
        Workspace.Loaded loaded = onePost();
        assertThatThrownBy(() -> check(loaded, failing)).isSameAs(boom);
    }

    @Test
    void twoRulesCannotReportTheSameId() {
        assertThatThrownBy(() -> new RuleCatalog(List.of(new Probe(), new Probe()), Networks.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("probe.view");
    }

    @Test
    void theBuiltInCatalogKeepsItsOrderAndKnowsFamilies() {
        RuleCatalog catalog = BuiltinRules.catalog(Networks.defaults());
        List<String> ids = catalog.ids();
        assertThat(ids.get(0)).startsWith("length.");
        assertThat(ids).containsSubsequence("links.max", "vocabulary.forbidden", "hashtags.max", "disclosure",
                "style.emoji", "media.alt_required", "languages.translation", "schedule.windows", "media.required",
                "duplicates.text", "charter.ignore");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("charter.ignore");
        assertThat(catalog.knows("schedule")).isTrue();
        assertThat(catalog.knows("length.x")).isTrue();
        assertThat(catalog.knows("sched")).isFalse();
        assertThat(catalog.require("media.count").defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void whatARulePreparesIsMadeOncePerBrand() {
        Probe probe = new Probe();
        CheckContext ctx = new CheckContext(Charter.defaults(), Networks.defaults(), null, null, dir, Instant.EPOCH,
                BuiltinRules.catalog(Networks.defaults()));
        int[] made = {0};
        Object first = ctx.state(probe, c -> new Object[] {made[0]++});
        Object again = ctx.state(probe, c -> new Object[] {made[0]++});
        assertThat(again).isSameAs(first);
        assertThat(made[0]).isEqualTo(1);
        assertThat(ctx.languages()).isEmpty();
        assertThat(ctx.zone()).hasToString("Z");
    }
}
