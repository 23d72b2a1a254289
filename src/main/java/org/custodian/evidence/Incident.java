package org.custodian.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.custodian.shared.InvalidValueException;

/**
 * Clips of several officers at the same incident, grouped by a person who looked at them: the catalogue only
 * suggests which clips overlap in time and place, a person confirms.
 */
public record Incident(UUID id, List<ClipId> clips, CadIncidentNumber cadIncident, String confirmedBy,
        Instant confirmedAt) {

    public static final int MAX_CLIPS = 500;

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        clips = clips == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(clips));
        if (clips.size() < 2) {
            throw new InvalidValueException("An incident groups at least two different clips");
        }
        if (clips.size() > MAX_CLIPS) {
            throw new InvalidValueException("An incident groups at most " + MAX_CLIPS + " clips");
        }
    }
}
