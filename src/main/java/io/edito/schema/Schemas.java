package io.edito.schema;

import io.edito.core.EditoException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of edito's three YAML files, for editors: VS Code's and IntelliJ's YAML support
 * validate and complete a file that names its schema in a {@code # yaml-language-server: $schema=...} line.
 * Hand-written beside this class, kept to the loaders' key lists by SchemaTest.
 */
public final class Schemas {
    /** The files edito reads. */
    public enum Kind {
        /** A calendar file (posts). */
        calendar,
        /** A brand charter. */
        charter,
        /** edito.yaml, the project file. */
        config;

        /** The schema's file name, such as calendar.schema.json. */
        public String fileName() {
            return name() + ".schema.json";
        }
    }

    private Schemas() {
    }

    /** The schema of {@code kind}, as JSON text. */
    public static String text(Kind kind) {
        try (InputStream in = Schemas.class.getResourceAsStream(kind.fileName())) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + kind.fileName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw EditoException.runtime("cannot read the schema " + kind.fileName(), e);
        }
    }

    /** The line that makes the YAML language server validate a file against a schema at {@code relativePath}. */
    public static String modeline(String relativePath) {
        return "# yaml-language-server: $schema=" + relativePath + "\n";
    }
}
