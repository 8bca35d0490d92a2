import io.edito.calendar.Post;
import io.edito.calendar.Workspace;
import io.edito.check.ChannelViews;
import io.edito.check.CheckContext;
import io.edito.check.CheckResult;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.check.rules.BuiltinRules;
import io.edito.check.run.Checker;
import io.edito.network.NetworkRegistry;
import io.edito.network.Networks;
import io.edito.project.Project;
import io.edito.text.DisplayedTexts;
import io.edito.yaml.YamlReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the posts' checks spend their time, rule by rule: the project is read once, then checked ROUNDS times in the
 * same JVM (the first round cold, the next ones with the rules compiled), each built-in rule wrapped in a timer that
 * adds up the elapsed time of its calls on every thread (both cores: the sum is CPU time, GC pauses included). What
 * a rule asks first of a text's shared analysis (TextEntities) is counted to that rule. JFR's sampler misses most of
 * the pool worker's samples on this machine (docs/performance.md, session 18); this does not sample.
 *
 *     java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -cp target/edito.jar bench/RuleTimes.java CALENDAR [ROUNDS]
 */
public class RuleTimes {
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: RuleTimes PROJECT-FOLDER [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Set<String> ids = Set.copyOf(Networks.defaults().ids());
        Workspace.Loaded loaded = new Workspace(new YamlReader(), ids)
                .load(new Workspace.Request(List.of(Path.of(args[0])), null, null, Path.of("")));
        Project project = Project.of(loaded, null, BuiltinRules.catalog(Networks.defaults()));
        Checker.Options options = new Checker.Options(Set.of(), Set.of(), null, null, null,
                Instant.parse("2026-11-25T09:00:00Z")); // the --now of bench/check-targets.py
        for (int round = 0; round < rounds; round++) {
            List<Timed> timed = new ArrayList<>();
            for (Rule r : BuiltinRules.all()) {
                timed.add(new Timed(r));
            }
            Checker checker = new Checker(Networks.defaults(), new ArrayList<>(timed));
            long start = System.nanoTime();
            CheckResult result = checker.check(project.calendar(), project.charters(), options);
            long wall = System.nanoTime() - start;
            long sum = 0;
            StringBuilder lines = new StringBuilder();
            for (Timed t : timed) {
                sum += t.total();
                lines.append(String.format("  %-16s %6.0f ms   post %5.0f  view %5.0f  channel %5.0f  brand %5.0f%n",
                        t.rule.getClass().getSimpleName(), t.total() / 1e6, t.post.get() / 1e6, t.view.get() / 1e6,
                        t.channel.get() / 1e6, t.brand.get() / 1e6));
            }
            System.out.printf("round %d: Checker.check %.0f ms, %d findings; the rules %.0f ms in all%n%s", round, wall / 1e6,
                    result.findings().size(), sum / 1e6, lines);
        }
    }

    /** A rule whose calls are timed, by scope. */
    static final class Timed implements Rule {
        final Rule rule;
        final AtomicLong post = new AtomicLong();
        final AtomicLong view = new AtomicLong();
        final AtomicLong channel = new AtomicLong();
        final AtomicLong brand = new AtomicLong();

        Timed(Rule rule) {
            this.rule = rule;
        }

        long total() {
            return post.get() + view.get() + channel.get() + brand.get();
        }

        @Override
        public List<RuleInfo> describe(NetworkRegistry networks) {
            return rule.describe(networks);
        }

        @Override
        public void checkPost(Post p, DisplayedTexts texts, CheckContext ctx, Emitter out) {
            long s = System.nanoTime();
            rule.checkPost(p, texts, ctx, out);
            post.addAndGet(System.nanoTime() - s);
        }

        @Override
        public void checkView(PostView v, CheckContext ctx, Emitter out) {
            long s = System.nanoTime();
            rule.checkView(v, ctx, out);
            view.addAndGet(System.nanoTime() - s);
        }

        @Override
        public void checkChannel(ChannelViews v, CheckContext ctx, Emitter out) {
            long s = System.nanoTime();
            rule.checkChannel(v, ctx, out);
            channel.addAndGet(System.nanoTime() - s);
        }

        @Override
        public void checkBrand(List<Post> posts, CheckContext ctx, Emitter out) {
            long s = System.nanoTime();
            rule.checkBrand(posts, ctx, out);
            brand.addAndGet(System.nanoTime() - s);
        }

        @Override
        public boolean checkBrandAfterPosts() {
            return rule.checkBrandAfterPosts();
        }
    }
}
