package io.kbplatform.app.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies over {@code kb.api.max-body-bytes} (default 8 MiB) with 413 before they
 * are read into memory: by {@code Content-Length} when the client sends one, and by counting the
 * bytes of a chunked body as they are read. File uploads (attachments and imports) stream to disk
 * under their own, larger limits and are left to their resources.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

  static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
  private static final String OWN_LIMIT = "kb.upload.own-limit";
  private static final Pattern UPLOADS =
      Pattern.compile("/?(articles/[^/]+/attachments|spaces/[^/]+/imports)/?");
  private final long maxBytes;

  public RequestBodyLimit() {
    this(
        ConfigProvider.getConfig(RequestBodyLimit.class.getClassLoader())
            .getOptionalValue("kb.api.max-body-bytes", Long.class)
            .orElse(DEFAULT_MAX_BYTES));
  }

  RequestBodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if ("POST".equals(request.getMethod())
        && UPLOADS.matcher(request.getUriInfo().getPath()).matches()) {
      request.setProperty(OWN_LIMIT, Boolean.TRUE);
      return;
    }
    if (request.getLength() > maxBytes) {
      throw new PayloadTooLargeException();
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getProperty(OWN_LIMIT) != null) {
      return context.proceed();
    }
    context.setInputStream(new Limited(context.getInputStream(), maxBytes));
    return context.proceed();
  }

  /** Counts what is read and stops at the limit. */
  static final class Limited extends FilterInputStream {

    private final long max;
    private long count;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      count += n;
      if (count > max) {
        throw new PayloadTooLargeException();
      }
    }
  }
}
