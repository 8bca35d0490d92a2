package io.edito.core;

import java.util.Locale;

/** How bad a finding is; {@code --fail-on} compares with this order. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this is at least as severe as {@code threshold} (ERROR is the most severe). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
