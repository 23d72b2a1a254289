package org.custodian.shared;

import java.nio.file.Path;

/** The data folder (database file and footage) cannot be created or written. */
public class DataDirectoryNotWritableException extends RuntimeException {

    private final transient Path dataDir;

    public DataDirectoryNotWritableException(Path dataDir, Exception cause) {
        super("Custodian cannot write to its data folder " + dataDir + " (" + cause + ")", cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
