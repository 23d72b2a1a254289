package org.custodian.evidence.crypto;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key-encryption key comes from a Tink keyset file ({@code custodian.crypto.kek-file}). It is created on
 * first start only when {@code custodian.crypto.create-kek} is true, as the embedded default sets: in
 * production a missing KEK must stop the server rather than silently start a new one that cannot read
 * the footage already stored.
 */
@Configuration(proxyBeanMethods = false)
class FootageKeysConfiguration {

    @Bean
    FootageKeys footageKeys(@Value("${custodian.crypto.kek-file:${custodian.data-dir:./data}/keys/footage-kek.json}") Path file,
            @Value("${custodian.crypto.create-kek:false}") boolean create) {
        return FootageKeys.fromKeysetFile(file, create);
    }

    /** Once the server is up, gets footage encryption compiled to its fast path before the first dock. */
    @Bean
    @ConditionalOnBooleanProperty(name = "custodian.crypto.warm-up", matchIfMissing = true)
    ApplicationListener<ApplicationReadyEvent> cipherWarmUp() {
        return ready -> CipherWarmUp.inBackground();
    }
}
