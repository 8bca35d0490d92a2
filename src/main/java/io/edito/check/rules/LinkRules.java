package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.charter.Charter;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.NetworkRegistry;
import io.edito.text.Entity;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code links.*}: https, allowed domains, UTM parameters, shorteners, count, links that are not clickable. */
public final class LinkRules implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("links.max", "Too many links", "More links than the network accepts in one post (Threads: 5).",
                        "Remove links or move them to a first comment.", ERROR),
                new RuleInfo("links.https", "Link without https", "Links must use https.", "Write the link with https://.", ERROR),
                new RuleInfo("links.domains", "Link to a domain outside the charter", "Links must go to the domains the charter lists.",
                        "Link to one of the brand's domains.", WARNING),
                new RuleInfo("links.utm", "Link without UTM parameters", "Links to the brand's domains carry utm_source, utm_medium and "
                        + "utm_campaign (links.utm: required).", "Add ?utm_source=<channel>&utm_medium=social&utm_campaign=<campaign>.", WARNING),
                new RuleInfo("links.utm_source", "utm_source does not match the channel", "utm_source must name the channel the post goes to (its id, or its network's).",
                        "Set utm_source to the channel id, or give the channel a variant with its own link.", WARNING),
                new RuleInfo("links.shorteners", "Link shortener", "Shortened links hide their destination and are forbidden by the charter.",
                        "Use the full link; networks shorten links themselves.", WARNING),
                new RuleInfo("links.not_clickable", "Link in a caption that is not clickable", "Instagram captions do not make links "
                        + "clickable.", "Write \"link in bio\" or use a story or first comment instead.", WARNING));
    }

    @Override
    public void checkView(PostView v, CheckContext ctx, Emitter out) {
        if (!v.goesOut()) {
            return; // one language of a joined text: the joined text is read
        }
        Charter c = ctx.charter();
        List<Entity> urls = v.entities().urls();
        if (v.network().maxLinks().isPresent() && urls.size() > v.network().maxLinks().getAsInt()) {
            Entity first = urls.get(v.network().maxLinks().getAsInt());
            out.onDisplayed("links.max", v, first.start(), first.end(), v.network().name() + " accepts at most "
                    + v.network().maxLinks().getAsInt() + " links in a post; this one has " + urls.size(), null);
        }
        List<Link> links = v.entities().derived(Link.class, e -> e.urls().stream().map(Link::of).toList());
        for (int k = 0; k < urls.size(); k++) {
            Entity u = urls.get(k);
            String url = u.value();
            String lower = links.get(k).lower();
            String host = links.get(k).host();
            if (c.https() && lower.startsWith("http://")) {
                out.onDisplayed("links.https", v, u.start(), u.end(), "link without https: " + url,
                        "https://" + url.substring("http://".length()));
            }
            boolean shortener = host != null && hostIsAny(host, c.shorteners());
            if (c.shortenersForbidden() && shortener) {
                out.onDisplayed("links.shorteners", v, u.start(), u.end(), "shortened link (" + host
                        + ") hides its destination", "link to the full address");
            }
            boolean ours = host != null && hostIsAny(host, c.domains());
            if (!c.domains().isEmpty() && host != null && !ours) {
                out.onDisplayed("links.domains", v, u.start(), u.end(), "link to " + host
                        + ", not one of the brand's domains " + c.domains(), null);
            }
            if (ours || (c.domains().isEmpty() && c.utm() == Charter.Utm.REQUIRED)) {
                utm(v, c, u, links.get(k).query(), out);
            }
            if (!v.network().linksClickable()) {
                out.onDisplayed("links.not_clickable", v, u.start(), u.end(), v.network().name()
                        + " does not make links in the text clickable", "write \"link in bio\" and put the link there");
            }
        }
    }

    /**
     * What the rules read of a link, worked out once per displayed text (shared by the channels showing it): its
     * lower-case form, its host (lower case, null when none) and its query parameters.
     */
    private record Link(String lower, String host, Map<String, String> query) {
        static Link of(Entity u) {
            return new Link(u.value().toLowerCase(Locale.ROOT), LinkRules.host(u.value()),
                    java.util.Collections.unmodifiableMap(LinkRules.query(u.value())));
        }
    }

    private static void utm(PostView v, Charter c, Entity u, Map<String, String> q, Emitter out) {
        if (c.utm() == Charter.Utm.REQUIRED) {
            List<String> missing = java.util.stream.Stream.of("utm_source", "utm_medium", "utm_campaign")
                    .filter(k -> !q.containsKey(k)).toList();
            if (!missing.isEmpty()) {
                out.onDisplayed("links.utm", v, u.start(), u.end(), "link without " + String.join(", ", missing),
                        "add utm_source=" + v.channel() + "&utm_medium=social"
                                + (v.post().campaign() == null ? "" : "&utm_campaign=" + v.post().campaign()));
            }
        }
        String source = q.get("utm_source");
        // the channel id, or its network's (utm_source=x on x-ar: traffic counted by network)
        if (source != null && !source.equalsIgnoreCase(v.channel()) && !source.equalsIgnoreCase(v.network().id())) {
            out.onDisplayed("links.utm_source", v, u.start(), u.end(), "utm_source=" + source + " on " + v.channel(),
                    "utm_source=" + v.channel() + " (give " + v.channel() + " a variant with its own link)");
        }
    }

    static String host(String url) {
        try {
            String u = url.contains("://") ? url : "https://" + url;
            String h = URI.create(u.replace(" ", "%20")).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code host} is one of {@code domains} or a subdomain of one. */
    private static boolean hostIsAny(String host, List<String> domains) {
        for (String d : domains) {
            if (hostIs(host, d)) {
                return true;
            }
        }
        return false;
    }

    /** {@code host} is {@code domain} (any case) or one of its subdomains. */
    private static boolean hostIs(String host, String domain) {
        String d = domain.toLowerCase(Locale.ROOT); // the same string when already in lower case
        int dot = host.length() - d.length() - 1;
        return host.endsWith(d) && (dot < 0 || host.charAt(dot) == '.');
    }

    static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        String query = url.substring(q + 1);
        int hash = query.indexOf('#');
        if (hash >= 0) {
            query = query.substring(0, hash);
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq).toLowerCase(Locale.ROOT), pair.substring(eq + 1));
            } else if (!pair.isEmpty()) {
                out.put(pair.toLowerCase(Locale.ROOT), "");
            }
        }
        return out;
    }
}
