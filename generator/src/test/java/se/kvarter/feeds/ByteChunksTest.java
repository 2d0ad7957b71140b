package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import se.kvarter.output.OutputFile;

class ByteChunksTest {

    /** Pieces of any size, single bytes among them, give the bytes a ByteArrayOutputStream gives. */
    @Property(tries = 100)
    void holdsWhatAByteArrayOutputStreamHolds(@ForAll @Size(max = 40) int[] pieces,
                                              @ForAll @IntRange(min = 0, max = 3) int singles) {
        ByteChunks chunks = new ByteChunks();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        int next = 0;
        for (int piece : pieces) {
            byte[] bytes = new byte[Math.floorMod(piece, 5_000)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) next++;
            }
            int offset = bytes.length / 3;
            chunks.write(bytes, offset, bytes.length - offset);
            expected.write(bytes, offset, bytes.length - offset);
            for (int i = 0; i < singles; i++) {
                chunks.write(next);
                expected.write(next++);
            }
        }
        assertArrayEquals(expected.toByteArray(), joined(chunks));
    }

    @Test
    void aFileLargerThanTheLargestChunkComesBackWhole() {
        ByteChunks chunks = new ByteChunks();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] block = new byte[300_001];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31);
        }
        for (int i = 0; i < 12; i++) {
            chunks.write(block, 0, block.length);
            expected.write(block, 0, block.length);
        }
        assertArrayEquals(expected.toByteArray(), joined(chunks));
    }

    /** The chunks as a file's parts, joined as the file's bytes. */
    private static byte[] joined(ByteChunks chunks) {
        return OutputFile.ofParts("x.json", chunks.parts()).bytes();
    }
}
