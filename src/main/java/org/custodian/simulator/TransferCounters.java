package org.custodian.simulator;

import java.util.concurrent.atomic.LongAdder;

/** Running totals of one client's transfers, updated from every upload thread at once. */
final class TransferCounters {

    final LongAdder objects = new LongAdder();
    final LongAdder bytes = new LongAdder();
    final LongAdder reauthentications = new LongAdder();
    final LongAdder busyWaits = new LongAdder();
    final LongAdder checksumRefusals = new LongAdder();
    final LongAdder connectionFailures = new LongAdder();
    final LongAdder serverErrors = new LongAdder();

    void delivered(long length) {
        objects.increment();
        bytes.add(length);
    }

    TransferStats snapshot() {
        return new TransferStats(objects.sum(), bytes.sum(), reauthentications.sum(), busyWaits.sum(),
                checksumRefusals.sum(), connectionFailures.sum(), serverErrors.sum());
    }
}
