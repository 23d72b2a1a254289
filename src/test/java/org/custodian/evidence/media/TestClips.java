package org.custodian.evidence.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.Received;
import org.custodian.ingest.Upload;
import org.custodian.simulator.ClipFactory;
import org.custodian.simulator.Footage;

/** Real recordings for media tests, made in-process, and docked through ingest like a camera's. */
public final class TestClips {

    private TestClips() {
    }

    /** H.264/AAC MP4 from the simulator: 320x240 at 25 fps, a sine tone, as a browser plays it. */
    public static byte[] mp4(String camera, Instant startedAt, Duration length) throws IOException {
        Path file = Files.createTempFile("custodian-test-clip", ".mp4");
        try {
            new ClipFactory(320, 240, 25).write(file, Footage.clean(camera, startedAt, length, 7));
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Motion JPEG in Matroska, no sound: a recording no browser plays as it is. */
    public static byte[] mkvMjpeg(Duration length) throws IOException {
        Path file = Files.createTempFile("custodian-test-clip", ".mkv");
        int width = 320;
        int height = 240;
        int fps = 10;
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            recorder.setFormat("matroska");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
            recorder.setFrameRate(fps);
            recorder.setVideoBitrate(800_000);
            recorder.start();
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            ByteBuffer image = (ByteBuffer) frame.image[0];
            long frames = length.toMillis() * fps / 1000;
            for (int i = 0; i < frames; i++) {
                image.clear();
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        image.put((byte) (x + i * 4)).put((byte) (y + i * 2)).put((byte) (i * 8));
                    }
                }
                image.flip();
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static Received dock(Ingest ingest, String camera, String officer, Instant startedAt, byte[] bytes)
            throws IOException {
        return ingest.receive(new Upload(camera, officer, startedAt, startedAt.plusSeconds(60), "test", null, "clip",
                null, null, Map.of()), new ByteArrayInputStream(bytes), bytes.length);
    }
}
