package se.kvarter.feeds.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import se.kvarter.model.Place;

/**
 * The ids of the HSDS export: name-based UUIDs, version 5 (SHA-1) as RFC 9562 section 5.5
 * defines them, in the URL namespace, of the name {@code <baseUrl>hsds/<kind>/<key>}. The same
 * site and entity give the same id in every build, and two sites never share one.
 */
final class HsdsIds {

    /** The URL namespace of RFC 9562 (appendix C). */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private final String prefix;

    HsdsIds(String baseUrl) {
        this.prefix = baseUrl + "hsds/";
    }

    /** The id of the entity of {@code kind} ({@code location}, {@code service} ...) known as {@code key}. */
    String of(String kind, String key) {
        return v5(URL_NAMESPACE, prefix + kind + "/" + key).toString();
    }

    /**
     * The id a place's HSDS objects are named by: its first id ({@link Place#firstId()}), so that
     * an importer that holds the location, its schedules and its related objects keeps them when
     * the place is renamed (outputs.md: "HSDS ids stay those of the place's first id").
     */
    static String firstId(Place place) {
        return place.firstId();
    }

    /** A version 5 UUID: SHA-1 of the namespace's 16 bytes and the name in UTF-8, version and variant bits set. */
    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-1 (MessageDigest's documentation)
            throw new IllegalStateException(e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
