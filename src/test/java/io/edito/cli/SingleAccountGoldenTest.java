package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A project written before channels were accounts (one account per network, keyed by network id: the Atlas Air
 * example as it was then) gives byte for byte the outputs it gave then. The golden files under
 * src/test/resources/golden/single-account were written by edito at that commit (d6eb0b7), not by the code under
 * test; they are never regenerated. They are edited by hand for an intended change of a message, said here: the
 * {@code links.utm} suggestion names each missing parameter ({@code &utm_campaign=<campaign>} added to three); the
 * new {@code links.unsent} warning on its three {@code link:}s that no card carries (Facebook beside a photo,
 * Mastodon); the new {@code media.image_format} error on its five Instagram posts of a PNG (Instagram publishes JPEG
 * only: the example now ships those images as JPEG), and the summary's counts with them; the {@code links.utm}
 * suggestion of a post without {@code campaign:} says what {@code <campaign>} stands for (three); the
 * {@code hashtags.max} suggestion names the hashtags to remove (three); the new {@code title.unsent} warning on
 * its two LinkedIn posts whose {@code title:} LinkedIn does not send (one with an image, one without a {@code link:}),
 * in each of their three languages (six; the example itself now has no such title), and the warnings' count.
 */
class SingleAccountGoldenTest {
    private static final String PROJECT = "src/test/resources/single-account";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/single-account");

    @Test
    void checkJsonIsByteForByteWhatItWasBeforeAccounts() throws IOException {
        CliRun r = CliRun.of("check", PROJECT, "--format", "json", "--now", "2026-12-14T09:00:00Z");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(Files.readString(GOLDEN.resolve("check.json")));
    }

    @Test
    void agendaJsonIsByteForByteWhatItWasBeforeAccounts() throws IOException {
        CliRun r = CliRun.of("agenda", PROJECT, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(GOLDEN.resolve("agenda.json")));
    }
}
