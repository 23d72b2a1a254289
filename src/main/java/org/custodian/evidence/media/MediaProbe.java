package org.custodian.evidence.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * A clip opened by FFmpeg (in-process, through JavaCV) straight from its decrypting channel: no plaintext
 * touches the disk. Reads the facts, and pictures for a poster and a thumbnail strip.
 */
final class MediaProbe implements AutoCloseable {

    static final int POSTER_WIDTH = 640;
    static final int THUMBNAIL_WIDTH = 160;

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private final FFmpegFrameGrabber grabber;
    private final Java2DFrameConverter pictures = new Java2DFrameConverter();

    private MediaProbe(FFmpegFrameGrabber grabber) {
        this.grabber = grabber;
    }

    /** Opens the plaintext channel of {@code size} bytes; the probe closes it. */
    static MediaProbe open(SeekableByteChannel plaintext, long size) throws IOException {
        // A maximum size above zero makes JavaCV seek (reset and skip) rather than buffer what it has read.
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ChannelInputStream(plaintext, size), 1);
        try {
            grabber.start();
            return new MediaProbe(grabber);
        } catch (IOException | RuntimeException e) {
            try {
                grabber.close();
            } finally {
                plaintext.close();
            }
            throw e;
        }
    }

    FFmpegFrameGrabber grabber() {
        return grabber;
    }

    MediaFacts facts() {
        boolean video = grabber.hasVideo();
        boolean audio = grabber.hasAudio();
        long micros = grabber.getLengthInTime();
        double rate = grabber.getVideoFrameRate() > 0 ? grabber.getVideoFrameRate() : grabber.getFrameRate();
        return new MediaFacts(micros > 0 ? Duration.ofNanos(micros * 1000) : null, container(),
                video ? avcodec.avcodec_get_name(grabber.getVideoCodec()).getString() : null,
                video ? grabber.getImageWidth() : null, video ? grabber.getImageHeight() : null,
                video && rate > 0 ? Math.round(rate * 1000) / 1000.0 : null,
                audio ? avcodec.avcodec_get_name(grabber.getAudioCodec()).getString() : null,
                audio ? grabber.getAudioChannels() : null, audio ? grabber.getSampleRate() : null);
    }

    /** One picture at {@code fraction} of the duration, {@link #POSTER_WIDTH} wide, as JPEG. */
    byte[] poster(double fraction) throws IOException {
        BufferedImage picture = pictureAt(fraction);
        if (picture == null) {
            throw new IOException("No picture found at " + Math.round(fraction * 100) + "% of the clip");
        }
        BufferedImage poster = canvas(POSTER_WIDTH, picture);
        draw(poster, picture, 0);
        return jpeg(poster);
    }

    /** {@code count} pictures spread evenly over the clip, side by side in one JPEG. */
    byte[] strip(int count) throws IOException {
        BufferedImage strip = null;
        for (int i = 0; i < count; i++) {
            BufferedImage picture = pictureAt((i + 0.5) / count);
            if (picture == null) {
                continue;
            }
            if (strip == null) {
                BufferedImage tile = canvas(THUMBNAIL_WIDTH, picture);
                strip = new BufferedImage(THUMBNAIL_WIDTH * count, tile.getHeight(), BufferedImage.TYPE_INT_RGB);
            }
            draw(strip, picture, i * THUMBNAIL_WIDTH);
        }
        if (strip == null) {
            throw new IOException("No pictures found for a thumbnail strip");
        }
        return jpeg(strip);
    }

    private BufferedImage pictureAt(double fraction) throws IOException {
        long length = Math.max(0, grabber.getLengthInTime());
        grabber.setVideoTimestamp((long) (length * fraction));
        Frame frame = grabber.grabImage();
        return frame == null ? null : pictures.convert(frame);
    }

    private static BufferedImage canvas(int width, BufferedImage picture) {
        int height = Math.max(2, (int) Math.round((double) width * picture.getHeight() / picture.getWidth()));
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Draws the picture scaled to the canvas's height, {@code x} pixels from its left. */
    private static void draw(BufferedImage canvas, BufferedImage picture, int x) {
        int height = canvas.getHeight();
        int width = (int) Math.round((double) height * picture.getWidth() / picture.getHeight());
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(picture, x, 0, width, height, null);
        } finally {
            g.dispose();
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpg", out)) {
            throw new IOException("No JPEG writer available");
        }
        return out.toByteArray();
    }

    /** FFmpeg names the MP4 family's demuxer {@code mov,mp4,...}; the brand tells QuickTime from MP4. */
    private String container() {
        String format = grabber.getFormat();
        if (format == null) {
            return null;
        }
        if (format.contains("mp4")) {
            String brand = grabber.getMetadata("major_brand");
            return brand != null && brand.trim().equals("qt") ? "mov" : "mp4";
        }
        if (format.startsWith("matroska")) {
            return "matroska";
        }
        int comma = format.indexOf(',');
        return comma < 0 ? format : format.substring(0, comma);
    }

    @Override
    public void close() throws IOException {
        try {
            grabber.close();
        } finally {
            pictures.close();
        }
    }
}
