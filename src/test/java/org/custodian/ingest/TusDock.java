package org.custodian.ingest;

import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.custodian.ingest.tus.TusClient;
import org.custodian.simulator.ClipFile;
import org.custodian.simulator.Recording;

/**
 * A dock that sends each recording's clip over tus in chunks, each with its SHA-256, and remembers every
 * upload it created, as a resumable client does: sent again (to a restarted server), a recording resumes from
 * the offset the server reports for its upload instead of starting over.
 */
final class TusDock implements Docking.Dock {

    static final int CHUNK = 4 << 20;

    /** Where a recording's upload stood on the server when it was taken up again. */
    record Resumed(String container, long offset, long length) {
    }

    private final Map<String, String> sha256ByContainer;
    private final Map<String, String> uploads = new ConcurrentHashMap<>();
    private final Queue<Resumed> resumed = new ConcurrentLinkedQueue<>();
    private volatile TusClient client;
    private volatile Consumer<String> onAcknowledged = container -> { };

    TusDock(Map<String, String> sha256ByContainer) {
        this.sha256ByContainer = sha256ByContainer;
    }

    /** Sends to the server at {@code port} from now on, telling {@code acknowledged} of each clip it took in. */
    TusDock to(int port, Consumer<String> acknowledged) {
        this.client = new TusClient(port, "admin", KillTestRun.ADMIN_PASSWORD);
        this.onAcknowledged = acknowledged;
        return this;
    }

    @Override
    public void send(Recording recording) throws Exception {
        ClipFile clip = recording.clips().get(0);
        String container = recording.containerName();
        String location = uploads.get(container);
        long offset = 0;
        if (location != null) {
            HttpResponse<String> head = client.head(location);
            expect(head, 200);
            offset = Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
            resumed.add(new Resumed(container, offset, clip.sizeBytes()));
        } else {
            location = create(recording, clip);
            uploads.put(container, location);
        }
        try (RandomAccessFile file = new RandomAccessFile(clip.file().toFile(), "r")) {
            byte[] chunk = new byte[CHUNK];
            while (offset < clip.sizeBytes()) {
                int length = (int) Math.min(CHUNK, clip.sizeBytes() - offset);
                file.seek(offset);
                file.readFully(chunk, 0, length);
                HttpResponse<String> patch = client.patch(location, offset, chunk, 0, length,
                        TusClient.checksum(chunk, 0, length));
                expect(patch, 204);
                offset = Long.parseLong(patch.headers().firstValue("Upload-Offset").orElseThrow());
            }
        }
        onAcknowledged.accept(container);
    }

    /** Uploads taken up again on a restarted server, with the offset it reported. */
    List<Resumed> resumed() {
        return List.copyOf(resumed);
    }

    private String create(Recording recording, ClipFile clip) {
        Map<String, String> metadata = TusClient.clip(recording.camera().serial(), clip.startedAt().toString(),
                clip.stoppedAt().toString());
        metadata.put("officer", recording.officer().collarNumber());
        metadata.put("sha256", sha256ByContainer.get(recording.containerName()));
        HttpResponse<String> created = client.create(clip.sizeBytes(), TusClient.metadata(metadata));
        expect(created, 201);
        return created.headers().firstValue("Location").orElseThrow();
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
