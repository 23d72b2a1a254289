package org.custodian.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's own HTTP/1.1 client against a server scripted byte by byte. */
class PlainHttpTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final PlainHttp http = new PlainHttp();
    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        http.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sendsTheNextRequestOverTheSameConnection() throws Exception {
        server = new ScriptedServer((request, in, out) -> {
            in.readNBytes(request.length());
            answer(out, "201 Created", "");
            return true;
        });

        SwiftAnswer first = http.exchange("PUT", server.uri("/v1/a/c"), Map.of("X-Meta", "1"), ObjectBody.of(bytes(10)),
                -1, TIMEOUT);
        SwiftAnswer second = http.exchange("POST", server.uri("/v1/a/c"), Map.of(), ObjectBody.EMPTY, -1, TIMEOUT);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(server.connections.get()).isEqualTo(1);
        assertThat(server.requests).extracting(Request::line).containsExactly("PUT /v1/a/c HTTP/1.1",
                "POST /v1/a/c HTTP/1.1");
        assertThat(server.requests.get(0).header("x-meta")).isEqualTo("1");
        assertThat(server.requests.get(1).header("content-length")).isEqualTo("0");
    }

    @Test
    void sendsARequestAgainOnANewConnectionWhenTheServerClosedTheIdleOne() throws Exception {
        server = new ScriptedServer((request, in, out) -> {
            in.readNBytes(request.length());
            answer(out, "201 Created", "");
            return false; // closes the connection once it has answered, without saying so
        });

        http.exchange("PUT", server.uri("/v1/a/one"), Map.of(), ObjectBody.of(bytes(5)), -1, TIMEOUT);
        server.awaitClosed(1);
        SwiftAnswer again = http.exchange("PUT", server.uri("/v1/a/two"), Map.of(), ObjectBody.of(bytes(5)), -1,
                TIMEOUT);

        assertThat(again.status()).isEqualTo(201);
        assertThat(server.connections.get()).isEqualTo(2);
        assertThat(server.requests).extracting(Request::line).containsExactly("PUT /v1/a/one HTTP/1.1",
                "PUT /v1/a/two HTTP/1.1");
    }

    @Test
    void readsAChunkedAnswer() throws Exception {
        server = new ScriptedServer((request, in, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nETag: abc\r\n\r\n"
                    + "5\r\nhello\r\n7;x=y\r\n, world\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return true;
        });

        SwiftAnswer answer = http.exchange("GET", server.uri("/v1/a/System/Capability.json"), Map.of(),
                ObjectBody.EMPTY, -1, TIMEOUT);

        assertThat(new String(answer.body(), StandardCharsets.US_ASCII)).isEqualTo("hello, world");
        assertThat(answer.header("etag")).hasValue("abc");
        assertThat(answer.keepAlive()).isTrue();
    }

    @Test
    void aServerThatRefusesBeforeTheBodyIsSentNoneOfIt() throws Exception {
        Path clip = file(3 << 20);
        server = new ScriptedServer((request, in, out) -> {
            assertThat(request.header("expect")).isEqualToIgnoringCase("100-continue");
            answer(out, "503 Service Unavailable", "Retry-After: 7\r\n");
            return true;
        });

        SwiftAnswer answer = http.exchange("PUT", server.uri("/v1/a/c/clip.mp4"), Map.of(), ObjectBody.of(clip), -1,
                TIMEOUT);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).hasValue("7");
        assertThat(server.bodyBytes.get()).isZero();
    }

    @Test
    void sendsAFileWholeOnceTheServerSaysContinue() throws Exception {
        Path clip = file((3 << 20) + 17);
        List<byte[]> received = new CopyOnWriteArrayList<>();
        server = new ScriptedServer((request, in, out) -> {
            proceed(out);
            received.add(in.readNBytes(request.length()));
            answer(out, "201 Created", "");
            return true;
        });

        SwiftAnswer answer = http.exchange("PUT", server.uri("/v1/a/c/clip.mp4"), Map.of(), ObjectBody.of(clip), -1,
                TIMEOUT);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(received).singleElement().isEqualTo(Files.readAllBytes(clip));
    }

    @Test
    void aRefusalPartWayThroughTheBodyIsReportedRatherThanTheBrokenConnection() throws Exception {
        Path clip = file(64 << 20);
        server = new ScriptedServer((request, in, out) -> {
            proceed(out);
            in.readNBytes(1 << 20);
            answer(out, "507 Insufficient Storage", "Connection: close\r\n");
            return false; // closes without reading the rest, as a server does with a large refused body
        });

        SwiftAnswer answer = http.exchange("PUT", server.uri("/v1/a/c/clip.mp4"), Map.of(), ObjectBody.of(clip), -1,
                TIMEOUT);

        assertThat(answer.status()).isEqualTo(507);
        assertThat(answer.keepAlive()).isFalse();
    }

    @Test
    void cutsABodyShortWhereTheFaultPlanSays() throws Exception {
        Path clip = file(2 << 20);
        server = new ScriptedServer((request, in, out) -> {
            proceed(out);
            in.readNBytes(request.length());
            return false;
        });

        assertThatThrownBy(() -> http.exchange("PUT", server.uri("/v1/a/c/clip.mp4"), Map.of(), ObjectBody.of(clip),
                1000, TIMEOUT)).isInstanceOf(IOException.class).hasMessageContaining("unplugged after 1000");
        server.awaitClosed(1);

        assertThat(server.bodyBytes.get()).isEqualTo(1000);
    }

    private Path file(int size) throws IOException {
        Path file = dir.resolve("clip-" + size + ".mp4");
        Files.write(file, bytes(size));
        return file;
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** Tells the client to send the body it is holding back ({@code 100 Continue}). */
    private static void proceed(OutputStream out) throws IOException {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void answer(OutputStream out, String status, String headers) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    record Request(String line, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        int length() {
            return Integer.parseInt(headers.getOrDefault("content-length", "0"));
        }
    }

    /** What the server does with one request; false closes the connection after it. */
    interface Script {
        boolean handle(Request request, InputStream in, OutputStream out) throws IOException;
    }

    /** A loopback server reading request heads itself and answering as its script says, counting body bytes read. */
    static final class ScriptedServer implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger bodyBytes = new AtomicInteger();
        final List<Request> requests = new CopyOnWriteArrayList<>();
        private final ServerSocket socket;
        private final Script script;
        private final List<Thread> threads = new ArrayList<>();

        ScriptedServer(Script script) throws IOException {
            this.script = script;
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "scripted-server");
            acceptor.setDaemon(true);
            acceptor.start();
            threads.add(acceptor);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        }

        void awaitClosed(int count) throws InterruptedException {
            for (long deadline = System.nanoTime() + 10_000_000_000L; closed.get() < count
                    && System.nanoTime() < deadline;) {
                Thread.sleep(10);
            }
            assertThat(closed.get()).as("connections closed by the server").isGreaterThanOrEqualTo(count);
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    connections.incrementAndGet();
                    Thread thread = new Thread(() -> serve(connection), "scripted-connection");
                    thread.setDaemon(true);
                    thread.start();
                } catch (IOException closedDown) {
                    return;
                }
            }
        }

        private void serve(Socket connection) {
            try (connection) {
                InputStream in = new CountingInput(connection.getInputStream());
                OutputStream out = connection.getOutputStream();
                while (true) {
                    Request request = head(in);
                    if (request == null) {
                        return;
                    }
                    bodyBytes.set(0);
                    requests.add(request);
                    if (!script.handle(request, in, out)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // The client went away: nothing to answer.
            } finally {
                closed.incrementAndGet();
            }
        }

        private static Request head(InputStream in) throws IOException {
            String line = line(in);
            if (line == null) {
                return null;
            }
            Map<String, String> headers = new java.util.HashMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            return new Request(line, headers);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return null;
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        /** Counts what the script reads of a body: everything read after a request's head. */
        private final class CountingInput extends InputStream {
            private final InputStream in;

            CountingInput(InputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    bodyBytes.addAndGet(n);
                }
                return n;
            }
        }
    }
}
