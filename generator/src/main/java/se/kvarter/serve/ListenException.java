package se.kvarter.serve;

/**
 * The dev server cannot listen on the host and port it was given: the port is taken (by another
 * program, or another {@code kvarter serve}), or the system refused for another reason. A mistake
 * of the command line, told before the first build.
 */
public final class ListenException extends RuntimeException {

    private final String host;
    private final int port;
    private final Reason reason;

    /** Why, as far as the user can fix it. */
    public enum Reason { PORT_IN_USE, UNKNOWN_HOST, OTHER }

    ListenException(String host, int port, Reason reason, Throwable cause) {
        super("cannot listen on " + host + ":" + port, cause);
        this.host = host;
        this.port = port;
        this.reason = reason;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Reason reason() {
        return reason;
    }

    /** The system's own words for why, for {@link Reason#OTHER}. */
    public String systemReason() {
        Throwable root = this;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
