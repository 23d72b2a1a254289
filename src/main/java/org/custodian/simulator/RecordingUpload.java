package org.custodian.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Docks one recording in the spec's order: the container with its metadata and Status Transferring,
 * each clip (and its key object when encrypted), the GNSS track, the bookmarks, then Status Complete,
 * after which the camera system never touches the container again.
 */
final class RecordingUpload {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private final SwiftExchange exchange;
    private final Capabilities capabilities;
    private final ClipSealer sealer;
    private final Recording recording;
    private final String container;

    RecordingUpload(SwiftExchange exchange, Capabilities capabilities, ClipSealer sealer, Recording recording) {
        this.exchange = exchange;
        this.capabilities = capabilities;
        this.sealer = sealer;
        this.recording = recording;
        this.container = recording.containerName();
    }

    void run() {
        exchange.send("PUT", container, containerMetadata().with("Status", "Transferring").toMap(), ObjectBody.EMPTY);
        for (ClipFile clip : recording.clips()) {
            String name = clip.startedAt().getEpochSecond() + "_" + recording.recordingId() + ".mp4";
            putContent(name, clip.body(), MetaHeaders.object()
                    .withEpoch("StartTime", clip.startedAt()).withIso("StartTimeISO", clip.startedAt())
                    .withEpoch("StopTime", clip.stoppedAt()).withIso("StopTimeISO", clip.stoppedAt())
                    .with("ContainerType", "mp4"));
        }
        if (recording.track() != null && capabilities.has(Capabilities.STORE_GNSS_TRACK)) {
            String name = DATE_TIME.format(recording.startedAt()) + "_" + recording.recordingId() + "_"
                    + recording.camera().serial() + "_gpstrail.json";
            byte[] json = recording.track().toAxisJson(recording.startedAt()).getBytes(StandardCharsets.UTF_8);
            putContent(name, ObjectBody.of(json), MetaHeaders.object().with("FileType", "json"));
        }
        if (capabilities.has(Capabilities.STORE_BOOKMARKS)) {
            int id = 1;
            for (Bookmark bookmark : recording.bookmarks()) {
                exchange.send("PUT", container + "/bookmark_" + bookmark.at().getEpochSecond() + "_" + id++,
                        MetaHeaders.object().with("CategoryID", bookmark.categoryId())
                                .with("CategoryName", bookmark.categoryName()).with("Tags", bookmark.tags())
                                .withIso("StartTime", bookmark.at()).withIso("EndTime", bookmark.endAt()).toMap(),
                        ObjectBody.of(bookmark.text().getBytes(StandardCharsets.UTF_8)));
            }
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

    private void putContent(String name, ObjectBody plain, MetaHeaders metadata) {
        Map<String, String> headers = metadata.toMap();
        if (sealer == null) {
            exchange.send("PUT", container + "/" + name, headers, plain);
            return;
        }
        ClipSealer.Sealed sealed = sealer.seal(plain);
        try {
            exchange.send("PUT", container + "/" + name, headers, sealed.content());
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
