package co.factusapi.adapter.in.web.error;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's own error answers (a request it refuses before any servlet runs: an encoded slash or a control character
 * in the path, a malformed request line) as problem+json instead of an HTML page that names the server.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
    private final ProblemWriter problems;

    public ProblemErrorReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            problems.write(request, response, HttpStatusCode.valueOf(status), Problems.UNHANDLED);
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer is already committed: nothing more can be said.
        }
    }
}
