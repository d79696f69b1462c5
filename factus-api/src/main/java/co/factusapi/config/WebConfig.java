package co.factusapi.config;

import co.factusapi.adapter.in.web.error.ProblemErrorReportValve;
import co.factusapi.adapter.in.web.error.ProblemWriter;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Problem answers outside the controllers; the servlet filters are declared, in order, in {@link WebFilterConfig}. */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

    /** Every problem+json written outside a controller goes through this one writer. */
    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    /** Requests Tomcat refuses before any filter runs still get problem+json. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(ProblemWriter problems) {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.getPipeline().addValve(new ProblemErrorReportValve(problems));
            // The host adds a valve of this class only when its pipeline has none yet: ours, which has the writer.
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }
}
