package io.edito.cli;

import io.edito.core.EditoException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Checks that a command supports the format asked for. */
final class Formats {
    private Formats() {
    }

    static void require(Format asked, Format... supported) {
        if (!Arrays.asList(supported).contains(asked)) {
            throw EditoException.input("--format " + asked + " is not offered by this command (one of: "
                    + Arrays.stream(supported).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }
}
