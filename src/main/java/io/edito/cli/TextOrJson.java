package io.edito.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, shared by the commands that print a summary for people or JSON for scripts. */
final class TextOrJson {
    /** The formats: picocli lists them (and only them) on a wrong --format. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format = Format.text;

    boolean json() {
        return format == Format.json;
    }
}
