package io.edito.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project of one brand for command-line tests: edito.yaml (its zone, languages and channels) and one calendar file,
 * the posts given as the YAML items under {@code posts:}.
 */
public final class OneBrandProject {
    private OneBrandProject() {
    }

    /**
     * Writes the project into {@code dir}.
     *
     * @param channels the lines under {@code channels:}, each indented 2 ({@code "  x: { handle: \"@atlas\" }"})
     * @param posts    the calendar's post items, each line indented 2 ({@code "  - id: a"})
     */
    public static Path write(Path dir, String zone, String languages, String channels, String posts) throws IOException {
        Files.createDirectories(dir.resolve("calendar"));
        Files.writeString(dir.resolve("edito.yaml"), "brand: atlas\ntimezone: " + zone + "\nlanguages: [" + languages
                + "]\ncalendar: calendar/\nchannels:\n" + channels.stripTrailing() + "\n");
        Files.writeString(dir.resolve("calendar/c.yaml"), "posts:\n" + posts.stripTrailing() + "\n");
        return dir;
    }
}
