package org.custodian.simulator;

/**
 * The content destination's word that it has taken a request: for a clip PUT, the moment a camera may
 * wipe its own copy, so nothing acknowledged may ever be lost by the server.
 */
public record Acknowledgement(String method, String object, int status) {

    public boolean isClip() {
        return "PUT".equals(method) && object.endsWith(".mp4");
    }
}
