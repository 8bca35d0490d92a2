package io.edito.publish.fake;

import io.edito.publish.api.AccessToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A token saved by {@code edito login}, as a publisher sees it: {@code first} until the network refuses it, then
 * {@code renewed}, handed to {@code onRenew} as it is made (a stand-in's {@code acceptToken}); each refused token is
 * recorded, so that a test can say how often, and what, was renewed.
 */
public final class RenewingToken implements AccessToken {
    private final String renewed;
    private final String channel;
    private final Consumer<String> onRenew;
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private volatile String current;

    public RenewingToken(String first, String renewed, String channel, Consumer<String> onRenew) {
        this.current = first;
        this.renewed = renewed;
        this.channel = channel;
        this.onRenew = onRenew;
    }

    /** A token whose renewal the stand-in need not be told of (it accepts {@code renewed} already). */
    public RenewingToken(String first, String renewed, String channel) {
        this(first, renewed, channel, token -> { });
    }

    @Override
    public String value() {
        return current;
    }

    @Override
    public String renew(String was) {
        refused.add(was);
        current = renewed;
        onRenew.accept(renewed);
        return current;
    }

    @Override
    public String howToRenew() {
        return "run: edito login " + channel;
    }

    /** The tokens the publisher reported refused, in order. */
    public List<String> refused() {
        return List.copyOf(refused);
    }
}
