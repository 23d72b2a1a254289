package org.custodian.simulator;

import java.nio.file.Path;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** What a player finds in an MP4 file: decodes every frame and every sample, as playback would. */
record Probe(String format, String videoCodec, String audioCodec, int width, int height, double frameRate,
        int videoFrames, double videoSeconds, double audioSeconds) {

    static Probe of(Path file) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            int frames = 0;
            long samples = 0;
            long lastVideo = 0;
            for (Frame frame = grabber.grab(); frame != null; frame = grabber.grab()) {
                if (frame.image != null) {
                    frames++;
                    lastVideo = frame.timestamp;
                }
                if (frame.samples != null) {
                    samples += frame.samples[0].limit() / frame.audioChannels;
                }
            }
            double rate = grabber.getFrameRate();
            return new Probe(grabber.getFormat(), grabber.getVideoCodecName(), grabber.getAudioCodecName(),
                    grabber.getImageWidth(), grabber.getImageHeight(), rate, frames,
                    lastVideo / 1e6 + 1 / rate, (double) samples / grabber.getSampleRate());
        }
    }
}
