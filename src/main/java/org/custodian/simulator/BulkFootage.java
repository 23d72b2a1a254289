package org.custodian.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Camera-sized clips made fast: five seconds of noisy 720p footage are encoded once, and each big clip is a
 * seeded shuffle of its groups of pictures remuxed (not re-encoded) into a new MP4. Every file is real,
 * playable H.264/AAC at a real camera's bitrate, and no two seeds give the same bytes; only the picture
 * repeats, which is what makes it thousands of times faster than encoding.
 */
public final class BulkFootage implements AutoCloseable {

    private static final int POOL_GOPS = 5;

    private final Path poolFile;
    private final GopPool pool;
    private final Duration gopLength;

    private BulkFootage(Path poolFile, GopPool pool, Duration gopLength) {
        this.poolFile = poolFile;
        this.pool = pool;
        this.gopLength = gopLength;
    }

    /** Encodes the source footage into the work folder; close() removes it. */
    public static BulkFootage prepare(Path workDir, long seed) {
        ClipFactory factory = ClipFactory.hd();
        int gop = ClipFactory.keyframeInterval(factory.fps());
        Duration gopLength = Duration.ofNanos(gop * 1_000_000_000L / factory.fps());
        // Not named .mp4, so that a folder of clips holds only the clips while this exists.
        Path poolFile = workDir.resolve("bulk-source-" + seed + ".pool");
        factory.write(poolFile, new Footage("BULK " + seed, Instant.EPOCH, gopLength.multipliedBy(POOL_GOPS), seed,
                Grain.NOISY));
        try {
            return new BulkFootage(poolFile, GopPool.read(poolFile, gop, factory.fps()), gopLength);
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException("Could not read back " + poolFile, e);
        }
    }

    /** Films every clip at this size, whatever length the footage asks for; serial, start and seed are kept. */
    public Filming ofSize(long minBytes) {
        return (file, footage) -> write(file, minBytes, footage.cameraSerial(), footage.startedAt(), footage.seed());
    }

    /** The bitrate of the clips, which decides how long a clip of a given size lasts. */
    public static int bitsPerSecond() {
        return Grain.NOISY.videoBitrate() + ClipFactory.AUDIO_BITRATE;
    }

    /** Writes a clip of at least the given size (whole groups of pictures) and returns it. */
    public ClipFile write(Path file, long minBytes, String cameraSerial, Instant startedAt, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GopPool.Gop> gops = pool.gops();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1280, 720, 1);
        recorder.setFormat("mp4");
        recorder.setMetadata("comment", "Custodian test footage, camera " + cameraSerial + ", seed " + seed);
        AVPacket packet = avcodec.av_packet_alloc();
        long written = 0;
        int groups = 0;
        try {
            recorder.start(pool.formatContext());
            for (; written < minBytes || groups == 0; groups++) {
                GopPool.Gop gop = gops.get(random.nextInt(gops.size()));
                for (GopPool.Packet source : gop.packets()) {
                    copy(source, groups * pool.span(source.video()), packet);
                    recorder.recordPacket(packet);
                }
                written += gop.bytes();
            }
            recorder.stop();
            return new ClipFile(file, Files.size(file), startedAt, startedAt.plus(gopLength.multipliedBy(groups)));
        } catch (FrameRecorder.Exception e) {
            throw new IllegalStateException("Could not write " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            avcodec.av_packet_free(packet);
            closeQuietly(recorder);
        }
    }

    private void copy(GopPool.Packet source, long offset, AVPacket target) {
        avcodec.av_new_packet(target, source.data().length);
        target.data().put(source.data());
        target.stream_index(pool.streamIndex(source.video()));
        target.pts(source.pts() + offset);
        target.dts(source.dts() + offset);
        target.duration(source.duration());
        target.flags(source.flags());
    }

    private static void closeQuietly(FFmpegFrameRecorder recorder) {
        try {
            recorder.close();
        } catch (FrameRecorder.Exception ignored) {
            // Already stopped, or failing for a reason reported above.
        }
    }

    @Override
    public void close() throws IOException {
        try {
            pool.close();
        } catch (FrameGrabber.Exception e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(poolFile);
        }
    }
}
