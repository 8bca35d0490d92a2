package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;

import io.edito.calendar.Media;
import io.edito.calendar.Text;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.Network;
import io.edito.network.NetworkRegistry;
import io.edito.network.TextField;
import io.edito.network.TextLimit;
import io.edito.text.DisplayedText;
import io.edito.text.Measurement;
import io.edito.text.TextMeasure;
import java.util.ArrayList;
import java.util.List;

/** {@code length.<network>}: every text of a post, as the network shows it, counted the way the network counts. */
public final class LengthRules implements Rule {
    /** One id per network: {@code length.x}, {@code length.instagram}... */
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        List<RuleInfo> out = new ArrayList<>();
        for (Network n : networks.all()) {
            out.add(new RuleInfo("length." + n.id(), "Text too long for " + n.name(),
                    "Each text of the post (text, title, thread items, first comment, alt texts) counted the way " + n.name()
                            + " counts, against its limit.",
                    "Shorten the text, or give this channel a shorter variant under variants:.", ERROR));
        }
        out.add(new RuleInfo(REFUSED, "Character the network refuses", "A character the network does not accept in "
                + "this text (YouTube: < and > in a title or a description): the upload fails.",
                "Write it another way (‹ ›, « », \"less than\").", ERROR));
        return out;
    }

    /** The rule of a character a network refuses in a text ({@code refuses:} of its field in networks.yaml). */
    static final String REFUSED = "text.refused_character";

    @Override
    public void checkView(PostView v, CheckContext ctx, Emitter out) {
        if (!v.goesOut()) {
            return; // one language of a joined text: the joined text is measured
        }
        Network n = v.network();
        String rule = "length." + n.id();
        // a post of photos only has limits of its own where the network gives them (TikTok: description and title)
        boolean photos = Media.photosOnly(v.content().media());
        if (v.displayed() != null) {
            TextField field = n.textField(photos);
            report(rule, v, v.source(), measure(v, field, v.displayed()), n.limit(field).get().label(), out);
            refused(v, v.source(), v.displayed(), n.limit(field).get(), out);
        }
        if (v.content().thread() != null) {
            int i = 2;
            for (Text item : v.content().thread()) {
                DisplayedText d = v.texts().of(item.value());
                report(rule, v, item, measure(v, TextField.TEXT, d), "thread item " + i++, out);
                refused(v, item, d, n.text(), out);
            }
        }
        Text title = v.content().title();
        TextField titleField = n.titleField(photos);
        if (title != null && n.limit(titleField).isPresent()) {
            report(rule, v, title, TextMeasure.measureAll(n, titleField, title.value()), n.limit(titleField).get().label(),
                    out);
            refused(v, title, n.limit(titleField).get(), out);
        }
        Text comment = v.content().firstComment();
        if (comment != null) {
            TextField field = n.limit(TextField.FIRST_COMMENT).isPresent() ? TextField.FIRST_COMMENT : TextField.TEXT;
            DisplayedText d = v.texts().of(comment.value());
            report(rule, v, comment, measure(v, field, d), "first comment", out);
            refused(v, comment, d, n.limit(field).get(), out);
        }
        // each image's alt text, sent as it is written (X 1000, Mastodon 1500)
        List<Media> media = v.content().media();
        if (media != null && n.limit(TextField.ALT).isPresent()) {
            for (int i = 0; i < media.size(); i++) {
                Media m = media.get(i);
                if (m != null && m.alt() != null && m.alt().value() != null && !m.isVideo()) {
                    report(rule, v, m.alt(), TextMeasure.measureAll(n, TextField.ALT, m.alt().value()),
                            n.limit(TextField.ALT).get().label() + " of image " + (i + 1), out);
                    refused(v, m.alt(), n.limit(TextField.ALT).get(), out);
                }
            }
        }
    }

    /** {@link #REFUSED} on {@code src}, a text sent as written (a title, an alt text). */
    private static void refused(PostView v, Text src, TextLimit limit, Emitter out) {
        refused(v, src, null, limit, out);
    }

    /**
     * {@link #REFUSED} at the first refused character of {@code d}, the network's form of {@code src} (null: the
     * text is sent as written).
     */
    private static void refused(PostView v, Text src, DisplayedText d, TextLimit limit, Emitter out) {
        String text = d == null ? src.value() : d.text();
        int at = limit.firstRefused(text);
        if (at < 0) {
            return;
        }
        int end = at + Character.charCount(text.codePointAt(at));
        String message = refusedMessage(v, limit, text.substring(at, end));
        if (d == null) {
            out.span(REFUSED, v.post(), v.channel(), v.lang(), src, at, end, message, null);
        } else {
            out.onDisplayed(REFUSED, v, src, d, at, end, message, null);
        }
    }

    private static String refusedMessage(PostView v, TextLimit limit, String c) {
        String label = limit.label();
        return v.network().name() + " does not accept " + limitChars(limit.refuses()) + " in "
                + ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label + ": '" + c + "' here";
    }

    /** {@code < and >}: each character (code point) of {@code chars}. */
    private static String limitChars(String chars) {
        List<String> each = new ArrayList<>();
        chars.codePoints().forEach(c -> each.add(new String(Character.toChars(c))));
        return each.size() == 1 ? each.get(0) : String.join(", ", each.subList(0, each.size() - 1)) + " and "
                + each.get(each.size() - 1);
    }

    /**
     * A status's text as its network counts it: on Mastodon every status of the post (the text, each thread item,
     * the first comment) is sent with the content warning, and the instance counts it with the text.
     */
    private static List<Measurement> measure(PostView v, TextField field, DisplayedText displayed) {
        Network n = v.network();
        return n.id().equals("mastodon") && field == TextField.TEXT
                ? List.of(TextMeasure.measureMastodon(n, displayed, v.post().contentWarningIn(v.lang())))
                : TextMeasure.measureAll(n, field, displayed);
    }

    private static void report(String rule, PostView v, Text text, List<Measurement> ms, String what, Emitter out) {
        for (Measurement m : ms) {
            if (m.over()) {
                out.onText(rule, v.post(), v.channel(), v.lang(), text,
                        v.network().name() + " " + what + " too long: " + m.describe(),
                        "remove " + m.excess() + " " + (m.excess() == 1 ? "unit" : "units")
                                + " or give " + v.channel() + " a shorter variant");
            }
        }
    }
}
