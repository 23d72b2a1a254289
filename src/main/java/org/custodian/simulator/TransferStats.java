package org.custodian.simulator;

/** What a client has moved so far, and how often it had to try again and why. */
public record TransferStats(long objectsSent, long bytesSent, long reauthentications, long busyWaits,
        long checksumRefusals, long connectionFailures, long serverErrors) {

    public long retries() {
        return reauthentications + busyWaits + checksumRefusals + connectionFailures + serverErrors;
    }
}
