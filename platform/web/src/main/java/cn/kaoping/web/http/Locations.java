package cn.kaoping.web.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A {@code Location} never repeats the request's {@code Host}: JAX-RS makes the path a resource gives absolute
 * against whatever host the client named, which a forged header would turn into a link elsewhere. The answer carries
 * the path alone, or the path under {@code kaoping.http.public-base-url} where the portal needs absolute links (the
 * address the bureau publishes, e.g. {@code https://kaoping.gaj.example}).
 */
public class Locations {

    @Inject
    @ConfigProperty(name = "kaoping.http.public-base-url")
    Optional<String> publicBaseUrl;

    @ServerResponseFilter
    public void relativeLocation(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = URI.create(location.toString());
        if (!uri.isAbsolute()) {
            return;
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String base = publicBaseUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url).orElse("");
        response.getHeaders().putSingle(HttpHeaders.LOCATION, base + path);
    }
}
