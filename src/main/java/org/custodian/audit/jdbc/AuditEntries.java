package org.custodian.audit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditQuery;
import org.custodian.audit.HashChain;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log's two tables: the entries, and the single head row that serialises appends. */
@Repository
public class AuditEntries {

    public record Head(long sequence, String hash) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    AuditEntries(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Locks the head row until the calling transaction ends, so sequence numbers never collide. */
    public Head lockHead() {
        return jdbc.sql("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public Head head() {
        return jdbc.sql("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public void append(AuditEntry e) {
        appendAll(List.of(e));
    }

    /** Appends entries that follow on from the head in order (one batch of inserts), and moves the head to the last. */
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, subject_type, subject_id, reason,
                                         outcome, details, previous_hash, entry_hash)
                VALUES (:seq, :at, :actor, :action, :subjectType, :subjectId, :reason, :outcome, :details, :prev, :hash)
                """, entries.stream().map(e -> new MapSqlParameterSource()
                        .addValue("seq", e.sequence())
                        .addValue("at", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
                        .addValue("actor", e.actor())
                        .addValue("action", e.action())
                        .addValue("subjectType", e.subjectType())
                        .addValue("subjectId", e.subjectId())
                        .addValue("reason", e.reason())
                        .addValue("outcome", e.outcome())
                        .addValue("details", e.details())
                        .addValue("prev", e.previousHash())
                        .addValue("hash", e.hash())).toArray(SqlParameterSource[]::new));
        AuditEntry last = entries.get(entries.size() - 1);
        jdbc.sql("UPDATE audit_head SET last_sequence = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", last.sequence()).param("hash", last.hash()).update();
    }

    /** Streams the whole log in order without holding it in memory. */
    public <T> T inOrder(Function<Iterator<AuditEntry>, T> reader) {
        try (Stream<AuditEntry> stream = jdbc.sql("SELECT * FROM audit_entry ORDER BY sequence_no")
                .withFetchSize(1000).query(AuditEntries::map).stream()) {
            return reader.apply(stream.iterator());
        }
    }

    public List<AuditEntry> find(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        where(sql, params, "actor = ?", q.actor());
        where(sql, params, "action = ?", q.action());
        where(sql, params, "subject_type = ?", q.subjectType());
        where(sql, params, "subject_id = ?", q.subjectId());
        where(sql, params, "occurred_at >= ?", q.from() == null ? null : OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        where(sql, params, "occurred_at < ?", q.to() == null ? null : OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
        sql.append(" ORDER BY sequence_no DESC LIMIT ? OFFSET ?");
        params.add(q.size());
        params.add((long) q.page() * q.size());
        return jdbc.sql(sql.toString()).params(params).query(AuditEntries::map).list();
    }

    private static void where(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.add(value);
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("sequence_no"),
                HashChain.normalise(rs.getObject("occurred_at", OffsetDateTime.class).toInstant()),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("reason"), rs.getString("outcome"),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("entry_hash"));
    }
}
