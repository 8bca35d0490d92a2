package io.edito.text;

import io.edito.network.CountingUnit;
import io.edito.network.Network;
import io.edito.network.TextField;
import io.edito.network.TextLimit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Counts displayed text (the output of {@link NetworkText}) the way each network counts, in the
 * {@link CountingUnit} the network registry names. Every text is NFC-normalised first (X does so; the
 * others receive what edito sends, which is NFC).
 *
 * <ul>
 * <li>{@code x-weighted}: twitter-text's {@code TwitterTextParser.parseTweet}, X's own reference code (its emoji
 *     table is Unicode 12.1: a newer emoji may count by its code points instead of 2), applied word by word for
 *     speed with the same result as a whole-text parse (see {@code XWeighted}).</li>
 * <li>{@code mastodon}: grapheme clusters after replacing each URL with a protocol by {@code url_weight}
 *     characters and each remote mention {@code @user@domain} by {@code @user} (Mastodon's StatusLengthValidator);
 *     the content warning counts too ({@link #measureMastodon}).</li>
 * <li>{@code graphemes}: ICU4J extended grapheme clusters (Bluesky: a family emoji is 1).</li>
 * <li>{@code threads}: code points, except that each emoji cluster counts its UTF-8 byte length (a 😀 counts 4).</li>
 * <li>{@code code-points}, {@code utf-16} (a JavaScript length), {@code utf-8-bytes}: what they say. Networks that
 *     do not document a unit (Instagram, Facebook, LinkedIn, TikTok, Pinterest, YouTube titles) use {@code utf-16}
 *     in the registry: never less than code points or graphemes, so a text edito accepts fits.</li>
 * </ul>
 */
public final class TextMeasure {
    /** Ranges {@code {start, end, ...}} by their start. */
    private static final Comparator<int[]> BY_FIRST = Comparator.comparingInt(r -> r[0]);

    private static final int DEFAULT_URL_WEIGHT = 23;

    private TextMeasure() {
    }

    /** The main text of {@code network} against its limit (the first of {@link #measureAll}). */
    public static Measurement measure(Network network, String displayed) {
        return measure(network, TextField.TEXT, displayed);
    }

    /**
     * {@code field} of {@code network} against its limit in the network's unit.
     *
     * @throws IllegalArgumentException when the network has no such text
     */
    public static Measurement measure(Network network, TextField field, String displayed) {
        return measureAll(network, field, displayed).get(0);
    }

    /**
     * Every limit that applies to {@code field}: the one in the network's unit first, then a UTF-8 byte limit if the
     * network has one too (Bluesky: 300 graphemes and 3000 bytes).
     */
    public static List<Measurement> measureAll(Network network, TextField field, String displayed) {
        return measureNormalized(network, field, new TextEntities(nfc(displayed)));
    }

    /** {@link #measureAll(Network, TextField, String)} of a rendered text, which is NFC already. */
    public static List<Measurement> measureAll(Network network, TextField field, DisplayedText displayed) {
        return measureNormalized(network, field, displayed.entities());
    }

    /** The measures of the NFC text {@code nfc}. */
    private static List<Measurement> measureNormalized(Network network, TextField field, TextEntities nfc) {
        Optional<TextLimit> known = network.limit(field);
        if (known.isEmpty()) { // tested rather than orElseThrow(() -> ...): no lambda made per text under C1
            throw new IllegalArgumentException(network.name() + " has no " + field.id().replace('_', ' ') + " limit");
        }
        TextLimit limit = known.get();
        int urlWeight = network.urlWeight().orElse(DEFAULT_URL_WEIGHT);
        List<Measurement> out = new ArrayList<>(2);
        out.add(new Measurement(countNormalized(limit.unit(), nfc, urlWeight), limit.max(), limit.unit().label()));
        if (limit.maxBytes().isPresent()) {
            char[] chars = nfc.chars();
            out.add(new Measurement(utf8Bytes(chars, 0, chars.length), limit.maxBytes(), CountingUnit.UTF8_BYTES.label()));
        }
        return List.copyOf(out);
    }

    /** A Mastodon post: the content warning and the text together against the instance's limit. */
    public static Measurement measureMastodon(Network mastodon, String displayed, String contentWarning) {
        return measureMastodon(mastodon, new TextEntities(nfc(displayed)), contentWarning);
    }

    /**
     * {@link #measureMastodon(Network, String, String)} of a rendered text, which is NFC already, with the links and
     * mentions its other rules found.
     */
    public static Measurement measureMastodon(Network mastodon, DisplayedText displayed, String contentWarning) {
        return measureMastodon(mastodon, displayed.entities(), contentWarning);
    }

    private static Measurement measureMastodon(Network mastodon, TextEntities nfc, String contentWarning) {
        TextLimit limit = mastodon.text();
        int urlWeight = mastodon.urlWeight().orElse(DEFAULT_URL_WEIGHT);
        String cw = contentWarning == null ? "" : nfc(contentWarning);
        int count = mastodon(nfc, urlWeight) + Graphemes.count(cw);
        return new Measurement(count, limit.max(), limit.unit().label());
    }

    /** The links of the text against the network's {@code max_links} (Threads: 5), e.g. {@code 6/5 (links)}. */
    public static Measurement links(Network network, String displayed) {
        return new Measurement(Entities.urls(nfc(displayed)).size(), network.maxLinks(), "links");
    }

    /** The hashtags of the text against the network's {@code max_hashtags} (Instagram: 5), e.g. {@code 7/5 (hashtags)}. */
    public static Measurement hashtags(Network network, String displayed) {
        return new Measurement(Entities.hashtags(nfc(displayed)).size(), network.maxHashtags(), "hashtags");
    }

    /**
     * What shows before the network's "… more" fold: the longest start of the text, in whole grapheme clusters, that
     * fits in {@code fold} units of the text's counting unit; empty when the network has no fold or the whole text fits.
     */
    public static Optional<String> beforeFold(Network network, String displayed) {
        if (network.fold().isEmpty()) {
            return Optional.empty();
        }
        int fold = network.fold().getAsInt();
        String s = nfc(displayed);
        CountingUnit unit = network.text().unit();
        int urlWeight = network.urlWeight().orElse(DEFAULT_URL_WEIGHT);
        if (countNormalized(unit, s, urlWeight) <= fold) {
            return Optional.empty();
        }
        int[] b = Graphemes.boundaries(s);
        int used = 0;
        int end = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            int w = countNormalized(unit, s.substring(b[i], b[i + 1]), urlWeight);
            if (used + w > fold) {
                break;
            }
            used += w;
            end = b[i + 1];
        }
        return Optional.of(s.substring(0, end));
    }

    /** {@code text}'s length in {@code unit}, URLs weighing 23 where the unit weighs them. */
    public static int count(CountingUnit unit, String text) {
        return countNormalized(unit, nfc(text), DEFAULT_URL_WEIGHT);
    }

    /** {@code text}'s length in {@code unit}, each URL weighing {@code urlWeight} where the unit weighs URLs. */
    public static int count(CountingUnit unit, String text, int urlWeight) {
        return countNormalized(unit, nfc(text), urlWeight);
    }

    private static int countNormalized(CountingUnit unit, String s, int urlWeight) {
        return countNormalized(unit, new TextEntities(s), urlWeight);
    }

    /**
     * The length of the NFC text {@code s} in {@code unit}: the scans read its chars as an array (under C1,
     * {@code String.charAt} on a text above U+00FF costs a call per char), the units of clusters its boundaries,
     * found once for all of them.
     */
    private static int countNormalized(CountingUnit unit, TextEntities s, int urlWeight) {
        return switch (unit) {
            case X_WEIGHTED -> XWeighted.length(s.text(), s.chars(), urlWeight);
            case MASTODON -> mastodon(s, urlWeight);
            case GRAPHEMES -> s.graphemeCount();
            case CODE_POINTS -> Character.codePointCount(s.chars(), 0, s.chars().length);
            case UTF16 -> s.text().length();
            case UTF8_BYTES -> utf8Bytes(s.chars(), 0, s.chars().length);
            case THREADS -> s.threadsLength();
        };
    }

    /** X's weighted length (twitter-text v3 configuration, URLs at {@code urlWeight}). */
    static int xWeighted(String s, int urlWeight) {
        return XWeighted.length(s, urlWeight);
    }

    /** Mastodon: URLs (with a protocol) count {@code urlWeight}, {@code @user@domain} counts as {@code @user}; graphemes. */
    static int mastodon(String s, int urlWeight) {
        return mastodon(new TextEntities(s), urlWeight);
    }

    /** {@link #mastodon(String, int)}, with the text's links and mentions found once for all who ask. */
    private static int mastodon(TextEntities entities, int urlWeight) {
        char[] s = entities.chars();
        List<int[]> replaced = new ArrayList<>(); // start, end, replacement length in graphemes
        for (int[] url : entities.mastodonUrls()) {
            replaced.add(new int[] {url[0], url[1], urlWeight});
        }
        for (Entity mention : entities.mastodonMentions()) {
            if (!overlaps(replaced, mention.start(), mention.end())) {
                replaced.add(new int[] {mention.start(), mention.end(), 1 + Graphemes.count(mention.username())});
            }
        }
        if (replaced.isEmpty()) {
            return entities.graphemeCount();
        }
        replaced.sort(BY_FIRST);
        int count = 0;
        int pos = 0;
        for (int[] r : replaced) {
            count += Graphemes.count(s, pos, r[0]) + r[2];
            pos = r[1];
        }
        return count + Graphemes.count(s, pos, s.length);
    }

    private static boolean overlaps(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** Threads: one per code point, except that an emoji cluster counts its UTF-8 bytes. */
    static int threads(String s) {
        return new TextEntities(s).threadsLength();
    }

    static int utf8Bytes(String s) {
        return utf8Bytes(s.toCharArray(), 0, s.length());
    }

    /** The UTF-8 length of {@code s[from, to)}. */
    static int utf8Bytes(char[] s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s[i + 1])) {
                n += 4;
                i++;
            } else {
                n += 3; // BMP, or a lone surrogate (encoded as '?' would be 1, but a lone surrogate is never sent)
            }
        }
        return n;
    }

    static String nfc(String s) {
        return Nfc.normalize(s);
    }
}
