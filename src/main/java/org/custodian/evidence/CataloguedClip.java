package org.custodian.evidence;

import java.util.Objects;

import org.custodian.fleet.UnitCode;

/** A clip with what the catalogue says of it: its metadata and the unit it belongs to (null: no officer's). */
public record CataloguedClip(Clip clip, ClipMetadata metadata, UnitCode unit) {

    public CataloguedClip {
        Objects.requireNonNull(clip, "clip");
        metadata = metadata == null ? ClipMetadata.NONE : metadata;
    }

    public ClipId id() {
        return clip.id();
    }
}
