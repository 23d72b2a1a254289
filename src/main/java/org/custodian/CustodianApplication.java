package org.custodian;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class CustodianApplication {

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
            System.exit(runCommand("audit-verify", Arrays.copyOfRange(args, 2, args.length)));
        }
        SpringApplication.run(CustodianApplication.class, args);
    }

    /** Runs a one-shot command against the configured database, without the web server, and returns its exit code. */
    static int runCommand(String command, String... args) {
        SpringApplication app = new SpringApplication(CustodianApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(java.util.Map.of("custodian.command", command,
                "spring.main.banner-mode", "off", "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = app.run(args)) {
            return SpringApplication.exit(context);
        }
    }
}
