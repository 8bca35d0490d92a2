package io.edito.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.database.DatabaseUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Two settings naming one mention store are seen as one (the shared-store warning, a brand's report). */
class MentionStoreIdentityTest {
    private static MentionStoreLocation pg(String url) {
        return new MentionStoreLocation.Postgres(DatabaseUrl.parse(url, null, "mention store", "listening.store",
                "listening.store_password_env", null), Path.of("/srv/p"), null);
    }

    @Test
    void oneDatabaseHowEverItsUrlIsSpelt() {
        assertThat(pg("postgres://edito@DB.example/m").identity())
                .isEqualTo(pg("postgresql://other@db.example:5432/m").identity());
        assertThat(pg("postgresql://edito@db.example:5433/m").identity())
                .isNotEqualTo(pg("postgresql://edito@db.example/m").identity());
        assertThat(pg("postgresql://edito@db.example/m2").identity())
                .isNotEqualTo(pg("postgresql://edito@db.example/m").identity());
    }

    @Test
    void oneFileHowEverItsPathIsWritten() {
        assertThat(new MentionStoreLocation.File(Path.of("sub/../.edito/mentions.db")).identity())
                .isEqualTo(new MentionStoreLocation.File(Path.of("./.edito/mentions.db")).identity());
    }
}
