package org.custodian.evidence.web;

import java.util.Arrays;
import java.util.List;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * An {@link AccessReason} argument of a handler is read from the request as everywhere else: the {@code reason}
 * query parameter, else the {@code X-Access-Reason} header, and the {@code purpose} parameter; the API
 * documentation names those three for each such handler.
 */
@Configuration(proxyBeanMethods = false)
class AccessReasons implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessReason.class);
    }

    @Bean
    OperationCustomizer accessReasonParameters() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(this::supportsParameter)) {
                operation.addParametersItem(new Parameter().in("query").name("reason").schema(new StringSchema())
                        .description("Why you open a clip neither yours nor your unit's (kept in the audit log)"));
                operation.addParametersItem(new Parameter().in("header").name("X-Access-Reason")
                        .schema(new StringSchema()).description("The reason, as a header instead"));
                operation.addParametersItem(new Parameter().in("query").name("purpose").schema(new StringSchema())
                        .description("'statement': an officer viewing their own footage before writing a statement"));
            }
            return operation;
        };
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AccessReason.class;
    }

    @Override
    public AccessReason resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        return AccessReason.of(request.getParameter("reason"), request.getHeader("X-Access-Reason"),
                request.getParameter("purpose"));
    }
}
