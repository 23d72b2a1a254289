package org.custodian.fleet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.fleet.web.FleetApiTests.assertProblem;
import static org.custodian.fleet.web.FleetFixtures.created;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Cameras, issuing and returning them, and who held one when, through the API. Runs on H2 here and on
 * PostgreSQL in {@link CameraCustodyApiPostgresTest}.
 */
@CustodianTest
class CameraCustodyApiTests {

    /** Past history is recorded against yesterday, so it never reaches into the future. */
    static final Instant YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    FleetFixtures fleet;
    Api admin;
    String unit;

    @BeforeEach
    void setUp() {
        fleet = new FleetFixtures(port, accounts);
        admin = fleet.admin;
        unit = fleet.unit(20);
    }

    @Test
    void registersACameraInServiceAndInStore() {
        String serial = FleetFixtures.unique("cam-", 14);
        Api.Response response = admin.post("/api/v1/cameras", Map.of("serial", serial, "model", "Axon Body 2",
                "firmware", "1.4.0"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);

        JsonNode camera = admin.get("/api/v1/cameras/" + serial).json();
        assertThat(camera.get("serial").asString()).isEqualTo(serial.toUpperCase());
        assertThat(camera.get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(camera.get("holder").isNull()).isTrue();
        assertThat(admin.get("/api/v1/cameras?status=in_service&size=1000").json().findValuesAsString("serial"))
                .contains(serial.toUpperCase());
    }

    @Test
    void issuesAndTakesBackACameraAndKnowsWhoHeldItWhen() {
        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        String jones = fleet.officer(unit);
        Instant handover = YESTERDAY.plus(8, ChronoUnit.HOURS);
        created(fleet.record(serial, smith, YESTERDAY, handover));
        Api.Response issued = created(fleet.record(serial, jones, handover, null));
        assertThat(issued.json().get("to").isNull()).isTrue();

        assertThat(holderAt(serial, YESTERDAY.minusNanos(1000)).get("officer").isNull()).isTrue();
        assertThat(holderAt(serial, YESTERDAY).get("officer").asString()).isEqualTo(smith);
        assertThat(holderAt(serial, handover.minusNanos(1000)).get("officer").asString()).isEqualTo(smith);
        assertThat(holderAt(serial, handover).get("officer").asString()).isEqualTo(jones);
        assertThat(admin.get("/api/v1/cameras/" + serial + "/holder").json().get("officer").asString()).isEqualTo(jones);
        assertThat(admin.get("/api/v1/cameras/" + serial).json().get("holder").asString()).isEqualTo(jones);

        Api.Response returned = admin.post("/api/v1/cameras/" + serial + "/return", Map.of());
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.json().get("to").isNull()).isFalse();
        assertThat(admin.get("/api/v1/cameras/" + serial).json().get("holder").isNull()).isTrue();
        assertThat(admin.get("/api/v1/cameras/" + serial + "/holder").json().get("officer").isNull()).isTrue();
        assertThat(holderAt(serial, handover).get("officer").asString()).isEqualTo(jones);

        JsonNode history = admin.get("/api/v1/cameras/" + serial + "/assignments").json();
        assertThat(history.findValuesAsString("officer")).containsExactly(smith, jones);
        assertThat(Instant.parse(history.get(0).get("to").asString())).isEqualTo(handover);
        assertThat(admin.get("/api/v1/officers/" + smith + "/assignments").json().findValuesAsString("camera"))
                .containsExactly(serial);
    }

    @Test
    void everyIssueAndReturnIsAudited() {
        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        created(fleet.issue(serial, smith));
        assertThat(admin.post("/api/v1/cameras/" + serial + "/return", Map.of()).status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/cameras/" + serial, Map.of("firmware", "1.5.0")).status()).isEqualTo(200);

        List<AuditEntry> entries = audit.find(AuditQuery.forSubject("camera", serial));
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("camera.updated", "camera.returned", "camera.issued", "camera.registered");
        assertThat(entries).extracting(AuditEntry::actor).containsOnly("admin");
        assertThat(entries.get(2).details()).contains("\"officer\":\"" + smith + "\"");
    }

    @Test
    void aCameraHeldByOneOfficerIsNotIssuedToAnother() {
        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        String jones = fleet.officer(unit);
        created(fleet.issue(serial, smith));

        assertProblem(fleet.issue(serial, jones), 409, "already issued to " + smith);
        assertThat(admin.get("/api/v1/cameras/" + serial + "/holder").json().get("officer").asString()).isEqualTo(smith);
        assertThat(admin.get("/api/v1/cameras/" + serial + "/assignments").json()).hasSize(1);
        assertThat(admin.get("/api/v1/officers/" + jones + "/assignments").json()).isEmpty();
    }

    @Test
    void aBackdatedAssignmentThatOverlapsHistoryIsRefused() {
        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        String jones = fleet.officer(unit);
        created(fleet.record(serial, smith, YESTERDAY, YESTERDAY.plus(8, ChronoUnit.HOURS)));

        assertProblem(fleet.record(serial, jones, YESTERDAY.plus(7, ChronoUnit.HOURS), YESTERDAY.plus(9, ChronoUnit.HOURS)),
                409, "would overlap");
        assertProblem(fleet.record(serial, jones, YESTERDAY.minus(1, ChronoUnit.HOURS), null), 409, "would overlap");
        assertThat(admin.get("/api/v1/cameras/" + serial + "/assignments").json().findValuesAsString("officer"))
                .containsExactly(smith);
        created(fleet.record(serial, jones, YESTERDAY.plus(8, ChronoUnit.HOURS), YESTERDAY.plus(16, ChronoUnit.HOURS)));
    }

    @Test
    void unknownCamerasAndOfficersAre404AndNothingChanges() {
        String missing = FleetFixtures.unique("CAM-", 14);
        String smith = fleet.officer(unit);
        assertProblem(admin.get("/api/v1/cameras/" + missing), 404, "Camera " + missing + " does not exist");
        assertProblem(fleet.issue(missing, smith), 404, "Camera " + missing);
        assertProblem(admin.get("/api/v1/cameras/" + missing + "/holder"), 404, "Camera " + missing);
        assertProblem(admin.get("/api/v1/cameras/" + missing + "/assignments"), 404, "Camera " + missing);
        assertProblem(admin.post("/api/v1/cameras/" + missing + "/return", Map.of()), 404, "Camera " + missing);
        assertProblem(admin.patch("/api/v1/cameras/" + missing, Map.of("firmware", "2")), 404, "Camera " + missing);
        assertThat(admin.get("/api/v1/officers/" + smith + "/assignments").json()).isEmpty();

        String serial = fleet.camera();
        String nobody = FleetFixtures.unique("PC", 10);
        assertProblem(fleet.issue(serial, nobody), 404, "Officer " + nobody);
        assertProblem(admin.get("/api/v1/officers/" + nobody + "/assignments"), 404, "Officer " + nobody);
        assertThat(admin.get("/api/v1/cameras/" + serial + "/assignments").json()).isEmpty();
        assertThat(admin.get("/api/v1/cameras/" + missing).status()).isEqualTo(404);
    }

    @Test
    void malformedValuesAre400NamingTheRuleAndNothingChanges() {
        long cameras = count("camera");
        assertProblem(admin.post("/api/v1/cameras", Map.of("serial", "AX 1001!", "model", "X", "firmware", "1")), 400,
                "4-32 characters of A-Z, 0-9 and '-', starting with a letter or digit");
        assertProblem(admin.post("/api/v1/cameras", Map.of("serial", "-AX1001", "model", "X", "firmware", "1")), 400,
                "starting with a letter or digit");
        assertProblem(admin.post("/api/v1/cameras", Map.of("serial", FleetFixtures.unique("CAM-", 14), "model", "X")),
                400, "firmware");
        assertProblem(admin.post("/api/v1/cameras", "{\"serial\": \"AX-1\", \"model\": "), 400, "not valid JSON");
        assertThat(count("camera")).isEqualTo(cameras);
        assertProblem(admin.get("/api/v1/cameras/AX_1"), 400, "Camera serial 'AX_1' is malformed");
        assertProblem(admin.get("/api/v1/cameras?status=BROKEN"), 400, "Unknown camera status 'BROKEN'");

        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        long assignments = count("camera_assignment");
        assertProblem(fleet.record(serial, smith, YESTERDAY, YESTERDAY), 400, "must end after it starts");
        assertProblem(fleet.record(serial, smith, Instant.now().plus(1, ChronoUnit.DAYS), null), 400, "future");
        assertProblem(admin.post("/api/v1/cameras/" + serial + "/assignments",
                Map.of("officer", smith, "from", "yesterday")), 400, "not valid JSON");
        assertProblem(admin.post("/api/v1/cameras/" + serial + "/assignments", Map.of()), 400, "officer");
        assertProblem(admin.get("/api/v1/cameras/" + serial + "/holder?at=noon"), 400, "'at'");
        assertThat(count("camera_assignment")).isEqualTo(assignments);
    }

    @Test
    void statusChangesFollowTheRulesAndRefusalsChangeNothing() {
        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        created(fleet.issue(serial, smith));

        assertProblem(admin.patch("/api/v1/cameras/" + serial, Map.of("status", "FAULTY", "reason", "lens cracked")),
                409, "return it before marking it FAULTY");
        assertProblem(admin.patch("/api/v1/cameras/" + serial, Map.of("status", "FAULTY")), 400, "reason");
        assertProblem(admin.patch("/api/v1/cameras/" + serial, Map.of("firmware", "9.9", "status", "RETIRED",
                "reason", "old")), 409, "return it before marking it RETIRED");
        JsonNode unchanged = admin.get("/api/v1/cameras/" + serial).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(unchanged.get("firmware").asString()).isEqualTo("1.4.0");

        assertThat(admin.post("/api/v1/cameras/" + serial + "/return", Map.of()).status()).isEqualTo(200);
        assertProblem(admin.post("/api/v1/cameras/" + serial + "/return", Map.of()), 409, "not issued to anyone");
        assertThat(admin.patch("/api/v1/cameras/" + serial, Map.of("status", "FAULTY", "reason", "lens cracked"))
                .json().get("status").asString()).isEqualTo("FAULTY");
        assertProblem(fleet.issue(serial, smith), 409, "only a camera IN_SERVICE can be issued");
        assertThat(admin.patch("/api/v1/cameras/" + serial, Map.of("status", "RETIRED", "reason", "beyond repair"))
                .status()).isEqualTo(200);
        assertProblem(admin.patch("/api/v1/cameras/" + serial, Map.of("status", "IN_SERVICE", "reason", "found")), 409,
                "RETIRED");
        assertThat(admin.get("/api/v1/cameras/" + serial).json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(audit.find(AuditQuery.forSubject("camera", serial)).get(0).reason()).isEqualTo("beyond repair");
    }

    @Test
    void markingAHeldCameraLostEndsItsAssignment() {
        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        created(fleet.issue(serial, smith));

        Api.Response lost = fleet.as(Role.SUPERVISOR).patch("/api/v1/cameras/" + serial,
                Map.of("status", "lost", "reason", "dropped during a foot chase"));
        assertThat(lost.status()).as(lost.toString()).isEqualTo(200);
        assertThat(lost.json().get("status").asString()).isEqualTo("LOST");
        assertThat(lost.json().get("holder").isNull()).isTrue();
        JsonNode history = admin.get("/api/v1/cameras/" + serial + "/assignments").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("to").isNull()).isFalse();
        AuditEntry entry = audit.find(AuditQuery.forSubject("camera", serial)).get(0);
        assertThat(entry.action()).isEqualTo("camera.status-changed");
        assertThat(entry.reason()).isEqualTo("dropped during a foot chase");
        assertThat(entry.details()).contains("\"returnedBy\":\"" + smith + "\"");
    }

    @Test
    void supervisorsIssueAndReportFaultsButDoNotKeepTheRegister() {
        Api supervisor = fleet.as(Role.SUPERVISOR);
        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        created(supervisor.post("/api/v1/cameras/" + serial + "/assignments", Map.of("officer", smith)));
        assertThat(supervisor.post("/api/v1/cameras/" + serial + "/return", Map.of()).status()).isEqualTo(200);

        assertThat(supervisor.patch("/api/v1/cameras/" + serial, Map.of("firmware", "2.0")).status()).isEqualTo(403);
        assertThat(supervisor.patch("/api/v1/cameras/" + serial, Map.of("status", "RETIRED", "reason", "x")).status())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/cameras/" + serial).json().get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(supervisor.patch("/api/v1/cameras/" + serial, Map.of("status", "FAULTY", "reason", "no power"))
                .status()).isEqualTo(200);

        Api officer = fleet.as(Role.OFFICER);
        String other = fleet.camera();
        assertThat(officer.post("/api/v1/cameras/" + other + "/assignments", Map.of("officer", smith)).status())
                .isEqualTo(403);
        assertThat(officer.get("/api/v1/cameras/" + other + "/assignments").json()).isEmpty();
    }

    @Test
    void twoOfficersIssuedTheSameCameraAtOnceGetItOnlyOnce() throws Exception {
        String serial = fleet.camera();
        List<String> officers = List.of(fleet.officer(unit), fleet.officer(unit));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> results = new ArrayList<>();
            for (String officer : officers) {
                results.add(pool.submit(() -> {
                    start.await();
                    return fleet.issue(serial, officer);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> result : results) {
                statuses.add(result.get().status());
            }
            assertThat(statuses).as(results.toString()).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        JsonNode history = admin.get("/api/v1/cameras/" + serial + "/assignments").json();
        assertThat(history).hasSize(1);
        assertThat(officers).contains(history.get(0).get("officer").asString());
    }

    private JsonNode holderAt(String serial, Instant at) {
        Api.Response response = admin.get("/api/v1/cameras/" + serial + "/holder?at=" + at);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
