package io.edito.publish.api;

import io.edito.core.EditoException;
import io.edito.core.SourcePos;
import io.edito.core.Suggest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed, validated access to a channel's {@code publish:} block; every error names the key and the channel. */
public final class Settings {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
    private final PublishTarget target;

    public Settings(PublishTarget target) {
        this.target = target;
    }

    public String channel() {
        return target.channel();
    }

    /** Refuses keys outside {@code allowed}, suggesting the closest one. */
    public void allowOnly(Collection<String> allowed) {
        for (String key : target.settings().keySet()) {
            if (!allowed.contains(key)) {
                throw error(target.keyAt(key), key, "unknown key for a " + target.type() + " publisher"
                        + didYouMean(key, allowed) + "; known keys: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    public Object raw(String key) {
        return target.settings().get(key);
    }

    public boolean has(String key) {
        return target.settings().get(key) != null;
    }

    public String string(String key) {
        Object v = target.settings().get(key);
        if (v == null) {
            throw error(key, "missing (required for a " + target.type() + " publisher)");
        }
        if (v instanceof Map || v instanceof List) {
            throw error(key, "must be a single value");
        }
        String s = v.toString().trim();
        if (s.isEmpty()) {
            throw error(key, "must not be empty");
        }
        return s;
    }

    public String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    public String oneOf(String key, String fallback, Set<String> values) {
        String v = string(key, fallback);
        if (v != null && !values.contains(v)) {
            throw error(key, "'" + v + "' is not one of " + String.join(", ", new TreeSet<>(values))
                    + didYouMean(v, values));
        }
        return v;
    }

    /** {@code true} or {@code false} (YAML's booleans); anything else is an error naming the key. */
    public boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        Object v = target.settings().get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        String t = v.toString().trim();
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw error(key, "must be true or false, got '" + t + "'");
    }

    public int integer(String key, int fallback, int min, int max) {
        if (!has(key)) {
            return fallback;
        }
        Object v = target.settings().get(key);
        try {
            int i = v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().trim());
            if (i < min || i > max) {
                throw error(key, "must be between " + min + " and " + max + ", got " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw error(key, "must be a whole number, got '" + v + "'");
        }
    }

    /** {@code 30s}, {@code 500ms}, {@code 5m}, {@code 1h} (a bare number counts seconds). */
    public Duration duration(String key, Duration fallback, Duration max) {
        if (!has(key)) {
            return fallback;
        }
        String raw = target.settings().get(key).toString().trim().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            d = parseDuration(key, raw);
        } catch (NumberFormatException | ArithmeticException e) {
            throw error(key, "'" + raw + "' is too long a duration (at most " + max.toSeconds() + "s)");
        }
        if (d.isZero() || d.compareTo(max) > 0) {
            throw error(key, "must be above 0 and at most " + max.toSeconds() + "s");
        }
        return d;
    }

    private Duration parseDuration(String key, String raw) {
        Duration d;
        if (raw.matches("\\d+")) {
            d = Duration.ofSeconds(Long.parseLong(raw));
        } else {
            Matcher m = DURATION.matcher(raw);
            if (!m.matches()) {
                throw error(key, "'" + raw + "' is not a duration (like 500ms, 30s, 5m, 1h)");
            }
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        return d;
    }

    public List<String> stringList(String key) {
        Object v = target.settings().get(key);
        if (v == null) {
            throw error(key, "missing (required for a " + target.type() + " publisher)");
        }
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o == null || o instanceof Map || o instanceof List) {
                    throw error(key, "must be a list of strings");
                }
                out.add(o.toString());
            }
        } else {
            out.add(v.toString());
        }
        if (out.isEmpty() || out.get(0).isBlank()) {
            throw error(key, "must name a program to run");
        }
        return out;
    }

    /** An input error about {@code key}, at its value (or at the block when the key is missing). */
    public EditoException error(String key, String message) {
        return error(target.valueAt(key), key, message);
    }

    private EditoException error(SourcePos at, String key, String message) {
        return EditoException.input(at, "channels." + target.channel() + ".publish." + key + ": " + message);
    }

    public static String didYouMean(String input, Collection<String> candidates) {
        return Suggest.didYouMean(input, candidates);
    }
}
