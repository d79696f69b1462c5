package co.factusapi.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code factus-api.max-body-size}: the largest request body read at all; a larger one is 413 before anything parses
 * it. Multipart and form bodies keep the container's own limits (docs/resilience-and-limits.md).
 */
@ConfigurationProperties("factus-api")
public record BodySizeProperties(@DefaultValue("256KB") DataSize maxBodySize) {
}
