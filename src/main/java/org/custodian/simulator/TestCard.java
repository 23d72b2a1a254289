package org.custodian.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Paints the frames of a test clip into a BGR buffer: scrolling colour bars, a bouncing box, and a banner
 * with the camera serial, the wall-clock time and the frame number, so anyone watching a clip can tell
 * which camera and which moment it claims to be. Optional sensor noise makes it as costly to compress
 * as real street footage.
 */
final class TestCard {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int[][] BARS = {
            {192, 192, 192}, {0, 192, 192}, {192, 192, 0}, {0, 192, 0},
            {192, 0, 192}, {0, 0, 192}, {192, 0, 0}, {16, 16, 16}};

    private final int width;
    private final int height;
    private final int fps;
    private final Footage footage;
    private final byte[] pixels;
    private final byte[] row;
    private final SplittableRandom noise;
    private final int boxSize;
    private final int boxSpeedX;
    private final int boxSpeedY;

    TestCard(int width, int height, int fps, Footage footage) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.footage = footage;
        this.pixels = new byte[width * height * 3];
        this.row = new byte[width * 3];
        SplittableRandom random = new SplittableRandom(footage.seed());
        this.noise = random.split();
        this.boxSize = Math.max(8, height / 6);
        this.boxSpeedX = 3 + random.nextInt(6);
        this.boxSpeedY = 2 + random.nextInt(5);
    }

    /** The frame at the given index; the returned array is reused for the next frame. */
    byte[] paint(int frame) {
        paintBars(frame);
        paintBox(frame);
        paintBanner(frame);
        if (footage.grain() == Grain.NOISY) {
            addNoise();
        }
        return pixels;
    }

    private void paintBars(int frame) {
        int barWidth = Math.max(1, width / BARS.length);
        for (int x = 0; x < width; x++) {
            int[] colour = BARS[((x + frame * 4) / barWidth) % BARS.length];
            row[x * 3] = (byte) colour[0];
            row[x * 3 + 1] = (byte) colour[1];
            row[x * 3 + 2] = (byte) colour[2];
        }
        for (int y = 0; y < height; y++) {
            System.arraycopy(row, 0, pixels, y * row.length, row.length);
        }
    }

    private void paintBox(int frame) {
        int x = bounce(frame * boxSpeedX, width - boxSize);
        int y = bounce(frame * boxSpeedY, height - boxSize);
        for (int py = y; py < y + boxSize; py++) {
            for (int px = x; px < x + boxSize; px++) {
                int offset = (py * width + px) * 3;
                pixels[offset] = (byte) 240;
                pixels[offset + 1] = (byte) 240;
                pixels[offset + 2] = (byte) 240;
            }
        }
    }

    private static int bounce(int travelled, int room) {
        if (room <= 0) {
            return 0;
        }
        int phase = travelled % (2 * room);
        return phase < room ? phase : 2 * room - phase;
    }

    private void paintBanner(int frame) {
        int scale = Math.max(1, height / 180);
        int lineHeight = (PixelFont.GLYPH_HEIGHT + 3) * scale;
        Arrays.fill(pixels, 0, Math.min(pixels.length, 3 * lineHeight * width * 3), (byte) 0);
        Instant at = footage.startedAt().plusNanos(frame * 1_000_000_000L / fps);
        PixelFont.draw(pixels, width, height, 2 * scale, 2 * scale, scale, "CAM " + footage.cameraSerial());
        PixelFont.draw(pixels, width, height, 2 * scale, 2 * scale + lineHeight, scale, CLOCK.format(at));
        PixelFont.draw(pixels, width, height, 2 * scale, 2 * scale + 2 * lineHeight, scale,
                "FRAME " + frame + "  TEST FOOTAGE");
    }

    // XOR with four random low bits: cheap, needs no clamping, and keeps the encoder at full bitrate.
    // Stronger noise makes OpenH264 see a scene change and put keyframes off the grid GopPool relies on.
    private void addNoise() {
        for (int i = 0; i + 8 <= pixels.length; i += 8) {
            long bits = noise.nextLong() & 0x0F0F0F0F0F0F0F0FL;
            for (int b = 0; b < 8; b++) {
                pixels[i + b] ^= (byte) (bits >>> (b * 8));
            }
        }
    }
}
