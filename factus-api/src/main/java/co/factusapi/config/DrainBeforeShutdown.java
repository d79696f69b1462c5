package co.factusapi.config;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;

/**
 * The first thing stopped on shutdown. Spring Boot has already turned readiness to REFUSING_TRAFFIC when the context
 * began closing; waiting here, before the web server's graceful shutdown stops taking connections, lets the load
 * balancer see the probe fail and send new requests elsewhere. In-flight requests then finish under
 * {@code server.shutdown=graceful}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ShutdownProperties.class)
public class DrainBeforeShutdown implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DrainBeforeShutdown.class);
    private final Duration drainDelay;
    private volatile boolean running;

    public DrainBeforeShutdown(ShutdownProperties properties) {
        this.drainDelay = properties.drainDelay();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (drainDelay.isZero()) {
            return;
        }
        log.info("Shutting down: readiness is down; serving {} more so the load balancer moves away", drainDelay);
        try {
            Thread.sleep(drainDelay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Above the web server's graceful-shutdown phase: stopped before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
