package org.custodian.simulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/1.1 over plain sockets, each request answered on the thread that sends it, over connections kept
 * open between requests (checked before reuse, as other clients do, since the server may have closed one).
 * A camera system docking footage makes a few small requests per recording around each large upload; a
 * simulator docking gigabytes on the machine that runs the server should take as little of its CPU, and add
 * as little delay between requests, as it can. A file body is handed to the kernel with
 * {@link FileChannel#transferTo} ({@code sendfile} on Linux), so its bytes go from the page cache to the
 * socket without passing through the JVM. Large bodies wait for {@code 100 Continue}, as curl and the Swift
 * clients do, so a refusal (503 at shift change, 401, 507) costs no bytes; a body can be cut short after a
 * given number of bytes, as a camera pulled out of its dock would. Plain {@code http:} only.
 */
final class PlainHttp implements AutoCloseable {

    /** Bodies from this size on wait for the server's "100 Continue". */
    static final long EXPECT_CONTINUE_FROM = 1 << 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** A server need not answer the expectation (RFC 9110 10.1.1): after this long the body goes anyway. */
    private static final Duration CONTINUE_WAIT = Duration.ofSeconds(2);
    private static final int LONGEST_LINE = 16 * 1024;
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "http-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<String, ConcurrentLinkedDeque<Connection>> idle = new ConcurrentHashMap<>();

    static boolean handles(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    }

    /**
     * Sends one request and returns the server's final answer, over a kept-alive connection when one is idle
     * and still open, else over a new one.
     *
     * @param cutAfter body bytes to send before dropping the connection, or -1 to send them all
     * @throws IOException when the connection fails, the deadline passes, or the body was cut on purpose
     */
    SwiftAnswer exchange(String method, URI uri, Map<String, String> headers, ObjectBody body, long cutAfter,
            Duration timeout) throws IOException {
        ConcurrentLinkedDeque<Connection> open = idleTo(uri);
        Connection connection = open.pollFirst();
        while (connection != null && !connection.stillOpen()) {
            connection.close();
            connection = open.pollFirst();
        }
        return exchangeOn(connection != null ? connection : Connection.open(uri), method, uri, headers, body, cutAfter,
                timeout);
    }

    @Override
    public void close() {
        idle.values().forEach(connections -> connections.forEach(Connection::close));
        idle.clear();
    }

    private SwiftAnswer exchangeOn(Connection connection, String method, URI uri, Map<String, String> headers,
            ObjectBody body, long cutAfter, Duration timeout) throws IOException {
        ScheduledFuture<?> deadline = DEADLINES.schedule(connection::close, timeout.toMillis(), TimeUnit.MILLISECONDS);
        boolean keep = false;
        try {
            long length = body.length();
            boolean expect = length >= EXPECT_CONTINUE_FROM;
            connection.write(head(method, uri, headers, length, length > 0 || !"GET".equals(method), expect));
            if (expect) {
                SwiftAnswer early = connection.continueOrAnswer(method);
                if (early != null) {
                    // The server may still wait for the body it refused: a new request on this connection
                    // would be read as that body, so the connection goes.
                    return early;
                }
            }
            long sending = cutAfter >= 0 && cutAfter < length ? cutAfter : length;
            try {
                connection.sendBody(body, sending);
            } catch (IOException sendFailed) {
                // A server that refuses a body part-way (507 when its disk fills, 503) answers, then closes
                // rather than read the rest: that answer says more than the broken pipe it leaves.
                SwiftAnswer refusal = connection.answerLeftBehind(method);
                if (refusal == null) {
                    throw sendFailed;
                }
                return refusal;
            }
            if (sending < length) {
                throw new IOException("Dock unplugged after " + sending + " of " + length + " bytes");
            }
            SwiftAnswer answer = connection.answer(method);
            keep = answer.keepAlive();
            return answer;
        } finally {
            deadline.cancel(false);
            if (keep && connection.isOpen()) {
                idleTo(uri).offerFirst(connection);
            } else {
                connection.close();
            }
        }
    }

    private ConcurrentLinkedDeque<Connection> idleTo(URI uri) {
        return idle.computeIfAbsent(authority(uri), key -> new ConcurrentLinkedDeque<>());
    }

    private static ByteBuffer head(String method, URI uri, Map<String, String> headers, long length, boolean withLength,
            boolean expect) {
        StringBuilder head = new StringBuilder(512);
        head.append(method).append(' ').append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(authority(uri)).append("\r\n");
        if (withLength) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        if (expect) {
            head.append("Expect: 100-continue\r\n");
        }
        headers.forEach((name, value) -> {
            if (name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                    || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("A header cannot hold a line break: " + name);
            }
            head.append(name).append(": ").append(value).append("\r\n");
        });
        head.append("\r\n");
        return ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String authority(URI uri) {
        return uri.getHost() + ":" + (uri.getPort() >= 0 ? uri.getPort() : 80);
    }

    private static final class Connection {

        private final SocketChannel channel;
        private final InputStream in;

        private Connection(SocketChannel channel) throws IOException {
            this.channel = channel;
            this.in = new BufferedInputStream(channel.socket().getInputStream(), 8192);
        }

        static Connection open(URI uri) throws IOException {
            SocketChannel channel = SocketChannel.open();
            try {
                channel.socket().connect(new InetSocketAddress(uri.getHost(), uri.getPort() >= 0 ? uri.getPort() : 80),
                        (int) CONNECT_TIMEOUT.toMillis());
                channel.socket().setTcpNoDelay(true);
                return new Connection(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        boolean isOpen() {
            return channel.isOpen();
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing is how a deadline ends the exchange; a failure to close changes nothing.
            }
        }

        /**
         * Whether an idle connection can carry another request: the server has not closed it meanwhile (its
         * keep-alive timeout, or a restart) and has sent nothing unasked.
         */
        boolean stillOpen() {
            if (!channel.isOpen()) {
                return false;
            }
            try {
                if (in.available() > 0) {
                    return false;
                }
                channel.configureBlocking(false);
                try {
                    return channel.read(ByteBuffer.allocate(1)) == 0;
                } finally {
                    channel.configureBlocking(true);
                }
            } catch (IOException e) {
                return false;
            }
        }

        void write(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }

        void sendBody(ObjectBody body, long count) throws IOException {
            if (count == 0) {
                return;
            }
            if (body.file() == null) {
                write(ByteBuffer.wrap(body.bytes(), 0, (int) count));
                return;
            }
            try (FileChannel source = FileChannel.open(body.file(), StandardOpenOption.READ)) {
                long sent = 0;
                while (sent < count) {
                    long n = source.transferTo(sent, count - sent, channel);
                    if (n <= 0 && source.size() <= sent) {
                        throw new EOFException(body.file() + " is shorter than the " + count + " bytes announced");
                    }
                    sent += n;
                }
            }
        }

        /** Null once the server has said "100 Continue", or nothing for a while; else its final answer. */
        SwiftAnswer continueOrAnswer(String method) throws IOException {
            channel.socket().setSoTimeout((int) CONTINUE_WAIT.toMillis());
            in.mark(1);
            try {
                if (in.read() < 0) {
                    throw new EOFException("The server closed the connection before answering");
                }
            } catch (SocketTimeoutException silent) {
                return null;
            } finally {
                channel.socket().setSoTimeout(0);
            }
            in.reset();
            int status = status(line());
            if (status == 100) {
                skipHeaders();
                return null;
            }
            return rest(status, method);
        }

        /** The answer the server sent before the connection broke, if it got that far; else null. */
        SwiftAnswer answerLeftBehind(String method) {
            try {
                channel.socket().setSoTimeout((int) CONTINUE_WAIT.toMillis());
                SwiftAnswer answer = answer(method);
                return answer.status() >= 400 ? answer : null;
            } catch (IOException | RuntimeException nothingUsable) {
                return null;
            }
        }

        SwiftAnswer answer(String method) throws IOException {
            int status = status(line());
            while (status / 100 == 1) {
                skipHeaders();
                status = status(line());
            }
            return rest(status, method);
        }

        private SwiftAnswer rest(int status, String method) throws IOException {
            SwiftAnswer.Headers headers = new SwiftAnswer.Headers();
            for (String line = line(); !line.isEmpty(); line = line()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            String encoding = headers.first("Transfer-Encoding").orElse("").toLowerCase(Locale.ROOT);
            String length = headers.first("Content-Length").orElse(null);
            boolean closes = headers.first("Connection").orElse("").toLowerCase(Locale.ROOT).contains("close");
            byte[] body;
            if ("HEAD".equals(method) || status == 204 || status == 304) {
                body = new byte[0];
            } else if (encoding.contains("chunked")) {
                body = chunked();
            } else if (length != null) {
                body = exactly(parseLength(length));
            } else {
                body = in.readAllBytes();
                closes = true;
            }
            return new SwiftAnswer(status, headers, body, !closes);
        }

        private byte[] exactly(int length) throws IOException {
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                throw new EOFException("The answer ended after " + body.length + " of " + length + " bytes");
            }
            return body;
        }

        private byte[] chunked() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int extension = size.indexOf(';');
                int length;
                try {
                    length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("Not a chunk size: " + size, e);
                }
                if (length == 0) {
                    skipHeaders();
                    return body.toByteArray();
                }
                body.write(exactly(length));
                line();
            }
        }

        private void skipHeaders() throws IOException {
            while (!line().isEmpty()) {
                // Headers of an interim answer, or trailers, mean nothing here.
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("The server closed the connection mid-answer");
                }
                if (line.length() > LONGEST_LINE) {
                    throw new IOException("An answer line longer than " + LONGEST_LINE + " bytes");
                }
                line.append((char) b);
            }
            int end = line.length();
            return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
        }

        private static int parseLength(String value) throws IOException {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IOException("Not a Content-Length: " + value, e);
            }
        }

        private static int status(String statusLine) throws IOException {
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("Not an HTTP answer: " + statusLine);
            }
            try {
                return Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("Not an HTTP status: " + statusLine, e);
            }
        }
    }
}
