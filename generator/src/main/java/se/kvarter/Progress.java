package se.kvarter;

/** Where the build tells how it is getting on: one line per phase, as a message key and its values. */
@FunctionalInterface
public interface Progress {

    void phase(String key, Object... args);

    /** Says nothing. */
    Progress SILENT = (key, args) -> { };
}
