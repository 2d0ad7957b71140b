package se.kvarter.source;

/**
 * A place in a content file: the path relative to the content folder (with forward slashes),
 * and a 1-based line and column. A problem with the whole file (its name, its encoding) is at
 * line 1, column 1, so that every message and annotation has a line.
 */
public record Position(String file, int line, int column) implements Comparable<Position> {

    /** The start of a file, for problems with the file as a whole. */
    public static Position ofFile(String file) {
        return new Position(file, 1, 1);
    }

    /** Where {@code offset} of {@code text} is, when {@code text} starts here. */
    public Position within(String text, int offset) {
        int atLine = line;
        int lineStart = -1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                atLine++;
                lineStart = i;
            }
        }
        return new Position(file, atLine, atLine == line ? column + offset : offset - lineStart);
    }

    /** {@code file:line:col} */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Position other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
