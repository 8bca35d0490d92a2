package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish --channel selects as agenda, check and preview do: a network id stands for every account on it. */
class PublishChannelSelectionTest {
    @TempDir
    Path dir;

    @Test
    void aNetworkIdSelectsEveryAccountOnItAndAnAccountIdOnlyThatOne() throws Exception {
        Path src = Path.of("examples/atlas-air");
        try (var files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        String at = "2027-01-04T12:31:00+01:00";
        CliRun network = CliRun.of("publish", dir.toString(), "--dry-run", "--at", at, "--channel", "x");
        assertThat(network.out().lines().map(String::strip).filter(l -> l.startsWith("would-send "))).as(network.err()).containsExactly(
                "would-send           winter-sale-final-days@x", "would-send           winter-sale-final-days@x-ar");
        CliRun account = CliRun.of("publish", dir.toString(), "--dry-run", "--at", at, "--channel", "x-ar");
        assertThat(account.out().lines().map(String::strip).filter(l -> l.startsWith("would-send "))).as(account.err()).containsExactly(
                "would-send           winter-sale-final-days@x-ar");
        assertThat(dir.resolve(".edito/ledger.db")).as("a dry run creates nothing").doesNotExist();
    }
}
