package io.edito.check;

import io.edito.network.NetworkRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule id of a list of rules: descriptions, help and default severity (docs/charter.md#rules). */
public final class RuleCatalog {
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    /** The ids the rules describe, in the order of the rules. */
    public RuleCatalog(List<Rule> list, NetworkRegistry networks) {
        for (Rule r : list) {
            for (RuleInfo info : r.describe(networks)) {
                if (rules.putIfAbsent(info.id(), info) != null) {
                    throw new IllegalStateException("two rules report " + info.id());
                }
            }
        }
    }

    public List<RuleInfo> all() {
        return new ArrayList<>(rules.values());
    }

    public List<String> ids() {
        return new ArrayList<>(rules.keySet());
    }

    public Optional<RuleInfo> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Whether {@code name} is a rule id or a family of them ({@code length} for {@code length.x}). */
    public boolean knows(String name) {
        return rules.containsKey(name) || rules.keySet().stream().anyMatch(id -> id.startsWith(name + "."));
    }

    public RuleInfo require(String id) {
        RuleInfo r = rules.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return r;
    }
}
