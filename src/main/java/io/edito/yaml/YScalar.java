package io.edito.yaml;

import io.edito.core.SourcePos;

/**
 * A scalar exactly as written: {@code value} is the text (never converted: {@code no} stays "no", {@code 012}
 * stays "012", {@code 18:30} stays "18:30"), or null for an empty value ({@code key:} or {@code ""}), {@code ~} or {@code null}.
 */
public record YScalar(String value, SourcePos pos) implements YNode {
    public boolean isNull() {
        return value == null;
    }

    @Override
    public String kind() {
        return isNull() ? "an empty value" : "a scalar";
    }

    @Override
    public String plain() {
        return value;
    }
}
