package co.factusapi.emulator.http;

import co.factusapi.emulator.control.Fault;
import co.factusapi.emulator.control.Faults;
import co.factusapi.emulator.control.Latency;
import co.factusapi.emulator.control.OverlapGuard;
import co.factusapi.emulator.tenant.RateLimiter;
import co.factusapi.emulator.tenant.Tenant;
import co.factusapi.emulator.tenant.Tenants;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every request: control plane as is; upstream calls to the account they belong to (by bearer token, or by
 * client_id on the token call), then through its counters and rate limit, the faults, latency and auth.
 */
public final class FrontDoor extends Handler.Abstract {
    private static final String CONTROL_PREFIX = "/__emulator/";
    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);

    private final Tenants tenants;
    private final Router control;
    private final Latency latency;
    private final Faults faults;
    private volatile String baseUrl = "";

    public FrontDoor(Tenants tenants, Router control, Latency latency, Faults faults) {
        this.tenants = tenants;
        this.control = control;
        this.latency = latency;
        this.faults = faults;
    }

    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        byte[] body = Exchange.readBody(request);
        if (path.startsWith(CONTROL_PREFIX)) {
            Router.Match match = control.match(method, path);
            write(response, callback, match == null ? notFound() : invoke(match, request, body));
            return true;
        }
        // Every account has the same routes: match on the default's, then take the owner's handler.
        Router.Match shape = tenants.defaultTenant().routes().match(method, path);
        if (shape == null) {
            write(response, callback, notFound());
            return true;
        }
        Tenant tenant = tenantOf(shape.route(), request, body);
        Router.Match match = new Router.Match(tenant.routes().route(shape.route().key()), shape.pathVariables());
        handleUpstream(tenant, match, request, body, response, callback);
        return true;
    }

    /** The only public upstream route is the token call, whose form names the client. */
    private Tenant tenantOf(Route route, Request request, byte[] body) {
        return route.authenticated() ? tenants.byAuthorization(request.getHeaders().get(HttpHeader.AUTHORIZATION))
                : tenants.byClientId(Exchange.form(body).get("client_id"));
    }

    private void handleUpstream(Tenant tenant, Router.Match match, Request request, byte[] body, Response response,
            Callback callback) throws InterruptedException {
        String key = match.route().key();
        tenant.counters().request(key);
        // Factus's throttle answers before anything else of the application runs.
        RateLimiter.Decision allowance = tenant.rateLimiter().acquire();
        if (!allowance.allowed()) {
            write(response, callback, ApiResponse.tooManyRequests(allowance.limit(), allowance.retryAfterSeconds()));
            return;
        }
        allowanceHeaders(response, allowance);
        Fault fault = faults.trigger(key);
        if (fault != null && fault.type() == Fault.Type.RESET) {
            abort(request, callback);
            return;
        }
        if (fault != null && fault.type() == Fault.Type.STATUS) {
            write(response, callback, FaultResponses.of(fault));
            return;
        }
        ApiResponse answer = answer(tenant, match, request, body, key);
        if (fault != null && fault.type() == Fault.Type.HANG) {
            Thread.sleep(fault.hangMillis());
            abort(request, callback);
            return;
        }
        write(response, callback, answer);
    }

    /** Like Factus, every answer within a limit says how much of it is left. */
    private static void allowanceHeaders(Response response, RateLimiter.Decision allowance) {
        if (allowance.limited()) {
            response.getHeaders().put(ApiResponse.RATE_LIMIT_LIMIT, String.valueOf(allowance.limit()));
            response.getHeaders().put(ApiResponse.RATE_LIMIT_REMAINING, String.valueOf(allowance.remaining()));
        }
    }

    private ApiResponse answer(Tenant tenant, Router.Match match, Request request, byte[] body, String key)
            throws InterruptedException {
        OverlapGuard overlapGuard = tenant.overlapGuard();
        boolean validate = isValidate(key);
        boolean alone = !validate || overlapGuard.enter();
        try {
            latency.apply(key);
            if (match.route().authenticated()
                    && !tenant.tokens().accepts(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
                return ApiResponse.unauthenticated();
            }
            if (!alone) {
                return ApiResponse.pendingConflict();
            }
            return invoke(match, request, body);
        } finally {
            if (validate) {
                overlapGuard.exit();
            }
        }
    }

    /**
     * Every create-and-validate of the account, whatever the document or API version: the overlap guard spans them
     * all, as one account's validates would share Factus's DIAN queue (docs/factus-upstream.md §3.5, D).
     */
    static boolean isValidate(String endpointKey) {
        return endpointKey.startsWith("POST ") && endpointKey.endsWith("/validate");
    }

    private ApiResponse invoke(Router.Match match, Request request, byte[] body) {
        try {
            return match.route().handler().handle(new Exchange(request, body, match.pathVariables(), baseUrl));
        } catch (ApiException e) {
            return e.response();
        } catch (RuntimeException e) {
            LOG.warn("Emulator failure on {}", match.route().key(), e);
            return ApiResponse.of(500, Json.obj("message", "Server Error"));
        }
    }

    private static ApiResponse notFound() {
        return ApiResponse.of(404, Json.obj("message", "Not Found"));
    }

    private static void write(Response response, Callback callback, ApiResponse answer) {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (answer.body() == null) {
            response.write(true, null, callback);
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.write(answer.body())), callback);
    }

    /** Drops the TCP connection without a response; SO_LINGER 0 makes the close a reset. */
    private static void abort(Request request, Callback callback) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | RuntimeException ignored) {
                // the plain close below still drops the connection
            }
        }
        endPoint.close();
        // EofException is a Jetty QuietException: no WARN line per injected fault.
        callback.failed(new EofException("Connection dropped by an emulator fault"));
    }
}
