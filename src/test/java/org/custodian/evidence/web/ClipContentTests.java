package org.custodian.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.TrackPoint;
import org.custodian.evidence.media.MediaExamination;
import org.custodian.evidence.media.TestClips;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.ingest.Ingest;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.custodian.support.FleetRecords;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Playing and downloading footage over HTTP: ranges, media types, who may, and the audit of each read. */
@CustodianTest
class ClipContentTests {

    static final Instant FILMED = Instant.parse("2026-11-21T10:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    Ingest ingest;
    @Autowired
    MediaExamination examination;
    @Autowired
    ClipCatalogue catalogue;
    @Autowired
    AuditLog audit;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;

    FleetRecords records;
    String camera;
    String owner;
    String ownerUser;
    /** 2.5 MiB, so ranges cross the 1 MiB encryption segments. */
    byte[] bytes;
    ClipId clip;

    @BeforeEach
    void anOfficersClip() throws IOException {
        records = new FleetRecords(fleet, custody, accounts);
        camera = records.camera();
        owner = records.officer();
        ownerUser = records.user(Role.OFFICER, owner);
        bytes = new byte[5 * 512 * 1024];
        new Random().nextBytes(bytes);
        clip = TestClips.dock(ingest, camera, owner, FILMED, bytes).clipId();
    }

    @Test
    void withoutARangeTheWholeClipIsSentAndAuditedAsADownload() {
        HttpResponse<byte[]> response = get(ownerUser, "/api/v1/clips/" + clip + "/content", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/octet-stream");
        assertThat(response.headers().firstValue("Content-Length")).contains(String.valueOf(bytes.length));
        assertThat(trail()).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::outcome)
                .contains(tuple(ownerUser, "clip.downloaded", "SUCCEEDED"));
        assertThat(trail()).filteredOn(e -> e.action().equals("clip.downloaded")).extracting(AuditEntry::details)
                .allMatch(d -> d.contains("0-" + (bytes.length - 1) + "/" + bytes.length));
    }

    @Test
    void aRangeGets206WithExactlyThoseBytesDecryptedAcrossSegments() {
        int mib = 1024 * 1024;
        assertRange("bytes=0-99", 0, 99);
        assertRange("bytes=" + (mib - 10) + "-" + (mib + 9), mib - 10, mib + 9);
        assertRange("bytes=" + (2 * mib) + "-", 2 * mib, bytes.length - 1);
        assertRange("bytes=-500", bytes.length - 500, bytes.length - 1);
        assertRange("bytes=" + (bytes.length - 10) + "-" + (bytes.length + 1000), bytes.length - 10, bytes.length - 1);
    }

    @Test
    void aHeadRequestAnswersTheHeadersAndIsNotAuditedAsAPlay() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/clips/" + clip + "/content"))
                .header("Authorization", basic(ownerUser)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).contains(String.valueOf(bytes.length));
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(trail()).extracting(AuditEntry::action).doesNotContain("clip.played", "clip.downloaded");
    }

    @Test
    void anUnsatisfiableRangeGets416() {
        HttpResponse<byte[]> response = get(ownerUser, "/api/v1/clips/" + clip + "/content", "bytes=" + bytes.length + "-");

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes */" + bytes.length);
        assertThat(get(ownerUser, "/api/v1/clips/" + clip + "/content", "bytes=0-1,5-9").statusCode()).isEqualTo(416);
    }

    @Test
    void aPlaybackIsAuditedOnceFromItsFirstRangeWithWhoAndWhichBytes() {
        get(ownerUser, "/api/v1/clips/" + clip + "/content", "bytes=0-");
        get(ownerUser, "/api/v1/clips/" + clip + "/content", "bytes=1000-1999");
        get(ownerUser, "/api/v1/clips/" + clip + "/content", "bytes=5000-5999");

        List<AuditEntry> played = trail().stream().filter(e -> e.action().equals("clip.played")).toList();
        assertThat(played).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(ownerUser);
            assertThat(e.subjectId()).isEqualTo(clip.toString());
            assertThat(e.details()).contains("0-" + (bytes.length - 1) + "/" + bytes.length).contains("original");
        });
    }

    @Test
    void theMediaTypeComesFromTheFactsAndPicturesAppearOnceMade() throws IOException {
        byte[] mp4 = TestClips.mp4(camera, FILMED, Duration.ofSeconds(2));
        ClipId video = TestClips.dock(ingest, camera, owner, FILMED.plusSeconds(600), mp4).clipId();
        assertThat(get(ownerUser, "/api/v1/clips/" + video + "/poster", null).statusCode()).isEqualTo(404);
        assertThat(get(ownerUser, "/api/v1/clips/" + video + "/thumbnails", null).statusCode()).isEqualTo(404);

        examination.examine(video);

        HttpResponse<byte[]> content = get(ownerUser, "/api/v1/clips/" + video + "/content", "bytes=0-1023");
        assertThat(content.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(content.body()).isEqualTo(Arrays.copyOf(mp4, 1024));
        HttpResponse<byte[]> poster = get(ownerUser, "/api/v1/clips/" + video + "/poster", null);
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(poster.body()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(get(ownerUser, "/api/v1/clips/" + video + "/thumbnails", null).statusCode()).isEqualTo(200);
        assertThat(get(ownerUser, "/api/v1/clips/" + video + "/content?rendition=playable", null).statusCode())
                .as("no rendition of a clip that plays as it is").isEqualTo(404);
        Api.Response facts = Api.at(port).as(ownerUser, FleetRecords.PASSWORD).get("/api/v1/clips/" + video + "/media");
        assertThat(facts.json().get("videoCodec").asString()).isEqualTo("h264");
        assertThat(facts.json().get("width").asInt()).isEqualTo(320);
        assertThat(facts.json().get("playsInBrowsers").asBoolean()).isTrue();
        assertThat(audit.find(AuditQuery.forSubject("clip", video.toString()))).extracting(AuditEntry::action)
                .contains("clip.played", "clip.poster-viewed", "clip.thumbnails-viewed", "clip.media-read");
    }

    @Test
    void aPlayableRenditionIsServedWhenTheOriginalWillNotPlay() throws IOException {
        byte[] mkv = TestClips.mkvMjpeg(Duration.ofSeconds(1));
        ClipId video = TestClips.dock(ingest, camera, owner, FILMED.plusSeconds(1200), mkv).clipId();
        examination.examine(video);

        HttpResponse<byte[]> original = get(ownerUser, "/api/v1/clips/" + video + "/content", null);
        HttpResponse<byte[]> playable = get(ownerUser, "/api/v1/clips/" + video + "/content?rendition=playable", "bytes=0-");

        assertThat(original.body()).isEqualTo(mkv);
        assertThat(original.headers().firstValue("Content-Type")).contains("video/x-matroska");
        assertThat(playable.statusCode()).isEqualTo(206);
        assertThat(playable.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(new String(playable.body(), 4, 4, StandardCharsets.ISO_8859_1)).isEqualTo("ftyp");
        assertThat(audit.find(AuditQuery.forSubject("clip", video.toString()))).filteredOn(
                e -> e.action().equals("clip.played")).extracting(AuditEntry::details).anyMatch(d -> d.contains("playable"));
        assertThat(get(ownerUser, "/api/v1/clips/" + video + "/content?rendition=other", null).statusCode()).isEqualTo(400);
    }

    @Test
    void rolesThatMustNotSeeTheClipAreRefusedAndTheRefusalIsAudited() {
        String prosecutor = records.user(Role.PROSECUTOR, null);
        String otherOfficer = records.user(Role.OFFICER, records.officer());
        String supervisor = records.user(Role.SUPERVISOR, null, records.unit());
        String otherSupervisor = records.user(Role.SUPERVISOR, null, "ZZ9");

        for (String path : List.of("/content", "/poster", "/thumbnails", "/media")) {
            assertThat(get(prosecutor, "/api/v1/clips/" + clip + path, null).statusCode()).as(path).isEqualTo(403);
            assertThat(get(otherOfficer, "/api/v1/clips/" + clip + path, null).statusCode()).as(path).isEqualTo(404);
            assertThat(get(otherSupervisor, "/api/v1/clips/" + clip + path, null).statusCode()).as(path).isEqualTo(404);
            assertThat(get(null, "/api/v1/clips/" + clip + path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(get(supervisor, "/api/v1/clips/" + clip + "/content", "bytes=0-9").statusCode()).isEqualTo(206);
        assertThat(trail()).filteredOn(e -> e.actor().equals(otherOfficer)).extracting(AuditEntry::action,
                AuditEntry::outcome).contains(tuple("clip.played", "DENIED"), tuple("clip.poster-viewed", "DENIED"));
        assertThat(trail()).extracting(AuditEntry::actor).doesNotContain(prosecutor);
        assertThat(trail()).filteredOn(e -> e.action().equals("clip.played")).extracting(AuditEntry::actor,
                AuditEntry::outcome).contains(tuple(supervisor, "SUCCEEDED"));
    }

    @Test
    void anEvidenceOfficerPlaysAnothersClipOnlyWithAReasonAndTheReasonIsAudited() {
        String evidenceOfficer = records.user(Role.EVIDENCE_OFFICER, null);

        HttpResponse<byte[]> refused = get(evidenceOfficer, "/api/v1/clips/" + clip + "/content", "bytes=0-9");
        HttpResponse<byte[]> played = get(evidenceOfficer,
                "/api/v1/clips/" + clip + "/content?reason=Complaint%202026%2F114", "bytes=0-9");
        HttpResponse<byte[]> byHeader = getWithReason(evidenceOfficer, "/api/v1/clips/" + clip + "/content",
                "Disclosure to CPS");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("say why you are opening it")
                .contains("\"reasonNeeded\":true");
        assertThat(played.statusCode()).isEqualTo(206);
        assertThat(played.body()).isEqualTo(Arrays.copyOf(bytes, 10));
        assertThat(byHeader.statusCode()).isEqualTo(200);
        assertThat(trail()).filteredOn(e -> e.actor().equals(evidenceOfficer)).extracting(AuditEntry::action,
                AuditEntry::outcome, AuditEntry::reason).containsExactlyInAnyOrder(
                        tuple("clip.played", "DENIED", null), tuple("clip.played", "SUCCEEDED", "Complaint 2026/114"),
                        tuple("clip.downloaded", "SUCCEEDED", "Disclosure to CPS"));
        assertThat(trail()).filteredOn(e -> "Complaint 2026/114".equals(e.reason())).singleElement()
                .extracting(AuditEntry::details).asString().contains("not own: reason given").contains("0-9/");
    }

    @Test
    void anAuditorSeesTheMediaFactsWithAReasonButNeverTheFootage() {
        String auditor = records.user(Role.AUDITOR, null);

        HttpResponse<byte[]> content = get(auditor, "/api/v1/clips/" + clip + "/content?reason=Annual%20audit", null);

        assertThat(content.statusCode()).isEqualTo(403);
        assertThat(new String(content.body(), StandardCharsets.UTF_8)).contains("not its footage");
        assertThat(get(auditor, "/api/v1/clips/" + clip + "/poster?reason=Annual%20audit", null).statusCode())
                .isEqualTo(403);
        assertThat(trail()).filteredOn(e -> e.actor().equals(auditor)).extracting(AuditEntry::action,
                AuditEntry::outcome).containsOnly(tuple("clip.played", "DENIED"), tuple("clip.poster-viewed", "DENIED"));
    }

    @Test
    void anOfficersOwnViewingBeforeAStatementIsLoggedAsSuch() {
        assertThat(get(ownerUser, "/api/v1/clips/" + clip + "/content?purpose=statement", "bytes=0-99").statusCode())
                .isEqualTo(206);
        assertThat(get(ownerUser, "/api/v1/clips/" + clip + "/content?purpose=fun", "bytes=0-99").statusCode())
                .isEqualTo(400);

        assertThat(trail()).filteredOn(e -> e.action().equals("clip.played")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(ownerUser);
            assertThat(e.reason()).isEqualTo("before writing a statement");
            assertThat(e.details()).contains("\"purpose\":\"statement\"");
        });
    }

    @Test
    void theApiDocumentsTheReasonAndPurposeOfEachRead() {
        tools.jackson.databind.JsonNode paths = Api.at(port).get("/v3/api-docs").json().get("paths");
        for (String path : List.of("/content", "/poster", "/thumbnails", "/media")) {
            assertThat(paths.get("/api/v1/clips/{id}" + path).get("get").get("parameters").findValuesAsString("name"))
                    .as(path).contains("reason", "X-Access-Reason", "purpose").doesNotContain("why");
        }
    }

    @Test
    void theClipPageShowsTheTrackWithoutTilesAndItsAuditTrailToTheOwnerOnly() {
        catalogue.replaceTrack(clip, List.of(new TrackPoint(FILMED, 51.5007, -0.1246),
                new TrackPoint(FILMED.plusSeconds(20), 51.5010, -0.1240), new TrackPoint(FILMED.plusSeconds(40), 51.5014, -0.1250)));
        WebSession session = WebSession.at(port);
        session.signIn(ownerUser, FleetRecords.PASSWORD);

        WebSession.Page page = session.get("/clips/" + clip);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"player\"").contains("/api/v1/clips/" + clip + "/content")
                .contains("<polyline").contains("id=\"clip-metadata\"").contains("clip.viewed")
                .doesNotContain("leaflet.js");
        WebSession other = WebSession.at(port);
        other.signIn(records.user(Role.OFFICER, records.officer()), FleetRecords.PASSWORD);
        assertThat(other.get("/clips/" + clip).status()).isEqualTo(404);
        assertThat(trail()).extracting(AuditEntry::action, AuditEntry::outcome)
                .contains(tuple("clip.viewed", "SUCCEEDED"), tuple("clip.viewed", "DENIED"));
    }

    private void assertRange(String range, int first, int last) {
        HttpResponse<byte[]> response = get(ownerUser, "/api/v1/clips/" + clip + "/content", range);
        assertThat(response.statusCode()).as(range).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).as(range)
                .contains("bytes " + first + "-" + last + "/" + bytes.length);
        assertThat(response.body()).as(range).isEqualTo(Arrays.copyOfRange(bytes, first, last + 1));
    }

    private List<AuditEntry> trail() {
        return audit.find(AuditQuery.forSubject("clip", clip.toString()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + FleetRecords.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> get(String user, String path, String range) {
        return send(request(user, path, range));
    }

    private HttpResponse<byte[]> getWithReason(String user, String path, String reason) {
        return send(request(user, path, null).header("X-Access-Reason", reason));
    }

    private HttpRequest.Builder request(String user, String path, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "*/*");
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (range != null) {
            request.header("Range", range);
        }
        return request;
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
