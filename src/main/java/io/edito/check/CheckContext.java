package io.edito.check;

import io.edito.calendar.Edition;
import io.edito.calendar.Post;
import io.edito.calendar.TranslationGroups;
import io.edito.charter.Charter;
import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.network.Network;
import io.edito.network.NetworkRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What rules may consult besides the post, for the posts of one brand: its charter, the network facts after the
 * charter's and the channels' overrides, the brand (null for posts of no brand) and its languages, the translation
 * groups of the calendar, the project root (media paths), the current time and the catalog of rules.
 */
public final class CheckContext {
    private final Charter charter;
    private final NetworkRegistry networks;
    private final BrandConfig brand;
    private final TranslationGroups groups;
    private final Path root;
    private final Instant now;
    private final RuleCatalog catalog;
    private final Map<Rule, Object> state = new ConcurrentHashMap<>();
    private final Map<String, Network> accounts = new HashMap<>();

    public CheckContext(Charter charter, NetworkRegistry networks, BrandConfig brand, TranslationGroups groups,
                        Path root, Instant now, RuleCatalog catalog) {
        this.charter = charter;
        this.networks = networks;
        if (brand != null) {
            for (ChannelConfig c : brand.channels().values()) {
                networks.find(c.network()).ifPresent(n -> accounts.put(c.id(), c.facts(n)));
            }
        }
        this.brand = brand;
        this.groups = groups;
        this.root = root;
        this.now = now;
        this.catalog = catalog;
    }

    public Charter charter() {
        return charter;
    }

    public NetworkRegistry networks() {
        return networks;
    }

    /** The brand, or null for posts of no brand. */
    public BrandConfig brand() {
        return brand;
    }

    /** The languages the brand publishes in (none for posts of no brand). */
    public List<String> languages() {
        return brand == null ? List.of() : brand.languages();
    }

    /**
     * The network facts of a channel: its account's network with the account's own limits, or the network of that id
     * for a brand without {@code channels:}; empty for a channel of no known network.
     */
    public Optional<Network> networkOf(String channel) {
        Network n = accounts.get(channel);
        return n != null ? Optional.of(n) : brand != null && brand.channels().containsKey(channel) ? Optional.empty()
                : networks.find(channel);
    }

    /** The network id of a channel (the id itself when the brand does not declare it). */
    public String networkIdOf(String channel) {
        return brand == null ? channel : brand.networkOf(channel);
    }

    /** What {@code post} puts out on {@code channel}: its text in the account's language(s), joined when several. */
    public Edition editionOn(Post post, String channel) {
        return post.editionOn(brand, channel);
    }

    public TranslationGroups groups() {
        return groups;
    }

    public Path root() {
        return root;
    }

    public Instant now() {
        return now;
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /** The brand's time zone, else UTC: the local days of rules over the whole calendar. */
    public ZoneId zone() {
        return brand != null && brand.zone() != null ? brand.zone() : ZoneOffset.UTC;
    }

    /** The local time of one post: the brand's zone, else the zone the post's time was written in, else UTC. */
    public ZoneId zoneOf(Post p) {
        return brand != null && brand.zone() != null ? brand.zone()
                : p.time() != null ? p.time().getZone() : ZoneOffset.UTC;
    }

    /** What {@code owner} prepared for this brand (a compiled charter, collected words), made once by {@code make}. */
    @SuppressWarnings("unchecked")
    public <T> T state(Rule owner, Function<CheckContext, T> make) {
        Object made = state.get(owner); // looked up first: no lambda made per call once it is there
        return (T) (made != null ? made : state.computeIfAbsent(owner, k -> make.apply(this)));
    }
}
