package se.kvarter.render;

import java.util.Map;

/**
 * The values of a map by name, found by the very string a template asks with. FreeMarker hands a
 * model the key as it was parsed: {@code place.name} asks with the string "name" of that spot of
 * the template, the same string object every time the spot runs, and another equal string at
 * every other spot. A {@code HashMap} compares the string it is given with its own key character
 * by character on every read, and pages read records thousands of times each; here each spot's
 * string is remembered at its first read and found again by identity (about half the time of a
 * map's read under C1, the build's compiler). Reads take no lock: a first read of a spot makes a
 * new table, which replaces the old one.
 *
 * @param <V> the values; a name without one reads as null
 */
final class TemplateKeys<V> {

    /** The most strings remembered: a template that makes its keys as it runs ({@code record[name]}) is read from the map. */
    static final int MOST = 2048;
    private static final Object NONE = new Object();

    private final Map<String, V> byName;
    /** Strings remembered and their values ({@link #NONE} for none), at most half full; never changed once published. */
    private volatile Table table = new Table(16);

    private static final class Table {
        final String[] keys;
        final Object[] values;
        int size;

        Table(int capacity) {
            keys = new String[capacity];
            values = new Object[capacity];
        }
    }

    TemplateKeys(Map<String, V> byName) {
        this.byName = byName;
    }

    @SuppressWarnings("unchecked")
    V get(String key) {
        Table current = table;
        String[] keys = current.keys; // locals: C1 reloads fields in every pass of a loop
        int mask = keys.length - 1;
        int slot = spread(key.hashCode()) & mask;
        String known;
        while ((known = keys[slot]) != null) {
            if (known == key) {
                Object value = current.values[slot];
                return value == NONE ? null : (V) value;
            }
            slot = (slot + 1) & mask;
        }
        V value = byName.get(key);
        remember(key, value);
        return value;
    }

    /** Adds {@code key} to a copy of the table, which then replaces it. */
    private synchronized void remember(String key, V value) {
        Table current = table;
        if (current.size >= MOST) {
            return;
        }
        int capacity = (current.size + 1) * 2 > current.keys.length ? current.keys.length * 2 : current.keys.length;
        Table next = new Table(capacity);
        for (int i = 0; i < current.keys.length; i++) {
            if (current.keys[i] != null) {
                put(next, current.keys[i], current.values[i]);
            }
        }
        put(next, key, value == null ? NONE : value);
        table = next;
    }

    private static void put(Table table, String key, Object value) {
        int mask = table.keys.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (table.keys[slot] != null) {
            if (table.keys[slot] == key) {
                return; // another thread remembered it first
            }
            slot = (slot + 1) & mask;
        }
        table.keys[slot] = key;
        table.values[slot] = value;
        table.size++;
    }

    /** Short names differ mostly in their hashes' low bits' neighbours: mix the high bits in. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
