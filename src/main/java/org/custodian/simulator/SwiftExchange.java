package org.custodian.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sends one Swift request until it succeeds or must not be retried, reacting to each answer as the Axis
 * spec asks of a camera system: 401 log in again, 503 wait as told, 422 (checksum refused) and dropped
 * connections send the object again, 400 and 507 give up at once.
 */
final class SwiftExchange {

    private final HttpClient http;
    private final PlainHttp plain = new PlainHttp();
    private final AxisSession session;
    private final RetryPolicy policy;
    private final FaultPlan faults;
    private final Consumer<Acknowledgement> acknowledgements;
    private final boolean etags;
    private final TransferCounters counters = new TransferCounters();

    SwiftExchange(HttpClient http, AxisSession session, RetryPolicy policy, FaultPlan faults,
            Consumer<Acknowledgement> acknowledgements, boolean etags) {
        this.etags = etags;
        this.http = http;
        this.session = session;
        this.policy = policy;
        this.faults = faults;
        this.acknowledgements = acknowledgements;
    }

    SwiftAnswer send(String method, String path, Map<String, String> headers, ObjectBody body) {
        String request = method + " " + path;
        Duration waited = Duration.ZERO;
        String problem = "no attempt made";
        IOException cause = null;
        for (int attempt = 1; attempt <= policy.attempts(); ) {
            SwiftAnswer response;
            AxisSession.Token token;
            try {
                token = session.current();
                response = exchange(token, method, path, headers, body, attempt);
            } catch (IOException e) {
                problem = DeliveryFailedException.describe(e);
                cause = e;
                counters.connectionFailures.increment();
                attempt = backOff(request, attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryFailedException(request, "interrupted", e);
            }
            int status = response.status();
            if (status / 100 == 2) {
                if (body.md5() != null) {
                    counters.delivered(body.length());
                }
                acknowledgements.accept(new Acknowledgement(method, path, status));
                return response;
            }
            problem = "answered " + status;
            cause = null;
            if (status == 503) {
                // Busy is normal at shift change: wait as told, without spending an attempt.
                Duration wait = retryAfter(response, attempt);
                waited = waited.plus(wait);
                if (waited.compareTo(policy.patience()) > 0) {
                    problem = "busy for longer than " + policy.patience();
                    break;
                }
                counters.busyWaits.increment();
                pause(request, wait);
            } else if (status == 401) {
                counters.reauthentications.increment();
                session.expire(token);
                attempt++;
            } else if (status == 422) {
                counters.checksumRefusals.increment();
                attempt++;
            } else if (status >= 500 && status != 507) {
                counters.serverErrors.increment();
                attempt = backOff(request, attempt);
            } else {
                String reason = new String(response.body(), StandardCharsets.UTF_8);
                throw new DeliveryRefusedException(request, status, reason);
            }
        }
        throw new DeliveryFailedException(request, problem + " (gave up)", cause);
    }

    /** Over plain http on the sending thread ({@link PlainHttp}); over https through the JDK's client. */
    private SwiftAnswer exchange(AxisSession.Token token, String method, String path, Map<String, String> headers,
            ObjectBody body, int attempt) throws IOException, InterruptedException {
        URI uri = token.resolve(path);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("X-Auth-Token", token.value());
        if (etags && body.md5() != null) {
            all.put("ETag", body.md5());
        }
        all.putAll(headers);
        long cut = faults.cutAfter(path, attempt, body.length());
        if (PlainHttp.handles(uri)) {
            return plain.exchange(method, uri, all, body, cut, policy.requestTimeout());
        }
        return SwiftAnswer.of(http.send(build(uri, method, all, body, cut), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private HttpRequest build(URI uri, String method, Map<String, String> headers, ObjectBody body, long cut) {
        BodyPublisher publisher = body.publisher();
        // As curl and the Swift clients do, big bodies wait for "100 Continue", so a server that is busy or
        // refuses can say so before the bytes are sent.
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(policy.requestTimeout())
                .expectContinue(body.length() >= PlainHttp.EXPECT_CONTINUE_FROM)
                .method(method, cut >= 0 && cut < body.length() ? new UnpluggedBody(publisher, cut) : publisher);
        headers.forEach(builder::header);
        return builder.build();
    }

    /**
     * Retry-After in seconds as the server sent it, capped by the policy; the backoff when absent, and at
     * least the backoff, so "Retry-After: 0" cannot turn the dock into a busy loop.
     */
    private Duration retryAfter(SwiftAnswer response, int attempt) {
        Duration asked = response.header("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
                .orElse(policy.backoffBefore(attempt + 1));
        Duration floor = asked.compareTo(policy.backoff()) < 0 ? policy.backoff() : asked;
        return floor.compareTo(policy.longestRetryAfter()) > 0 ? policy.longestRetryAfter() : floor;
    }

    /** Waits before the next attempt, unless there is none; returns the next attempt's number. */
    private int backOff(String request, int attempt) {
        if (attempt < policy.attempts()) {
            pause(request, policy.backoffBefore(attempt + 1));
        }
        return attempt + 1;
    }

    private static void pause(String request, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException(request, "interrupted", e);
        }
    }

    TransferStats stats() {
        return counters.snapshot();
    }
}
