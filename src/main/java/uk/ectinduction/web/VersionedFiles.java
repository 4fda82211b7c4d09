package uk.ectinduction.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Objects;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

/**
 * Lets browsers keep a file for a year when it was asked for by its versioned address ({@code app-<md5>.css} for
 * {@code app.css}). The version resolver finds a file by such an address only when the hash matches the file's
 * content, so the address can never stand for other bytes. A file asked for by its plain address keeps the
 * handler's {@code no-cache}; so does a miss, which never gets here.
 */
final class VersionedFiles implements ResourceTransformer {

    static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = chain.transform(request, resource);
        return versioned(request, resource) ? new Immutable(transformed) : transformed;
    }

    /** The address names the file with a version that its own name does not have. */
    private static boolean versioned(HttpServletRequest request, Resource resource) {
        Object path = request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        return path != null && !Objects.equals(StringUtils.getFilename(path.toString()), resource.getFilename());
    }

    /** The file as it is, with the long-lived Cache-Control added to any headers it already brings (an ETag). */
    private static final class Immutable extends AbstractResource implements HttpResource {

        private final Resource file;

        Immutable(Resource file) {
            this.file = file;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders headers = new HttpHeaders();
            if (file instanceof HttpResource http) {
                headers.putAll(http.getResponseHeaders());
            }
            headers.setCacheControl(IMMUTABLE);
            return headers;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return file.getInputStream();
        }

        @Override
        public boolean exists() {
            return file.exists();
        }

        @Override
        public URL getURL() throws IOException {
            return file.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return file.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return file.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return file.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return file.lastModified();
        }

        @Override
        public String getFilename() {
            return file.getFilename();
        }

        @Override
        public String getDescription() {
            return file.getDescription();
        }
    }
}
