package io.edito.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of twitter-text for single words (a link, a hashtag, an emoji), kept because the posts of a calendar repeat
 * them: its regular expressions cost tens of microseconds a word. Bounded: past {@code limit} words it starts again.
 */
final class WordCache<V> {
    private final Map<String, V> map = new ConcurrentHashMap<>();
    private final int limit;

    WordCache(int limit) {
        this.limit = limit;
    }

    V get(String word, Function<String, V> compute) {
        V known = map.get(word);
        if (known != null) {
            return known;
        }
        V value = compute.apply(word);
        if (map.size() >= limit) {
            map.clear();
        }
        map.put(word, value);
        return value;
    }
}
