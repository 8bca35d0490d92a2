package io.edito.listen;

import io.edito.config.ListeningConfig;
import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.core.Sha256;
import io.edito.metrics.InboxItem;
import io.edito.publish.ledger.LeaseOwner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One {@code edito listen} run: reads each source (one failing source is reported and the others go on), keeps the
 * items about the brand or a competitor, classifies them and stores each once.
 */
public final class Listener {
    private final ListeningConfig config;
    private final MentionStore store;
    private final HttpFetcher fetcher;
    private final Classifier classifier;
    private final Instant now;

    /**
     * How one source went.
     *
     * @param undated items whose date could not be read (dated when read)
     */
    public record SourceOutcome(String source, int items, int fresh, boolean notModified, int skipped, int undated,
                                String error) {
        public boolean failed() {
            return error != null;
        }
    }

    /** What a run stored and how each source went. */
    public record Outcome(List<Mention> fresh, List<SourceOutcome> sources) {
        public boolean anyFailed() {
            return sources.stream().anyMatch(SourceOutcome::failed);
        }
    }

    public Listener(ListeningConfig config, MentionStore store, HttpFetcher fetcher, Instant now) {
        this.config = config;
        this.store = store;
        this.fetcher = fetcher;
        this.classifier = new Classifier(config);
        this.now = now;
    }

    public Classifier classifier() {
        return classifier;
    }

    /** Reads {@code sources} (all of the config's when empty) in order. */
    public Outcome listen(List<ListeningConfig.Source> sources) {
        List<Mention> fresh = new ArrayList<>();
        List<SourceOutcome> outcomes = new ArrayList<>();
        for (ListeningConfig.Source s : sources) {
            try {
                Read read = read(s);
                List<Mention> stored = store(s.id(), read.items());
                fresh.addAll(stored);
                outcomes.add(new SourceOutcome(s.id(), read.items().size(), stored.size(), read.notModified(),
                        read.skipped(), read.undated(), null));
            } catch (SourceException e) {
                outcomes.add(new SourceOutcome(s.id(), 0, 0, false, 0, 0, e.getMessage()));
            }
        }
        return new Outcome(fresh, outcomes);
    }

    /** Stores imported items as coming from {@code source}. */
    public Outcome importItems(String source, List<FoundItem> items) {
        return imported(source, items, false);
    }

    /**
     * Stores reviews of the brand's places ({@link ReviewImport}) as coming from {@code source}: each is about the
     * brand whatever its words, and one of one or two stars that the charter's terms classify as nothing else is a
     * complaint, followed to closure as the others are.
     */
    public Outcome importReviews(String source, List<FoundItem> items) {
        return imported(source, items, true);
    }

    /** What an import of {@code items} stored, as one source's outcome. */
    private Outcome imported(String source, List<FoundItem> items, boolean reviews) {
        List<Mention> stored = store(source, items, reviews);
        return new Outcome(stored, List.of(new SourceOutcome(source, items.size(), stored.size(), false, 0, 0, null)));
    }

    /** Stores the messages of an inbox export as tickets (source {@code inbox}): {@link InboxImport}. */
    public Outcome importInbox(List<InboxItem> items) {
        List<Mention> stored = InboxImport.store(store, items, now);
        return new Outcome(stored, List.of(new SourceOutcome(InboxImport.SOURCE, items.size(), stored.size(), false, 0,
                0, null)));
    }

    private record Read(List<FoundItem> items, boolean notModified, int skipped, int undated) {
    }

    private Read read(ListeningConfig.Source s) throws SourceException {
        if (s.file() != null) {
            FeedParser.Result r = FeedParser.parse(readFile(s));
            return new Read(r.items(), false, r.skipped(), r.undated());
        }
        URI uri = URI.create(switch (s.type()) {
            case feed -> s.url();
            case mastodon -> s.instance() + NetworkJson.mastodonPath(s.tag());
            case bluesky -> s.service() + NetworkJson.blueskyPath(s.query());
        });
        String accept = s.type() == ListeningConfig.SourceType.feed
                ? "application/atom+xml, application/rss+xml, application/rdf+xml, application/xml;q=0.9, */*;q=0.5"
                : "application/json";
        Optional<MentionStore.FetchState> previous = store.fetchState(s.id());
        HttpFetcher.Fetched f = fetcher.get(uri, previous, accept, s.timeout(), s.retries());
        if (f.notModified()) {
            return new Read(List.of(), true, 0, 0);
        }
        List<FoundItem> items;
        int skipped = 0;
        int undated = 0;
        switch (s.type()) {
            case feed -> {
                FeedParser.Result r = FeedParser.parse(f.body(), uri.toString()); // relative links: from the feed's URL
                items = r.items();
                skipped = r.skipped();
                undated = r.undated();
            }
            case mastodon -> items = NetworkJson.mastodon(f.body());
            default -> items = NetworkJson.bluesky(f.body());
        }
        // validators are kept only once the answer was read whole: a failed parse is fetched again next run
        store.saveFetchState(s.id(), HttpFetcher.state(f, now));
        return new Read(items, false, skipped, undated);
    }

    private static byte[] readFile(ListeningConfig.Source s) throws SourceException {
        io.edito.core.InputFiles.read(s.file());
        try (InputStream in = Files.newInputStream(s.file())) {
            byte[] b = in.readNBytes(FeedParser.MAX_BYTES + 1);
            if (b.length > FeedParser.MAX_BYTES) {
                throw new SourceException("feed file is larger than " + FeedParser.MAX_BYTES / 1024 / 1024 + " MB");
            }
            return b;
        } catch (NoSuchFileException e) {
            throw new SourceException("no such file " + s.file());
        } catch (IOException e) {
            throw new SourceException("cannot read " + s.file() + " (" + e.getMessage() + ")");
        }
    }

    private List<Mention> store(String source, List<FoundItem> items) {
        return store(source, items, false);
    }

    private List<Mention> store(String source, List<FoundItem> items, boolean reviews) {
        List<Mention> out = new ArrayList<>();
        for (FoundItem item : items) {
            String text = item.fullText();
            Classifier.Subject subject = reviews ? new Classifier.Subject(null) : classifier.subject(text);
            if (subject == null) {
                continue;
            }
            // a review's title is edito's own words ("Google review 2/5 of ..."): its language and kind are its text's
            String own = reviews ? item.text() : text;
            String lang = reviews ? classifier.declaredLanguage(item.lang(), own) : classifier.language(item.lang(), own);
            String kind = classifier.kind(own, lang);
            // 1 or 2 stars: a complaint whatever praise it holds ("magnifique... MAIS les vendeurs gâchent tout"),
            // unless its words make it a complaint of their own or something else (a question)
            if (reviews && "negative".equals(item.sentiment())
                    && (Mention.OTHER.equals(kind) || Mention.PRAISE.equals(kind))) {
                kind = Mention.COMPLAINT;
            }
            String urlKey = Urls.key(item.url());
            String networkId = item.networkId();
            if (urlKey == null && networkId == null) {
                networkId = "sha256:" + Sha256.hex(item.author() + "\n" + text);
            }
            store.add(new NewMention(source, item.url(), urlKey, networkId, item.author(), text, lang,
                    notAfter(item.publishedAt(), now), now, kind, subject.competitor(), item.sentiment()))
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * A mention's date, no later than when it was found: a date to come (a wrong clock, a feed dating its items
     * ahead) would keep its ticket from being answered or closed until then, and count it on that day.
     */
    private static Instant notAfter(Instant published, Instant found) {
        return published != null && published.isAfter(found) ? found : published;
    }

    /**
     * Evaluates the alert rules at this run's instant and stores the alerts not stored before: those are the ones
     * that fire now (an alert already stored never fires again).
     */
    public List<Alert> alerts(List<Mention> fresh) {
        if (config.alerts() == null) {
            return List.of();
        }
        AlertRules rules = new AlertRules(config.alerts());
        List<Mention> recent = store.list(new MentionQuery(null, null, null, now.minus(rules.lookBack()),
                now.plusMillis(1)));
        List<Alert> fired = new ArrayList<>();
        for (Alert a : rules.evaluate(now, recent, fresh)) {
            if (store.addAlert(a)) {
                fired.add(a);
            }
        }
        return fired;
    }

    /** How long a run may hold an alert it is sending before another run may send it (the notify call's bound). */
    static final Duration ALERT_CLAIM = Duration.ofMinutes(5);

    /**
     * Sends every alert not yet accepted by {@code notify} (this run's and those an earlier run failed to send),
     * marking each sent; a failure is told to {@code problems} and the alert waits for the next run. Each alert is
     * claimed first, so that runs on several hosts (a shared PostgreSQL store) or two runs at once send it once.
     */
    public void notifyPending(AlertNotifier notifier, Consumer<String> problems) {
        String owner = LeaseOwner.current().encode(); // host, process, start and run: as the ledger names its claims
        for (Alert a : store.unsentAlerts()) {
            if (!store.claimAlert(a.key(), owner, now, now.plus(ALERT_CLAIM))) {
                continue; // another run is sending it
            }
            try {
                notifier.send(a);
                store.alertSent(a.key(), now);
            } catch (EditoException e) {
                store.releaseAlert(a.key(), owner);
                problems.accept(e.getMessage());
                if (e.exitCode() == ExitCode.INPUT) {
                    return; // bad settings: every other alert would fail the same way
                }
            }
        }
    }
}
