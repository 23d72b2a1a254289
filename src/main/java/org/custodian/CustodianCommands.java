package org.custodian;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One-shot commands of the same jar ({@code java -jar custodian.jar audit verify}): the application
 * without its web server, against the configured database, returning the command's exit code.
 */
public final class CustodianCommands {

    private CustodianCommands() {
    }

    /** Maps the words on the command line to a command name, or null when they name none. */
    static String commandFor(String[] args) {
        if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
            return "audit-verify";
        }
        return null;
    }

    public static int run(String command, String... args) {
        SpringApplication app = new SpringApplication(CustodianApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("custodian.command", command, "spring.main.banner-mode", "off",
                "logging.level.root", "WARN", "logging.level.org.flywaydb", "ERROR"));
        try (ConfigurableApplicationContext context = app.run(args)) {
            return SpringApplication.exit(context);
        }
    }
}
