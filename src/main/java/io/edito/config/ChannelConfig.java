package io.edito.config;

import io.edito.core.SourcePos;
import io.edito.network.Network;
import io.edito.network.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

/**
 * One account of a brand, from {@code channels:} in edito.yaml (docs/calendar.md#channels).
 *
 * @param id            the channel id posts name in {@code channels:} and {@code variants:} (the key in edito.yaml):
 *                      a network id for the brand's account on that network, or any id with {@code network:}
 * @param network       the network id (x, instagram, ...): every network fact comes from it
 * @param handle        the account handle as the network shows it
 * @param name          display name for previews (defaults to the brand name)
 * @param languages     what goes out on this account: one language ({@code lang:}), several joined in one text
 *                      ({@code languages:}), or none: the post's own language
 * @param join          what is put between the languages of a bilingual account ({@code join:}, one blank line)
 * @param zone          the zone the account's times are shown in ({@code timezone:}: display only, a post's
 *                      {@code at:} stays the instant), or null: the brand's
 * @param publish       the {@code publish:} block (read and judged by the publishing package), or null
 * @param maxCharacters the account's own text limit ({@code max_characters}: a Mastodon instance's), when set
 */
public record ChannelConfig(String id, String network, String handle, String name, List<String> languages,
                            String join, ZoneId zone, SettingsBlock publish, OptionalInt maxCharacters, SourcePos pos) {

    /** What {@code join:} is when not written: one blank line. */
    public static final String DEFAULT_JOIN = "\n\n";

    /** The one language of an account of one language ({@code lang:}), else null. */
    public String lang() {
        return languages.size() == 1 ? languages.get(0) : null;
    }

    /** {@code network}'s facts as this account sees them: its own text limit ({@link #maxCharacters}) applied. */
    public Network facts(Network network) {
        OptionalInt max = maxCharacters();
        return max.isPresent() ? network.withLimit(TextField.TEXT, max.getAsInt()) : network;
    }
}
