package org.custodian.ingest;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * How Tomcat reads request bodies from the socket. Footage arrives by the gigabyte: with Tomcat's default
 * 8 KiB heap buffer, every 8 KiB is a system call, and the JDK copies each read once more out of its own
 * native buffer into the heap. Reading {@code custodian.ingest.socket-read-buffer} at a time into a buffer
 * outside the heap cut the server's CPU per docked gigabyte by about a fifth (docs/benchmarks.md). Each
 * connection holds one such buffer while it is open, so the size times the connections the server allows
 * ({@code server.tomcat.max-connections}) must fit in the JVM's direct memory.
 */
@Component
class SocketReads implements TomcatConnectorCustomizer {

    private final int bufferBytes;

    SocketReads(IngestProperties properties) {
        this.bufferBytes = (int) properties.socketReadBuffer().toBytes();
    }

    @Override
    public void customize(Connector connector) {
        connector.setProperty("socket.directBuffer", "true");
        connector.setProperty("socket.appReadBufSize", Integer.toString(bufferBytes));
    }
}
