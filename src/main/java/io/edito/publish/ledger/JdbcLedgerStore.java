package io.edito.publish.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.SentItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL both stores share: the tables have the same columns in SQLite and PostgreSQL (times as ISO-8601 text in
 * UTC, to the millisecond, so that rows copy between them unchanged), and each dialect overrides what differs:
 * transactions, row locks, generated keys, resetting the id sequence after an import.
 */
public abstract class JdbcLedgerStore implements LedgerStore {
    private static final TypeReference<List<SentItem>> ITEMS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, post_id, channel, content_hash, state, delivery_key, scheduled_at, "
            + "created_at, updated_at, attempts, lease_owner, lease_until, remote_id, remote_url, sent_at, error, "
            + "next_retry, permanent, items, resolved_by, note";

    protected final Connection conn;

    protected JdbcLedgerStore(Connection conn) {
        this.conn = conn;
    }

    /** " FOR UPDATE" where the dialect locks rows read in a transaction; "" where the transaction locks it all. */
    protected abstract String lockClause();

    /** Closes the connection; a failure is told as the store tells any other. */
    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    /** A statement for an INSERT whose generated id is read with {@link PreparedStatement#getGeneratedKeys()}. */
    protected abstract PreparedStatement prepareInsert(String sql) throws SQLException;

    /** After rows were imported with their own ids: new rows get ids above them. */
    protected void afterImport() throws SQLException {
    }

    @Override
    public List<LedgerEntry> pairRows(String postId, String channel, boolean forUpdate) throws SQLException {
        return select("SELECT " + COLUMNS + " FROM deliveries WHERE post_id = ? AND channel = ? ORDER BY id"
                + (forUpdate ? lockClause() : ""), postId, channel);
    }

    @Override
    public Optional<LedgerEntry> row(long id, boolean forUpdate) throws SQLException {
        return select("SELECT " + COLUMNS + " FROM deliveries WHERE id = ?" + (forUpdate ? lockClause() : ""), id)
                .stream().findFirst();
    }

    @Override
    public List<LedgerEntry> rows() throws SQLException {
        return select("SELECT " + COLUMNS + " FROM deliveries ORDER BY id");
    }

    @Override
    public long insertPending(String postId, String channel, String contentHash, String deliveryKey,
            String scheduledAt, Instant now, String owner, Instant leaseUntil) throws SQLException {
        try (PreparedStatement ps = prepareInsert("""
                INSERT INTO deliveries (post_id, channel, content_hash, state, delivery_key, scheduled_at,
                  created_at, updated_at, attempts, lease_owner, lease_until)
                VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, 1, ?, ?)""")) {
            ps.setString(1, postId);
            ps.setString(2, channel);
            ps.setString(3, contentHash);
            ps.setString(4, deliveryKey);
            ps.setString(5, scheduledAt);
            ps.setString(6, ts(now));
            ps.setString(7, ts(now));
            ps.setString(8, owner);
            ps.setString(9, ts(leaseUntil));
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                if (!k.next()) {
                    throw new SQLException("no id generated for the new ledger row");
                }
                return k.getLong(1);
            }
        }
    }

    @Override
    public void update(long id, Map<Column, Object> set, Instant now) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE deliveries SET ");
        for (Column c : set.keySet()) {
            sql.append(c.sql()).append(" = ?, ");
        }
        sql.append("updated_at = ? WHERE id = ?");
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            int i = 1;
            for (Object v : set.values()) {
                bind(ps, i++, v);
            }
            ps.setString(i++, ts(now));
            ps.setLong(i, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no ledger row #" + id);
            }
        }
    }

    /** Binds a column value: times as ISO text, flags as 0/1, items as JSON, states by their id. */
    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else if (v instanceof Instant t) {
            ps.setString(i, ts(t));
        } else if (v instanceof Boolean b) {
            ps.setInt(i, b ? 1 : 0);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof LedgerState s) {
            ps.setString(i, s.id());
        } else if (v instanceof List<?> items) {
            try {
                ps.setString(i, Payloads.JSON.writeValueAsString(items));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            ps.setString(i, v.toString());
        }
    }

    @Override
    public void event(long id, Instant at, LedgerState state, String detail) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO events (delivery_id, at, state, detail) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, ts(at));
            ps.setString(3, state.id());
            ps.setString(4, detail);
            ps.executeUpdate();
        }
    }

    @Override
    public List<LedgerEvent> events(long id) throws SQLException {
        return readEvents("SELECT delivery_id, at, state, detail FROM events WHERE delivery_id = ? ORDER BY id", id);
    }

    @Override
    public List<LedgerEvent> allEvents() throws SQLException {
        return readEvents("SELECT delivery_id, at, state, detail FROM events ORDER BY id");
    }

    private List<LedgerEvent> readEvents(String sql, Object... args) throws SQLException {
        List<LedgerEvent> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LedgerEvent(rs.getLong(1), Instant.parse(rs.getString(2)),
                            LedgerState.of(rs.getString(3)), rs.getString(4)));
                }
            }
        }
        return out;
    }

    @Override
    public boolean addNotice(LedgerNotice n) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO notices "
                + "(post_id, channel, scheduled_at, kind, content_hash, at) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING")) {
            ps.setString(1, n.postId());
            ps.setString(2, n.channel());
            ps.setString(3, n.scheduledAt());
            ps.setString(4, n.kind());
            ps.setString(5, n.contentHash());
            ps.setString(6, ts(n.at()));
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public List<LedgerNotice> notices() throws SQLException {
        List<LedgerNotice> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT post_id, channel, "
                + "scheduled_at, kind, content_hash, at FROM notices ORDER BY at, post_id, channel, scheduled_at, kind, "
                + "content_hash")) {
            while (rs.next()) {
                out.add(new LedgerNotice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Instant.parse(rs.getString(6))));
            }
        }
        return out;
    }

    @Override
    public void clear() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM events");
            st.executeUpdate("DELETE FROM notices");
            st.executeUpdate("DELETE FROM deliveries");
        }
    }

    @Override
    public void importAll(List<LedgerEntry> rows, List<LedgerEvent> events, List<LedgerNotice> notices)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO deliveries (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LedgerEntry e : rows) {
                Object[] v = {e.id(), e.postId(), e.channel(), e.contentHash(), e.state(), e.deliveryKey(),
                    e.scheduledAt(), e.createdAt(), e.updatedAt(), e.attempts(), e.leaseOwner(), e.leaseUntil(),
                    e.remoteId(), e.remoteUrl(), e.sentAt(), e.error(), e.nextRetry(), e.permanent(), e.items(),
                    e.resolvedBy(), e.note()};
                ps.setLong(1, e.id());
                for (int i = 1; i < v.length; i++) {
                    bind(ps, i + 1, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (LedgerEvent ev : events) {
            event(ev.entryId(), ev.at(), ev.state(), ev.detail());
        }
        for (LedgerNotice n : notices) {
            addNotice(n);
        }
        afterImport();
    }

    private List<LedgerEntry> select(String sql, Object... args) throws SQLException {
        List<LedgerEntry> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    private static LedgerEntry row(ResultSet rs) throws SQLException {
        List<SentItem> items;
        try {
            items = Payloads.JSON.readValue(rs.getString("items"), ITEMS);
        } catch (IOException e) {
            items = List.of();
        }
        return new LedgerEntry(rs.getLong("id"), rs.getString("post_id"), rs.getString("channel"),
                rs.getString("content_hash"), LedgerState.of(rs.getString("state")), rs.getString("delivery_key"),
                rs.getString("scheduled_at"), instant(rs.getString("created_at")),
                instant(rs.getString("updated_at")), rs.getInt("attempts"), rs.getString("lease_owner"),
                instant(rs.getString("lease_until")), rs.getString("remote_id"), rs.getString("remote_url"),
                instant(rs.getString("sent_at")), rs.getString("error"), instant(rs.getString("next_retry")),
                rs.getInt("permanent") != 0, items, rs.getString("resolved_by"), rs.getString("note"));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    /** How a time is stored: ISO-8601 in UTC, to the millisecond. */
    static String ts(Instant i) {
        return DateTimeFormatter.ISO_INSTANT.format(i.truncatedTo(ChronoUnit.MILLIS));
    }
}
