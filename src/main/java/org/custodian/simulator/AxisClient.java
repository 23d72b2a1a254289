package org.custodian.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A camera system's side of the Axis Body Worn integration API (an OpenStack Swift subset), over HTTP
 * only: log in, read the capabilities, register users and cameras, and dock recordings, retrying the
 * way the spec expects of a body-worn system. Safe to share between threads; objects stream from disk.
 */
public final class AxisClient {

    private static final List<String> CAPABILITY_OBJECTS =
            List.of("System/Capability.json", "System/Capabilities.json");

    private final URI authUri;
    private final String user;
    private final String key;
    private final RetryPolicy policy;
    private final FaultPlan faults;
    private final EndToEndKey encryption;
    private final Consumer<Acknowledgement> acknowledgements;
    private final boolean etags;
    private final AxisSession session;
    private final SwiftExchange exchange;
    private volatile Capabilities capabilities;

    private AxisClient(URI authUri, String user, String key, RetryPolicy policy, FaultPlan faults,
            EndToEndKey encryption, Consumer<Acknowledgement> acknowledgements, boolean etags) {
        this.authUri = authUri;
        this.user = user;
        this.key = key;
        this.policy = policy;
        this.faults = faults;
        this.encryption = encryption;
        this.acknowledgements = acknowledgements;
        this.etags = etags;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.session = new AxisSession(http, authUri, user, key, policy.requestTimeout());
        this.exchange = new SwiftExchange(http, session, policy, faults, acknowledgements, etags);
    }

    /** The server's base URL (auth at {@code /auth/v1.0}) or the full authentication URI. */
    public static AxisClient connect(URI server, String user, String key) {
        URI auth = server.getPath().endsWith("/auth/v1.0") ? server : server.resolve("/auth/v1.0");
        return new AxisClient(auth, user, key, RetryPolicy.standard(), FaultPlan.none(), null, acknowledged -> { },
                true);
    }

    public static AxisClient connect(ConnectionFile file) {
        return connect(file.authenticationUri(), file.user(), file.key()).withEncryption(file.encryption());
    }

    public AxisClient withRetryPolicy(RetryPolicy retryPolicy) {
        return new AxisClient(authUri, user, key, retryPolicy, faults, encryption, acknowledgements, etags);
    }

    public AxisClient withFaults(FaultPlan faultPlan) {
        return new AxisClient(authUri, user, key, policy, faultPlan, encryption, acknowledgements, etags);
    }

    /** Encrypts clips and tracks end to end for this key; null sends them in the clear. */
    public AxisClient withEncryption(EndToEndKey contentKey) {
        return new AxisClient(authUri, user, key, policy, faults, contentKey, acknowledgements, etags);
    }

    /** Tells the listener of every request the server acknowledged, from whichever thread sent it. */
    public AxisClient onAcknowledged(Consumer<Acknowledgement> listener) {
        return new AxisClient(authUri, user, key, policy, faults, encryption, listener, etags);
    }

    /**
     * Sends objects without an {@code ETag}: the Axis spec lists none on uploads, and a server then need not
     * take the MD5 of what it receives. By default every object carries the MD5 of its body.
     */
    public AxisClient withoutETags() {
        return new AxisClient(authUri, user, key, policy, faults, encryption, acknowledgements, false);
    }

    /** Logs in now, once, so a wrong address or key shows at once rather than after the retries. */
    public void authenticate() {
        try {
            session.current();
        } catch (IOException e) {
            throw new DeliveryFailedException("GET " + authUri, DeliveryFailedException.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("GET " + authUri, "interrupted", e);
        }
    }

    /**
     * Reads {@code System/Capability.json} once (also under the plural name the Axis example server
     * uses), refusing a body whose MD5 differs from its ETag as the spec requires; none when absent.
     */
    public Capabilities capabilities() {
        if (capabilities == null) {
            capabilities = readCapabilities();
        }
        return capabilities;
    }

    private Capabilities readCapabilities() {
        for (String object : CAPABILITY_OBJECTS) {
            SwiftAnswer response;
            try {
                response = exchange.send("GET", object, Map.of(), ObjectBody.EMPTY);
            } catch (DeliveryRefusedException e) {
                if (e.status() == 404) {
                    continue;
                }
                throw e;
            }
            String md5 = HexFormat.of().formatHex(ObjectBody.newMd5().digest(response.body()));
            String etag = response.header("ETag").orElse("").replace("\"", "").strip();
            if (!etag.equalsIgnoreCase(md5)) {
                throw new CorruptCapabilitiesException(object, etag, md5);
            }
            return Capabilities.parse(new String(response.body(), StandardCharsets.UTF_8));
        }
        return Capabilities.none();
    }

    /** {@code PUT Users/<UUID>}; the collar number goes as the user-supplied ID when the server stores it. */
    public void registerUser(Officer officer) {
        exchange.send("PUT", "Users/" + officer.userId(), MetaHeaders.object().with("Name", officer.name())
                .with("Active", "True")
                .with("UserID", capabilities().has(Capabilities.STORE_USER_ID) ? officer.collarNumber() : null)
                .toMap(), ObjectBody.EMPTY);
    }

    public void registerDevice(Camera camera) {
        exchange.send("PUT", "Devices/" + camera.serial(), MetaHeaders.object().with("Name", camera.name())
                .with("Model", camera.model()).with("Active", "True").toMap(), ObjectBody.EMPTY);
    }

    /** Docks a whole recording, ending with Status Complete; throws if the server refuses any part. */
    public void upload(Recording recording) {
        prepare(recording).run();
    }

    /** Makes every request of a recording's upload, to be sent later by {@link RecordingUpload#run()}. */
    RecordingUpload prepare(Recording recording) {
        return new RecordingUpload(exchange, capabilities(), encryption == null ? null : new ClipSealer(encryption),
                recording);
    }

    public TransferStats stats() {
        return exchange.stats();
    }
}
