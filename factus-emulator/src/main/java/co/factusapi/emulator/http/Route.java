package co.factusapi.emulator.http;

import java.util.HashMap;
import java.util.Map;

/** One endpoint: "METHOD /path/{var}" plus whether it needs a bearer token. */
public record Route(String method, String template, boolean authenticated, RouteHandler handler) {

    public String key() {
        return method + " " + template;
    }

    /** Path variables when the path matches, null otherwise. */
    Map<String, String> match(String requestMethod, String[] pathSegments) {
        if (!method.equals(requestMethod)) {
            return null;
        }
        String[] templateSegments = template.substring(1).split("/");
        if (templateSegments.length != pathSegments.length) {
            return null;
        }
        Map<String, String> variables = new HashMap<>(2);
        for (int i = 0; i < templateSegments.length; i++) {
            String expected = templateSegments[i];
            if (expected.startsWith("{")) {
                variables.put(expected.substring(1, expected.length() - 1), pathSegments[i]);
            } else if (!expected.equals(pathSegments[i])) {
                return null;
            }
        }
        return variables;
    }
}
