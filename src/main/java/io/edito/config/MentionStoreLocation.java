package io.edito.config;

import io.edito.core.SourcePos;
import io.edito.database.DatabaseUrl;
import java.nio.file.Path;

/**
 * Where the mention store lives ({@code listening.store}): an SQLite file (default {@code .edito/mentions.db}), or a
 * PostgreSQL database shared by several hosts ({@code postgresql://USER@HOST[:PORT]/DATABASE}, the password from the
 * variable named by {@code listening.store_password_env} or the credentials file, never in the URL). Opened by
 * {@code listen.MentionStores}.
 */
public sealed interface MentionStoreLocation permits MentionStoreLocation.File, MentionStoreLocation.Postgres {

    /** The store as messages name it. */
    String display();

    /**
     * What tells two settings that name one store apart from two stores: the file's absolute path; the database's
     * host (lower case), port (5432 when not written) and name, whatever the scheme's spelling
     * ({@code postgres://} or {@code postgresql://}) and the user.
     */
    String identity();

    /** The SQLite store in {@code path}. */
    record File(Path path) implements MentionStoreLocation {
        @Override
        public String display() {
            return path.toString();
        }

        @Override
        public String identity() {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /**
     * A PostgreSQL store.
     *
     * @param root the project root (a credentials file inside it is refused)
     * @param pos  where {@code listening.store} stands in edito.yaml
     */
    record Postgres(DatabaseUrl url, Path root, SourcePos pos) implements MentionStoreLocation {
        /** The key naming the password's variable, for messages. */
        public static final String PASSWORD_SETTING = "listening.store_password_env";

        @Override
        public String display() {
            return url.url();
        }

        @Override
        public String identity() {
            java.net.URI u = java.net.URI.create(url.jdbcUrl().substring("jdbc:".length()));
            return "postgresql://" + u.getHost().toLowerCase(java.util.Locale.ROOT) + ":"
                    + (u.getPort() > 0 ? u.getPort() : 5432) + u.getRawPath();
        }
    }
}
