package io.edito.calendar;

import io.edito.core.Problems;
import io.edito.core.SourcePos;
import io.edito.core.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Posts written as separate posts in different languages ({@code translation_of: <post id>}, docs/calendar.md):
 * a post and every post that is, directly or through another, a translation of it form one group. A group is
 * checked as one post in several languages (each language once across the group, the brand's languages required
 * of the group, not of each post, times close to each other as the charter says), previewed side by side and
 * published as the separate posts it is made of.
 */
public final class TranslationGroups {
    /** The group of each post that is in one with others: its original first, then calendar order. */
    private final Map<String, List<Post>> groups;

    private TranslationGroups(Map<String, List<Post>> groups) {
        this.groups = groups;
    }

    /** The groups of {@code posts}; a post whose {@code translation_of:} is broken (unknown, a cycle) stays alone. */
    public static TranslationGroups of(List<Post> posts) {
        Map<String, Post> byId = new HashMap<>();
        for (Post p : posts) {
            byId.putIfAbsent(p.id(), p);
        }
        Map<String, List<Post>> byRoot = new LinkedHashMap<>();
        for (Post p : posts) {
            Post root = root(p, byId);
            if (root != null && (root != p || p.translationOf() == null)) {
                byRoot.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<Post>> groups = new HashMap<>();
        for (Map.Entry<String, List<Post>> e : byRoot.entrySet()) {
            List<Post> members = e.getValue();
            if (members.size() < 2) {
                continue;
            }
            Post root = byId.get(e.getKey());
            List<Post> ordered = new ArrayList<>();
            ordered.add(root);
            for (Post m : members) {
                if (m != root) {
                    ordered.add(m);
                }
            }
            List<Post> group = List.copyOf(ordered);
            for (Post m : group) {
                groups.put(m.id(), group);
            }
        }
        return new TranslationGroups(groups);
    }

    /** The posts of {@code p}'s group, its original first; {@code [p]} when it is in none. */
    public List<Post> group(Post p) {
        return groups.getOrDefault(p.id(), List.of(p));
    }

    /** Whether {@code p} is in a group with other posts. */
    public boolean grouped(Post p) {
        return groups.containsKey(p.id());
    }

    /**
     * The languages the group of {@code p} publishes: each post's own and its translations', cancelled posts left
     * out (they go out in no language).
     */
    public Set<String> languages(Post p) {
        Set<String> out = new LinkedHashSet<>();
        for (Post m : group(p)) {
            if (m.status() != Status.CANCELLED) {
                out.addAll(m.languages());
            }
        }
        return out;
    }

    /**
     * The post of {@code p}'s group that speaks for the whole group (its missing languages): the first that is
     * neither a draft nor cancelled, else the original.
     */
    public Post speaker(Post p) {
        List<Post> g = group(p);
        for (Post m : g) {
            if (m.status() != Status.DRAFT && m.status() != Status.CANCELLED) {
                return m;
            }
        }
        return g.get(0);
    }

    /**
     * The original {@code p} is a translation of, following {@code translation_of:} through other translations;
     * {@code p} itself when it has none or its link names no post; null in a cycle.
     */
    private static Post root(Post p, Map<String, Post> byId) {
        Set<String> seen = new HashSet<>();
        Post at = p;
        while (at.translationOf() != null) {
            if (!seen.add(at.id())) {
                return null;
            }
            Post next = byId.get(at.translationOf());
            if (next == null || !Objects.equals(next.brand(), at.brand())) {
                return at;
            }
            at = next;
        }
        return at;
    }

    /**
     * Loader errors at {@code translation_of:} or {@code lang:}: an unknown post, a post of another brand, a cycle,
     * and a language given twice in one group.
     */
    static void validate(List<Post> posts, Map<String, Post> byId, Problems problems) {
        boolean any = false;
        for (Post p : posts) {
            if (p.translationOf() == null) {
                continue;
            }
            any = true;
            SourcePos at = p.posOf("translation_of");
            Post target = byId.get(p.translationOf());
            if (p.translationOf().equals(p.id())) {
                problems.error(at, "translation_of: post '" + p.id() + "' names itself");
            } else if (target == null) {
                problems.error(at, "translation_of: no post '" + p.translationOf() + "'"
                        + Suggest.didYouMean(p.translationOf(), byId.keySet()));
            } else if (!Objects.equals(target.brand(), p.brand())) {
                problems.error(at, "translation_of: post '" + target.id() + "' is of brand " + target.brand()
                        + ", this one of brand " + p.brand() + " (a group is of one brand)");
            } else {
                List<String> cycle = cycleFrom(p, byId);
                if (cycle != null && cycle.get(0).equals(p.id()) && firstInCalendar(cycle, posts).equals(p.id())) {
                    problems.error(at, "translation_of makes a cycle: " + String.join(" -> ", cycle) + " -> "
                            + p.id() + " (one post of the group must be the original, without translation_of)");
                }
            }
        }
        if (!any) {
            return;
        }
        TranslationGroups groups = of(posts);
        Set<String> done = new HashSet<>();
        for (Post p : posts) {
            if (!groups.grouped(p) || !done.add(groups.group(p).get(0).id())) {
                continue;
            }
            Map<String, Post> seen = new HashMap<>();
            for (Post m : inCalendarOrder(groups.group(p), posts)) {
                for (String lang : m.languages()) {
                    if (lang == null) {
                        continue;
                    }
                    Post first = seen.putIfAbsent(lang, m);
                    if (first != null) {
                        boolean own = lang.equals(m.lang());
                        SourcePos pos = own ? m.fieldPos().getOrDefault("lang", m.posOf("translation_of"))
                                : m.posOf("translations");
                        problems.error(pos, "two " + lang + " versions in the translation group of '"
                                + groups.group(p).get(0).id() + "': " + (own ? "post '" + m.id() + "'"
                                : "a translation of post '" + m.id() + "'") + " and " + (first == m ? "its own text"
                                : "post '" + first.id() + "' (" + first.posOf("id") + ")"));
                    }
                }
            }
        }
    }

    /** The ids of the cycle {@code p} starts, in link order from {@code p}; null when its links end. */
    private static List<String> cycleFrom(Post p, Map<String, Post> byId) {
        List<String> path = new ArrayList<>();
        Post at = p;
        while (at != null && at.translationOf() != null) {
            int i = path.indexOf(at.id());
            if (i >= 0) {
                return i == 0 ? path : null; // p leads into a cycle it is not part of: told at the cycle itself
            }
            path.add(at.id());
            at = byId.get(at.translationOf());
        }
        return null;
    }

    private static String firstInCalendar(List<String> ids, List<Post> posts) {
        for (Post p : posts) {
            if (ids.contains(p.id())) {
                return p.id();
            }
        }
        return ids.get(0);
    }

    private static List<Post> inCalendarOrder(List<Post> group, List<Post> posts) {
        Set<String> ids = new HashSet<>();
        group.forEach(m -> ids.add(m.id()));
        List<Post> out = new ArrayList<>();
        for (Post p : posts) {
            if (ids.contains(p.id())) {
                out.add(p);
            }
        }
        return out;
    }
}
