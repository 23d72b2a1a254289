package org.custodian.ingest;

import java.util.List;

import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipStatus;
import org.springframework.stereotype.Component;

/** What docking has brought in lately, and how many bodies are streaming in right now. */
@Component
public class ReceivedClips {

    private final ClipCatalogue catalogue;
    private final UploadSlots slots;
    private final IngestProperties properties;

    ReceivedClips(ClipCatalogue catalogue, UploadSlots slots, IngestProperties properties) {
        this.catalogue = catalogue;
        this.slots = slots;
        this.properties = properties;
    }

    /** The clips received last, whatever their status, newest first. */
    public List<ClipSummary> newest(int limit) {
        return catalogue.newestReceived(null, limit).stream().map(ClipSummary::of).toList();
    }

    /** Clips whose bytes do not hash to what their device claimed, newest first. */
    public List<ClipSummary> quarantined(int limit) {
        return catalogue.newestReceived(ClipStatus.QUARANTINED, limit).stream().map(ClipSummary::of).toList();
    }

    public int streamingNow() {
        return slots.inUse();
    }

    /** Beyond this many bodies at once, sources are told to come back later (503). */
    public int streamingLimit() {
        return properties.maxConcurrentUploads();
    }
}
