package org.custodian.ingest;

/** Echoes a value a source sent, cut short so a hostile value cannot flood a message or the log. */
final class Quoted {

    private Quoted() {
    }

    static String of(String value) {
        if (value == null) {
            return "(none)";
        }
        return "'" + (value.length() > 64 ? value.substring(0, 64) + "..." : value) + "'";
    }
}
