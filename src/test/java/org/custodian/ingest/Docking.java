package org.custodian.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.custodian.simulator.AxisClient;
import org.custodian.simulator.Recording;

/**
 * Every officer's camera in a dock of its own, all docking at once as at shift change: each dock sends its
 * recordings one after another and carries on past a recording that failed, as a dock controller does.
 */
final class Docking {

    /** How a dock sends one recording: over the Axis API, or over tus. Throws when it could not. */
    @FunctionalInterface
    interface Dock {
        void send(Recording recording) throws Exception;
    }

    private final ExecutorService docks;
    private final Set<String> docked = ConcurrentHashMap.newKeySet();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    private Docking(int beats) {
        this.docks = Executors.newFixedThreadPool(beats);
    }

    static Docking start(AxisClient client, List<DockingShift.Beat> beats) {
        return start(beats, client::upload);
    }

    static Docking start(List<DockingShift.Beat> beats, Dock dock) {
        Docking docking = new Docking(beats.size());
        for (DockingShift.Beat beat : beats) {
            docking.docks.submit(() -> docking.dock(dock, beat.recordings()));
        }
        docking.docks.shutdown();
        return docking;
    }

    private void dock(Dock dock, List<Recording> recordings) {
        for (Recording recording : recordings) {
            try {
                dock.send(recording);
                docked.add(recording.containerName());
            } catch (Exception e) {
                failures.add(recording.containerName() + ": " + e.getMessage());
            }
        }
    }

    boolean finished() {
        return docks.isTerminated();
    }

    /** Waits for every dock to finish; false if one is still sending after the timeout. */
    boolean await(Duration timeout) throws InterruptedException {
        if (docks.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        docks.shutdownNow();
        return false;
    }

    /** Recordings docked whole, ending with Status Complete acknowledged. */
    Set<String> docked() {
        return Set.copyOf(docked);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }
}
