package io.edito.listen;

import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.network.Network;
import io.edito.network.Networks;
import io.edito.publish.PublishRun;
import io.edito.publish.Publishers;
import io.edito.publish.PublishingSettings;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.ledger.Ledger;
import io.edito.text.Measurement;
import io.edito.text.TextMeasure;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * {@code edito mentions answer ID --text T}: the reply posted under the mention's post through the brand's channel on
 * that network (its {@code publish:} block, Mastodon or Bluesky), with the ledger's exactly-once guarantee: the
 * answer is the pair ({@code mention-ID}, channel, its text), claimed before the call, recorded sent, failed or
 * unknown after it; the same answer asked again is not sent again, and a lost answer is asked about, never re-sent
 * blindly. Only an answer that went out marks the ticket answered.
 */
public final class MentionAnswer {
    /** The networks a mention can be answered on natively, by the prefix of its network id. */
    private static final Map<String, String> NETWORKS = Map.of("mastodon:", "mastodon", "bluesky:", "bluesky");

    private MentionAnswer() {
    }

    /** What was done: the publish result (sent, skipped as already sent, failed, unknown) and the ticket after it. */
    public record Outcome(PublishResult result, Mention mention) {
    }

    /**
     * Answers mention {@code m} of {@code brand} with {@code text}.
     *
     * @param channel the channel to answer from, or null for the brand's only channel on the mention's network
     */
    public static Outcome answer(ProjectConfig config, BrandConfig brand, MentionStore store, Mention m, String text,
                                 String channel, Instant at, boolean dryRun, Map<String, String> env) {
        return answer(config, brand, store, m, text, channel, at, PublishRun.Options.DEFAULT.withDryRun(dryRun), env);
    }

    /**
     * {@link #answer(ProjectConfig, BrandConfig, MentionStore, Mention, String, String, Instant, boolean, Map)} with the
     * publish run's options: {@code retryFailed} sends again an answer that failed before.
     */
    public static Outcome answer(ProjectConfig config, BrandConfig brand, MentionStore store, Mention m, String text,
                                 String channel, Instant at, PublishRun.Options options, Map<String, String> env) {
        boolean dryRun = options.dryRun();
        if (text == null || text.isBlank()) {
            throw EditoException.input("--text: the answer is empty");
        }
        if (m.status() == Mention.Status.CLOSED) {
            throw EditoException.input("mention #" + m.id() + " is closed; reopen it first (edito mentions reopen "
                    + m.id() + ")");
        }
        String network = network(m);
        String ch = channel(brand, network, channel, m);
        ChannelConfig account = brand.channels().get(ch);
        Network facts = account.facts(Networks.defaults().find(network).orElseThrow());
        String reply = "mastodon".equals(network) ? addressed(m, text.strip()) : text.strip();
        Measurement length = TextMeasure.measure(facts, reply);
        if (length.over()) {
            throw EditoException.input("--text: " + length.describe() + " is over " + facts.name() + "'s limit"
                    + (reply.equals(text.strip()) ? "" : " (with the author's handle, "
                    + reply.substring(0, reply.indexOf(' ')) + ", put before it: Mastodon notifies only who is named)"));
        }
        PublishRequest request = new PublishRequest("mention-" + m.id(), ch, null, reply, List.of(), null,
                List.of(), null, null, language(reply, account), at.atOffset(ZoneOffset.UTC), null, null, null, replyTo(m));
        PublishContext ctx = PublishContext.of(config.root(), env).startingAt(at);
        Publisher publisher = Publishers.create(PublishTarget.of(ch, account.publish()), ctx);
        if (!publisher.type().equals(network)) {
            throw EditoException.input(account.pos(), "channel '" + ch + "' publishes through '" + publisher.type()
                    + "': an answer is posted as a reply on " + facts.name() + " itself (publish: { type: " + network
                    + " ... }, docs/publishing.md)");
        }
        // refused before it goes out: a reply sent, then refused by the store, could never mark the ticket answered
        TicketTimes.require(m, () -> store.events(m.id()), new MentionStore.Change.Answer("reply", reply), at);
        PublishingSettings settings = PublishingSettings.of(config);
        try (Ledger ledger = settings.ledger().open(env)) {
            PublishRun run = new PublishRun(ledger, Map.of(ch, publisher), ctx, options);
            PublishResult r = run.publish(request);
            Mention after = m;
            // every reply that went out is in the ticket's history (the earliest sets the first-response time)
            if (!dryRun && r.status() == PublishStatus.SENT) {
                after = store.change(m.id(), new MentionStore.Change.Answer("reply", reply
                        + (r.url() == null ? "" : " (" + r.url() + ")")), at);
            } else if (!dryRun && r.status() == PublishStatus.ALREADY_SENT && m.firstResponseAt() == null) {
                // sent by an earlier run that could not record it: the ticket gets the time it went out
                // (or this run's, when the ledger's cannot be a response time: a run before this check sent it early)
                MentionStore.Change answer = new MentionStore.Change.Answer("reply", reply
                        + (r.url() == null ? "" : " (" + r.url() + ")"));
                Instant sent = ledger.forPair(request.postId(), ch).stream()
                        .filter(e -> e.state() == io.edito.publish.ledger.LedgerState.SENT && e.sentAt() != null)
                        .map(io.edito.publish.ledger.LedgerEntry::sentAt).findFirst().orElse(at);
                if (!TicketTimes.allows(m, () -> store.events(m.id()), answer, sent)) {
                    sent = at;
                }
                after = store.change(m.id(), answer, sent);
            }
            return new Outcome(r, after);
        }
    }

    private static String network(Mention m) {
        if (m.networkId() != null) {
            for (Map.Entry<String, String> e : NETWORKS.entrySet()) {
                if (m.networkId().startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        throw EditoException.input("mention #" + m.id() + " (" + m.source() + ") is not a post on a network edito can "
                + "answer on (Mastodon, Bluesky): answer where it was written, then record it with --by-hand");
    }

    /**
     * The reply addressed to the mention's author on Mastodon, which notifies only the accounts a status mentions (a
     * reply without the author's handle reaches no one): {@code @user@host} put before the text, the host taken from
     * the status URI when the handle has none (an account local to the instance listened to), unless the text already
     * names the author ({@code @user} or {@code @user@host}, any case).
     */
    static String addressed(Mention m, String text) {
        String author = m.author();
        if (author == null || !author.startsWith("@") || author.length() < 2) {
            return text;
        }
        String user = author.substring(1);
        int at = user.indexOf('@');
        String name = at < 0 ? user : user.substring(0, at);
        String host = at < 0 ? java.net.URI.create(replyTo(m)).getHost() : user.substring(at + 1);
        if (name.isEmpty() || host == null) {
            return text;
        }
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("(?<![\\w@])@" + java.util.regex.Pattern.quote(name)
                + "(?:@" + java.util.regex.Pattern.quote(host) + ")?(?![\\w@-]|\\.\\w)", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(text);
        return named.find() ? text : "@" + name + "@" + host + " " + text;
    }

    /**
     * The reply's language, as the network is told it: guessed from the text among the channel's languages
     * ({@link LanguageGuess}), else the channel's one language, else none (the network guesses). Not the mention's:
     * a brand may answer in French a question asked in English.
     */
    static String language(String reply, ChannelConfig account) {
        String guess = LanguageGuess.of(reply, account.languages());
        return !LanguageGuess.UNDETERMINED.equals(guess) ? guess : account.lang();
    }

    /** The post the answer replies to: the status URI on Mastodon, the at:// URI on Bluesky. */
    private static String replyTo(Mention m) {
        return m.networkId().substring(m.networkId().indexOf(':') + 1);
    }

    private static String channel(BrandConfig brand, String network, String asked, Mention m) {
        List<String> on = brand.channels().entrySet().stream().filter(e -> network.equals(e.getValue().network()))
                .map(Map.Entry::getKey).toList();
        if (asked != null) {
            if (!on.contains(asked)) {
                throw EditoException.input("--channel: '" + asked + "' is not a " + network + " channel of brand '"
                        + brand.name() + "'" + (on.isEmpty() ? "" : " (" + String.join(", ", on) + ")"));
            }
            return requirePublish(brand, asked);
        }
        if (on.isEmpty()) {
            throw EditoException.input("mention #" + m.id() + " is on " + network + ", and brand '" + brand.name()
                    + "' has no " + network + " channel to answer from: add one with a publish: block "
                    + "(docs/publishing.md), or answer by hand and record it with --by-hand");
        }
        if (on.size() > 1) {
            throw EditoException.input("brand '" + brand.name() + "' has several " + network + " channels ("
                    + String.join(", ", on) + "): name one with --channel");
        }
        return requirePublish(brand, on.get(0));
    }

    private static String requirePublish(BrandConfig brand, String channel) {
        ChannelConfig c = brand.channels().get(channel);
        if (c.publish() == null) {
            throw EditoException.input(c.pos(), "channel '" + channel + "' has no publish: block: an answer goes out "
                    + "through it (docs/publishing.md)");
        }
        return channel;
    }
}
