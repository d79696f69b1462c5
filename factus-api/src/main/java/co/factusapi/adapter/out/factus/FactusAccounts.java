package co.factusapi.adapter.out.factus;

import co.factusapi.application.tenancy.ActingTenant;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One Factus adapter per tenant, built on first use from the tenant's connection: its own connection pool, token
 * session, circuit breaker, bulkhead, validate turn-taking and caches, so one tenant's Factus trouble never reaches
 * another. {@link #route} gives the core a single port object that calls the acting tenant's adapter.
 */
public final class FactusAccounts implements AutoCloseable {
    private final Function<UUID, FactusAdapterFactory> connect;
    private final Map<UUID, FactusAdapterFactory> adapters = new ConcurrentHashMap<>();

    /** {@code connect} builds the adapter of a tenant (reading its vaulted credentials). */
    public FactusAccounts(Function<UUID, FactusAdapterFactory> connect) {
        this.connect = connect;
    }

    public FactusAdapterFactory of(UUID tenant) {
        return adapters.computeIfAbsent(tenant, connect);
    }

    /** The acting tenant's adapter. */
    public FactusAdapterFactory acting() {
        return of(ActingTenant.id());
    }

    /** Drops a tenant's adapter (its credentials changed): the next call builds a new one, with a new session. */
    public void forget(UUID tenant) {
        FactusAdapterFactory stale = adapters.remove(tenant);
        if (stale != null) {
            stale.close();
        }
    }

    /** A {@code port} whose every call goes to {@code pick} of the acting tenant's adapter. */
    public <T> T route(Class<T> port, Function<FactusAdapterFactory, T> pick) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "acting tenant's " + port.getSimpleName();
                };
            }
            try {
                return method.invoke(pick.apply(acting()), arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    @Override
    public void close() {
        adapters.keySet().forEach(this::forget);
    }
}
