package org.custodian.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A ten-hour shift to simulate: how many officers, how many clips each records (grouped into recordings
 * of up to {@code clipsPerRecording}), how long each clip is, what the footage looks like, and a seed
 * from which everyone's names, cameras, times, routes and pictures follow.
 */
public record Shift(int officers, int clipsPerOfficer, int clipsPerRecording, Duration clipLength, Instant start,
        Grain grain, long seed) {

    public static final Duration LENGTH = Duration.ofHours(10);

    public Shift {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(grain, "grain");
        if (officers < 1 || officers > 100_000 || clipsPerOfficer < 1 || clipsPerRecording < 1) {
            throw new IllegalArgumentException("A shift needs 1..100000 officers recording at least one clip each");
        }
        if (clipLength == null || clipLength.compareTo(Duration.ofSeconds(1)) < 0
                || clipLength.multipliedBy(clipsPerOfficer).compareTo(LENGTH.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("Clips last at least a second and fill at most half of a "
                    + LENGTH.toHours() + "-hour shift, not " + clipsPerOfficer + " x " + clipLength);
        }
    }

    /** A shift that ended an hour before the given moment, so every recording lies in the past. */
    public static Shift endingBefore(Instant now, int officers, int clipsPerOfficer, Duration clipLength, long seed) {
        Instant start = now.minus(LENGTH).minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        return new Shift(officers, clipsPerOfficer, 1, clipLength, start, Grain.CLEAN, seed);
    }

    public Shift withClipsPerRecording(int clips) {
        return new Shift(officers, clipsPerOfficer, clips, clipLength, start, grain, seed);
    }

    public Shift withGrain(Grain footageGrain) {
        return new Shift(officers, clipsPerOfficer, clipsPerRecording, clipLength, start, footageGrain, seed);
    }

    int recordingsPerOfficer() {
        return (clipsPerOfficer + clipsPerRecording - 1) / clipsPerRecording;
    }
}
