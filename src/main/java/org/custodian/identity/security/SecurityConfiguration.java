package org.custodian.identity.security;

import java.time.Clock;
import java.util.Map;

import org.custodian.identity.jdbc.ApiTokens;
import org.custodian.identity.jdbc.StaffUsers;
import org.custodian.identity.oidc.OidcLogin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two doors: the API ({@code /api/**}) takes HTTP Basic or a bearer token on every request and keeps no
 * session; the web UI signs in through a form, or single sign-on when configured, and keeps a session with
 * CSRF protection. Which role may do what is declared on each endpoint with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, StaffUsers users, Clock clock,
            ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                // Scripts sign every request (Basic or bearer) and need no CSRF token; a browser already
                // signed in to the web UI may use its session, and then must send the token.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::changesWithSessionCookie))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, users, clock), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return http.build();
    }

    private static boolean changesWithSessionCookie(jakarta.servlet.http.HttpServletRequest request) {
        return !java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())
                && request.getHeader("Authorization") == null;
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ProblemResponses problems, ObjectProvider<OidcLogin> oidc)
            throws Exception {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler(problems));
        // Single sign-on sits beside the form, not instead of it: administrators keep a break-glass
        // account for when the identity provider is unreachable or misconfigured.
        OidcLogin singleSignOn = oidc.getIfAvailable();
        if (singleSignOn != null) {
            http.oauth2Login(singleSignOn);
        }
        return http.build();
    }
}
