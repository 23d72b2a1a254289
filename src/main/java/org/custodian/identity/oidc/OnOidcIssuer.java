package org.custodian.identity.oidc;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Single sign-on is on when an issuer is configured. {@code @ConditionalOnProperty} would not do: the
 * property is always present, empty when {@code CUSTODIAN_OIDC_ISSUER_URI} is unset.
 */
class OnOidcIssuer implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("custodian.oidc.issuer-uri"));
    }
}
