package co.factusapi.adapter.in.web.protection;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 problem+json to a request body larger than the limit, before anything parses it. A declared
 * Content-Length is checked at once; a chunked body is read up to the limit and replayed. Multipart and form bodies
 * keep the container's own limits ({@code spring.servlet.multipart.*}, {@code server.tomcat.max-http-form-post-size}).
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {
    private final long maxBytes;
    private final ProblemWriter problems;

    public BodySizeLimitFilter(long maxBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(request, response);
            return;
        }
        if (declared < 0 && chunked(request) && !formOrMultipart(request)) {
            byte[] body = readAtMost(request.getInputStream());
            if (body.length > maxBytes) {
                tooLarge(request, response);
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private byte[] readAtMost(InputStream input) throws IOException {
        return input.readNBytes(Math.toIntExact(maxBytes + 1));
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The unread rest of the body is not worth reading: the connection closes after this answer.
        response.setHeader("Connection", "close");
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes.");
    }

    private static boolean chunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }

    private static boolean formOrMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || type.startsWith("multipart/"));
    }
}
