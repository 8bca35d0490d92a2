package io.edito.yaml;

import io.edito.core.SourcePos;
import java.util.ArrayList;
import java.util.List;

/** A YAML sequence. */
public record YList(List<YNode> items, SourcePos pos) implements YNode {
    @Override
    public String kind() {
        return "a list";
    }

    @Override
    public List<Object> plain() {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(i.plain()));
        return out;
    }
}
