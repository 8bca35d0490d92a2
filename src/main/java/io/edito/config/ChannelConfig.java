package io.edito.config;

import io.edito.core.SourcePos;
import io.edito.network.Network;
import io.edito.network.TextField;
import io.edito.yaml.YMap;
import io.edito.yaml.YScalar;
import java.util.OptionalInt;

/**
 * One account of a brand on one network, from {@code channels:} in edito.yaml.
 *
 * @param network  the network id (x, instagram, ...), also the key used in posts' {@code channels:}
 * @param handle   the account handle as the network shows it
 * @param name     display name for previews (defaults to the brand name)
 * @param publish  the raw {@code publish:} block (read by the publishing package), or null
 * @param settings the whole raw block, for per-network settings such as a Mastodon instance limit
 */
public record ChannelConfig(String network, String handle, String name, YMap publish, YMap settings, SourcePos pos) {

    /** The account's own text limit ({@code max_characters}: a Mastodon instance's), when set to a number. */
    public OptionalInt maxCharacters() {
        if (settings != null && settings.get("max_characters").orElse(null) instanceof YScalar s && s.value() != null
                && s.value().matches("\\d{1,7}")) {
            return OptionalInt.of(Integer.parseInt(s.value()));
        }
        return OptionalInt.empty();
    }

    /** {@code network}'s facts as this account sees them: its own text limit ({@link #maxCharacters}) applied. */
    public Network facts(Network network) {
        OptionalInt max = maxCharacters();
        return max.isPresent() ? network.withLimit(TextField.TEXT, max.getAsInt()) : network;
    }
}
