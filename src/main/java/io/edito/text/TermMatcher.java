package io.edito.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds vocabulary terms in texts, the way a reader would: case- and accent-insensitive, on whole words.
 * <ul>
 * <li>Folding: Unicode case folding, accents and other combining marks removed ({@code reservez} matches
 *     {@code Réservez} and {@code RÉSERVEZ}), {@code œ}→{@code oe}, {@code æ}→{@code ae}; Arabic diacritics
 *     (harakat, superscript alef, Quranic marks) and tatweel removed, {@code أ إ آ ٱ}→{@code ا}, {@code ى ی}→{@code ي},
 *     {@code ک}→{@code ك}, {@code ة ۀ}→{@code ه}; a hamza above a letter is a mark, left out ({@code ؤ}→{@code و},
 *     {@code ئ}→{@code ي}: {@code مسؤول} matches the common spelling {@code مسوول}).</li>
 * <li>Words are runs of letters and digits: apostrophes (' ’ ʼ), hyphens and punctuation separate them, so
 *     {@code avion} is found in {@code l'avion} and {@code hiver} in {@code d’hiver}. Han, kana, Thai, Lao, Khmer and
 *     Myanmar characters are words of their own (those scripts put no spaces between words).</li>
 * <li>A multi-word term ({@code pas cher}) matches its words in order separated only by spaces, hyphens or
 *     apostrophes ({@code pas cher}, {@code pas-cher}, {@code PAS  CHER}), not across other punctuation.</li>
 * <li>Arabic words match with and without the article {@code ال} and one of the prefixes {@code و ب ل ك ف}, or a
 *     conjunction {@code و ف} then a preposition {@code ب ل ك} ({@code وبالرخيص}, {@code وللرخيص})
 *     ({@code رخيص} matches {@code الرخيص}, {@code والرخيص}, {@code برخيص}; {@code للبيع} is {@code ل+البيع}), and a term
 *     written with the article matches the word without it. A stripped word keeps at least two letters.</li>
 * </ul>
 * Spans are in the original text, so a caller can underline them. A compiled matcher is immutable and thread-safe;
 * terms are indexed by their first word, so the cost of {@link #find} grows with the text, not with the number of terms.
 */
public final class TermMatcher {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /**
     * Folded form of each code point below U+20000 (the BMP, and the plane of the emoji), computed on first use
     * (benign race: the values are immutable and equal).
     */
    private static final String[] FOLD_CACHE = new String[0x20000];

    private final List<String> terms;
    private final FirstWords byFirstWord;

    /**
     * A term: its index in the list given, its words, folded and canonical ({@link #canonicalTermWord}), and for each
     * word after the first what the term writes between it and the one before once
     * blanks are left out ("&" in "R&D", "" in "pas cher"): the text may join the two words with that too.
     */
    private record Compiled(int index, char[][] words, String[] gaps) {
    }

    private TermMatcher(List<String> terms, FirstWords byFirstWord) {
        this.terms = terms;
        this.byFirstWord = byFirstWord;
    }

    /** Whether {@code term} can be matched at all: it has a letter or a digit (the charter loader checks it). */
    public static boolean matchable(String term) {
        return !Folded.of(term).words().isEmpty();
    }

    /**
     * What {@code term} writes before its first word and after its last one (the {@code %} of "100 %", the
     * {@code <>} of "<b>"): never matched. What it writes between two words is ("R&D" matches "R&D" and "R & D").
     */
    public static String outsideWords(String term) {
        Folded f = Folded.of(term);
        List<int[]> words = f.words();
        if (words.isEmpty()) {
            return term;
        }
        String s = new String(f.chars, 0, f.length);
        return s.substring(0, words.get(0)[0]) + s.substring(words.get(words.size() - 1)[1]);
    }

    /** The words {@code term} is matched by, folded, joined by a space: what a charter's message quotes. */
    public static String words(String term) {
        Folded f = Folded.of(term);
        StringBuilder out = new StringBuilder();
        for (int[] w : f.words()) {
            out.append(out.length() == 0 ? "" : " ").append(f.word(w));
        }
        return out.toString();
    }

    /**
     * A matcher for {@code terms} (in the order given: {@link TermMatch#term()} indexes it).
     *
     * @throws IllegalArgumentException for a term without any letter or digit, naming it
     */
    public static TermMatcher compile(Collection<String> terms) {
        List<String> list = List.copyOf(terms);
        Map<String, List<Compiled>> index = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Folded f = Folded.of(list.get(i));
            List<int[]> words = f.words();
            if (words.isEmpty()) {
                throw new IllegalArgumentException("term '" + list.get(i) + "' has no letter or digit to match");
            }
            char[][] canonical = new char[words.size()][];
            String[] gaps = new String[words.size()];
            for (int w = 0; w < canonical.length; w++) {
                canonical[w] = canonicalTermWord(f.word(words.get(w))).toCharArray();
                gaps[w] = w == 0 ? "" : Folded.unblanked(f.chars, words.get(w - 1)[1], words.get(w)[0]);
            }
            index.computeIfAbsent(new String(canonical[0]), k -> new ArrayList<>()).add(new Compiled(i, canonical, gaps));
        }
        return new TermMatcher(list, new FirstWords(index));
    }

    /** The terms, in the order given. */
    public List<String> terms() {
        return terms;
    }

    /** Every occurrence of every term, sorted by start, then longest first, then term order. */
    public List<TermMatch> find(String text) {
        return find(prepare(text));
    }

    /**
     * {@code text} folded and cut into words as every matcher reads it: prepared once, it is shared by several
     * matchers (a charter's forbidden and required terms) instead of each folding the text again. Confined to one
     * thread: the candidate forms of its words, and where its folded chars come from in the text, are worked out on
     * first use and kept without synchronisation.
     */
    public static Prepared prepare(String text) {
        return new Prepared(Folded.of(text));
    }

    /**
     * {@link #prepare(String)} of the text whose chars these are. The array is kept, not copied, and read again when a
     * match asks where its chars come from: the caller must not change it afterwards.
     */
    public static Prepared prepare(char[] text) {
        return new Prepared(Folded.of(text));
    }

    /** A text folded and cut into words ({@link #prepare}). */
    public static final class Prepared {
        private final Folded f;
        private final int[] starts;
        private final int[] ends;
        private final int count;
        private final int[][] forms;

        private Prepared(Folded f) {
            this.f = f;
            int guess = 16 + f.length / 6; // about one word in six chars: most texts need no second array
            int[] s = new int[guess];
            int[] e = new int[guess];
            int n = 0;
            char[] chars = f.chars;
            int length = f.length;
            int i = 0;
            while (i < length) {
                if (wordKind(chars[i]) == NOT_WORD) {
                    i++;
                    continue;
                }
                int start = i;
                i = f.wordEnd(i);
                if (n == s.length) {
                    s = java.util.Arrays.copyOf(s, n * 2);
                    e = java.util.Arrays.copyOf(e, n * 2);
                }
                s[n] = start;
                e[n] = i;
                n++;
            }
            this.starts = s;
            this.ends = e;
            this.count = n;
            this.forms = new int[n][];
        }

        /**
         * Where the forms word {@code w} may be an inflection of start, from the word's start ({@link #formStarts}):
         * each form is the rest of the word. Worked out on first use.
         */
        int[] forms(int w) {
            int[] c = forms[w];
            if (c == null) {
                c = formStarts(f.chars, starts[w], ends[w]);
                forms[w] = c;
            }
            return c;
        }
    }

    /** Matches by start, the longest first, then by term (made once, not at each sort). */
    private static final Comparator<TermMatch> IN_TEXT_ORDER = Comparator.comparingInt(TermMatch::start)
            .thenComparing(Comparator.comparingInt(TermMatch::end).reversed()).thenComparingInt(TermMatch::term);

    /** What is told of each match: the term's index, and the text's first and last word it takes. */
    private interface MatchSink {
        void match(int term, int firstWord, int lastWord);
    }

    /** Each match of a term in {@code p}, in word order (the same match may be told twice: see {@link #find}). */
    private void forEachMatch(Prepared p, MatchSink sink) {
        Folded f = p.f;
        for (int w = 0; w < p.count; w++) {
            for (int skip : p.forms(w)) {
                Compiled[] starting = byFirstWord.get(f.chars, p.starts[w] + skip, p.ends[w]);
                if (starting == null) {
                    continue;
                }
                for (Compiled c : starting) {
                    int last = matchRest(c, p, w);
                    if (last >= 0) {
                        sink.match(c.index(), w, last);
                    }
                }
            }
        }
    }

    /**
     * The indexes of the terms {@code p} holds (those {@link #find(Prepared)} finds), without working out where: the
     * required terms ask no more.
     */
    public java.util.BitSet termsIn(Prepared p) {
        java.util.BitSet found = new java.util.BitSet(terms.size());
        forEachMatch(p, (term, first, last) -> found.set(term));
        return found;
    }

    /** Where a match lies in the text ({@code [start, end)}, the text's chars) that does not count. */
    public interface Excluded {
        boolean covers(int start, int end);
    }

    /** {@link #termsIn(Prepared)}, counting only the matches {@code excluded} does not cover. */
    public java.util.BitSet termsIn(Prepared p, Excluded excluded) {
        java.util.BitSet found = new java.util.BitSet(terms.size());
        Folded f = p.f;
        forEachMatch(p, (term, first, last) -> {
            if (!found.get(term) && !excluded.covers(f.origStart(p.starts[first]), f.origEnd(p.ends[last] - 1))) {
                found.set(term);
            }
        });
        return found;
    }

    /** {@link #find(String)} on a text prepared once for several matchers. */
    public List<TermMatch> find(Prepared p) {
        Folded f = p.f;
        List<TermMatch> out = new ArrayList<>(0);
        forEachMatch(p, (term, first, last) -> out.add(new TermMatch(term, terms.get(term), f.origStart(p.starts[first]),
                f.origEndWithMarks(p.ends[last] - 1))));
        if (out.isEmpty()) {
            return List.of();
        }
        if (out.size() > 1) {
            out.sort(IN_TEXT_ORDER);
            // the same term can be reached through two candidate forms of one word: keep one
            List<TermMatch> unique = new ArrayList<>(out.size());
            for (TermMatch m : out) {
                if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(m)) {
                    unique.add(m);
                }
            }
            return List.copyOf(unique);
        }
        return List.copyOf(out);
    }

    /** Whether any term occurs in {@code text}. */
    public boolean matchesAny(String text) {
        return !find(text).isEmpty();
    }

    /** The words of {@code c} after the first, matched from word {@code w + 1}: the index of the last word, or -1. */
    private static int matchRest(Compiled c, Prepared p, int w) {
        int at = w;
        for (int k = 1; k < c.words().length; k++) {
            int next = at + 1;
            if (next >= p.count || !p.f.joinable(p.ends[at], p.starts[next])
                    && (c.gaps()[k].isEmpty() || !c.gaps()[k].equals(Folded.unblanked(p.f.chars, p.ends[at], p.starts[next])))) {
                return -1;
            }
            boolean found = false;
            for (int skip : p.forms(next)) {
                if (FirstWords.same(c.words()[k], p.f.chars, p.starts[next] + skip, p.ends[next])) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return -1;
            }
            at = next;
        }
        return at;
    }

    // ---- Arabic prefixes ----

    private static final String ARTICLE = "\u0627\u0644"; // ال
    private static final String CLITICS = "\u0648\u0628\u0644\u0643\u0641"; // و ب ل ك ف

    /** A term's word as it is indexed: an Arabic word without its article. */
    static String canonicalTermWord(String word) {
        if (word.startsWith(ARTICLE) && word.length() - 2 >= 2) {
            return word.substring(2);
        }
        return word;
    }

    /** A word of one form only (every word but Arabic ones with an article or a prefix): from its first char. */
    private static final int[] ITSELF = {0};

    /**
     * The forms a text word {@code chars[start, end)} may be an inflection of, as where they start from the word's
     * start (each form runs to the word's end): itself and, for Arabic, without its article, without a one-letter prefix
     * ({@code و ب ل ك ف}), without both, and {@code لل} read as {@code ل+ال}; a form keeps at least two letters.
     */
    static int[] formStarts(char[] chars, int start, int end) {
        int length = end - start;
        if (length == 0 || !isArabic(chars[start])) {
            return ITSELF;
        }
        boolean article = startsWithArticle(chars, start, end);
        if (!(length >= 3 && CLITICS.indexOf(chars[start]) >= 0)) {
            return article ? WITHOUT_ARTICLE : ITSELF;
        }
        // a one-letter prefix (it cannot start an article too: the article starts with an alef)
        if (startsWithArticle(chars, start + 1, end)) {
            return WITHOUT_PREFIX_AND_ARTICLE;
        }
        // لل = ل + ال with the alef dropped: للبيع is ل + البيع
        if (chars[start] == '\u0644' && chars[start + 1] == '\u0644' && length - 2 >= 2) {
            return WITHOUT_PREFIX_OR_LAM_LAM;
        }
        // a conjunction (و ف) then a preposition (ب ل ك): وبالرخيص, وللرخيص (و + ل + ال), فبرخيص
        // (the word left keeps three letters at least: ولكن, "but", is not و + ل + كن)
        if (length >= 5 && CONJUNCTIONS.indexOf(chars[start]) >= 0 && PREPOSITIONS.indexOf(chars[start + 1]) >= 0) {
            if (startsWithArticle(chars, start + 2, end) && length - 4 >= 3) {
                return WITHOUT_TWO_PREFIXES_AND_ARTICLE;
            }
            if (chars[start + 1] == '\u0644' && chars[start + 2] == '\u0644' && length - 3 >= 3) {
                return WITHOUT_CONJUNCTION_AND_LAM_LAM;
            }
            if (!startsWithArticle(chars, start + 2, end)) {
                return WITHOUT_TWO_PREFIXES;
            }
        }
        return WITHOUT_PREFIX;
    }

    private static final String CONJUNCTIONS = "\u0648\u0641"; // و ف
    private static final String PREPOSITIONS = "\u0628\u0644\u0643"; // ب ل ك
    private static final int[] WITHOUT_TWO_PREFIXES_AND_ARTICLE = {0, 1, 2, 4};
    private static final int[] WITHOUT_CONJUNCTION_AND_LAM_LAM = {0, 1, 3};
    private static final int[] WITHOUT_TWO_PREFIXES = {0, 1, 2};

    /** The forms {@link #formStarts} gives, each made once (read only). */
    private static final int[] WITHOUT_ARTICLE = {0, 2};
    private static final int[] WITHOUT_PREFIX = {0, 1};
    private static final int[] WITHOUT_PREFIX_AND_ARTICLE = {0, 1, 3};
    private static final int[] WITHOUT_PREFIX_OR_LAM_LAM = {0, 1, 2};

    /** Whether {@code chars[start, end)} starts with the article {@code ال} and keeps two letters without it. */
    private static boolean startsWithArticle(char[] chars, int start, int end) {
        return end - start - 2 >= 2 && chars[start] == ARTICLE.charAt(0) && chars[start + 1] == ARTICLE.charAt(1);
    }

    /** The forms of {@code word} ({@link #formStarts}) as strings: for tests. */
    static List<String> textWordForms(String word) {
        char[] chars = word.toCharArray();
        List<String> out = new ArrayList<>();
        for (int from : formStarts(chars, 0, chars.length)) { // from the word's start, which is 0 here
            out.add(new String(chars, from, chars.length - from));
        }
        return out;
    }

    /**
     * The terms by their first word, looked up with a range of folded chars (no string made per word of a text):
     * open addressing over a power-of-two table at most half full. Immutable once built.
     */
    private static final class FirstWords {
        private final char[][] keys;
        private final Compiled[][] values;
        private final int mask;

        FirstWords(Map<String, List<Compiled>> index) {
            int size = 4;
            while (size < index.size() * 2) {
                size *= 2;
            }
            keys = new char[size][];
            values = new Compiled[size][];
            mask = size - 1;
            for (Map.Entry<String, List<Compiled>> e : index.entrySet()) {
                char[] key = e.getKey().toCharArray();
                int i = hash(key, 0, key.length) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                values[i] = e.getValue().toArray(new Compiled[0]);
            }
        }

        /** The terms whose first word is {@code chars[from, to)}, or null. */
        Compiled[] get(char[] chars, int from, int to) {
            for (int i = hash(chars, from, to) & mask; keys[i] != null; i = (i + 1) & mask) {
                if (same(keys[i], chars, from, to)) {
                    return values[i];
                }
            }
            return null;
        }

        private static int hash(char[] chars, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + chars[i];
            }
            return h ^ (h >>> 16);
        }

        /** Whether {@code word} is {@code chars[from, to)}. */
        static boolean same(char[] word, char[] chars, int from, int to) {
            if (word.length != to - from) {
                return false;
            }
            for (int i = 0; i < word.length; i++) {
                if (word[i] != chars[from + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF'
                || c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF';
    }

    // ---- folding ----

    /** {@code text} folded as the matcher sees it (lower case, no accents, Arabic normalised): for tests and reuse. */
    public static String fold(String text) {
        Folded f = Folded.of(text);
        return new String(f.chars, 0, f.length);
    }

    /** Where the folded chars {@code [from, to)} of {@code text} come from in it: for tests. */
    static int[] originalSpan(String text, int from, int to) {
        Folded f = Folded.of(text);
        return new int[] {f.origStart(from), f.origEnd(to - 1)};
    }

    /** A folded text: each folded char knows the original range it comes from. */
    private static final class Folded {
        char[] chars;
        /**
         * Where each folded char starts and ends in the text: null while each char folds to one char (most texts), and
         * past that point worked out when first asked (a match: few texts have one) by folding the rest again.
         */
        private int[] origStart;
        private int[] origEnd;
        int length;
        /** The text, and where its first char that does not fold to one char is (-1: none). */
        private char[] source;
        private int mapsFrom = -1;

        static Folded of(String s) {
            return of(s.toCharArray());
        }

        static Folded of(char[] s) {
            Folded f = new Folded();
            int n = s.length + 8;
            f.chars = new char[n];
            // as long as each char folds to exactly one char, folded char i comes from char i: no map is kept; a
            // surrogate pair that folds to itself (an emoji) keeps that too, since words and matches start and end
            // between code points, where both ways of mapping agree
            int i = 0;
            for (; i < s.length; i++) {
                char ch = s[i];
                char c;
                if (ch < 0x80) {
                    c = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
                } else if (Character.isSurrogate(ch)) {
                    if (!foldsToItself(s, i)) {
                        break;
                    }
                    f.chars[i] = ch;
                    f.chars[i + 1] = s[i + 1];
                    i++;
                    continue;
                } else {
                    c = foldedChar(ch);
                    if (c == NOT_ONE_CHAR) {
                        break;
                    }
                }
                f.chars[i] = c;
            }
            f.length = i;
            if (i == s.length) {
                return f;
            }
            f.source = s;
            f.mapsFrom = i;
            f.foldRest(i, false);
            return f;
        }

        /** Folds {@link #source} from char {@code i}, where {@link #length} folded chars are written, with the maps or not. */
        private void foldRest(int i, boolean maps) {
            char[] s = source;
            while (i < s.length) {
                char ch = s[i];
                if (ch < 0x80) {
                    add(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch, i, i + 1, maps);
                    i++;
                    continue;
                }
                if (!maps && !Character.isSurrogate(ch)) { // a char that folds to one: from the table, no string
                    char c = foldedChar(ch);
                    if (c != NOT_ONE_CHAR) {
                        add(c, i, i + 1, false);
                        i++;
                        continue;
                    }
                }
                int cp = Character.codePointAt(s, i);
                int next = i + Character.charCount(cp);
                if (cp < 0x80) {
                    add(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp, i, next, maps);
                } else {
                    String folded = foldCodePoint(cp);
                    for (int k = 0; k < folded.length(); k++) {
                        add(folded.charAt(k), i, next, maps);
                    }
                }
                i = next;
            }
        }

        /** The maps, from the text folded again past its first char that does not fold to one (the same chars). */
        private void buildMaps() {
            origStart = new int[chars.length];
            origEnd = new int[chars.length];
            for (int k = 0; k < mapsFrom; k++) {
                origStart[k] = k;
                origEnd[k] = k + 1;
            }
            int folded = length;
            length = mapsFrom;
            foldRest(mapsFrom, true);
            if (length != folded) {
                throw new IllegalStateException("folded to " + length + " chars, then " + folded);
            }
        }

        /** Whether {@code s[i]} starts a surrogate pair whose code point folds to the same two chars. */
        private static boolean foldsToItself(char[] s, int i) {
            if (!Character.isHighSurrogate(s[i]) || i + 1 >= s.length || !Character.isLowSurrogate(s[i + 1])) {
                return false;
            }
            String folded = foldCodePoint(Character.toCodePoint(s[i], s[i + 1]));
            return folded.length() == 2 && folded.charAt(0) == s[i] && folded.charAt(1) == s[i + 1];
        }

        private void add(char c, int start, int end, boolean maps) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, chars.length * 2);
            }
            if (maps) {
                if (length == origStart.length) {
                    origStart = java.util.Arrays.copyOf(origStart, chars.length);
                    origEnd = java.util.Arrays.copyOf(origEnd, chars.length);
                }
                origStart[length] = start;
                origEnd[length] = end;
            }
            chars[length] = c;
            length++;
        }

        /** Where folded char {@code k} starts in the text. */
        int origStart(int k) {
            if (mapsFrom < 0 || k < mapsFrom) {
                return k;
            }
            if (origStart == null) {
                buildMaps();
            }
            return origStart[k];
        }

        /**
         * {@link #origEnd}, past the combining marks that follow in the text, which the fold removed (the accent of an
         * NFD {@code é}, an Arabic tanween): a match ends with the letter as written.
         */
        int origEndWithMarks(int k) {
            int e = origEnd(k);
            if (source != null) {
                while (e < source.length && isCombiningMark(source[e])) {
                    e++;
                }
            }
            return e;
        }

        private static boolean isCombiningMark(char c) {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }

        /** Where folded char {@code k} ends in the text. */
        int origEnd(int k) {
            if (mapsFrom < 0 || k < mapsFrom) {
                return k + 1;
            }
            if (origEnd == null) {
                buildMaps();
            }
            return origEnd[k];
        }

        /** Word ranges {@code [start, end)} in folded chars. */
        List<int[]> words() {
            List<int[]> out = new ArrayList<>();
            int i = 0;
            while (i < length) {
                if (wordKind(chars[i]) == NOT_WORD) {
                    i++;
                    continue;
                }
                int start = i;
                i = wordEnd(i);
                out.add(new int[] {start, i});
            }
            return out;
        }

        /** The end of the word starting at {@code start} (a word character): one character when it stands alone. */
        int wordEnd(int start) {
            if (wordKind(chars[start]) == STANDS_ALONE) {
                return start + 1;
            }
            int i = start;
            while (i < length && wordKind(chars[i]) == IN_WORD) {
                i++;
            }
            return i;
        }

        String word(int[] range) {
            return new String(chars, range[0], range[1] - range[0]);
        }

        /**
         * Whether two words of a multi-word term may be separated by what lies between them: spaces (a no-break one
         * too), one line break, a dash or an apostrophe, and the invisible marks a keyboard puts in Arabic text (LRM,
         * RLM, ALM, the isolates, zero-width spaces); not a blank line (another paragraph) nor a list's dash at the
         * start of a line (another item): "Ne la ratez pas" then a blank line then "Cher client" is not "pas cher".
         */
        boolean joinable(int from, int to) {
            int breaks = 0;
            boolean lineStart = false; // only blanks since the last line break
            for (int i = from; i < to; i++) {
                char c = chars[i];
                if (c == '\n' || c == '\u2029') {
                    if (++breaks > 1 || c == '\u2029') {
                        return false;
                    }
                    lineStart = true;
                } else if (c == '-' && lineStart) {
                    return false;
                } else if (isBlank(c)) {
                    continue;
                } else if (c == '-' || c == '\'' || invisible(c)) {
                    lineStart = false;
                } else {
                    return false;
                }
            }
            return true;
        }

        /** {@code chars[from, to)} without its blanks (spaces, no-break ones, line breaks): "&" of " & ". */
        static String unblanked(char[] chars, int from, int to) {
            StringBuilder b = new StringBuilder(to - from);
            for (int i = from; i < to; i++) {
                char c = chars[i];
                if (!isBlank(c)) {
                    b.append(c);
                }
            }
            return b.toString();
        }

        /** A space (a no-break one too) or a line break: what may stand between a term's words as they are. */
        private static boolean isBlank(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
        }

        /** A mark that shows nothing between two words: LRM, RLM, ALM, the isolates, zero-width space and joiner. */
        private static boolean invisible(char c) {
            return c == '\u200E' || c == '\u200F' || c == '\u061C' || c >= '\u2066' && c <= '\u2069' || c == '\u200B'
                    || c == '\u2060' || c == '\uFEFF';
        }
    }

    private static boolean isWordChar(char c) {
        return CharKinds.isLetterOrDigit(c);
    }

    /** {@link #wordKind}: not a letter or digit; one that joins its neighbours; one that is a word alone. */
    private static final byte NOT_WORD = 1;
    private static final byte IN_WORD = 2;
    private static final byte STANDS_ALONE = 3;
    /**
     * The kind of each char ({@link #isWordChar}, then {@link #standsAlone}), one byte read where the word split spends
     * its time; 0 not asked yet (threads may race to fill an entry, and write the same value); ASCII at once.
     */
    private static final byte[] WORD_KIND = new byte[0x10000];

    static {
        for (char c = 0; c < 0x80; c++) {
            wordKind(c);
        }
    }

    /** Small enough for C1 to inline (35 bytes of bytecode at most): the rare first reading is a call. */
    private static byte wordKind(char c) {
        byte k = WORD_KIND[c];
        return k != 0 ? k : learnWordKind(c);
    }

    private static byte learnWordKind(char c) {
        byte k = !isWordChar(c) ? NOT_WORD : standsAlone(c) ? STANDS_ALONE : IN_WORD;
        WORD_KIND[c] = k;
        return k;
    }

    /** Scripts written without spaces between words: each character is a word. */
    private static boolean standsAlone(char c) {
        if (c < 0x0E00) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /**
     * The fold of a BMP char that is not a surrogate when it is one char ({@link #foldCodePoint}), or
     * {@link #NOT_ONE_CHAR}: a char read where the fold loop spends its time (a string's {@code length} and
     * {@code charAt} are calls under C1). Filled on first use (0: not asked yet; no char past ASCII folds to U+0000);
     * threads may race to fill an entry, and write the same value.
     */
    private static final char[] FOLD_CHAR = new char[0x10000];
    /** Not folded to exactly one char (U+FFFF, which folds to itself, is read from its string too). */
    private static final char NOT_ONE_CHAR = '\uFFFF';

    private static char foldedChar(char ch) {
        char c = FOLD_CHAR[ch];
        return c != 0 ? c : learnFoldedChar(ch); // small enough for C1 to inline: the rare first reading is a call
    }

    private static char learnFoldedChar(char ch) {
        String folded = foldCodePoint(ch);
        char c = folded.length() == 1 ? folded.charAt(0) : NOT_ONE_CHAR;
        FOLD_CHAR[ch] = c;
        return c;
    }

    private static String foldCodePoint(int cp) {
        if (cp < FOLD_CACHE.length) {
            String cached = FOLD_CACHE[cp];
            if (cached == null) {
                cached = computeFold(cp);
                FOLD_CACHE[cp] = cached;
            }
            return cached;
        }
        return computeFold(cp);
    }

    private static String computeFold(int cp) {
        String arabic = ArabicLetters.readAs(cp);
        if (arabic != null) {
            return arabic;
        }
        switch (cp) {
            case 0x2019, 0x2018, 0x02BC, 0x2032, 0x00B4, 0x0060:
                return "'";
            case 0x2010, 0x2011, 0x2012, 0x2013:
                return "-";
            case 0x0153:
                return "oe";
            case 0x0152:
                return "oe";
            case 0x00E6, 0x00C6:
                return "ae";
            default:
                break;
        }
        String decomposed = NFD.normalize(UCharacter.foldCase(new String(Character.toChars(cp)), true));
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == 0x0640) {
                continue; // accents, harakat, superscript alef, Quranic marks, tatweel
            }
            sb.appendCodePoint(c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671 ? 0x0627 : c);
        }
        return sb.toString();
    }
}
