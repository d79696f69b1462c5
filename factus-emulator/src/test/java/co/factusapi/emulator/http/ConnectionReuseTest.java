package co.factusapi.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.emulator.EmulatorTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer keeps the connection reusable, including the ones decided before a handler reads the body (faults,
 * 401, 404, the overlap 409). An HTTP/1.1 client may send the headers and the body in separate TCP segments; a server
 * that answers from the headers alone and then closes the socket while the body is still arriving makes the kernel
 * reset the connection, and the client can lose the answer ("header parser received no bytes"). Factus's web server
 * reads the whole request before answering; so does the emulator.
 */
class ConnectionReuseTest extends EmulatorTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"status-fault", "unauthenticated", "not-found"})
    void anAnswerGivenBeforeTheBodyArrivedLeavesTheConnectionOpen(String situation) throws Exception {
        String authorization = "Bearer " + token();
        String path = "/v1/bills/validate";
        switch (situation) {
            case "status-fault" -> control("POST", "faults",
                    Json.obj("endpoint", "POST /v1/bills/validate", "type", "status", "status", 503, "count", 1));
            case "unauthenticated" -> authorization = "Bearer not-a-token";
            default -> path = "/v1/nothing-here";
        }
        long connectionsBefore = emulator.counters().connectionsAccepted();
        URI base = URI.create(emulator.baseUrl());
        byte[] body = Json.write(bill("SPLIT"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head("POST", path, authorization, body.length));
            out.flush();
            Thread.sleep(150);
            out.write(body);
            out.flush();
            String first = readResponse(in);
            out.write(head("GET", "/__emulator/counters", null, 0));
            out.flush();
            String second = readResponse(in);

            assertThat(first).startsWith("HTTP/1.1 " + expectedStatus(situation));
            assertThat(first.toLowerCase(Locale.ROOT)).doesNotContain("connection: close");
            assertThat(second).startsWith("HTTP/1.1 200");
        }
        assertThat(emulator.counters().connectionsAccepted() - connectionsBefore).isEqualTo(1);
    }

    private static int expectedStatus(String situation) {
        return switch (situation) {
            case "status-fault" -> 503;
            case "unauthenticated" -> 401;
            default -> 404;
        };
    }

    private static byte[] head(String method, String path, String authorization, int length) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nAccept: application/json\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (length > 0) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads one response: the head up to the blank line, then Content-Length bytes of body. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.size() + " bytes: " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = text.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
