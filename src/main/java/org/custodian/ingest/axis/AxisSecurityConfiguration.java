package org.custodian.ingest.axis;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The Axis door: a body worn system signs in at {@code /auth/v1.0} with its account key and then sends
 * the {@code X-Auth-Token} it got on every storage request. It is a machine speaking Swift, not a person
 * with a browser, so there is no session, no CSRF token and no form or Basic sign-in here. Ordered before
 * the staff chains so {@code /v1/**} never reaches them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AxisSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain axis(HttpSecurity http, AxisTokens tokens, AxisProperties properties) throws Exception {
        http.securityMatcher("/auth/v1.0", "/v1/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new AxisTokenFilter(tokens, properties), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
                        unauthorized(response)))
                .authorizeHttpRequests(a -> a.requestMatchers("/auth/v1.0").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    private static void unauthorized(HttpServletResponse response) throws java.io.IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("A valid X-Auth-Token is required; get one from /auth/v1.0\n"
                .getBytes(StandardCharsets.UTF_8));
    }
}
