package io.edito.publish.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.core.EditoException;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default credentials file (where edito login saves) is read for secrets, and never stops a run that did not ask. */
class SecretsDefaultFileTest {
    @TempDir
    Path tmp;

    private String secret(Path home) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "webhook");
        m.put("url", "https://hooks.example/x");
        m.put("secret_env", "EDITO_HOOK_SECRET");
        PublishContext ctx = new PublishContext(repo, Map.of("HOME", home.toString()), Clock.systemUTC(), d -> { },
                null, null, null);
        return Secrets.required(new Settings(new PublishTarget("webhook", m)), "secret_env", ctx);
    }

    @Test
    void theDefaultFileUnderHomeIsReadAndAnOpenOneIsSaidNotUsed() throws Exception {
        Path home = tmp.resolve("home");
        Path file = Files.createDirectories(home.resolve(".config/edito")).resolve("credentials");
        Files.writeString(file, "EDITO_HOOK_SECRET=s3cret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(secret(home)).isEqualTo("s3cret"); // $HOME's, not the passwd entry's home
        // readable by others: not used, and said so, instead of stopping a run with a credentials_file it has not
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> secret(home)).isInstanceOf(EditoException.class)
                .hasMessageContaining("environment variable EDITO_HOOK_SECRET is not set (the default credentials file is "
                        + "not read:").hasMessageContaining("chmod 600").hasMessageNotContaining("s3cret");
    }
}
