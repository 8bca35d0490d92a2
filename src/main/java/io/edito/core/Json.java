package io.edito.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer every renderer uses: trees built with {@link #object()} and {@link #array()}, written by
 * {@link #pretty} through Jackson's streaming generator and its default pretty printer. No {@code ObjectMapper}: its
 * set-up (serializer caches, introspection) was a tenth of a second of every short run with {@code --format json}.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ControlEscapes());

    /**
     * JSON's own escapes, and DEL and the C1 controls (U+007F to U+009F) escaped too (backslash, u, four hex digits,
     * as JSON escapes ESC): Jackson writes them raw,
     * and the terminal-safe output then shows them as {@code �}, so a NEL in a charter's suggestion came out of a
     * report as U+FFFD. Escaped, they survive, and no terminal acts on them.
     */
    private static final class ControlEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii;

        ControlEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9F ? new com.fasterxml.jackson.core.io.SerializedString(
                    String.format("\\u%04X", ch)) : null;
        }
    }

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** What writes a document through a generator (a renderer too large for a tree: {@link #pretty(Writer, Body)}). */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * The document {@code body} writes, laid out as {@link #pretty(JsonNode)} lays out a tree (the same bytes), with its
     * final newline, to {@code out} as it comes: no tree and no string of the whole (a large check's findings were
     * kept three times over before a byte went out). {@code out} is flushed, not closed.
     */
    public static void pretty(Writer out, Body body) {
        try (JsonGenerator g = indented(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(g);
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    /** What writes one element of an array through a generator. */
    @FunctionalInterface
    public interface Element<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    /** Elements rendered together by {@link #elements}: a few hundred kilobytes of text. */
    private static final int ELEMENTS_PER_CHUNK = 512;

    /**
     * The elements of a large array, inside a document {@link #pretty(Writer, Body)} is writing to {@code out}: the same
     * bytes as writing each with {@code g}, rendered on all cores a chunk of elements at a time and written to
     * {@code out} in order as they come ({@link Parallel#inOrder}); when {@code out} is a {@link BulkWriter}, each chunk is
     * also prepared (encoded) by the core that rendered it. Each chunk has a generator of its own, brought to
     * the same place by {@code opening} (what the body wrote to open the array: the nesting sets the indentation).
     * {@code g} must have just opened the array; the body closes it after, as if it had written the elements.
     */
    public static <T> void elements(JsonGenerator g, Writer out, Body opening, List<T> items, Element<T> element)
            throws IOException {
        g.flush();
        int chunks = (items.size() + ELEMENTS_PER_CHUNK - 1) / ELEMENTS_PER_CHUNK;
        BulkWriter bulk = out instanceof BulkWriter b ? b : null;
        Parallel.inOrder(chunks, 8, c -> {
            Slice text = chunk(opening, items, c * ELEMENTS_PER_CHUNK, Math.min(items.size(), (c + 1) * ELEMENTS_PER_CHUNK),
                    element);
            // encoded here, on the core that rendered it
            byte[] prepared = bulk == null ? null : bulk.prepare(text.chars(), text.from(), text.to());
            return prepared != null ? prepared : text;
        }, piece -> {
            try {
                if (piece instanceof byte[] prepared) {
                    bulk.writePrepared(prepared);
                } else {
                    Slice text = (Slice) piece;
                    out.write(text.chars(), text.from(), text.to() - text.from());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write JSON", e);
            }
        });
    }

    /** The chars {@code [from, to)} of an array: a chunk as rendered, read where it was written. */
    private record Slice(char[] chars, int from, int to) {
    }

    /**
     * Elements {@code from .. to-1} as {@link #elements} writes them: with the comma before, unless the first. The
     * opening's text is left in front of the slice, its last char turned into the comma.
     */
    private static <T> Slice chunk(Body opening, List<T> items, int from, int to, Element<T> element) {
        CharsWriter text = new CharsWriter((to - from) * 512);
        try (JsonGenerator g = indented(text)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            opening.write(g);
            g.flush();
            int opened = text.size;
            for (int i = from; i < to; i++) {
                element.write(g, items.get(i));
            }
            g.flush();
            int start = opened;
            if (from > 0) {
                text.chars[--start] = ','; // the opening writes at least its '['
            }
            return new Slice(text.chars, start, text.size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    /** A writer into a char array it grows, for one thread: no lock per write, no copy at the end. */
    private static final class CharsWriter extends Writer {
        char[] chars;
        int size;

        CharsWriter(int capacity) {
            chars = new char[Math.max(16, capacity)];
        }

        private void room(int more) {
            if (size + more > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(size + more, chars.length * 2));
            }
        }

        @Override
        public void write(char[] c, int off, int len) {
            room(len);
            System.arraycopy(c, off, chars, size, len);
            size += len;
        }

        @Override
        public void write(String s, int off, int len) {
            room(len);
            s.getChars(off, off + len, chars, size);
            size += len;
        }

        @Override
        public void write(int c) {
            room(1);
            chars[size++] = (char) c;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Indented JSON ({@code "key" : value}, two spaces) with a final newline. */
    public static String pretty(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = indented(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out + "\n";
    }

    /**
     * A generator with the one layout of every document (Jackson's default pretty printer): {@link #elements} relies on
     * its chunks being laid out as the document around them.
     */
    private static JsonGenerator indented(Writer out) throws IOException {
        return FACTORY.createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
    }

    private static void write(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : n) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NUMBER -> {
                switch (n.numberType()) {
                    case INT -> g.writeNumber(n.intValue());
                    case LONG -> g.writeNumber(n.longValue());
                    case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
                    case FLOAT -> g.writeNumber(n.floatValue());
                    case DOUBLE -> g.writeNumber(n.doubleValue());
                    case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
                    default -> throw new IllegalArgumentException("unexpected number type " + n.numberType());
                }
            }
            case NULL, MISSING -> g.writeNull();
            default -> throw new IllegalArgumentException("no JSON form for a " + n.getNodeType() + " node");
        }
    }
}
