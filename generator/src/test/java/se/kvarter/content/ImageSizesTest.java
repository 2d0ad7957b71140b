package se.kvarter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.source.ImageSize;

class ImageSizesTest {

    @TempDir
    Path work;

    @Test
    void readsTheSizeOfPngAndJpegFromTheirHeaders() throws IOException {
        Path png = work.resolve("a.png");
        Path jpeg = work.resolve("b.JPG");
        ImageIO.write(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        ImageIO.write(new BufferedImage(300, 500, BufferedImage.TYPE_INT_RGB), "jpg", jpeg.toFile());
        assertEquals(Optional.of(new ImageSize(640, 360)), ImageSizes.read(png));
        assertEquals(Optional.of(new ImageSize(300, 500)), ImageSizes.read(jpeg));
        assertTrue(ImageSizes.isImage("files/b.JPG"));
        assertFalse(ImageSizes.isImage("files/protokoll.pdf"));
    }

    @Test
    void aDamagedOrForeignFileHasNoSize() throws IOException {
        Path broken = Files.write(work.resolve("c.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path text = Files.writeString(work.resolve("d.jpg"), "not an image");
        assertEquals(Optional.empty(), ImageSizes.read(broken));
        assertEquals(Optional.empty(), ImageSizes.read(text));
    }
}
