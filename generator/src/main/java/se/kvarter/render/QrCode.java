package se.kvarter.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A QR code as a small inline SVG: one path of the dark modules, drawn in module units, so that
 * it stays sharp at any print size and costs a few kilobytes at most. Encoding is deterministic
 * (ZXing picks the mask by a fixed rule), so the same text gives the same bytes in every build.
 *
 * @param size the width and height in modules, quiet zone included
 * @param path the SVG path data of the dark modules, drawn as a line one module wide through the
 *             middle of each row: {@code M x y.5} at the row's first run, {@code h w} along each
 *             run and {@code m gap 0} over the light modules between runs (half the bytes of a
 *             rectangle per run, which keeps a poster with four codes under the page-weight bar)
 */
record QrCode(int size, String path) {

    /** The blank margin round the code, in modules: the four the QR standard asks for. */
    static final int QUIET_ZONE = 4;

    /**
     * Level M (15 % of the code may be damaged) is the usual choice for print: a taped-up poster
     * gets scratched and folded, and level H would make the modules of a long URL too small.
     */
    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;

    /** The code of {@code text}, or empty when the text is too long for the largest QR code. */
    static Optional<QrCode> of(String text) {
        return encode(text).map(QrCode::draw);
    }

    private static QrCode draw(ByteMatrix matrix) {
        int width = matrix.getWidth();
        StringBuilder path = new StringBuilder(width * width / 2);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            int penAt = -1;
            while (x < width) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y) == 1) {
                    x++;
                }
                if (penAt < 0) {
                    path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append(".5");
                } else {
                    path.append('m').append(start - penAt).append(" 0");
                }
                path.append('h').append(x - start);
                penAt = x;
            }
        }
        return new QrCode(width + 2 * QUIET_ZONE, path.toString());
    }

    /**
     * The code as an {@code svg} element for an HTML page, named by {@code label} for screen
     * readers. The white square behind the modules keeps the code readable on a dark background
     * (the dark colour scheme), where a scanner would see light modules on dark.
     */
    String svg(String label) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"none\" stroke=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /**
     * Text of only ASCII characters is encoded without a character-set hint: its bytes are the same
     * in UTF-8, and ZXing would otherwise add an ECI marker that some older scanner apps do not
     * understand. Other text is UTF-8, marked as such.
     */
    private static Optional<ByteMatrix> encode(String text) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
        Map<EncodeHintType, Object> hints = ascii ? Map.of()
                : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        try {
            return Optional.of(Encoder.encode(text, LEVEL, hints).getMatrix());
        } catch (WriterException e) {
            // Text longer than the largest QR code holds (about 2,300 bytes at level M): a URL that
            // long is still printed in words beside where the code would be.
            return Optional.empty();
        }
    }

    /** Escapes text for a double-quoted HTML attribute. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
