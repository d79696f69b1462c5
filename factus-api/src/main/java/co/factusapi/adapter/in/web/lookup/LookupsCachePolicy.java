package co.factusapi.adapter.in.web.lookup;

import java.time.Duration;
import org.springframework.http.CacheControl;

/** How long callers may reuse a catalogue answer: private (it needs credentials), as long as our own cache. */
public record LookupsCachePolicy(Duration maxAge) {

    CacheControl catalogue() {
        return CacheControl.maxAge(maxAge).cachePrivate();
    }
}
