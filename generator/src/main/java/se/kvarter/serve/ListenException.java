package se.kvarter.serve;

/**
 * The dev server cannot listen on the host and port it was given: the port is taken (by another
 * program, or another {@code kvarter serve}), or the system refused for another reason. A mistake
 * of the command line, told before the first build.
 */
public final class ListenException extends RuntimeException {

    private final String host;
    private final int port;
    private final boolean portInUse;

    ListenException(String host, int port, boolean portInUse, Throwable cause) {
        super("cannot listen on " + host + ":" + port, cause);
        this.host = host;
        this.port = port;
        this.portInUse = portInUse;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Whether another program already listens on the port. */
    public boolean portInUse() {
        return portInUse;
    }

    /** The system's own words for why, for the cases that are not a port in use. */
    public String reason() {
        Throwable root = this;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
