package org.custodian.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.custodian.evidence.Bookmark;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.springframework.stereotype.Component;

/** The one way footage enters Custodian. */
@Component
public class Ingest {

    public Received receive(Upload upload, InputStream body, long declaredLength) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    public void check(Upload upload, long declaredLength) {
        throw new UnsupportedOperationException("not yet");
    }

    public UploadSlot acquireSlot() {
        throw new UnsupportedOperationException("not yet");
    }

    public void attachTrack(ClipId clip, List<TrackPoint> points) {
        throw new UnsupportedOperationException("not yet");
    }

    public void attachBookmark(ClipId clip, Bookmark bookmark) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<ClipSummary> clip(ClipId id) {
        throw new UnsupportedOperationException("not yet");
    }
}
