package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.servlet.filter.OrderedCharacterEncodingFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.test.context.ActiveProfiles;

/** The filters run in the order WebFilterConfig declares, around Spring Security's chain as its comments say. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebFilterOrderTest {
    @Autowired
    private List<AbstractFilterRegistrationBean<?>> registrations;

    @Test
    void ourFiltersSitAroundTheSecurityChainInTheDeclaredOrder() {
        List<String> names = registrations.stream()
                .sorted(Comparator.comparingInt(AbstractFilterRegistrationBean::getOrder))
                .map(AbstractFilterRegistrationBean::getFilterName)
                .filter(name -> !name.equals(OrderedCharacterEncodingFilter.class.getSimpleName()))
                .toList();
        assertThat(names).containsSubsequence("correlationIdFilter", "trailingSlashFilter", "securityHeadersFilter",
                "corsFilter", "bodySizeLimitFilter", "springSecurityFilterChain", "loginThrottleFilter",
                "rateLimitFilter", "idempotencyFilter", "lookupsEtagFilter");
    }
}
