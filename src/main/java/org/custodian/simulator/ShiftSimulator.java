package org.custodian.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Plays a shift end to end: registers every officer and camera, films each officer's clips, then docks
 * them all through the Axis client, one dock per officer and up to {@code concurrency} docks at once, as
 * at shift change. Filming (and hashing each clip for its ETag) comes first, then every upload's requests
 * are made (the GNSS track's JSON among them, a file the camera holds before it docks), so the docking
 * time measures the server rather than the encoder, the client's MD5 or its JSON writer.
 */
public final class ShiftSimulator {

    private final AxisClient client;
    private final Filming filming;
    private final Path workDir;
    private final int concurrency;

    /** Films with a ClipFactory (real encoding) or BulkFootage (camera-sized clips, fast). */
    public ShiftSimulator(AxisClient client, Filming filming, Path workDir, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("At least one dock at a time, not " + concurrency);
        }
        this.client = client;
        this.filming = filming;
        this.workDir = workDir;
        this.concurrency = concurrency;
    }

    public ShiftReport run(Shift shift) {
        List<ShiftPlan.Beat> beats = ShiftPlan.plan(shift);
        for (ShiftPlan.Beat beat : beats) {
            client.registerUser(beat.officer());
            client.registerDevice(beat.camera());
        }
        long filmingStarted = System.nanoTime();
        List<List<Recording>> recordings = inParallel(Math.min(concurrency, Runtime.getRuntime().availableProcessors()),
                beats, this::film);
        Duration filmed = Duration.ofNanos(System.nanoTime() - filmingStarted);

        List<List<RecordingUpload>> uploads = recordings.stream()
                .map(officerRecordings -> officerRecordings.stream().map(client::prepare).toList()).toList();
        TransferStats before = client.stats();
        Outcome outcome = new Outcome();
        long dockingStarted = System.nanoTime();
        inParallel(concurrency, uploads, officerUploads -> dock(officerUploads, outcome));
        Duration docking = Duration.ofNanos(System.nanoTime() - dockingStarted);
        TransferStats after = client.stats();

        int total = recordings.stream().mapToInt(List::size).sum();
        return new ShiftReport(beats.size(), total, outcome.docked.get(), outcome.clips.get(),
                after.bytesSent() - before.bytesSent(), after.retries() - before.retries(),
                new ArrayList<>(outcome.reasons), filmed, docking);
    }

    private List<Recording> film(ShiftPlan.Beat beat) {
        List<Recording> recordings = new ArrayList<>();
        for (ShiftPlan.PlannedRecording planned : beat.recordings()) {
            List<ClipFile> files = new ArrayList<>();
            for (Footage footage : planned.clips()) {
                String name = beat.camera().serial() + "_" + footage.startedAt().getEpochSecond() + ".mp4";
                files.add(filming.film(workDir.resolve(name), footage).withMd5());
            }
            recordings.add(planned.withClips(beat, files));
        }
        return recordings;
    }

    // A dock sends one recording after another; a refused recording does not stop the rest.
    private Void dock(List<RecordingUpload> uploads, Outcome outcome) {
        for (RecordingUpload upload : uploads) {
            Recording recording = upload.recording();
            try {
                upload.run();
                outcome.docked.incrementAndGet();
                outcome.clips.addAndGet(recording.clips().size());
            } catch (DeliveryRefusedException | DeliveryFailedException e) {
                outcome.reasons.add(recording.containerName() + ": " + e.getMessage());
            }
        }
        return null;
    }

    private static final class Outcome {
        private final AtomicInteger docked = new AtomicInteger();
        private final AtomicInteger clips = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> reasons = new ConcurrentLinkedQueue<>();
    }

    private static <T, R> List<R> inParallel(int threads, List<T> items, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> work.apply(item))).toList();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Simulation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
