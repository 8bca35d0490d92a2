package io.edito.network;

import io.edito.core.EditoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The built-in network facts, loaded once from {@code io/edito/network/networks.yaml}.
 * Limits change: they live in that data file, and a charter derives its own copy through
 * {@link NetworkRegistry#withOverrides} or the {@code with...} methods of {@link Network}.
 */
public final class Networks {
    static final String RESOURCE = "networks.yaml";

    private Networks() {
    }

    private static final class Holder {
        static final NetworkRegistry DEFAULTS = loadDefaults();
    }

    private static NetworkRegistry loadDefaults() {
        try (InputStream in = Networks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw EditoException.runtime("built-in network facts missing from the jar: io/edito/network/" + RESOURCE, null);
            }
            return NetworkRegistry.load(in, "io/edito/network/" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes of the built-in network facts, as the jar holds them: {@code check --changed-since} compares them
     * with those of another edito (io.edito.check.ChangeScope).
     */
    public static byte[] factsBytes() {
        try (InputStream in = Networks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw EditoException.runtime("built-in network facts missing from the jar: io/edito/network/" + RESOURCE, null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in registry (never changed by overrides: they return copies). */
    public static NetworkRegistry defaults() {
        return Holder.DEFAULTS;
    }

    /** The built-in network {@code id}; an unknown id throws an input error with a "did you mean" suggestion. */
    public static Network get(String id) {
        return Holder.DEFAULTS.get(id);
    }

    /** Every built-in network in a stable order. */
    public static List<Network> all() {
        return Holder.DEFAULTS.all();
    }
}
