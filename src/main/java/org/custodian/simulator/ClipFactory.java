package org.custodian.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Makes real, playable test clips in-process: H.264 video (the LGPL FFmpeg build's OpenH264 encoder)
 * and an AAC sine tone in an MP4 file, like a body-worn camera's, with no external tool installed.
 */
public final class ClipFactory implements Filming {

    static final int SAMPLE_RATE = 48_000;
    static final int AAC_FRAME = 1024;
    static final int AUDIO_BITRATE = 64_000;

    static {
        // FFmpeg and OpenH264 chat on stderr at INFO; only errors are worth a reader's attention.
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private final int width;
    private final int height;
    private final int fps;

    public ClipFactory(int width, int height, int fps) {
        if (width < 64 || width > 1920 || width % 8 != 0 || height < 64 || height > 1080 || height % 2 != 0) {
            throw new IllegalArgumentException("Frames must be 64..1920 wide (a multiple of 8) and 64..1080 high"
                    + " (even), not " + width + "x" + height);
        }
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("Frame rate must be 1..60, not " + fps);
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
    }

    /** 1280x720 at 30 fps, what a body-worn camera records. */
    public static ClipFactory hd() {
        return new ClipFactory(1280, 720, 30);
    }

    int fps() {
        return fps;
    }

    @Override
    public ClipFile film(Path file, Footage footage) {
        return write(file, footage);
    }

    /** Writes the footage to the file (replacing it) and returns the clip; removes the file if it fails. */
    public ClipFile write(Path file, Footage footage) {
        int frames = Math.toIntExact(Math.max(1, (footage.length().toNanos() * fps + 500_000_000) / 1_000_000_000));
        try {
            encode(file, footage, frames);
            return new ClipFile(file, Files.size(file), footage.startedAt(),
                    footage.startedAt().plusNanos(frames * 1_000_000_000L / fps));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private void encode(Path file, Footage footage, int frames) throws IOException {
        TestCard card = new TestCard(width, height, fps, footage);
        SineTone tone = new SineTone(SAMPLE_RATE, 330 + Math.floorMod(footage.seed(), 12) * 55);
        Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
        ByteBuffer image = (ByteBuffer) frame.image[0];
        FFmpegFrameRecorder recorder = recorder(file, footage);
        try {
            recorder.start();
            for (int i = 0; i < frames; i++) {
                image.clear();
                image.put(card.paint(i));
                image.flip();
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
                // Audio follows each picture so the muxer never has to hold a long run of one stream.
                short[] samples = tone.next(samplesBefore(i + 1) - samplesBefore(i));
                recorder.recordSamples(SAMPLE_RATE, 1, ShortBuffer.wrap(samples));
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("Could not encode " + file + ": " + e.getMessage(), e);
        } finally {
            recorder.close();
        }
    }

    private FFmpegFrameRecorder recorder(Path file, Footage footage) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 1);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libopenh264");
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        recorder.setGopSize(keyframeInterval(fps));
        recorder.setVideoBitrate(footage.grain().videoBitrate());
        recorder.setVideoOption("threads", "1");
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
        recorder.setSampleRate(SAMPLE_RATE);
        recorder.setAudioChannels(1);
        recorder.setAudioBitrate(AUDIO_BITRATE);
        recorder.setMetadata("comment", "Custodian test footage, camera " + footage.cameraSerial());
        return recorder;
    }

    private long samplesBefore(int frame) {
        return (long) frame * SAMPLE_RATE / fps;
    }

    /**
     * The smallest keyframe interval of at least a second whose span holds a whole number of AAC frames,
     * so a clip can be cut and re-joined at keyframes with its sound staying in step (see BulkFootage).
     */
    static int keyframeInterval(int fps) {
        int frames = fps;
        while ((long) frames * SAMPLE_RATE % ((long) fps * AAC_FRAME) != 0) {
            frames++;
        }
        return frames;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The failure being reported matters more than a leftover partial file.
        }
    }
}
