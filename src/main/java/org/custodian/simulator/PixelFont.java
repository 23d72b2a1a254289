package org.custodian.simulator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A 5x7 bitmap font for the text burnt into test footage. Drawn straight into the frame buffer so the
 * frames are the same on every machine, with or without system fonts or a display.
 */
final class PixelFont {

    static final int GLYPH_WIDTH = 5;
    static final int GLYPH_HEIGHT = 7;

    // Each glyph is seven rows of five bits, written as two hex digits per row.
    private static final String GLYPHS = String.join(" ",
            "0=0E11131519110E", "1=040C040404040E", "2=0E11010204081F", "3=1F02040201110E",
            "4=02060A121F0202", "5=1F101E0101110E", "6=0608101E11110E", "7=1F010204080808",
            "8=0E11110E11110E", "9=0E11110F01020C", "A=0E1111111F1111", "B=1E11111E11111E",
            "C=0E11101010110E", "D=1C12111111121C", "E=1F10101E10101F", "F=1F10101E101010",
            "G=0E11101711110F", "H=1111111F111111", "I=0E04040404040E", "J=0702020202120C",
            "K=11121418141211", "L=1010101010101F", "M=111B1515111111", "N=11111915131111",
            "O=0E11111111110E", "P=1E11111E101010", "Q=0E11111115120D", "R=1E11111E141211",
            "S=0F10100E01011E", "T=1F040404040404", "U=1111111111110E", "V=11111111110A04",
            "W=1111111515150A", "X=11110A040A1111", "Y=1111110A040404", "Z=1F01020408101F",
            ":=000C0C000C0C00", "-=0000001F000000", ".=00000000000C0C", "/=00010204081000",
            "_=0000000000001F", "+=0004041F040400", "#=0A0A1F0A1F0A0A");

    private static final Map<Character, int[]> FONT = parse(GLYPHS);

    private PixelFont() {
    }

    /** Draws text in white on the BGR frame, each font pixel a scale x scale square; clips at the edges. */
    static void draw(byte[] bgr, int width, int height, int x, int y, int scale, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            int[] rows = FONT.get(upper.charAt(i));
            if (rows != null) {
                drawGlyph(bgr, width, height, x + i * (GLYPH_WIDTH + 1) * scale, y, scale, rows);
            }
        }
    }

    static int textWidth(String text, int scale) {
        return text.length() * (GLYPH_WIDTH + 1) * scale;
    }

    private static void drawGlyph(byte[] bgr, int width, int height, int x, int y, int scale, int[] rows) {
        for (int row = 0; row < GLYPH_HEIGHT; row++) {
            for (int column = 0; column < GLYPH_WIDTH; column++) {
                if ((rows[row] >> (GLYPH_WIDTH - 1 - column) & 1) == 1) {
                    fill(bgr, width, height, x + column * scale, y + row * scale, scale);
                }
            }
        }
    }

    private static void fill(byte[] bgr, int width, int height, int x, int y, int size) {
        for (int py = Math.max(0, y); py < Math.min(height, y + size); py++) {
            for (int px = Math.max(0, x); px < Math.min(width, x + size); px++) {
                int offset = (py * width + px) * 3;
                bgr[offset] = (byte) 255;
                bgr[offset + 1] = (byte) 255;
                bgr[offset + 2] = (byte) 255;
            }
        }
    }

    private static Map<Character, int[]> parse(String table) {
        Map<Character, int[]> font = new HashMap<>();
        for (String entry : table.trim().split(" ")) {
            String hex = entry.substring(2);
            int[] rows = new int[GLYPH_HEIGHT];
            for (int row = 0; row < GLYPH_HEIGHT; row++) {
                rows[row] = Integer.parseInt(hex, row * 2, row * 2 + 2, 16);
            }
            font.put(entry.charAt(0), rows);
        }
        font.put(' ', new int[GLYPH_HEIGHT]);
        return font;
    }
}
