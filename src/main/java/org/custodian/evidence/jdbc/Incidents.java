package org.custodian.evidence.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodian.evidence.CadIncidentNumber;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.Incident;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents and the clips grouped in each. */
@Repository
public class Incidents {

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Incident incident) {
        jdbc.sql("INSERT INTO incident (id, cad_incident, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?)")
                .params(incident.id(), incident.cadIncident() == null ? null : incident.cadIncident().value(),
                        incident.confirmedBy(), Timestamps.utc(incident.confirmedAt()))
                .update();
        for (ClipId clip : incident.clips()) {
            jdbc.sql("INSERT INTO incident_clip (incident_id, clip_id) VALUES (?, ?)").params(incident.id(), clip.value())
                    .update();
        }
    }

    public Optional<Incident> find(UUID id) {
        List<ClipId> clips = jdbc.sql("SELECT clip_id FROM incident_clip WHERE incident_id = ? ORDER BY clip_id")
                .param(id).query((rs, n) -> new ClipId(rs.getObject(1, UUID.class))).list();
        return jdbc.sql("SELECT * FROM incident WHERE id = ?").param(id)
                .query((rs, n) -> new Incident(id, clips, CadIncidentNumber.of(rs.getString("cad_incident")),
                        rs.getString("confirmed_by"), Timestamps.instant(rs, "confirmed_at")))
                .optional();
    }

    /** The incidents a clip is grouped in. */
    public List<UUID> ofClip(ClipId clip) {
        return jdbc.sql("SELECT incident_id FROM incident_clip WHERE clip_id = ? ORDER BY incident_id").param(clip.value())
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }
}
