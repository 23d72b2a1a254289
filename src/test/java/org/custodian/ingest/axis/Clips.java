package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.custodian.evidence.Bookmark;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.custodian.ingest.ClipSummary;
import org.custodian.ingest.Ingest;
import org.custodian.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * What Custodian holds for a camera: listed as anyone would ({@code GET /api/v1/clips?camera=SERIAL}),
 * each clip then as the ingest core reports it, with its track and bookmarks.
 */
final class Clips {

    private final int port;
    private final ClipCatalogue catalogue;
    private final Ingest ingest;

    Clips(int port, ClipCatalogue catalogue, Ingest ingest) {
        this.port = port;
        this.catalogue = catalogue;
        this.ingest = ingest;
    }

    List<ClipSummary> ofCamera(String serial) {
        Api.Response response = Api.at(port).admin().get("/api/v1/clips?camera=" + serial);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<ClipSummary> clips = new ArrayList<>();
        for (JsonNode clip : response.json()) {
            clips.add(ingest.clip(ClipId.parse(clip.get("id").asString())).orElseThrow());
        }
        return clips;
    }

    List<TrackPoint> track(ClipId clip) {
        return catalogue.track(clip);
    }

    List<Bookmark> bookmarks(ClipId clip) {
        return catalogue.bookmarks(clip);
    }
}
