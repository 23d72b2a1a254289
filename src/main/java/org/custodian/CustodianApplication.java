package org.custodian;

import java.util.Arrays;

import org.custodian.simulator.SimulatorCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CustodianApplication {

    public static void main(String[] args) {
        // The simulator is a client of a running server: it needs none of this application's context.
        if (SimulatorCommands.handles(args)) {
            System.exit(SimulatorCommands.run(args));
        }
        String command = CustodianCommands.commandFor(args);
        if (command != null) {
            System.exit(CustodianCommands.run(command, Arrays.copyOfRange(args, 2, args.length)));
        }
        SpringApplication.run(CustodianApplication.class, args);
    }
}
