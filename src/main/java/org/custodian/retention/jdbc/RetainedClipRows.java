package org.custodian.retention.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipId;
import org.custodian.retention.ClipCategory;
import org.custodian.retention.DeletionSelection;
import org.custodian.retention.RetainedClip;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clips as retention sees them, read straight from the clip table (its category column, and the unit the clip
 * was catalogued under, included). Candidates for deletion are only stored clips with no hold in
 * force, no restriction and no deletion begun; quarantined clips are kept for whoever looks into their integrity.
 */
@Repository
public class RetainedClipRows {

    /** Clips of one category recorded in ({@code after}, {@code upTo}]; {@code after} may be null. */
    public record Window(ClipCategory category, Instant after, Instant upTo) {
    }

    static final String COLUMNS = "c.id, c.category, c.started_at, c.status, c.officer_collar, c.camera_serial, "
            + "c.unit_code";
    private static final String CANDIDATE = """
             c.status = 'STORED'
             AND NOT EXISTS (SELECT 1 FROM retention_hold h WHERE h.clip_id = c.id AND h.released_at IS NULL)
             AND NOT EXISTS (SELECT 1 FROM clip_deletion d WHERE d.clip_id = c.id)
             AND NOT EXISTS (SELECT 1 FROM clip_restriction r WHERE r.clip_id = c.id AND r.lifted_at IS NULL)
            """;

    private final JdbcClient jdbc;

    RetainedClipRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RetainedClip> find(ClipId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clip c WHERE c.id = ?").param(id.value())
                .query(RetainedClipRows::map).optional();
    }

    /** Locks the clip's row, so a hold placed and a deletion begun cannot pass each other; false if none. */
    public boolean lock(ClipId id) {
        return jdbc.sql("SELECT id FROM clip WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional()
                .isPresent();
    }

    /**
     * Up to {@code limit} candidates in the window, oldest first, locked; rows another node holds are
     * skipped rather than waited for, so sweeps on several nodes share the work.
     */
    public List<RetainedClip> lockCandidates(Window window, int limit) {
        Sql sql = where(window);
        sql.params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM clip c WHERE " + sql.text
                + " ORDER BY c.started_at LIMIT ? FOR UPDATE SKIP LOCKED").params(sql.params)
                .query(RetainedClipRows::map).list();
    }

    /**
     * Up to {@code limit} candidates in the window, oldest first, nothing locked; only those {@code scope} lets
     * its viewer see, as the catalogue's searches limit them (a supervisor: their unit's and their own).
     */
    public List<RetainedClip> candidates(Window window, ClipAccessPolicy.ListScope scope, int limit) {
        Sql sql = where(window);
        String seen = seenBy(scope, sql.params);
        if (seen == null) {
            return List.of();
        }
        sql.params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM clip c WHERE " + sql.text + seen + " ORDER BY c.started_at LIMIT ?")
                .params(sql.params).query(RetainedClipRows::map).list();
    }

    /**
     * The condition on clip {@code c} that keeps to what {@code scope} lets its viewer see (a supervisor: their
     * unit's, as catalogued, and their own), starting with AND, its values added to {@code params}; empty for
     * every clip, null when the viewer sees none.
     */
    static String seenBy(ClipAccessPolicy.ListScope scope, List<Object> params) {
        return switch (scope.scope()) {
            case ALL -> "";
            case UNIT -> {
                params.add(scope.unit().value());
                if (scope.collar() == null) {
                    yield " AND c.unit_code = ?";
                }
                params.add(scope.collar().value());
                yield " AND (c.unit_code = ? OR c.officer_collar = ?)";
            }
            case OWN -> {
                params.add(scope.collar().value());
                yield " AND c.officer_collar = ?";
            }
            case NONE -> null;
        };
    }

    /** Candidates in the window counted by unit as catalogued (empty string: none) and stored category. */
    public List<Count> countByUnitAndCategory(Window window) {
        Sql sql = where(window);
        return jdbc.sql("SELECT COALESCE(c.unit_code, '') AS unit, c.category, COUNT(*) AS clips FROM clip c WHERE "
                + sql.text + " GROUP BY COALESCE(c.unit_code, ''), c.category").params(sql.params)
                .query((rs, n) -> new Count(rs.getString("unit"), rs.getString("category"), rs.getLong("clips")))
                .list();
    }

    public record Count(String unit, String category, long clips) {
    }

    /** A clip a deletion request chose, with what may keep it: a hold, a restriction, a deletion begun. */
    public record Selected(RetainedClip clip, boolean held, boolean restricted, boolean deleting) {
    }

    /**
     * The clips {@code selection} chooses, oldest first, at most {@code limit}, each with its holds, restriction
     * and deletion; with their unit as catalogued. Nothing is left out here: the caller says why it excludes any.
     */
    public List<Selected> select(DeletionSelection selection, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (selection.byIds()) {
            where.append("c.id IN (").append(String.join(", ", java.util.Collections.nCopies(selection.ids().size(),
                    "?"))).append(")");
            selection.ids().forEach(id -> params.add(id.value()));
        } else {
            where.append("c.started_at >= ? AND c.started_at < ?");
            params.add(Timestamps.utc(selection.from()));
            params.add(Timestamps.utc(selection.to()));
            if (selection.unit() != null) {
                where.append(" AND c.unit_code = ?");
                params.add(selection.unit());
            }
            if (selection.category() != null) {
                where.append(" AND ").append(category(selection.category()));
            }
        }
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + ", "
                + "CASE WHEN EXISTS (SELECT 1 FROM retention_hold h WHERE h.clip_id = c.id AND h.released_at IS NULL) "
                + "THEN 1 ELSE 0 END AS held, "
                + "CASE WHEN EXISTS (SELECT 1 FROM clip_restriction r WHERE r.clip_id = c.id AND r.lifted_at IS NULL) "
                + "THEN 1 ELSE 0 END AS restricted, "
                + "CASE WHEN EXISTS (SELECT 1 FROM clip_deletion d WHERE d.clip_id = c.id) THEN 1 ELSE 0 END AS deleting "
                + "FROM clip c WHERE " + where + " ORDER BY c.started_at, c.id LIMIT ?").params(params)
                .query((rs, n) -> new Selected(map(rs, n), rs.getInt("held") == 1, rs.getInt("restricted") == 1,
                        rs.getInt("deleting") == 1))
                .list();
    }

    private record Sql(String text, List<Object> params) {
    }

    private static Sql where(Window window) {
        List<Object> params = new ArrayList<>();
        StringBuilder text = new StringBuilder(CANDIDATE).append(" AND ").append(category(window.category()))
                .append(" AND c.started_at <= ?");
        params.add(Timestamps.utc(window.upTo()));
        if (window.after() != null) {
            text.append(" AND c.started_at > ?");
            params.add(Timestamps.utc(window.after()));
        }
        return new Sql(text.toString(), params);
    }

    private static String category(ClipCategory category) {
        String norm = ClipCategory.normalisedColumn("c.category");
        // The enum's own name, never user text, goes into the statement.
        return category == ClipCategory.NON_EVIDENTIAL ? "(c.category IS NULL OR " + norm + " = 'NON_EVIDENTIAL')"
                : norm + " = '" + category.name() + "'";
    }

    static RetainedClip map(ResultSet rs, int row) throws SQLException {
        return new RetainedClip(new ClipId(rs.getObject("id", UUID.class)), rs.getString("category"),
                Timestamps.instant(rs, "started_at"), rs.getString("status"), rs.getString("officer_collar"),
                rs.getString("unit_code"), rs.getString("camera_serial"));
    }
}
