package org.custodian.ingest.axis;

import java.util.List;

import org.custodian.evidence.Bookmark;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.custodian.fleet.CameraSerial;
import org.custodian.ingest.ClipSummary;
import org.custodian.ingest.Ingest;

/** What Custodian holds for a camera, as the ingest core reports it. */
final class Clips {

    private final ClipCatalogue catalogue;
    private final Ingest ingest;

    Clips(ClipCatalogue catalogue, Ingest ingest) {
        this.catalogue = catalogue;
        this.ingest = ingest;
    }

    List<ClipSummary> ofCamera(String serial) {
        return catalogue.ofCamera(CameraSerial.of(serial), null, 100, 0).stream()
                .map(clip -> ingest.clip(clip.id()).orElseThrow()).toList();
    }

    List<TrackPoint> track(ClipId clip) {
        return catalogue.track(clip);
    }

    List<Bookmark> bookmarks(ClipId clip) {
        return catalogue.bookmarks(clip);
    }
}
