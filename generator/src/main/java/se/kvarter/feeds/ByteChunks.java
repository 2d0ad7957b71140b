package se.kvarter.feeds;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An output stream that keeps what it is given in chunks and hands them over as the parts of a
 * file. Why not a ByteArrayOutputStream: it doubles its array as it grows and copies it once
 * more at the end, up to three times the file at once, and the largest open-data file (HSDS
 * services) made that a large build's memory peak; here the file is held once (bench/RESULTS.md).
 */
final class ByteChunks extends OutputStream {

    private static final int FIRST_CHUNK = 8 * 1024;
    private static final int LARGEST_CHUNK = 1024 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk = new byte[FIRST_CHUNK];
    private int used;
    private int size;

    @Override
    public void write(int b) {
        if (used == chunk.length) {
            next();
        }
        chunk[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (used == chunk.length) {
                next();
            }
            int n = Math.min(length, chunk.length - used);
            System.arraycopy(bytes, offset, chunk, used, n);
            used += n;
            offset += n;
            length -= n;
            size += n;
        }
    }

    /**
     * Everything written so far, in parts ({@link se.kvarter.output.OutputFile#ofParts}): the
     * chunks themselves, the last one cut to what it holds.
     */
    List<byte[]> parts() {
        List<byte[]> parts = new ArrayList<>(full);
        parts.add(Arrays.copyOf(chunk, used));
        return parts;
    }

    /** Starts a new chunk, each larger than the last up to a limit, so small files stay in one. */
    private void next() {
        full.add(chunk);
        chunk = new byte[Math.min(chunk.length * 2, LARGEST_CHUNK)];
        used = 0;
    }
}
