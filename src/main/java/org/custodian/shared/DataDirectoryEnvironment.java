package org.custodian.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the data folder before anything else starts and fails start-up with a message a person can
 * act on when it cannot be written. Derives the embedded H2 database location from it unless a
 * datasource URL is configured (the postgres profile sets one).
 */
public class DataDirectoryEnvironment implements EnvironmentPostProcessor {

    static final String PROPERTY = "custodian.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dataDir = Path.of(environment.getProperty(PROPERTY, "./data")).toAbsolutePath().normalize();
        ensureWritable(dataDir);
        Map<String, Object> derived = new java.util.HashMap<>();
        derived.put(PROPERTY, dataDir.toString());
        if (!environment.containsProperty("spring.datasource.url")) {
            // WRITE_DELAY=0: H2 otherwise keeps commits in memory for up to half a second, and a killed process
            // would lose clips whose uploads were already acknowledged (ServerKilledMidUploadTest).
            // QUERY_CACHE_SIZE: each connection keeps this many parsed statements; at H2's default of 8 the
            // few dozen statements one docked recording runs were parsed again and again.
            derived.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db").resolve("custodian")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0"
                    + ";QUERY_CACHE_SIZE=256");
            derived.put("spring.datasource.username", "sa");
            derived.put("spring.datasource.password", "");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("custodianDataDirectory", derived));
    }

    static void ensureWritable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryNotWritableException(dataDir, e);
        }
    }
}
