package io.edito.kpi;

import io.edito.core.EditoException;
import java.util.Locale;

/** What {@code --by} can group on. */
public enum Dimension {
    NETWORK, DAY, WEEK, MONTH, TYPE, CAMPAIGN, PILLAR, LANG,
    /** The account (channel id) a post went out on: x and x-ar apart (docs/kpi.md#accounts). */
    CHANNEL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether account-level series (followers, daily reach) can be split along this dimension. */
    public boolean appliesToSeries() {
        return this == NETWORK || this == DAY || this == WEEK || this == MONTH;
    }

    public static Dimension parse(String s) {
        for (Dimension d : values()) {
            if (d.key().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw EditoException.input("unknown --by '" + s + "' (known: network, channel, day, week, month, type, campaign, pillar, lang)");
    }
}
