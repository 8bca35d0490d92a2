package io.edito.check.rules;

import io.edito.calendar.Post;
import io.edito.calendar.Status;
import io.edito.charter.Charter;
import io.edito.check.Emitter;
import io.edito.text.DisplayedText;
import io.edito.text.DisplayedTexts;
import io.edito.text.Entity;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * {@code duplicates.text}: the same or nearly the same text (Jaccard similarity of words, links left out) on the
 * same channel within the charter's window. Each post is compared with at most the 200 before it on its channel.
 */
public final class DuplicateRule {
    private static final int LOOKBACK = 200;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}#@]+");

    private DuplicateRule() {
    }

    private record Item(Post post, java.time.Instant at, Set<String> words) {
    }

    public static void check(List<Post> posts, Charter c, Emitter out) {
        check(posts, Map.of(), c, out);
    }

    /**
     * As {@link #check(List, Charter, Emitter)}, with the words of the posts whose texts the checker already rendered
     * ({@link #wordsPerChannel(Post, DisplayedTexts)}, by post): only the others are rendered here.
     */
    public static void check(List<Post> posts, Map<Post, List<Set<String>>> known, Charter c, Emitter out) {
        if (c.duplicateDays() <= 0) {
            return;
        }
        Duration window = Duration.ofDays(c.duplicateDays());
        List<Post> dated = posts.stream()
                .filter(p -> p.status() != Status.CANCELLED && p.time() != null && p.content().text() != null).toList();
        // the words of each post's texts, worked out on all cores (posts are independent), then taken in order
        List<List<Set<String>>> wordsPerChannel = IntStream.range(0, dated.size()).parallel()
                .mapToObj(i -> {
                    List<Set<String>> w = known.get(dated.get(i));
                    return w != null ? w : wordsPerChannel(dated.get(i), new DisplayedTexts());
                }).toList();
        Map<String, List<Item>> byChannel = new LinkedHashMap<>();
        for (int i = 0; i < dated.size(); i++) {
            Post p = dated.get(i);
            for (int k = 0; k < p.channels().size(); k++) {
                String ch = p.channels().get(k);
                Set<String> words = wordsPerChannel.get(i).get(k);
                if (words.size() >= 3) {
                    byChannel.computeIfAbsent(ch, x -> new ArrayList<>()).add(new Item(p, p.timeOn(ch).toInstant(), words));
                }
            }
        }
        for (Map.Entry<String, List<Item>> e : byChannel.entrySet()) {
            List<Item> items = e.getValue();
            items.sort(Comparator.comparing(Item::at).thenComparing(i -> i.post().id()));
            for (int i = 1; i < items.size(); i++) {
                Item cur = items.get(i);
                for (int j = i - 1; j >= 0 && j >= i - LOOKBACK; j--) {
                    Item prev = items.get(j);
                    if (Duration.between(prev.at(), cur.at()).compareTo(window) > 0) {
                        break;
                    }
                    // |A ∩ B| / |A ∪ B| is at most min(|A|,|B|) / max(|A|,|B|): sets of too different sizes are skipped
                    int small = Math.min(prev.words().size(), cur.words().size());
                    int large = Math.max(prev.words().size(), cur.words().size());
                    if ((double) small / large < c.duplicateSimilarity()) {
                        continue;
                    }
                    double sim = jaccard(prev.words(), cur.words());
                    if (sim >= c.duplicateSimilarity()) {
                        out.onText("duplicates.text", cur.post(), e.getKey(), cur.post().lang(),
                                cur.post().content(e.getKey(), cur.post().lang()).text(),
                                (sim >= 0.999 ? "same text as " : Math.round(sim * 100) + "% the same text as ")
                                        + prev.post().id() + " on " + e.getKey() + " within " + c.duplicateDays() + " days",
                                "rewrite it");
                        break;
                    }
                }
            }
        }
    }

    /**
     * The words of the text each channel of {@code p} gets in the post's own language, in the order of its channels,
     * from the renderings of {@code texts} (the checker's, when it has them: each text is rendered once).
     */
    public static List<Set<String>> wordsPerChannel(Post p, DisplayedTexts texts) {
        Map<String, Set<String>> wordsOfText = new HashMap<>(); // a post's channels mostly share their text
        List<Set<String>> out = new ArrayList<>(p.channels().size());
        for (String ch : p.channels()) {
            io.edito.calendar.Text t = p.content(ch, p.lang()).text();
            String text = t == null ? "" : t.value();
            out.add(wordsOfText.computeIfAbsent(text, x -> {
                DisplayedText d = texts.of(x);
                return words(d.text(), d.entities().urls());
            }));
        }
        return out;
    }

    private static Set<String> words(String text, List<Entity> urls) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = urls.size() - 1; i >= 0; i--) {
            sb.replace(urls.get(i).start(), urls.get(i).end(), " ");
        }
        String folded = MARKS.matcher(Normalizer.normalize(sb.toString(), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(folded)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        Set<String> small = a.size() < b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String w : small) {
            if (large.contains(w)) {
                inter++;
            }
        }
        int union = a.size() + b.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }
}
