package org.custodian.simulator;

/** How hard the footage is to compress, which decides how big a second of it is. */
public enum Grain {

    /** A clean moving test card: tiny files (about 0.3 MB per 10 s at 720p), quick to make. */
    CLEAN(1_000_000),

    /** Sensor noise over the test card, at the bitrate of a real 720p camera (about 4 Mbit/s, 1.8 GB an hour). */
    NOISY(4_000_000);

    private final int videoBitrate;

    Grain(int videoBitrate) {
        this.videoBitrate = videoBitrate;
    }

    int videoBitrate() {
        return videoBitrate;
    }
}
