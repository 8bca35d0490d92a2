package io.edito.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
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
        return out.toString();
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
}
