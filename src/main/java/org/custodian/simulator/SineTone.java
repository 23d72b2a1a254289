package org.custodian.simulator;

/** A steady 16-bit tone, handed out in pieces that join without a click. */
final class SineTone {

    private final double step;
    private long position;

    SineTone(int sampleRate, double frequency) {
        this.step = 2 * Math.PI * frequency / sampleRate;
    }

    short[] next(long count) {
        short[] samples = new short[Math.toIntExact(count)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(6000 * Math.sin(step * position++));
        }
        return samples;
    }
}
