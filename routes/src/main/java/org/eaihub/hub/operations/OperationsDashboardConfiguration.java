package org.eaihub.hub.operations;

import org.eaihub.config.security.PathRoles;
import org.eaihub.config.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The operations dashboard at {@code /ops/}: a static page (HTML, JS, CSS from {@code classpath:/ops-dashboard/})
 * that reads and steers the hub through its REST API with the operator's own credentials. Only operators and
 * administrators may load it. Its files are not under {@code static/}: the applications of the embedded landscape
 * share one classpath, and the CRM, ERP and SCM must not serve the hub's page.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsDashboardConfiguration implements WebMvcConfigurer {

    static final String PATH = "/ops/";

    @Bean
    public PathRoles operationsDashboardRoles() {
        return PathRoles.of(PATH + "**", Roles.OPERATOR, Roles.ADMIN);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**").addResourceLocations("classpath:/ops-dashboard/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/ops", PATH);
        registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
    }
}
