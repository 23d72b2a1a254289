package org.custodian.evidence.media;

import java.io.IOException;
import java.io.OutputStream;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * A copy of a clip that browsers play: H.264 (the LGPL FFmpeg build's OpenH264 encoder) with AAC sound in
 * MP4. The copy is written as fragmented MP4, which needs no seeking back to finish, so it can stream
 * straight through encryption into the store without a plaintext file anywhere.
 */
final class Rendition {

    private Rendition() {
    }

    /** Re-encodes everything {@code source} (freshly opened) yields into {@code out}. */
    static void transcode(FFmpegFrameGrabber source, MediaFacts facts, OutputStream out) throws IOException {
        // YUV 4:2:0 needs even dimensions; the recorder scales each picture to its own size.
        int width = Math.max(2, source.getImageWidth() & ~1);
        int height = Math.max(2, source.getImageHeight() & ~1);
        boolean audio = source.hasAudio() && source.getAudioChannels() > 0;
        double rate = facts.frameRate() == null ? 25 : facts.frameRate();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out, width, height, audio ? source.getAudioChannels() : 0);
        recorder.setFormat("mp4");
        recorder.setOption("movflags", "frag_keyframe+empty_moov+default_base_moof");
        recorder.setVideoCodecName("libopenh264");
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(rate);
        recorder.setGopSize((int) Math.max(1, Math.round(rate)));
        recorder.setVideoBitrate(Math.max(500_000, Math.min(8_000_000, width * height * 3)));
        recorder.setVideoOption("threads", "1");
        if (audio) {
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(source.getSampleRate());
            recorder.setAudioBitrate(128_000);
        }
        try {
            recorder.start();
            Frame frame;
            while ((frame = source.grab()) != null) {
                if (frame.image != null || (audio && frame.samples != null)) {
                    recorder.record(frame);
                }
            }
            recorder.stop();
        } finally {
            recorder.close();
        }
    }
}
