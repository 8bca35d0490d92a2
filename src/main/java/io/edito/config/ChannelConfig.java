package io.edito.config;

import io.edito.core.SourcePos;
import io.edito.network.Network;
import io.edito.network.TextField;
import java.util.OptionalInt;

/**
 * One account of a brand on one network, from {@code channels:} in edito.yaml.
 *
 * @param network  the network id (x, instagram, ...), also the key used in posts' {@code channels:}
 * @param handle   the account handle as the network shows it
 * @param name     display name for previews (defaults to the brand name)
 * @param publish       the {@code publish:} block (read and judged by the publishing package), or null
 * @param maxCharacters the account's own text limit ({@code max_characters}: a Mastodon instance's), when set
 */
public record ChannelConfig(String network, String handle, String name, SettingsBlock publish,
                            OptionalInt maxCharacters, SourcePos pos) {

    /** {@code network}'s facts as this account sees them: its own text limit ({@link #maxCharacters}) applied. */
    public Network facts(Network network) {
        OptionalInt max = maxCharacters();
        return max.isPresent() ? network.withLimit(TextField.TEXT, max.getAsInt()) : network;
    }
}
