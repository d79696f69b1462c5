package co.factusapi.emulator.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the route for a method and path; a linear scan is plenty for a few dozen routes. */
public final class Router {
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Route> byKey = new HashMap<>();

    public Router add(String method, String template, RouteHandler handler) {
        return add(new Route(method, template, true, handler));
    }

    public Router addPublic(String method, String template, RouteHandler handler) {
        return add(new Route(method, template, false, handler));
    }

    private Router add(Route route) {
        routes.add(route);
        byKey.put(route.key(), route);
        return this;
    }

    /** The route with that "METHOD /template" key, or null: how one account's router answers a match made on another's. */
    public Route route(String key) {
        return byKey.get(key);
    }

    public record Match(Route route, Map<String, String> pathVariables) {
    }

    public Match match(String method, String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String[] segments = trimmed.substring(1).split("/");
        for (Route route : routes) {
            Map<String, String> variables = route.match(method, segments);
            if (variables != null) {
                return new Match(route, variables);
            }
        }
        return null;
    }
}
