package org.eaihub.config.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The HTTP security baseline of every application: HTTP Basic against the landscape's user file, no
 * sessions, every path authenticated except health and the published contracts (WSDL, XSD, JSON Schema,
 * OpenAPI), and the SOAP POSTs an application authenticates itself by WS-Security UsernameToken
 * ({@link SecurityProperties#wsSecurityPaths()}). Finer rules per endpoint use {@code @PreAuthorize} with the
 * roles of {@link Roles}; an application's {@link PathRoles} beans restrict whole paths (such as a web page) to
 * some roles.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({SecurityProperties.class, LoginAlarmProperties.class})
@EnableMethodSecurity
public class LandscapeSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public UserStore userStore(SecurityProperties properties) {
        return UserStore.load(properties.usersFile());
    }

    @Bean
    @ConditionalOnMissingBean
    public UserDetailsService userDetailsService(UserStore store) {
        return name -> store.find(name)
                .map(u -> User.withUsername(u.name()).password(u.passwordHash())
                        .roles(u.roles().toArray(String[]::new)).build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain landscapeSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
            ObjectProvider<PathRoles> pathRoles) throws Exception {
        RequestMatcher[] open = Arrays.stream(properties.publicPaths())
                .map(AntPathRequestMatcher::new).toArray(RequestMatcher[]::new);
        RequestMatcher[] tokenPaths = Arrays.stream(properties.wsSecurityPaths())
                .map(path -> new AntPathRequestMatcher(path, "POST")).toArray(RequestMatcher[]::new);
        List<PathRoles> restricted = pathRoles.orderedStream().toList();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    // Restricted paths first, so that no public path can open one of them.
                    for (PathRoles rule : restricted) {
                        auth.requestMatchers(new AntPathRequestMatcher(rule.pattern()))
                                .hasAnyRole(rule.roles().toArray(String[]::new));
                    }
                    auth.requestMatchers(open).permitAll()
                            .requestMatchers(LandscapeSecurityAutoConfiguration::isContractRequest).permitAll()
                            .requestMatchers(request -> isTokenAuthenticated(request, tokenPaths)).permitAll()
                            .anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName("eaihub"));
        return http.build();
    }

    /** Repeated failed logins of one account raise a security alarm (log event and counter). */
    @Bean
    @ConditionalOnProperty(name = "eaihub.security.alarm.enabled", matchIfMissing = true)
    public LoginFailureAlarm loginFailureAlarm(LoginAlarmProperties alarm, ObjectProvider<MeterRegistry> registry) {
        return new LoginFailureAlarm(new LoginFailureWindow(alarm.threshold(), alarm.window(), alarm.maxAccounts()),
                registry, Clock.systemUTC());
    }

    /**
     * A SOAP POST that carries no HTTP credentials to a path of {@code eaihub.security.ws-security-paths}: the
     * application authenticates it by its WS-Security UsernameToken (and refuses it without one). A POST with an
     * {@code Authorization} header is authenticated here as every other request, so a wrong HTTP Basic password
     * still gets 401.
     */
    static boolean isTokenAuthenticated(jakarta.servlet.http.HttpServletRequest request, RequestMatcher[] tokenPaths) {
        return request.getHeader("Authorization") == null
                && Arrays.stream(tokenPaths).anyMatch(path -> path.matches(request));
    }

    /** A SOAP service's own WSDL or XSD ({@code /services/X?wsdl}, {@code ?xsd=...}) is a published contract. */
    static boolean isContractRequest(jakarta.servlet.http.HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/services/")) {
            return false;
        }
        String query = request.getQueryString();
        return query != null && (query.equalsIgnoreCase("wsdl") || query.toLowerCase().startsWith("wsdl=")
                || query.toLowerCase().startsWith("xsd="));
    }
}
