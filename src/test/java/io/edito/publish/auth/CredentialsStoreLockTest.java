package io.edito.publish.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credentials file's lock holds across processes: a second cron run waits, then reads what the first wrote. */
class CredentialsStoreLockTest {
    @TempDir
    Path tmp;

    /** The other process: locks the store, says so, waits for a line, writes {@code other=done}, unlocks. */
    public static void main(String[] args) throws Exception {
        CredentialsStore store = new CredentialsStore(Path.of(args[0]), Path.of(args[1]), "test");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        store.locked(st -> {
            System.out.println("locked");
            System.out.flush();
            in.readLine();
            st.write(Map.of("other", "done"));
            return null;
        });
    }

    @Test
    void aRunThatRenewsWhileAnotherProcessHoldsTheLockWaitsAndSeesItsWrite() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Path file = tmp.resolve("home/credentials");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CredentialsStoreLockTest.class.getName(), file.toString(), repo.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            CredentialsStore store = new CredentialsStore(file, repo, "test");
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> store.locked(st -> {
                String v = st.values().get("other");
                st.write(Map.of("mine", "done"));
                return v;
            }));
            Thread.sleep(300); // give this run every chance to go first if the lock did not hold
            try (Writer w = new OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8)) {
                w.write("go\n");
            }
            assertThat(seen.get()).as("read after the other process wrote and unlocked").isEqualTo("done");
            assertThat(other.waitFor()).isZero();
            assertThat(Files.readAllLines(file)).containsExactly("other=done", "mine=done");
        } finally {
            other.destroy();
        }
    }
}
