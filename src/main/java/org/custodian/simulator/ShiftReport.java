package org.custodian.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a simulated shift achieved: recordings and clips docked, bytes moved, how often the client had to
 * retry, what failed and why, and how long filming and docking took.
 */
public record ShiftReport(int officers, int recordings, int recordingsDocked, int clipsDocked, long bytesSent,
        long retries, List<String> failures, Duration filming, Duration docking) {

    public ShiftReport {
        failures = List.copyOf(failures);
    }

    public double megabytesPerSecond() {
        return docking.isZero() ? 0 : bytesSent / 1e6 / (docking.toNanos() / 1e9);
    }

    public boolean complete() {
        return failures.isEmpty() && recordingsDocked == recordings;
    }

    public String summary() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Shift of %d officers: %d of %d recordings docked (%d clips, %.1f MB) in %.1f s, %.1f MB/s;"
                        + " %d retries; footage made in %.1f s",
                officers, recordingsDocked, recordings, clipsDocked, bytesSent / 1e6, docking.toMillis() / 1000.0,
                megabytesPerSecond(), retries, filming.toMillis() / 1000.0));
        failures.forEach(failure -> text.append(System.lineSeparator()).append("FAILED ").append(failure));
        return text.toString();
    }

    public String toJson() {
        return String.format(Locale.ROOT, "{\"officers\":%d,\"recordings\":%d,\"recordings_docked\":%d,"
                + "\"clips_docked\":%d,\"bytes_sent\":%d,\"retries\":%d,\"failures\":%d,\"filming_s\":%.3f,"
                + "\"docking_s\":%.3f,\"mb_per_s\":%.1f}", officers, recordings, recordingsDocked, clipsDocked,
                bytesSent, retries, failures.size(), filming.toNanos() / 1e9, docking.toNanos() / 1e9,
                megabytesPerSecond());
    }
}
