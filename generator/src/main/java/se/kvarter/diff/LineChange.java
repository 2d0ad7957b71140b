package se.kvarter.diff;

/**
 * One line of a page's visible text that changed: replaced by another, added or removed.
 *
 * @param before the old line; null when the line is new
 * @param after  the new line; null when the line was removed
 */
public record LineChange(String before, String after) {

    public boolean isReplacement() {
        return before != null && after != null;
    }

    /**
     * The new line without the words it begins with in common with the old, so that
     * "Torsdag 26 november 09:00–12:00" replaced by "Torsdag 26 november 10:00–14:00" reads
     * as the old line "becomes 10:00–14:00". The whole new line when the lines begin
     * differently, or one is the other with words added ("Öppet" becoming "Öppet i dag" is not
     * "Öppet becomes i dag").
     */
    public String afterWithoutCommonStart() {
        String[] old = before.split(" ");
        String[] now = after.split(" ");
        int common = 0;
        while (common < old.length - 1 && common < now.length - 1 && old[common].equals(now[common])) {
            common++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(now, common, now.length));
    }
}
