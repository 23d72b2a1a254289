package org.custodian.simulator;

import java.io.PrintStream;

/**
 * The simulator's command-line entry, reached from the application's main method before Spring starts:
 * {@code simulate} (dock a shift into a running server) and {@code footage} (benchmark clips).
 */
public final class SimulatorCommands {

    private SimulatorCommands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("simulate") || args[0].equals("footage"));
    }

    /** Runs the command and returns its exit code: 0 done, 1 some recordings not docked, 2 bad usage. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean simulate = args[0].equals("simulate");
        try {
            return simulate ? SimulateCommand.run(args, out) : FootageCommand.run(args, out);
        } catch (CommandLine.UsageException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: " + (simulate ? SimulateCommand.USAGE : FootageCommand.USAGE));
            return 2;
        } catch (DeliveryRefusedException | DeliveryFailedException | CorruptCapabilitiesException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
