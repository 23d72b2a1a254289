package org.custodian.ingest.axis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP written by hand on a socket, for what well-behaved clients refuse to send: paths exactly as typed
 * (dot segments, encoded slashes) and bodies shorter than their {@code Content-Length}.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The status code of the answer, or -1 when the server closed the connection without one. */
    static int send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(12);
            if (reply.length < 12) {
                return -1;
            }
            return Integer.parseInt(new String(reply, 9, 3, StandardCharsets.ISO_8859_1));
        } catch (SocketTimeoutException | java.net.SocketException e) {
            return -1;
        }
    }

    static String request(String method, String path, String token, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n");
        if (token != null) {
            head.append("X-Auth-Token: ").append(token).append("\r\n");
        }
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }
}
