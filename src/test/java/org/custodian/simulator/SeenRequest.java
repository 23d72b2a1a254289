package org.custodian.simulator;

import java.util.Map;

/**
 * A request as the fake Swift server saw it, with its metadata decoded; status -1 when the server
 * dropped the connection on purpose, -2 when the client's body was cut short.
 */
record SeenRequest(String method, String path, int status, Map<String, String> metadata, long bodyBytes,
        long nanoTime) {

    SeenRequest(String method, String path, int status, Map<String, String> metadata, long bodyBytes) {
        this(method, path, status, metadata, bodyBytes, System.nanoTime());
    }

    boolean succeeded() {
        return status / 100 == 2;
    }

    String request() {
        return method + " " + path;
    }
}
