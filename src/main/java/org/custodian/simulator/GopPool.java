package org.custodian.simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The encoded packets of a clip cut into groups of pictures, each a keyframe and what follows it plus the
 * sound of the same span. Because ClipFactory puts keyframes where the sound has a whole number of AAC
 * frames, groups can be replayed in any order with both streams staying in step.
 */
final class GopPool implements AutoCloseable {

    record Packet(boolean video, long pts, long dts, long duration, int flags, byte[] data) {
    }

    record Gop(List<Packet> packets, long bytes) {
    }

    private final FFmpegFrameGrabber grabber;
    private final List<Gop> gops;
    private final long videoSpan;
    private final long audioSpan;
    private final int videoStream;
    private final int audioStream;

    private GopPool(FFmpegFrameGrabber grabber, int framesPerGop, int fps) throws FrameGrabber.Exception {
        this.grabber = grabber;
        this.videoStream = grabber.getVideoStream();
        this.audioStream = grabber.getAudioStream();
        this.videoSpan = ticks(framesPerGop, fps, videoStream);
        this.audioSpan = ticks(framesPerGop, fps, audioStream);
        this.gops = cut(grabber.getLengthInVideoFrames() / framesPerGop);
    }

    static GopPool read(Path clip, int framesPerGop, int fps) throws FrameGrabber.Exception {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile());
        grabber.start();
        return new GopPool(grabber, framesPerGop, fps);
    }

    List<Gop> gops() {
        return gops;
    }

    /** How far one group moves a stream's clock, in that stream's time base. */
    long span(boolean video) {
        return video ? videoSpan : audioSpan;
    }

    int streamIndex(boolean video) {
        return video ? videoStream : audioStream;
    }

    /** The source's format context: the remuxer maps streams and time bases from it. */
    AVFormatContext formatContext() {
        return grabber.getFormatContext();
    }

    private long ticks(int frames, int fps, int stream) {
        AVRational base = grabber.getFormatContext().streams(stream).time_base();
        return avutil.av_rescale_q(frames, avutil.av_make_q(1, fps), base);
    }

    private List<Gop> cut(int count) throws FrameGrabber.Exception {
        List<List<Packet>> groups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        for (AVPacket packet = grabber.grabPacket(); packet != null; packet = grabber.grabPacket()) {
            boolean video = packet.stream_index() == videoStream;
            long span = video ? videoSpan : audioSpan;
            // The AAC encoder's priming packet (negative time) and any tail shorter than a group are left out.
            if (packet.pts() >= 0 && packet.pts() / span < count
                    && (video || packet.stream_index() == audioStream)) {
                byte[] data = new byte[packet.size()];
                packet.data().get(data);
                long origin = packet.pts() / span * span;
                groups.get((int) (packet.pts() / span)).add(new Packet(video, packet.pts() - origin,
                        packet.dts() - origin, packet.duration(), packet.flags(), data));
            }
            avcodec.av_packet_unref(packet);
        }
        for (List<Packet> group : groups) {
            if (group.stream().filter(Packet::video).findFirst().map(p -> (p.flags() & avcodec.AV_PKT_FLAG_KEY) == 0)
                    .orElse(true)) {
                throw new IllegalStateException("The encoder put keyframes off the " + count + "-group grid");
            }
        }
        return groups.stream()
                .map(packets -> new Gop(List.copyOf(packets), packets.stream().mapToLong(p -> p.data().length).sum()))
                .toList();
    }

    @Override
    public void close() throws FrameGrabber.Exception {
        grabber.close();
    }
}
