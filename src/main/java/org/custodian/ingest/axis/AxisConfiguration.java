package org.custodian.ingest.axis;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code custodian.axis.*}; the web door is {@link AxisSecurityConfiguration}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AxisProperties.class)
class AxisConfiguration {
}
