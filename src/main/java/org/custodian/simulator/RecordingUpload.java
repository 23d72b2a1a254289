package org.custodian.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Docks one recording in the spec's order: the container with its metadata and Status Transferring,
 * each clip (and its key object when encrypted), the GNSS track, the bookmarks, then Status Complete,
 * after which the camera system never touches the container again. Every request's headers and the track
 * and bookmark bodies are made when the upload is prepared, as a camera holds its track file before it
 * docks, so {@link #run()} only sends.
 */
final class RecordingUpload {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private final SwiftExchange exchange;
    private final ClipSealer sealer;
    private final Recording recording;
    private final String container;
    private final Map<String, String> transferring;
    private final List<Content> clips;
    private final Content track;
    private final List<Content> bookmarks;

    /** An object to send: its name in the container, its headers and its body. */
    private record Content(String name, Map<String, String> headers, ObjectBody body) {
    }

    RecordingUpload(SwiftExchange exchange, Capabilities capabilities, ClipSealer sealer, Recording recording) {
        this.exchange = exchange;
        this.sealer = sealer;
        this.recording = recording;
        this.container = recording.containerName();
        this.transferring = containerMetadata().with("Status", "Transferring").toMap();
        this.clips = recording.clips().stream().map(clip -> clipContent(recording, clip)).toList();
        this.track = recording.track() != null && capabilities.has(Capabilities.STORE_GNSS_TRACK)
                ? trackContent(recording) : null;
        this.bookmarks = capabilities.has(Capabilities.STORE_BOOKMARKS) ? bookmarkContents(recording) : List.of();
    }

    private static Content clipContent(Recording recording, ClipFile clip) {
        return new Content(clip.startedAt().getEpochSecond() + "_" + recording.recordingId() + ".mp4",
                MetaHeaders.object().withEpoch("StartTime", clip.startedAt()).withIso("StartTimeISO", clip.startedAt())
                        .withEpoch("StopTime", clip.stoppedAt()).withIso("StopTimeISO", clip.stoppedAt())
                        .with("ContainerType", "mp4").toMap(),
                clip.body());
    }

    private static Content trackContent(Recording recording) {
        String name = DATE_TIME.format(recording.startedAt()) + "_" + recording.recordingId() + "_"
                + recording.camera().serial() + "_gpstrail.json";
        byte[] json = recording.track().toAxisJson(recording.startedAt()).getBytes(StandardCharsets.UTF_8);
        return new Content(name, MetaHeaders.object().with("FileType", "json").toMap(), ObjectBody.of(json));
    }

    private static List<Content> bookmarkContents(Recording recording) {
        List<Content> marks = new ArrayList<>();
        for (Bookmark bookmark : recording.bookmarks()) {
            marks.add(new Content("bookmark_" + bookmark.at().getEpochSecond() + "_" + (marks.size() + 1),
                    MetaHeaders.object().with("CategoryID", bookmark.categoryId())
                            .with("CategoryName", bookmark.categoryName()).with("Tags", bookmark.tags())
                            .withIso("StartTime", bookmark.at()).withIso("EndTime", bookmark.endAt()).toMap(),
                    ObjectBody.of(bookmark.text().getBytes(StandardCharsets.UTF_8))));
        }
        return List.copyOf(marks);
    }

    Recording recording() {
        return recording;
    }

    void run() {
        exchange.send("PUT", container, transferring, ObjectBody.EMPTY);
        for (Content clip : clips) {
            putContent(clip);
        }
        if (track != null) {
            putContent(track);
        }
        for (Content bookmark : bookmarks) {
            exchange.send("PUT", container + "/" + bookmark.name(), bookmark.headers(), bookmark.body());
        }
        exchange.send("POST", container, MetaHeaders.container().with("Status", "Complete").toMap(), ObjectBody.EMPTY);
    }

    private MetaHeaders containerMetadata() {
        return MetaHeaders.container()
                .with("BWCSerialNumber", recording.camera().serial())
                .with("SCUSerialNumber", recording.dockSerial())
                .with("FirmwareVersion", recording.camera().firmware())
                .with("UserID", recording.officer().userId().toString())
                .with("TriggerOn", "Button")
                .with("TriggerOff", "Button")
                .withEpoch("TriggerOnTime", recording.triggerOn())
                .withIso("TriggerOnTimeISO", recording.triggerOn())
                .withEpoch("TriggerOffTime", recording.triggerOff())
                .withIso("TriggerOffTimeISO", recording.triggerOff())
                .with("TriggerOnLocation", recording.track() == null ? null : location(recording.track().first()))
                .with("TriggerOffLocation", recording.track() == null ? null : location(recording.track().last()))
                .with("BWCModel", recording.camera().model());
    }

    // The spec gives <lat><long><accuracy><epoch> without a separator; commas keep the parts apart.
    private static String location(Fix fix) {
        return String.format(Locale.ROOT, "%.6f,%.6f,5,%d", fix.latitude(), fix.longitude(), fix.at().getEpochSecond());
    }

    private void putContent(Content content) {
        String name = content.name();
        if (sealer == null) {
            exchange.send("PUT", container + "/" + name, content.headers(), content.body());
            return;
        }
        ClipSealer.Sealed sealed = sealer.seal(content.body());
        try {
            exchange.send("PUT", container + "/" + name, content.headers(), sealed.content());
            exchange.send("PUT", container + "/" + name.substring(0, name.lastIndexOf('.')) + ".key", Map.of(),
                    sealed.keyObject());
        } finally {
            deleteSealedCopy(sealed.content());
        }
    }

    private static void deleteSealedCopy(ObjectBody content) {
        try {
            if (content.file() != null) {
                Files.deleteIfExists(content.file());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
