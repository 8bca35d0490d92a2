package io.edito.yaml;

import io.edito.core.Problems;
import io.edito.core.SourcePos;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed, position-aware reading of one YAML mapping. Every problem (unknown key, wrong type) is added to
 * {@link Problems} with its position, and reading goes on, so that a user sees all problems at once.
 */
public final class MapReader {
    private final YMap map;
    private final Problems problems;
    private final String where;

    /** Reports every key of {@code map} not in {@code allowed}, with a "did you mean". */
    public MapReader(YMap map, Problems problems, String where, Collection<String> allowed) {
        this.map = map;
        this.problems = problems;
        this.where = where;
        for (YMap.Entry e : map.all()) {
            if (!allowed.contains(e.key())) {
                problems.error(e.keyPos(), YamlReader.unknownKeyMessage(e.key(), allowed, where));
            }
        }
    }

    /** Reads {@code node} as a mapping, or reports that it is not one and returns null. */
    public static MapReader of(YNode node, Problems problems, String where, Collection<String> allowed) {
        if (node instanceof YMap m) {
            return new MapReader(m, problems, where, allowed);
        }
        problems.error(node.pos(), where + " must be a mapping (key: value), not " + node.kind());
        return null;
    }

    public YMap map() {
        return map;
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        return map.has(key);
    }

    public Optional<YNode> node(String key) {
        return map.get(key);
    }

    /** Position of the value of {@code key}, or of the mapping when absent. */
    public SourcePos pos(String key) {
        return map.get(key).map(YNode::pos).orElse(map.pos());
    }

    /** Position of the key itself, or of the mapping when absent. */
    public SourcePos keyPos(String key) {
        YMap.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    /** The scalar text of {@code key}, or null when absent or empty. */
    public String string(String key) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) {
            return null;
        }
        if (n.get() instanceof YScalar s) {
            return s.value();
        }
        problems.error(n.get().pos(), "'" + key + "' must be a single value, not " + n.get().kind());
        return null;
    }

    /** Like {@link #string} but reports a missing or empty value. */
    public String requiredString(String key) {
        String s = string(key);
        if (s == null || s.isBlank()) {
            if (!map.has(key)) {
                problems.error(map.pos(), "missing '" + key + "'" + (where == null ? "" : " in " + where));
            } else if (map.get(key).get() instanceof YScalar) {
                problems.error(pos(key), "'" + key + "' is empty");
            }
            return null;
        }
        return s;
    }

    /** A list of scalars; a single scalar is accepted as a list of one. */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        scalars(key).forEach(s -> out.add(s.value()));
        return out;
    }

    /** {@link #strings}, each with where it is written (a problem of one entry is told at it, not at the list). */
    public List<YScalar> scalars(String key) {
        Optional<YNode> n = map.get(key);
        List<YScalar> out = new ArrayList<>();
        if (n.isEmpty()) {
            return out;
        }
        if (n.get() instanceof YScalar s) {
            if (s.value() != null) {
                out.add(s);
            }
            return out;
        }
        if (n.get() instanceof YList l) {
            for (YNode item : l.items()) {
                if (item instanceof YScalar s && s.value() != null) {
                    out.add(s);
                } else {
                    problems.error(item.pos(), "'" + key + "' must list single values, not " + item.kind());
                }
            }
            return out;
        }
        problems.error(n.get().pos(), "'" + key + "' must be a list, not " + n.get().kind());
        return out;
    }

    /** A boolean written {@code true} or {@code false} (YAML 1.1 words like yes/no/on/off are refused). */
    public Boolean bool(String key) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                problems.error(pos(key), "'" + key + "' must be true or false, not '" + s + "'");
                return null;
        }
    }

    /** A nested mapping, or null (with a problem) when the value is something else. */
    public YMap submap(String key) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) {
            return null;
        }
        if (n.get() instanceof YMap m) {
            return m;
        }
        if (n.get() instanceof YScalar s && s.isNull()) {
            return null;
        }
        problems.error(n.get().pos(), "'" + key + "' must be a mapping (key: value), not " + n.get().kind());
        return null;
    }

    /** A nested list, or null (with a problem) when the value is something else. */
    public YList list(String key) {
        Optional<YNode> n = map.get(key);
        if (n.isEmpty()) {
            return null;
        }
        if (n.get() instanceof YList l) {
            return l;
        }
        if (n.get() instanceof YScalar s && s.isNull()) {
            return null;
        }
        problems.error(n.get().pos(), "'" + key + "' must be a list, not " + n.get().kind());
        return null;
    }
}
