package io.edito.network;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.edito.core.EditoException;
import io.edito.core.Suggest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of networks by id, in a stable order. {@link Networks#defaults()} is the built-in one
 * (networks.yaml); {@link #with(Network)} and {@link #withOverrides(JsonNode)} derive changed copies.
 */
public final class NetworkRegistry {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Map<String, Network> byId;

    private NetworkRegistry(Map<String, Network> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The registry of a YAML document {@code {id: {name: ..., text: {...}, ...}, ...}}; {@code source} names it in errors. */
    static NetworkRegistry load(InputStream in, String source) {
        Map<String, Network> map = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw EditoException.input(source + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw EditoException.input(source + ": expected a map of network ids");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), parse(e.getKey(), new NetworkSpec(), e.getValue(), source));
        }
        return new NetworkRegistry(map);
    }

    /**
     * The network {@code id}.
     *
     * @throws EditoException (input error) naming the unknown id, the closest known one and the list
     */
    public Network get(String id) {
        Network n = byId.get(id);
        if (n == null) {
            throw EditoException.input("unknown network '" + id + "'" + Suggest.didYouMean(id, byId.keySet())
                    + "; known: " + String.join(", ", byId.keySet()));
        }
        return n;
    }

    public Optional<Network> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every network, in the order of the registry's data. */
    public List<Network> all() {
        return List.copyOf(byId.values());
    }

    public Collection<String> ids() {
        return byId.keySet();
    }

    /** A copy in which {@code network} replaces the one with its id (or is added at the end). */
    public NetworkRegistry with(Network network) {
        Map<String, Network> copy = new LinkedHashMap<>(byId);
        copy.put(network.id(), network);
        return new NetworkRegistry(copy);
    }

    /**
     * A copy changed by a YAML/JSON tree of the same form as networks.yaml, given only for what changes:
     * {@code {mastodon: {text: {max: 11000}}, instagram: {fold: null}}}. A key set to {@code null} switches that
     * rule off; an unknown network id adds a network (it must then give at least {@code name} and {@code text}).
     *
     * @throws EditoException (input error) naming the path of a wrong key or value, with a suggestion
     */
    public NetworkRegistry withOverrides(JsonNode overrides) {
        if (overrides == null || overrides.isNull() || overrides.isMissingNode()) {
            return this;
        }
        if (!overrides.isObject()) {
            throw EditoException.input("network overrides: expected a map of network ids");
        }
        Map<String, Network> copy = new LinkedHashMap<>(byId);
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Network base = byId.get(e.getKey());
            NetworkSpec spec = base == null ? new NetworkSpec() : NetworkSpec.from(base);
            copy.put(e.getKey(), parse(e.getKey(), spec, e.getValue(), "network overrides"));
        }
        return new NetworkRegistry(copy);
    }

    private static Network parse(String id, NetworkSpec into, JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw EditoException.input(source + ": " + id + ": expected a map of facts (name, text, ...)");
        }
        try {
            NetworkSpec spec = YAML.readerForUpdating(into).readValue((ObjectNode) node);
            return spec.toNetwork(id);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = new ArrayList<>();
            if (e.getKnownPropertyIds() != null) {
                e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            }
            Collections.sort(known);
            throw EditoException.input(source + ": " + path(id, e) + ": unknown key"
                    + Suggest.didYouMean(e.getPropertyName(), known) + "; known: " + String.join(", ", known));
        } catch (JsonMappingException e) {
            throw EditoException.input(source + ": " + path(id, e) + ": " + e.getOriginalMessage() + where(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw EditoException.input(source + ": " + id + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw EditoException.input(source + ": " + id + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw EditoException.input(source + ": " + e.getMessage());
        }
    }

    private static String path(String id, JsonMappingException e) {
        StringBuilder sb = new StringBuilder(id);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() <= 0 ? "" : " (line " + loc.getLineNr() + ")";
    }
}
