package io.edito.listen;

import io.edito.core.SourcePos;
import io.edito.database.DatabaseUrl;
import io.edito.publish.http.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the mention store lives ({@code listening.store}): an SQLite file (default {@code .edito/mentions.db}), or a
 * PostgreSQL database shared by several hosts ({@code postgresql://USER@HOST[:PORT]/DATABASE}, the password from the
 * variable named by {@code listening.store_password_env} or the credentials file, never in the URL).
 */
public sealed interface MentionStoreLocation permits MentionStoreLocation.File, MentionStoreLocation.Postgres {

    /** The store as messages name it. */
    String display();

    /** Opens the store, creating it (a file, or the schema in an empty database) when there is none. */
    MentionStore open(Map<String, String> env);

    /** Opens the store to read it: an empty one in memory when there is none yet (a read creates nothing). */
    MentionStore openForRead(Map<String, String> env);

    /** The SQLite store in {@code path}. */
    record File(Path path) implements MentionStoreLocation {
        @Override
        public String display() {
            return path.toString();
        }

        @Override
        public MentionStore open(Map<String, String> env) {
            return SqliteMentionStore.open(path);
        }

        @Override
        public MentionStore openForRead(Map<String, String> env) {
            return Files.exists(path) ? SqliteMentionStore.open(path) : SqliteMentionStore.inMemory();
        }
    }

    /**
     * A PostgreSQL store.
     *
     * @param root the project root (a credentials file inside it is refused)
     * @param pos  where {@code listening.store} stands in edito.yaml
     */
    record Postgres(DatabaseUrl url, Path root, SourcePos pos) implements MentionStoreLocation {
        static final String PASSWORD_SETTING = "listening.store_password_env";

        @Override
        public String display() {
            return url.url();
        }

        @Override
        public MentionStore open(Map<String, String> env) {
            return PostgresMentionStore.open(url, password(env), true);
        }

        @Override
        public MentionStore openForRead(Map<String, String> env) {
            MentionStore s = PostgresMentionStore.open(url, password(env), false);
            return s != null ? s : SqliteMentionStore.inMemory();
        }

        private String password(Map<String, String> env) {
            return Secrets.databasePassword(url.passwordEnv(), env, root, PASSWORD_SETTING, pos,
                    "the mention store's database");
        }
    }
}
