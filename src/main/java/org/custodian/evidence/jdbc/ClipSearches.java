package org.custodian.evidence.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipCategories;
import org.custodian.evidence.ClipSearch;
import org.custodian.evidence.GeoGrid;
import org.custodian.evidence.Place;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue search as one SQL query: who may see what is part of the WHERE clause, so paging counts only
 * what the person may see. Every criterion has an index to start from: officer, camera, unit and category with
 * started_at; a time window as a started_at range bounded below by the longest clip held; a place as the grid
 * cells covering the circle (clip_cell, by cell and day), then the exact distance from the point to each
 * segment of the track.
 */
@Repository
public class ClipSearches {

    /** Metres per degree of latitude (spherical Earth), as {@link GeoGrid} uses. */
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private final JdbcClient jdbc;
    private final Clips clips;

    ClipSearches(JdbcClient jdbc, Clips clips) {
        this.jdbc = jdbc;
        this.clips = clips;
    }

    /** A query and its parameters, as run (a benchmark may EXPLAIN it). */
    public record Query(String sql, List<Object> params) {
    }

    /** At most {@code search.size() + 1} clips, so the caller knows whether another page follows. */
    public List<CataloguedClip> search(ClipSearch search, ClipAccessPolicy.ListScope scope) {
        Query query = query(search, scope);
        return jdbc.sql(query.sql()).params(query.params()).query(Clips::mapCatalogued).list();
    }

    public Query query(ClipSearch search, ClipAccessPolicy.ListScope scope) {
        StringBuilder sql = new StringBuilder("SELECT c.* FROM clip c WHERE c.status <> 'DELETED'");
        List<Object> params = new ArrayList<>();
        restrict(scope, sql, params);
        if (search.officer() != null) {
            sql.append(" AND c.officer_collar = ?");
            params.add(search.officer().value());
        }
        if (search.camera() != null) {
            sql.append(" AND c.camera_serial = ?");
            params.add(search.camera().value());
        }
        if (search.unit() != null) {
            sql.append(" AND c.unit_code = ?");
            params.add(search.unit().value());
        }
        window(search.from(), search.to(), sql, params);
        if (search.category() != null) {
            if (search.category().equals(ClipCategories.UNCATEGORISED)) {
                sql.append(" AND c.category IS NULL");
            } else {
                sql.append(" AND c.category = ?");
                params.add(search.category());
            }
        }
        if (search.reference() != null) {
            String ref = search.reference().trim().toUpperCase(Locale.ROOT);
            // One index lookup per kind of reference; an OR across the three columns is a full scan on H2.
            sql.append(" AND c.id IN (SELECT r.id FROM clip r WHERE r.crime_reference = ?"
                    + " UNION ALL SELECT r.id FROM clip r WHERE r.cad_incident = ?"
                    + " UNION ALL SELECT r.id FROM clip r WHERE r.custody_number = ?)");
            params.addAll(List.of(ref, ref, ref));
        }
        if (search.text() != null) {
            String like = "%" + search.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            sql.append(" AND (LOWER(c.title) LIKE ? ESCAPE '\\' OR LOWER(c.notes) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(c.crime_reference) LIKE ? ESCAPE '\\' OR LOWER(c.cad_incident) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(c.custody_number) LIKE ? ESCAPE '\\'"
                    + " OR EXISTS (SELECT 1 FROM clip_bookmark b WHERE b.clip_id = c.id AND LOWER(b.text) LIKE ? ESCAPE '\\'))");
            for (int i = 0; i < 6; i++) {
                params.add(like);
            }
        }
        if (search.place() != null) {
            place(search.place(), search.from(), search.to(), sql, params);
        }
        sql.append(switch (search.sort()) {
            case STARTED_DESC -> " ORDER BY c.started_at DESC, c.id";
            case STARTED_ASC -> " ORDER BY c.started_at, c.id";
            case RECEIVED_DESC -> " ORDER BY c.received_at DESC, c.id";
        });
        sql.append(" LIMIT ? OFFSET ?");
        params.add(search.size() + 1);
        params.add(search.offset());
        return new Query(sql.toString(), params);
    }

    /**
     * Clips of other officers recorded within {@code slack} of {@code clip}'s recording, that the scope allows;
     * at most {@code limit}, nearest start first.
     */
    public List<CataloguedClip> overlapping(CataloguedClip clip, Duration slack, ClipAccessPolicy.ListScope scope,
            int limit) {
        var r = clip.clip().recording();
        Instant from = r.startedAt().minus(slack);
        Instant to = (r.endedAt() == null ? r.startedAt() : r.endedAt()).plus(slack);
        StringBuilder sql = new StringBuilder("SELECT c.* FROM clip c WHERE c.id <> ? AND c.status <> 'DELETED'");
        List<Object> params = new ArrayList<>(List.of(clip.id().value()));
        if (r.officer() != null) {
            sql.append(" AND (c.officer_collar IS NULL OR c.officer_collar <> ?)");
            params.add(r.officer().value());
        }
        restrict(scope, sql, params);
        window(from, to, sql, params);
        sql.append(" ORDER BY c.started_at, c.id LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(Clips::mapCatalogued).list();
    }

    private static void restrict(ClipAccessPolicy.ListScope scope, StringBuilder sql, List<Object> params) {
        switch (scope.scope()) {
            case ALL -> {
            }
            case UNIT -> {
                sql.append(" AND (c.unit_code = ?");
                params.add(scope.unit().value());
                if (scope.collar() != null) {
                    sql.append(" OR c.officer_collar = ?");
                    params.add(scope.collar().value());
                }
                sql.append(")");
            }
            case OWN -> {
                sql.append(" AND c.officer_collar = ?");
                params.add(scope.collar().value());
            }
            case NONE -> sql.append(" AND 1 = 0");
        }
    }

    /** Recordings overlapping [from, to]; one without an end counts as the instant it started. */
    private void window(Instant from, Instant to, StringBuilder sql, List<Object> params) {
        if (to != null) {
            sql.append(" AND c.started_at <= ?");
            params.add(Timestamps.utc(to));
        }
        if (from != null) {
            sql.append(" AND COALESCE(c.ended_at, c.started_at) >= ? AND c.started_at >= ?");
            params.add(Timestamps.utc(from));
            params.add(Timestamps.utc(from.minus(clips.longest())));
        }
    }

    private static void place(Place place, Instant from, Instant to, StringBuilder sql, List<Object> params) {
        Set<Long> cells = GeoGrid.cellsCovering(place);
        // The cells as a table joined to clip_cell, so each is one lookup of (cell, day range) in its primary key:
        // H2 scans the whole index for "cell IN (...) AND bucket_day BETWEEN ...".
        sql.append(" AND c.id IN (SELECT cc.clip_id FROM (VALUES ")
                .append(String.join(", ", java.util.Collections.nCopies(cells.size(), "(CAST(? AS BIGINT))")))
                .append(") AS v (cell) JOIN clip_cell cc ON cc.cell = v.cell WHERE 1 = 1");
        params.addAll(cells);
        if (from != null) {
            sql.append(" AND cc.bucket_day >= ?");
            params.add((int) ClipAnnotations.day(from));
        }
        if (to != null) {
            sql.append(" AND cc.bucket_day <= ?");
            params.add((int) ClipAnnotations.day(to));
        }
        sql.append(")");
        // Exact check: the point's distance to each segment of the track (the last fix pairs with itself, so a
        // track of one fix is a point), on a flat projection around the point, in metres. Constants are doubles
        // computed here, written as literals so the expression needs no repeated parameters.
        String lat = literal(place.latitude());
        String lon = literal(place.longitude());
        String kx = literal(Math.cos(Math.toRadians(place.latitude())) * METRES_PER_DEGREE);
        String ky = literal(METRES_PER_DEGREE);
        String ax = "((a.longitude - " + lon + ") * " + kx + ")";
        String ay = "((a.latitude - " + lat + ") * " + ky + ")";
        String dx = "((COALESCE(b.longitude, a.longitude) - a.longitude) * " + kx + ")";
        String dy = "((COALESCE(b.latitude, a.latitude) - a.latitude) * " + ky + ")";
        String len = "(" + dx + " * " + dx + " + " + dy + " * " + dy + ")";
        String t = "(CASE WHEN " + len + " = 0 THEN 0 ELSE GREATEST(0, LEAST(1, -(" + ax + " * " + dx + " + " + ay + " * "
                + dy + ") / " + len + ")) END)";
        String ex = "(" + ax + " + " + t + " * " + dx + ")";
        String ey = "(" + ay + " + " + t + " * " + dy + ")";
        sql.append(" AND EXISTS (SELECT 1 FROM clip_track_point a LEFT JOIN clip_track_point b ON b.clip_id = a.clip_id")
                .append(" AND b.seq = a.seq + 1 WHERE a.clip_id = c.id AND ")
                .append(ex).append(" * ").append(ex).append(" + ").append(ey).append(" * ").append(ey)
                .append(" <= ").append(literal(place.radiusMetres() * place.radiusMetres())).append(")");
    }

    private static String literal(double value) {
        return "CAST(" + Double.toString(value) + " AS DOUBLE PRECISION)";
    }
}
