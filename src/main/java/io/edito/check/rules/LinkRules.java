package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.calendar.Text;
import io.edito.charter.Charter;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.Network;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedText;
import io.edito.text.Entity;
import io.edito.text.TextEntities;
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
                        + "clickable.", "Write \"link in bio\" or use a story or first comment instead.", WARNING),
                new RuleInfo("links.unsent", "link: that does not go out", "A post's link: goes out as a card only where the "
                        + "network makes one (link_card in the network facts: Bluesky and Facebook without media, LinkedIn "
                        + "with a title: and no media); elsewhere only a link written in the text does.",
                        "Write the link in the text.", WARNING),
                new RuleInfo("title.unsent", "title: that does not go out", "A post's title: goes out where the "
                        + "network has one (YouTube, Pinterest, a TikTok photo post, a Facebook video) or on the card of "
                        + "its link: (LinkedIn's article, Bluesky); elsewhere it is not sent.",
                        "Write it in the text, or give the post a link: where a card takes it.", WARNING));
    }

    @Override
    public void checkView(PostView v, CheckContext ctx, Emitter out) {
        if (!v.goesOut()) {
            return; // one language of a joined text: the joined text is read
        }
        Charter c = ctx.charter();
        maxLinks(v, v.source(), v.displayed(), "this one", out);
        // each link of every text that goes out: the text, each thread item, the title, the first comment
        eachLink(v, c, v.source(), v.displayed(), out);
        for (PostView.OtherText other : v.otherTexts()) {
            if (other.ownPost() != null) { // a reply of the thread is a post, with a post's limits
                maxLinks(v, other.source(), other.displayed(), other.ownPost(), out);
            }
            eachLink(v, c, other.source(), other.displayed(), out);
        }
        unsent(v, out);
        titleUnsent(v, out);
    }

    /** {@code title.unsent}: a {@code title:} that the post sends nowhere on this network (no title, no card taking it). */
    private static void titleUnsent(PostView v, Emitter out) {
        Text title = v.content().title();
        if (title == null || title.value() == null || title.value().isBlank()) {
            return;
        }
        Network n = v.network();
        java.util.List<io.edito.calendar.Media> media = v.content().media();
        boolean any = media != null && media.stream().anyMatch(m -> m != null && m.file() != null);
        boolean video = any && media.stream().anyMatch(m -> m != null && m.file() != null && m.isVideo());
        boolean card = io.edito.network.LinkCard.apart(v.content().link(), v.text()) && n.linkCard().shown(any, true);
        if (n.showsTitle(any && !video, video) || card && n.cardTakesTitle()) {
            return;
        }
        String why = n.cardTakesTitle() && n.linkCard() != io.edito.network.LinkCard.NONE
                ? n.name() + " shows a title only on the card of a link: (" + (any ? "a post with images or a video "
                + "shows them instead" : "this post has no link:") + ")"
                : n.name() + " has no title for a post";
        out.onText("title.unsent", v.post(), v.channel(), v.lang(), title, "title: does not go out on " + v.channel()
                + ": " + why, "write it in the text" + (n.cardTakesTitle() && !any ? ", or give the post a link:" : ""));
    }

    /** {@code links.unsent}: a {@code link:} not written in the text, on a post the network makes no card of. */
    private static void unsent(PostView v, Emitter out) {
        String link = v.content().link();
        if (!io.edito.network.LinkCard.apart(link, v.text())) {
            return;
        }
        Network n = v.network();
        boolean media = v.content().media() != null && !v.content().media().isEmpty();
        boolean titled = v.content().title() != null && v.content().title().value() != null;
        if (n.linkCard().shown(media, titled)) {
            return;
        }
        String why = switch (n.linkCard()) {
            case NONE -> n.name() + " makes no card of it, only a link written in the text goes out";
            case WITHOUT_MEDIA -> "a " + n.name() + " post with images or a video shows them, not the link's card";
            case TITLED_WITHOUT_MEDIA -> media ? "a " + n.name() + " post with images or a video shows them, not the "
                    + "link's card" : n.name() + " makes a card of it only with a title:";
        };
        out.onKey("links.unsent", v.post(), "link", v.channel(), v.lang(), "link: " + link.strip()
                + " does not go out on " + v.channel() + ": " + why, "write the link in the text"
                + (n.linkCard() == io.edito.network.LinkCard.TITLED_WITHOUT_MEDIA && !media
                ? ", or give it a title:" : ""));
    }

    /** {@code links.max} on {@code d}, the network's form of {@code src}, one post of the view ({@code what}). */
    private static void maxLinks(PostView v, Text src, DisplayedText d, String what, Emitter out) {
        if (d == null || v.network().maxLinks().isEmpty()) {
            return;
        }
        int max = v.network().maxLinks().getAsInt();
        List<Entity> urls = d.entities().urls();
        if (urls.size() > max) {
            Entity first = urls.get(max);
            out.onDisplayed("links.max", v, src, d, first.start(), first.end(), v.network().name()
                    + " accepts at most " + max + " links in a post; " + what + " has " + urls.size(), null);
        }
    }

    /** The rules on each link of {@code d}, the network's form of {@code src}, one of the view's texts. */
    private static void eachLink(PostView v, Charter c, Text src, DisplayedText d, Emitter out) {
        if (d == null) {
            return;
        }
        TextEntities e = d.entities();
        List<Entity> urls = e.urls();
        List<Link> links = e.derived(Link.class, LinkRules::links);
        for (int k = 0; k < urls.size(); k++) {
            Entity u = urls.get(k);
            String url = u.value();
            String lower = links.get(k).lower();
            String host = links.get(k).host();
            if (c.https() && lower.startsWith("http://")) {
                out.onDisplayed("links.https", v, src, d, u.start(), u.end(), "link without https: " + url,
                        "https://" + url.substring("http://".length()));
            }
            boolean shortener = host != null && hostIsAny(host, c.shorteners());
            if (c.shortenersForbidden() && shortener) {
                out.onDisplayed("links.shorteners", v, src, d, u.start(), u.end(), "shortened link (" + host
                        + ") hides its destination", "link to the full address");
            }
            boolean ours = host != null && hostIsAny(host, c.domains());
            if (!c.domains().isEmpty() && host != null && !ours) {
                out.onDisplayed("links.domains", v, src, d, u.start(), u.end(), "link to " + host
                        + ", not one of the brand's domains " + c.domains(), null);
            }
            if (ours || (c.domains().isEmpty() && c.utm() == Charter.Utm.REQUIRED)) {
                utm(v, c, src, d, u, links.get(k).query(), out);
            }
            if (!v.network().linksClickable()) {
                out.onDisplayed("links.not_clickable", v, src, d, u.start(), u.end(), v.network().name()
                        + " does not make links in the text clickable", "write \"link in bio\" and put the link there");
            }
        }
    }

    /**
     * What the rules read of a link, worked out once per displayed text (shared by the channels showing it): its
     * lower-case form, its host (lower case, null when none) and its query parameters.
     */
    private static List<Link> links(TextEntities e) {
        List<Entity> urls = e.urls();
        Link[] out = new Link[urls.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = Link.of(urls.get(k));
        }
        return List.of(out);
    }

    private record Link(String lower, String host, Map<String, String> query) {
        static Link of(Entity u) {
            return new Link(u.value().toLowerCase(Locale.ROOT), LinkRules.host(u.value()),
                    java.util.Collections.unmodifiableMap(LinkRules.query(u.value())));
        }
    }

    private static final List<String> UTM_TAGS = List.of("utm_source", "utm_medium", "utm_campaign");

    /** A value written to be replaced: {@code <campaign>}, {@code {campaign}}, {@code %3Ccampaign%3E}. */
    static boolean isPlaceholder(String value) {
        String s = value.strip();
        return s.length() >= 2 && (s.charAt(0) == '<' && s.charAt(s.length() - 1) == '>'
                || s.charAt(0) == '{' && s.charAt(s.length() - 1) == '}'
                || s.regionMatches(true, 0, "%3C", 0, 3) && s.regionMatches(true, s.length() - 3, "%3E", 0, 3));
    }

    /**
     * The post's channels that show the text {@code src} (their own text is not another variant's): one link there
     * goes to all of them, and a utm_source can only name one. Just {@code v}'s channel for a variant's own text.
     */
    private static List<String> channelsSharing(PostView v, Text src) {
        List<String> out = new java.util.ArrayList<>(2);
        for (String ch : v.post().channels()) {
            io.edito.calendar.Content c = v.post().content(ch, v.lang());
            if (ch.equals(v.channel()) || c.text() != null && c.text().equals(src) || c.thread() != null
                    && c.thread().contains(src) || c.firstComment() != null && c.firstComment().equals(src)) {
                out.add(ch);
            }
        }
        return out;
    }

    private static void utm(PostView v, Charter c, Text src, DisplayedText d, Entity u, Map<String, String> q,
                            Emitter out) {
        if (c.utm() == Charter.Utm.REQUIRED) {
            List<String> missing = new java.util.ArrayList<>(3);
            List<String> placeholders = new java.util.ArrayList<>(1);
            List<String> add = new java.util.ArrayList<>(3); // what to add: the missing ones only
            List<String> sharing = List.of(); // the channels this same link goes to, each wanting its utm_source
            for (String k : UTM_TAGS) {
                String value = q.get(k);
                boolean placeholder = value != null && isPlaceholder(value); // the suggestion's <campaign>, pasted
                if (value == null || value.isBlank() || placeholder) { // utm_medium= is none either
                    (placeholder ? placeholders : missing).add(k);
                    if (k.equals("utm_source")) {
                        sharing = channelsSharing(v, src);
                        if (sharing.size() > 1) {
                            continue; // one link cannot carry each channel's source: said below
                        }
                    }
                    add.add(k + "=" + switch (k) {
                        case "utm_source" -> v.channel();
                        case "utm_medium" -> "social";
                        default -> v.post().campaign() == null ? "<campaign>" : v.post().campaign();
                    });
                }
            }
            if (!missing.isEmpty() || !placeholders.isEmpty()) {
                String what = (missing.isEmpty() ? "" : "link without " + String.join(", ", missing))
                        + (placeholders.isEmpty() ? "" : (missing.isEmpty() ? "link whose " : "; its ")
                        + String.join(", ", placeholders) + (placeholders.size() == 1 ? " is" : " are")
                        + " still a placeholder");
                boolean named = v.post().campaign() != null || !missing.contains("utm_campaign") && !placeholders.contains("utm_campaign");
                String fix = (add.isEmpty() ? "" : (placeholders.isEmpty() ? "add " : "write ") + String.join("&", add)
                        + (named ? "" : " (<campaign>: the campaign's name; the post gives no campaign:)"))
                        + (sharing.size() > 1 ? (add.isEmpty() ? "" : ", and ") + "give " + String.join(" and ", sharing)
                        + " each a variant with its own link (" + String.join(", ", sharing.stream()
                        .map(ch -> "utm_source=" + ch).toList()) + "): they share this text" : "");
                out.onDisplayed("links.utm", v, src, d, u.start(), u.end(), what, fix);
            }
        }
        String source = q.get("utm_source");
        // the channel id, or its network's (utm_source=x on x-ar: traffic counted by network)
        if (source != null && !source.equalsIgnoreCase(v.channel()) && !source.equalsIgnoreCase(v.network().id())) {
            out.onDisplayed("links.utm_source", v, src, d, u.start(), u.end(), "utm_source=" + source + " on " + v.channel(),
                    "utm_source=" + v.channel() + " (give " + v.channel() + " a variant with its own link)");
        }
    }

    /**
     * The host of a link in lower case, or null: as {@link URI#getHost} reads it (a link without {@code ://} read
     * as {@code https://}, a space as {@code %20}); a link of the everyday shape is read by {@link #simpleHost}.
     */
    static String host(String url) {
        String u = url.contains("://") ? url : "https://" + url;
        String simple = simpleHost(u);
        return simple != null ? simple : hostByUri(u);
    }

    /** {@link #host} through {@link URI}: a full parse of the link. */
    static String hostByUri(String u) {
        try {
            String h = URI.create(u.replace(" ", "%20")).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The host of a link of the everyday shape, read without {@link URI} (a full parse per link was 3 % of a check),
     * or null for any other link: {@code http://} or {@code https://}, then a host name as URI's grammar has it whose
     * last label starts with a letter (labels of letters, digits and inner hyphens, separated by single dots), then
     * nothing, or a path, query and fragment of the ASCII characters URI takes as they are (no {@code %}, brackets,
     * spaces or second {@code #}). URI reads every such link the same way: its host is that name.
     * {@code LinkHostTest} compares both on generated links.
     */
    static String simpleHost(String u) {
        int from = u.startsWith("https://") ? 8 : u.startsWith("http://") ? 7 : -1;
        if (from < 0) {
            return null;
        }
        int n = u.length();
        int end = from;
        int lastLabel = from;
        while (end < n) {
            char c = u.charAt(end);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c == '.') {
                if (end == lastLabel || u.charAt(end - 1) == '-') {
                    return null; // an empty label, or one that ends with a hyphen
                }
                lastLabel = end + 1;
            } else if (c == '-') {
                if (end == lastLabel) {
                    return null; // a label that starts with a hyphen
                }
            } else if (!isAsciiLetterOrDigit(c)) {
                return null;
            }
            end++;
        }
        if (end == lastLabel || u.charAt(end - 1) == '-' || !isAsciiLetter(u.charAt(lastLabel))) {
            return null; // no host, a trailing dot or hyphen, or a last label that URI may read as part of an address
        }
        boolean fragment = false;
        for (int i = end; i < n; i++) {
            char c = u.charAt(i);
            if (c == '#' && !fragment) {
                fragment = true;
            } else if (c >= 0x80 || !AS_IS[c]) {
                return null;
            }
        }
        return u.substring(from, end).toLowerCase(Locale.ROOT);
    }

    /** The ASCII characters URI takes as they are in a path, a query and a fragment (less {@code %} and brackets). */
    private static final boolean[] AS_IS = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            AS_IS[c] = isAsciiLetterOrDigit(c) || "-_.!~*'():@&=+$,;/?".indexOf(c) >= 0;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
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
