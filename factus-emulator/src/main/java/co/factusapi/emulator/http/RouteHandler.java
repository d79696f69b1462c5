package co.factusapi.emulator.http;

@FunctionalInterface
public interface RouteHandler {
    ApiResponse handle(Exchange exchange);
}
