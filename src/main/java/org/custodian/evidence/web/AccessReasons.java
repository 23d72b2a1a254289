package org.custodian.evidence.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An {@link AccessReason} argument of a handler is read from the request as everywhere else: the {@code reason}
 * query parameter, else the {@code X-Access-Reason} header, and the {@code purpose} parameter.
 */
@Configuration(proxyBeanMethods = false)
class AccessReasons implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
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
