package org.custodian.simulator;

/**
 * The server said it cannot, and never will, store this (400 unknown user or device, impossible time,
 * no duration; 507 storage full; 403, 404): a dock does not retry these.
 */
public class DeliveryRefusedException extends RuntimeException {

    private final int status;

    public DeliveryRefusedException(String request, int status, String body) {
        super(request + " refused with " + status + describe(status) + (body == null || body.isBlank() ? ""
                : ": " + body.strip().substring(0, Math.min(200, body.strip().length()))));
        this.status = status;
    }

    public int status() {
        return status;
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> " (unknown user or device, no duration or impossible time)";
            case 401 -> " (credentials refused)";
            case 507 -> " (content destination storage full)";
            default -> "";
        };
    }
}
