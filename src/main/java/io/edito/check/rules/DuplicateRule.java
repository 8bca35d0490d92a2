package io.edito.check.rules;

import static io.edito.core.Severity.WARNING;

import io.edito.calendar.Edition;
import io.edito.calendar.Post;
import io.edito.calendar.Status;
import io.edito.calendar.Text;
import io.edito.charter.Charter;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.core.Parallel;
import io.edito.network.NetworkRegistry;
import io.edito.text.CharKinds;
import io.edito.text.DisplayedText;
import io.edito.text.DisplayedTexts;
import io.edito.text.Entity;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code duplicates.text}: the same or nearly the same text (Jaccard similarity of words, links left out) on the
 * same channel within the charter's window. Each post is compared with at most the 200 before it on its channel.
 */
public final class DuplicateRule implements Rule {
    private static final int LOOKBACK = 200;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}#@]+");

    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("duplicates.text", "Same text again", "The same or nearly the same text on the same channel within the "
                        + "charter's duplicate window.", "Rewrite the text.", WARNING));
    }

    /** A post on a channel, when it goes out there, and the words of its text there ({@link Dictionary} ids, sorted). */
    record Item(Post post, java.time.Instant at, int[] words) {
    }

    /**
     * The words met in a brand's texts, each given a number as it is first met (thread-safe: posts are read on all
     * cores): a text's words are kept as a sorted array of these numbers, not as a set of strings.
     */
    static final class Dictionary {
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> ids = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        int idOf(String word) {
            Integer id = ids.get(word);
            if (id == null) {
                Integer mine = next.getAndIncrement(); // a number lost to another thread's same word leaves a gap
                Integer theirs = ids.putIfAbsent(word, mine);
                id = theirs == null ? mine : theirs;
            }
            return id;
        }

        /** The numbers of {@code words} (any order, repeats allowed), sorted, each once. */
        int[] ids(java.util.Collection<String> words) {
            int[] out = new int[words.size()];
            int n = 0;
            for (String w : words) {
                out[n++] = idOf(w);
            }
            return sortedUnique(out, n);
        }

        /**
         * The numbers of the words of {@code text} ({@link #words(String, char[], List)}), sorted, each once: each
         * word looked up in this thread's memory of the words it met (no string made for a word met before).
         */
        int[] idsOf(String text, char[] chars, List<Entity> urls) {
            FoldedChars folded = foldedOrNull(chars, urls);
            if (folded == null) {
                return ids(wordsByPatterns(text, urls));
            }
            LocalIds local = LOCAL_IDS.get();
            local.serve(this);
            IntList out = new IntList();
            forEachWord(folded, (c, from, to) -> out.add(local.idOf(c, from, to)));
            return sortedUnique(out.values, out.size);
        }

        /** Each word by its number (null for a number lost to a race). */
        String[] words() {
            String[] out = new String[next.get()];
            ids.forEach((w, id) -> out[id] = w);
            return out;
        }
    }

    /** The first {@code n} values of {@code a}, sorted, each once (in {@code a} itself when none repeats). */
    private static int[] sortedUnique(int[] a, int n) {
        java.util.Arrays.sort(a, 0, n);
        int unique = 0;
        for (int k = 0; k < n; k++) {
            if (unique == 0 || a[unique - 1] != a[k]) {
                a[unique++] = a[k];
            }
        }
        return unique == a.length ? a : java.util.Arrays.copyOf(a, unique);
    }

    /** Each thread's memory of the words it numbered for one {@link Dictionary}: folded chars -> number. */
    private static final ThreadLocal<LocalIds> LOCAL_IDS = ThreadLocal.withInitial(LocalIds::new);

    /** An open-addressing table from a word's chars to its number in the dictionary it serves. */
    private static final class LocalIds {
        private Dictionary dictionary;
        private char[][] keys;
        private int[] ids;
        private int size;

        /** Forgets the words of another dictionary (another brand, another check): a thread starts serving none. */
        void serve(Dictionary d) {
            if (dictionary != d) {
                dictionary = d;
                keys = new char[1024][];
                ids = new int[1024];
                size = 0;
            }
        }

        /** Where the word {@code c[from, to)} is looked for first. */
        private int slotOf(char[] c, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + c[i];
            }
            return (h ^ (h >>> 16)) & (keys.length - 1);
        }

        int idOf(char[] c, int from, int to) {
            int mask = keys.length - 1;
            for (int slot = slotOf(c, from, to); ; slot = (slot + 1) & mask) {
                char[] k = keys[slot];
                if (k == null) {
                    int id = dictionary.idOf(new String(c, from, to - from));
                    keys[slot] = java.util.Arrays.copyOfRange(c, from, to);
                    ids[slot] = id;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                    return id;
                }
                if (java.util.Arrays.equals(k, 0, k.length, c, from, to)) {
                    return ids[slot];
                }
            }
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldIds = ids;
            keys = new char[oldKeys.length * 2][];
            ids = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                char[] k = oldKeys[i];
                if (k != null) {
                    int slot = slotOf(k, 0, k.length);
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = k;
                    ids[slot] = oldIds[i];
                }
            }
        }
    }

    /** The words of each checked post, rendered by the checker (its own renderings): the others are rendered later. */
    @Override
    public void checkPost(Post p, DisplayedTexts texts, CheckContext ctx, Emitter out) {
        if (ctx.charter().duplicateDays() > 0) {
            Seen seen = seen(ctx);
            seen.words.put(p, wordsPerChannel(p, texts, ctx, seen.dictionary));
        }
    }

    /**
     * What the checked posts left for {@link #checkBrand}: the words of each post's text on each channel, kept until
     * the end of the check as arrays of numbers of one {@link Dictionary}: as {@code HashSet}s of their own strings
     * they were a large part of what a check of 10,000 posts keeps alive.
     */
    private static final class Seen {
        final Map<Post, List<int[]>> words = Collections.synchronizedMap(new IdentityHashMap<>());
        final Dictionary dictionary = new Dictionary();
    }

    @Override
    public void checkBrand(List<Post> posts, CheckContext ctx, Emitter out) {
        Seen seen = seen(ctx);
        check(posts, new IdentityHashMap<>(seen.words), seen.dictionary, ctx, out); // read on all cores: unlocked
    }

    private Seen seen(CheckContext ctx) {
        return ctx.state(this, c -> new Seen());
    }

    /**
     * Over the posts of one brand, with the words of the posts whose texts the checker already rendered
     * ({@link #wordsPerChannel(Post, DisplayedTexts, CheckContext, Map)}, by post): only the others are rendered here.
     */
    private static void check(List<Post> posts, Map<Post, List<int[]>> known, Dictionary dictionary,
                              CheckContext ctx, Emitter out) {
        Charter c = ctx.charter();
        if (c.duplicateDays() <= 0) {
            return;
        }
        Duration window = Duration.ofDays(c.duplicateDays());
        List<Post> dated = posts.stream()
                .filter(p -> p.status() != Status.CANCELLED && p.time() != null && p.content().text() != null).toList();
        // the words of each post's texts, worked out on all cores (posts are independent), then taken in order
        List<List<int[]>> wordsPerChannel = Parallel.map(dated.size(), 16, i -> {
            List<int[]> w = known.get(dated.get(i));
            return w != null ? w : wordsPerChannel(dated.get(i), new DisplayedTexts(), ctx, dictionary);
        });
        Map<String, List<Item>> byChannel = new LinkedHashMap<>();
        for (int i = 0; i < dated.size(); i++) {
            Post p = dated.get(i);
            for (int k = 0; k < p.channels().size(); k++) {
                String ch = p.channels().get(k);
                int[] words = wordsPerChannel.get(i).get(k);
                if (words.length >= 3) {
                    byChannel.computeIfAbsent(ch, x -> new ArrayList<>()).add(new Item(p, p.timeOn(ch).toInstant(), words));
                }
            }
        }
        WordIds ids = new WordIds(byChannel.values(), dictionary);
        // channels are independent: each is searched on one core (the index is read only), the largest first so that
        // the cores' shares come out even, then reported in order
        List<Map.Entry<String, List<Item>>> channels = new ArrayList<>(byChannel.entrySet());
        int[] largestFirst = Parallel.largestFirst(channels.stream().mapToLong(e -> e.getValue().size()).toArray());
        List<int[]> nearest = Parallel.map(largestFirst, channels.size(), 1, k -> {
            List<Item> items = channels.get(k).getValue();
            items.sort(Comparator.comparing(Item::at).thenComparing(i -> i.post().id()));
            return nearestSimilar(items, ids, window, c.duplicateSimilarity());
        });
        for (int k = 0; k < channels.size(); k++) {
            Map.Entry<String, List<Item>> e = channels.get(k);
            List<Item> items = e.getValue();
            int[] earlier = nearest.get(k);
            for (int i = 0; i < items.size(); i++) {
                if (earlier[i] >= 0) {
                    Item cur = items.get(i);
                    Item prev = items.get(earlier[i]);
                    double sim = jaccard(ids.of(prev), ids.of(cur));
                    Edition edition = ctx.editionOn(cur.post(), e.getKey());
                    out.onText("duplicates.text", cur.post(), e.getKey(), edition.lang(), edition.content().text(),
                            (sim >= 0.999 ? "same text as " : Math.round(sim * 100) + "% the same text as ")
                                    + prev.post().id() + " on " + e.getKey() + " within " + c.duplicateDays() + " days",
                            "rewrite it");
                }
            }
        }
    }

    /**
     * For each item of one channel (in time order), the index of the nearest earlier item, among the {@link #LOOKBACK}
     * before it and within {@code window}, whose words are at least {@code threshold} similar; -1 when none is.
     * <p>
     * Through an inverted index with a prefix filter (AllPairs, Bayardo et al. 2007) over integer word ids numbered
     * rarest first: two sets of sizes n and m with Jaccard similarity t or more share at least ceil(t·max(n, m))
     * words, so each shares one of its n − ceil(t·n) + 1 rarest words with the other. Only the earlier items that
     * share a word of that prefix are compared, nearest first, with the exact similarity: the same answer as
     * comparing every pair in the window ({@link #nearestSimilarByPairs}), which took 8 million comparisons on a
     * calendar of 34 posts a day.
     */
    static int[] nearestSimilar(List<Item> items, WordIds ids, Duration window, double threshold) {
        int n = items.size();
        int[][] words = new int[n][];
        for (int i = 0; i < n; i++) {
            words[i] = ids.of(items.get(i));
        }
        int[] nearest = new int[n];
        java.util.Arrays.fill(nearest, -1);
        IntList[] postings = new IntList[ids.size()]; // by word number: the items whose prefix holds it, in order
        int[] seen = new int[n];
        java.util.Arrays.fill(seen, -1);
        IntList candidates = new IntList();
        int lo = 0; // the first item still within the window of the current one
        for (int i = 0; i < n; i++) {
            Item cur = items.get(i);
            int[] w = words[i];
            while (lo < i && (i - lo > LOOKBACK || Duration.between(items.get(lo).at(), cur.at()).compareTo(window) > 0)) {
                lo++;
            }
            int prefix = prefixLength(w.length, threshold);
            candidates.size = 0;
            for (int k = 0; k < prefix; k++) {
                IntList list = postings[w[k]];
                if (list == null) {
                    continue;
                }
                for (int q = list.size - 1; q >= 0 && list.values[q] >= lo; q--) {
                    int j = list.values[q];
                    if (seen[j] != i) {
                        seen[j] = i;
                        candidates.add(j);
                    }
                }
            }
            java.util.Arrays.sort(candidates.values, 0, candidates.size);
            for (int q = candidates.size - 1; q >= 0; q--) {
                int[] v = words[candidates.values[q]];
                int small = Math.min(v.length, w.length);
                int large = Math.max(v.length, w.length);
                if ((double) small / large >= threshold && similarAtLeast(v, w, threshold)) {
                    nearest[i] = candidates.values[q];
                    break;
                }
            }
            for (int k = 0; k < prefix; k++) {
                IntList list = postings[w[k]];
                if (list == null) {
                    list = new IntList();
                    postings[w[k]] = list;
                }
                list.add(i);
            }
        }
        return nearest;
    }

    /**
     * Whether {@code jaccard(a, b) >= threshold}, the merge stopped as soon as the words left cannot bring the overlap to
     * what that takes, or as soon as it is there: most candidates share a rare word and little else.
     */
    static boolean similarAtLeast(int[] a, int[] b, double threshold) {
        int need = overlapNeeded(a.length, b.length, threshold);
        int inter = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length && inter < need; ) {
            if (a[i] == b[j]) {
                inter++;
                i++;
                j++;
            } else {
                if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
                if (inter + Math.min(a.length - i, b.length - j) < need) {
                    return false;
                }
            }
        }
        return inter >= need;
    }

    /**
     * The fewest shared words with which two sets of sizes {@code n} and {@code m} are {@code threshold} similar, as
     * {@link #jaccard} computes it (it grows with the overlap); {@code min(n, m) + 1} when no overlap is enough.
     */
    static int overlapNeeded(int n, int m, double threshold) {
        int most = Math.min(n, m);
        int k = (int) Math.min(most + 1, Math.max(0, Math.ceil(threshold * (n + m) / (1 + threshold))));
        while (k > 0 && reaches(k - 1, n, m, threshold)) {
            k--; // the comparison in doubles can turn a step earlier than in exact arithmetic
        }
        while (k <= most && !reaches(k, n, m, threshold)) {
            k++;
        }
        return k;
    }

    private static boolean reaches(int overlap, int n, int m, double threshold) {
        return similarity(overlap, n, m) >= threshold;
    }

    /** As {@link #nearestSimilar}, comparing each item with every earlier one in its window: the reference. */
    static int[] nearestSimilarByPairs(List<Item> items, WordIds ids, Duration window, double threshold) {
        int[] nearest = new int[items.size()];
        java.util.Arrays.fill(nearest, -1);
        for (int i = 1; i < items.size(); i++) {
            Item cur = items.get(i);
            for (int j = i - 1; j >= 0 && j >= i - LOOKBACK; j--) {
                Item prev = items.get(j);
                if (Duration.between(prev.at(), cur.at()).compareTo(window) > 0) {
                    break;
                }
                if (jaccard(ids.of(prev), ids.of(cur)) >= threshold) {
                    nearest[i] = j;
                    break;
                }
            }
        }
        return nearest;
    }

    /**
     * How many of a set's rarest words must hold one shared with any set at least {@code threshold} similar to it:
     * n − ceil(t·n) + 1, with t·n rounded down by a hair so that no pair whose similarity rounds to t is missed (a
     * longer prefix only adds candidates, which are then compared exactly).
     */
    static int prefixLength(int n, double threshold) {
        int overlap = Math.max(1, (int) Math.ceil(threshold * n - 1e-9));
        return Math.min(n, n - overlap + 1);
    }

    /**
     * Each distinct word of the items numbered by how many items hold it, rarest first (then in the order of the
     * words); each item's words as those numbers, sorted.
     */
    static final class WordIds {
        private final Map<int[], int[]> sets = new IdentityHashMap<>();
        private final int size;

        WordIds(java.util.Collection<List<Item>> channels, Dictionary dictionary) {
            String[] words = dictionary.words();
            int[] counts = new int[words.length];
            for (List<Item> items : channels) {
                for (Item it : items) {
                    if (sets.put(it.words(), it.words()) == null) { // each text once, however many channels show it
                        for (int w : it.words()) {
                            counts[w]++;
                        }
                    }
                }
            }
            Integer[] held = java.util.stream.IntStream.range(0, words.length).filter(w -> counts[w] > 0).boxed()
                    .toArray(Integer[]::new);
            java.util.Arrays.sort(held, (x, y) -> counts[x] != counts[y] ? Integer.compare(counts[x], counts[y])
                    : words[x].compareTo(words[y]));
            int[] rank = new int[words.length];
            for (int k = 0; k < held.length; k++) {
                rank[held[k]] = k;
            }
            this.size = held.length;
            for (Map.Entry<int[], int[]> e : sets.entrySet()) {
                int[] v = new int[e.getKey().length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = rank[e.getKey()[k]];
                }
                java.util.Arrays.sort(v);
                e.setValue(v);
            }
        }

        int[] of(Item item) {
            return sets.get(item.words());
        }

        /** How many distinct words the items hold: their numbers are 0 to {@code size() - 1}. */
        int size() {
            return size;
        }
    }

    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    /**
     * The words of the text each channel of {@code p} gets (in the language that goes out there), in the order of its channels,
     * from the renderings of {@code texts} (the checker's, when it has them: each text is rendered once), made
     * {@link #compact}.
     */
    private static List<int[]> wordsPerChannel(Post p, DisplayedTexts texts, CheckContext ctx, Dictionary dictionary) {
        Map<String, int[]> wordsOfText = new HashMap<>(); // a post's channels mostly share their text
        List<int[]> out = new ArrayList<>(p.channels().size());
        for (String ch : p.channels()) {
            Edition edition = ctx.editionOn(p, ch);
            Text t = edition.complete() ? edition.content().text() : null;
            String text = t == null ? "" : t.value();
            out.add(wordsOfText.computeIfAbsent(text, x -> {
                DisplayedText d = texts.of(x);
                return dictionary.idsOf(d.text(), d.entities().chars(), d.entities().urls());
            }));
        }
        return out;
    }

    /**
     * The words of {@code text} with its URLs left out: each URL replaced by a space, the Arabic letters read alike
     * made one ({@link io.edito.text.ArabicLetters}: a tatweel, a Persian yeh or a ta marbuta made another text), the
     * text decomposed (NFD), its combining marks removed, lower-cased (root locale), then cut at every run of characters other than letters,
     * numbers, {@code #} and {@code @}. Folded code point by code point ({@link #foldedOrNull}), which is the same
     * as folding the whole text ({@link #wordsByPatterns}) unless a character's fold depends on its neighbours: then
     * through the patterns. {@code DuplicateWordsTest} compares both on generated texts.
     */
    static Set<String> words(String text, List<Entity> urls) {
        return words(text, text.toCharArray(), urls);
    }

    /** {@link #words(String, List)}, reading {@code chars}, the chars of {@code text} ({@code TextEntities.chars}). */
    static Set<String> words(String text, char[] chars, List<Entity> urls) {
        return new HashSet<>(wordList(text, chars, urls));
    }

    /** The words of {@link #words(String, char[], List)} in the order of the text, repeats included. */
    private static java.util.Collection<String> wordList(String text, char[] chars, List<Entity> urls) {
        FoldedChars folded = foldedOrNull(chars, urls);
        if (folded == null) {
            return wordsByPatterns(text, urls);
        }
        List<String> out = new ArrayList<>();
        forEachWord(folded, (c, from, to) -> out.add(new String(c, from, to - from)));
        return out;
    }

    /** What is told of each word of a folded text: its chars {@code c[from, to)}. */
    private interface WordSink {
        void word(char[] c, int from, int to);
    }

    /** Each run of word code points ({@link #isWordCodePoint}) of a folded text, in order, repeats included. */
    private static void forEachWord(FoldedChars folded, WordSink sink) {
        char[] c = folded.chars();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(c, i, n);
            if (!isWordCodePoint(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = Character.codePointAt(c, i, n);
                if (!isWordCodePoint(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            sink.word(c, start, i);
        }
    }

    /** The first {@code length} chars of {@code chars}: a text folded by {@link #foldedOrNull}. */
    private record FoldedChars(char[] chars, int length) {
    }

    /** The same words through NFD, {@code \\p{M}+} and {@code [^\\p{L}\\p{N}#@]+} on the whole text: the reference. */
    static Set<String> wordsByPatterns(String text, List<Entity> urls) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = urls.size() - 1; i >= 0; i--) {
            sb.replace(urls.get(i).start(), urls.get(i).end(), " ");
        }
        String folded = fold(sb.toString());
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(folded)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String fold(String s) {
        StringBuilder read = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String arabic = io.edito.text.ArabicLetters.readAs(cp);
            if (arabic != null) {
                read.append(arabic);
            } else {
                read.appendCodePoint(cp);
            }
        });
        return MARKS.matcher(Normalizer.normalize(read, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** What {@code [\\p{L}\\p{N}#@]} matches. */
    private static boolean isWordCodePoint(int cp) {
        return cp < 0x80 ? ASCII_WORD[cp] : CharKinds.isLetterOrNumber(cp); // small enough for C1 to inline
    }

    /** {@link #isWordCodePoint} of ASCII: letters, digits, {@code #} and {@code @}. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#' || c == '@';
        }
    }

    /**
     * Each code point below U+20000 (the BMP, and the plane of the emoji) folded alone ({@link #fold}), or
     * {@link #CONTEXTUAL} when it cannot be; computed on first use.
     */
    private static final String[] FOLDED = new String[0x20000];
    private static final String CONTEXTUAL = new String("contextual");

    /**
     * The text with its URLs replaced by a space and folded code point by code point, or null when a character's
     * fold may depend on its neighbours: a lone surrogate, the capital sigma (lower-cased by its position in the
     * word), or a character whose decomposition holds a character that canonical reordering moves (combining class
     * not 0) without being a mark that the fold removes.
     */
    private static FoldedChars foldedOrNull(char[] text, List<Entity> urls) {
        for (int k = 1; k < urls.size(); k++) {
            if (urls.get(k).start() < urls.get(k - 1).end()) {
                return null; // URLs out of order or overlapping: replaced one by one from the last
            }
        }
        int n = text.length;
        char[] out = new char[n + 16];
        int length = 0;
        int u = 0;
        int urlAt = urls.isEmpty() ? -1 : urls.get(0).start(); // where URL u starts: the list not asked at each char
        for (int i = 0; i < n; ) {
            if (length + 4 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            if (i == urlAt) {
                out[length++] = ' ';
                i = urls.get(u).end();
                u++;
                urlAt = u < urls.size() ? urls.get(u).start() : -1;
                continue;
            }
            char c = text[i];
            if (c < 0x80) {
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            String f;
            if (cp < FOLDED.length) {
                f = FOLDED[cp];
                if (f == null) {
                    f = foldAlone(cp);
                    FOLDED[cp] = f;
                }
            } else {
                f = foldAlone(cp);
            }
            if (f == CONTEXTUAL) {
                return null;
            }
            if (length + f.length() > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + f.length()));
            }
            f.getChars(0, f.length(), out, length);
            length += f.length();
            i += Character.charCount(cp);
        }
        return new FoldedChars(out, length);
    }

    private static String foldAlone(int cp) {
        String arabic = io.edito.text.ArabicLetters.readAs(cp);
        if (arabic != null) {
            return arabic;
        }
        if (cp == 0x03A3 || Character.isSurrogate((char) cp) && cp < 0x10000) {
            return CONTEXTUAL;
        }
        String one = new String(Character.toChars(cp));
        String nfd = Normalizer.normalize(one, Normalizer.Form.NFD);
        for (int k = 0; k < nfd.length(); ) {
            int d = nfd.codePointAt(k);
            k += Character.charCount(d);
            if (com.ibm.icu.lang.UCharacter.getCombiningClass(d) != 0 && !MARKS.matcher(new String(Character.toChars(d))).matches()) {
                return CONTEXTUAL;
            }
        }
        String f = fold(one);
        return f.indexOf('\u03A3') >= 0 || f.indexOf('\u03C3') >= 0 || f.indexOf('\u03C2') >= 0 ? CONTEXTUAL : f;
    }

    /** |A ∩ B| / |A ∪ B| of two sets of word ids, each sorted ascending. */
    static double jaccard(int[] a, int[] b) {
        int inter = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                inter++;
                i++;
                j++;
            }
        }
        return similarity(inter, a.length, b.length);
    }

    /** The similarity of two sets of sizes {@code n} and {@code m} sharing {@code overlap} words: one formula for all. */
    private static double similarity(int overlap, int n, int m) {
        int union = n + m - overlap;
        return union == 0 ? 0 : (double) overlap / union;
    }
}
