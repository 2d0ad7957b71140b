package se.kvarter.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What counts as a web address: the one rule for site.yaml's URLs and {@code --base-url}. */
public final class WebAddresses {

    private WebAddresses() {
    }

    /** Whether {@code text} is an absolute http or https URL with a host. */
    public static boolean isAbsoluteHttp(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
