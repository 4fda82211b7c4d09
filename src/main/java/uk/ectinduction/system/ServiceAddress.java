package uk.ectinduction.system;

import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach the service ({@code app.base-url}, from {@code APP_BASE_URL}), for links
 * that leave the page they were made on: password links and calendar addresses. Never the request's Host
 * header, which the client chooses: a forged one would put someone else's host in a password link.
 */
@Component
public class ServiceAddress {

    private final Environment environment;

    ServiceAddress(Environment environment) {
        this.environment = environment;
    }

    /** The base, without a trailing slash, so that {@code base() + "/path"} is the page's address. */
    public String base() {
        // Read at each use: the embedded default names the port the server ended up on, known only once it listens.
        return environment.getRequiredProperty("app.base-url").replaceAll("/+$", "");
    }

    /** The absolute address of a path of the service, e.g. {@code /account/password-link/…}. */
    public URI resolve(String path) {
        return URI.create(base() + path);
    }
}
