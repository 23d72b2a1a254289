package org.custodian.evidence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodian.evidence.CadIncidentNumber;
import org.custodian.evidence.CataloguedClip;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipMetadata;
import org.custodian.evidence.CrimeReference;
import org.custodian.evidence.CustodyNumber;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipStatus;
import org.custodian.evidence.Provenance;
import org.custodian.evidence.QuarantineReview;
import org.custodian.evidence.Recording;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.shared.Sha256;
import org.custodian.shared.jdbc.Timestamps;
import org.custodian.storage.BlobKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Clips and their wrapped data keys. */
@Repository
public class Clips {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    Clips(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the clip and its wrapped key.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a clip with the same {@link Clip#dedupKey()}
     *         exists (the same bytes again): the unique column decides, so two racing uploads cannot both win
     */
    public void insert(Clip clip, byte[] wrappedKey, UnitCode unit) {
        Recording r = clip.recording();
        Provenance p = clip.provenance();
        jdbc.sql("""
                INSERT INTO clip (id, sha256, size_bytes, status, device_sha256, dedup_key, camera_serial, officer_collar,
                                  started_at, ended_at, clock_offset_ms, source, source_reference, file_name,
                                  source_metadata, blob_key, received_at, unit_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(clip.id().value(), clip.sha256().hex(), clip.sizeBytes(), clip.status().name(),
                        clip.deviceSha256() == null ? null : clip.deviceSha256().hex(), clip.dedupKey(),
                        r.camera().value(), r.officer() == null ? null : r.officer().value(),
                        Timestamps.utc(r.startedAt()), Timestamps.utc(r.endedAt()),
                        r.clockOffset() == null ? null : r.clockOffset().toMillis(), p.source(), p.reference(),
                        p.fileName(), p.metadata().isEmpty() ? null : JSON.writeValueAsString(p.metadata()),
                        clip.blobKey().value(), Timestamps.utc(clip.receivedAt()), unit == null ? null : unit.value())
                .update();
        if (r.endedAt() != null) {
            long millis = java.time.Duration.between(r.startedAt(), r.endedAt()).toMillis();
            jdbc.sql("UPDATE clip_longest SET millis = ? WHERE id = 1 AND millis < ?").params(millis, millis).update();
        }
        jdbc.sql("INSERT INTO clip_key (clip_id, wrapped_key) VALUES (?, ?)").params(clip.id().value(), wrappedKey)
                .update();
    }

    public Optional<Clip> find(ClipId id) {
        return jdbc.sql("SELECT * FROM clip WHERE id = ?").param(id.value()).query(Clips::map).optional();
    }

    /** The clip with what the catalogue says of it. */
    public Optional<CataloguedClip> findCatalogued(ClipId id) {
        return jdbc.sql("SELECT * FROM clip WHERE id = ?").param(id.value()).query(Clips::mapCatalogued).optional();
    }

    public void updateMetadata(ClipId id, ClipMetadata m) {
        jdbc.sql("""
                UPDATE clip SET category = ?, title = ?, cad_incident = ?, crime_reference = ?, custody_number = ?, notes = ?
                WHERE id = ?
                """).params(m.category(), m.title(), text(m.cadIncident()), text(m.crimeReference()),
                        text(m.custodyNumber()), m.notes(), id.value())
                .update();
    }

    /** The longest recording held, which bounds how early a clip overlapping a window can have started. */
    public Duration longest() {
        return Duration.ofMillis(jdbc.sql("SELECT millis FROM clip_longest WHERE id = 1").query(Long.class).optional()
                .orElse(0L));
    }

    public Optional<Clip> findByDedupKey(String dedupKey) {
        return jdbc.sql("SELECT * FROM clip WHERE dedup_key = ?").param(dedupKey).query(Clips::map).optional();
    }

    /** The camera's clips, newest recording first; only {@code officer}'s when it is given. */
    public List<Clip> ofCamera(CameraSerial camera, CollarNumber officer, int limit, long offset) {
        String mine = officer == null ? "" : " AND officer_collar = ?";
        List<Object> params = new java.util.ArrayList<>(List.of(camera.value()));
        if (officer != null) {
            params.add(officer.value());
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT * FROM clip WHERE camera_serial = ? AND status <> 'DELETED'" + mine
                + " ORDER BY started_at DESC, id LIMIT ? OFFSET ?").params(params).query(Clips::map).list();
    }

    /** The officer's clips, newest recording first. */
    public List<Clip> ofOfficer(CollarNumber officer, int limit, long offset) {
        return jdbc.sql("SELECT * FROM clip WHERE officer_collar = ? AND status <> 'DELETED' ORDER BY started_at DESC, id LIMIT ? OFFSET ?")
                .params(officer.value(), limit, offset).query(Clips::map).list();
    }

    /** The clips received last, newest first; only those in {@code status} when it is given. */
    public List<Clip> newestReceived(ClipStatus status, int limit) {
        return status == null
                ? jdbc.sql("SELECT * FROM clip WHERE status <> 'DELETED' ORDER BY received_at DESC, id LIMIT ?").param(limit).query(Clips::map).list()
                : jdbc.sql("SELECT * FROM clip WHERE status = ? ORDER BY received_at DESC, id LIMIT ?")
                        .params(status.name(), limit).query(Clips::map).list();
    }

    /**
     * Records a clip's quarantine review: only the status and the review change, never the device's claim or
     * the dedup key. Returns false when the clip had been reviewed meanwhile.
     */
    public boolean review(Clip clip) {
        QuarantineReview review = clip.review();
        return jdbc.sql("""
                UPDATE clip SET status = ?, quarantine_decision = ?, quarantine_reviewed_by = ?,
                                quarantine_reviewed_at = ?, quarantine_review_reason = ?
                WHERE id = ? AND status = 'QUARANTINED' AND quarantine_decision IS NULL
                """)
                .params(clip.status().name(), review.decision().name(), review.reviewedBy(),
                        Timestamps.utc(review.reviewedAt()), review.reason(), clip.id().value())
                .update() == 1;
    }

    public Optional<byte[]> wrappedKey(ClipId id) {
        return jdbc.sql("SELECT wrapped_key FROM clip_key WHERE clip_id = ?").param(id.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Deletes the wrapped keys of {@code ids}; returns how many there were. */
    public int deleteKeys(List<ClipId> ids) {
        return ids.isEmpty() ? 0
                : jdbc.sql("DELETE FROM clip_key WHERE clip_id IN (:ids)").param("ids", values(ids)).update();
    }

    /** The dedup keys are freed (the same bytes docked again are a new clip), the rest of the rows kept. */
    public void markDeleted(List<ClipId> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE clip SET status = 'DELETED', dedup_key = CONCAT('deleted/', CAST(id AS VARCHAR(36)))"
                    + " WHERE id IN (:ids)").param("ids", values(ids)).update();
        }
    }

    /** The clips of {@code ids} that exist, in no particular order. */
    public List<Clip> findAll(List<ClipId> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql("SELECT * FROM clip WHERE id IN (:ids)").param("ids", values(ids)).query(Clips::map).list();
    }

    static List<UUID> values(List<ClipId> ids) {
        return ids.stream().map(ClipId::value).toList();
    }

    public boolean references(BlobKey key) {
        return jdbc.sql("SELECT COUNT(*) FROM clip WHERE blob_key = ?").param(key.value()).query(Long.class)
                .single() > 0;
    }

    static CataloguedClip mapCatalogued(ResultSet rs, int row) throws SQLException {
        String unit = rs.getString("unit_code");
        ClipMetadata metadata = new ClipMetadata(rs.getString("category"), rs.getString("title"),
                CadIncidentNumber.of(rs.getString("cad_incident")), CrimeReference.of(rs.getString("crime_reference")),
                CustodyNumber.of(rs.getString("custody_number")), rs.getString("notes"));
        return new CataloguedClip(map(rs, row), metadata, unit == null ? null : UnitCode.of(unit));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Clip map(ResultSet rs, int row) throws SQLException {
        String officer = rs.getString("officer_collar");
        long offset = rs.getLong("clock_offset_ms");
        Duration clockOffset = rs.wasNull() ? null : Duration.ofMillis(offset);
        Recording recording = new Recording(CameraSerial.of(rs.getString("camera_serial")),
                officer == null ? null : CollarNumber.of(officer), Timestamps.instant(rs, "started_at"),
                Timestamps.instant(rs, "ended_at"), clockOffset);
        String metadata = rs.getString("source_metadata");
        Provenance provenance = new Provenance(rs.getString("source"), rs.getString("source_reference"),
                rs.getString("file_name"), metadata == null ? Map.of() : JSON.readValue(metadata, METADATA));
        String device = rs.getString("device_sha256");
        return new Clip(new ClipId(rs.getObject("id", UUID.class)), Sha256.of(rs.getString("sha256")),
                rs.getLong("size_bytes"), ClipStatus.valueOf(rs.getString("status")),
                device == null ? null : Sha256.of(device), recording, provenance, BlobKey.of(rs.getString("blob_key")),
                Timestamps.instant(rs, "received_at"), review(rs));
    }

    private static QuarantineReview review(ResultSet rs) throws SQLException {
        String decision = rs.getString("quarantine_decision");
        return decision == null ? null : new QuarantineReview(QuarantineReview.Decision.valueOf(decision),
                rs.getString("quarantine_reviewed_by"), Timestamps.instant(rs, "quarantine_reviewed_at"),
                rs.getString("quarantine_review_reason"));
    }
}
