package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JsonTest {

    private record Item(int n, String text) {
    }

    private static final Json.Body OPENING = g -> {
        g.writeStartObject();
        g.writeNumberField("before", 1);
        g.writeArrayFieldStart("items");
    };

    private static final Json.Element<Item> ITEM = (g, it) -> {
        g.writeStartObject();
        g.writeNumberField("n", it.n());
        g.writeStringField("text", it.text());
        g.writeArrayFieldStart("nested");
        g.writeString("x\u00e9\u0627\n\"");
        g.writeEndArray();
        g.writeEndObject();
    };

    private static String document(List<Item> items, boolean inChunks) {
        StringWriter out = new StringWriter();
        write(out, items, inChunks);
        return out.toString();
    }

    private static void write(Writer out, List<Item> items, boolean inChunks) {
        Json.pretty(out, g -> {
            OPENING.write(g);
            if (inChunks) {
                Json.elements(g, out, OPENING, items, ITEM);
            } else {
                for (Item it : items) {
                    ITEM.write(g, it);
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("after");
            g.writeStringField("k", "v");
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** A writer to bytes that takes every other piece prepared, the rest as text. */
    private static final class Bulk extends Writer implements BulkWriter {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        int prepared;

        @Override
        public byte[] prepare(char[] chars, int from, int to) {
            return asked.getAndIncrement() % 2 == 0 ? new String(chars, from, to - from).getBytes(StandardCharsets.UTF_8) : null;
        }

        @Override
        public void writePrepared(byte[] b) {
            prepared++;
            bytes.writeBytes(b);
        }

        @Override
        public void write(char[] c, int off, int len) {
            bytes.writeBytes(new String(c, off, len).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void controlCharactersAreEscapedSoThatTheySurviveTheTerminalSafeOutput() throws Exception {
        // NEL (a C1 control) was written raw, then shown as U+FFFD by the terminal-safe writer: the data was lost
        com.fasterxml.jackson.databind.node.ObjectNode o = Json.object();
        o.put("text", "a\u0085b\u007fc\u001bd\u0080e\u009ff\u00a0g \u00e9 \u0645");
        String json = Json.pretty(o);
        assertThat(json).contains("a\\u0085b\\u007Fc\\u001Bd\\u0080e\\u009Ff\u00a0g \u00e9 \u0645");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("text").asText())
                .isEqualTo("a\u0085b\u007fc\u001bd\u0080e\u009ff\u00a0g \u00e9 \u0645");
    }

    @Test
    void elementsRenderedInChunksOnAllCoresAreTheBytesOfOneGenerator() {
        for (int n : new int[] {0, 1, 2, 511, 512, 513, 1024, 2600}) {
            List<Item> items = IntStream.range(0, n).mapToObj(i -> new Item(i, "item \u00ab" + i + "\u00bb \\ \t"))
                    .toList();
            String serial = document(items, false);
            assertThat(document(items, true)).as("%d items", n).isEqualTo(serial);
            assertThat(serial).contains(n == 0 ? "\"items\" : [ ]" : "\"items\" : [ {");
        }
    }

    @Test
    void aWriterThatTakesPreparedPiecesGetsTheSameBytes() {
        for (int n : new int[] {0, 1, 513, 2600}) {
            List<Item> items = IntStream.range(0, n).mapToObj(i -> new Item(i, "\u00e9l\u00e9ment \ud83d\ude00 " + i)).toList();
            Bulk bulk = new Bulk();
            write(bulk, items, true);
            assertThat(bulk.bytes.toString(StandardCharsets.UTF_8)).as("%d items", n).isEqualTo(document(items, false));
            int chunks = (n + 511) / 512;
            assertThat(bulk.asked.get()).isEqualTo(chunks);
            assertThat(bulk.prepared).isEqualTo((chunks + 1) / 2);
        }
    }
}
