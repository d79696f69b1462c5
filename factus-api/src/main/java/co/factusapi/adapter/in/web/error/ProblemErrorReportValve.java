package co.factusapi.adapter.in.web.error;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers (a request it refuses before any servlet runs: an encoded slash or a control character
 * in the path, a malformed request line) as problem+json instead of an HTML page that names the server.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body(HttpStatusCode.valueOf(status)));
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer is already committed: nothing more can be said.
        }
    }

    private static String body(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "HTTP " + status.value() : known.getReasonPhrase();
        return "{\"type\":\"" + Problems.TYPE_PREFIX + Problems.codeFor(status) + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"The request could not be handled.\"}";
    }
}
