package org.custodian.simulator;

/** Every retry the policy allows failed (dropped connections, timeouts, server errors, or busy for too long). */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String request, String lastProblem, Throwable cause) {
        super(request + " not delivered: " + lastProblem, cause);
    }

    static String describe(java.io.IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
