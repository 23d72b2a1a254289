package org.custodian.shared;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns the two start-up failures an operator meets first into a plain description and action. */
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataDirectoryNotWritableException e) {
                return new FailureAnalysis(
                        "Custodian cannot write to its data folder " + e.dataDir() + ": " + rootMessage(e),
                        "Create the folder and make it writable by this user, or point CUSTODIAN_DATA_DIR "
                                + "at a writable folder.",
                        e);
            }
            if (t instanceof SQLException e && isConnectionFailure(e)) {
                return new FailureAnalysis(
                        "Custodian cannot reach its database: " + rootMessage(e),
                        "Check that the database server is running and that CUSTODIAN_DB_URL, CUSTODIAN_DB_USER "
                                + "and CUSTODIAN_DB_PASSWORD are right (postgres profile), or remove the profile to "
                                + "use the embedded database.",
                        e);
            }
        }
        return null;
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        // SQLSTATE class 08 is "connection exception"; 28 is "invalid authorization specification".
        return state != null && (state.startsWith("08") || state.startsWith("28"));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
