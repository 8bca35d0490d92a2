package io.edito.listen;

import io.edito.config.MentionStoreLocation;
import io.edito.publish.http.Secrets;
import java.nio.file.Files;
import java.util.Map;

/** Opens the mention store where edito.yaml says it lives (an SQLite file, or a PostgreSQL database). */
public final class MentionStores {
    private MentionStores() {
    }

    /** Opens the store, creating it (a file, or the schema in an empty database) when there is none. */
    public static MentionStore open(MentionStoreLocation where, Map<String, String> env) {
        if (where instanceof MentionStoreLocation.Postgres p) {
            return PostgresMentionStore.open(p.url(), password(p, env), true);
        }
        return SqliteMentionStore.open(((MentionStoreLocation.File) where).path());
    }

    /** Opens the store to read it: an empty one in memory when there is none yet (a read creates nothing). */
    public static MentionStore openForRead(MentionStoreLocation where, Map<String, String> env) {
        if (where instanceof MentionStoreLocation.Postgres p) {
            MentionStore s = PostgresMentionStore.open(p.url(), password(p, env), false);
            return s != null ? s : SqliteMentionStore.inMemory();
        }
        MentionStoreLocation.File f = (MentionStoreLocation.File) where;
        return Files.exists(f.path()) ? SqliteMentionStore.open(f.path()) : SqliteMentionStore.inMemory();
    }

    private static String password(MentionStoreLocation.Postgres p, Map<String, String> env) {
        return Secrets.databasePassword(p.url().passwordEnv(), env, p.root(),
                MentionStoreLocation.Postgres.PASSWORD_SETTING, p.pos(), "the mention store's database");
    }
}
