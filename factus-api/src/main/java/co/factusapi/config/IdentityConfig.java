package co.factusapi.config;

import co.factusapi.adapter.out.persistence.identity.JdbcApiKeyRepository;
import co.factusapi.adapter.out.persistence.identity.JdbcUserRepository;
import co.factusapi.adapter.out.security.BCryptPasswordHasher;
import co.factusapi.adapter.out.security.JwtAccessTokenIssuer;
import co.factusapi.application.port.out.AccessTokenIssuer;
import co.factusapi.application.port.out.ApiKeyRepository;
import co.factusapi.application.port.out.PasswordHasher;
import co.factusapi.application.port.out.UserRepository;
import co.factusapi.application.service.AdminBootstrapService;
import co.factusapi.application.service.ApiKeyService;
import co.factusapi.application.service.AuditTrail;
import co.factusapi.application.service.LogInService;
import co.factusapi.application.service.UserService;
import java.security.SecureRandom;
import java.time.Clock;
import javax.crypto.SecretKey;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Users, API keys and tokens: the plain services and their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtProperties.class, AdminProperties.class, CacheProperties.class})
public class IdentityConfig {

    @Bean
    UserRepository userRepository(JdbcClient jdbc) {
        return new JdbcUserRepository(jdbc);
    }

    @Bean
    ApiKeyRepository apiKeyRepository(JdbcClient jdbc) {
        return new JdbcApiKeyRepository(jdbc);
    }

    @Bean
    PasswordHasher passwordHasher() {
        return new BCryptPasswordHasher(new BCryptPasswordEncoder());
    }

    @Bean
    SecretKey jwtSigningKey(JwtProperties properties, Environment environment) {
        return JwtSigningKey.from(properties.secret(), environment.getProperty("spring.datasource.url"));
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return NimbusJwtEncoder.withSecretKey(jwtSigningKey).algorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey, JwtProperties properties, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtSigningKey).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator();
        expiry.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(properties.issuer())));
        return decoder;
    }

    @Bean
    AccessTokenIssuer accessTokenIssuer(JwtEncoder jwtEncoder, Clock clock, JwtProperties properties) {
        return new JwtAccessTokenIssuer(jwtEncoder, clock, properties.ttl(), properties.issuer());
    }

    @Bean
    LogInService logInService(UserRepository users, PasswordHasher passwordHasher, AccessTokenIssuer accessTokenIssuer) {
        return new LogInService(users, passwordHasher, accessTokenIssuer);
    }

    @Bean
    ApiKeyService apiKeyService(ApiKeyRepository apiKeys, Clock clock, AuditTrail audit, CacheProperties caches) {
        return new ApiKeyService(apiKeys, clock, new SecureRandom(), audit, caches.apiKeys());
    }

    @Bean
    UserService userService(UserRepository users, PasswordHasher passwordHasher, Clock clock, AuditTrail audit) {
        return new UserService(users, passwordHasher, clock, audit);
    }

    @Bean
    AdminBootstrapService adminBootstrapService(UserRepository users, PasswordHasher passwordHasher, Clock clock) {
        return new AdminBootstrapService(users, passwordHasher, clock, new SecureRandom());
    }

    @Bean
    ApplicationRunner adminBootstrap(AdminBootstrapService adminBootstrapService, AdminProperties properties) {
        return arguments -> adminBootstrapService.ensureAdminExists(properties.adminPassword())
                .ifPresent(GeneratedPasswordNotice::print);
    }
}
