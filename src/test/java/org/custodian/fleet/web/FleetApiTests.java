package org.custodian.fleet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import tools.jackson.databind.JsonNode;

/** Units, officers, docks and roll-out through the API. Runs on H2 here and on PostgreSQL in {@link FleetApiPostgresTest}. */
@CustodianTest
class FleetApiTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;

    FleetFixtures fleet;
    Api admin;

    @BeforeEach
    void setUp() {
        fleet = new FleetFixtures(port, accounts);
        admin = fleet.admin;
    }

    @Test
    void registersReadsAndRevisesAUnit() {
        String code = FleetFixtures.unique("U", 8);
        Api.Response created = admin.post("/api/v1/units", Map.of("code", code.toLowerCase(), "name", "Havering",
                "kind", "borough", "establishment", 420));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/units/" + code);

        JsonNode unit = admin.get("/api/v1/units/" + code).json();
        assertThat(unit.get("code").asString()).isEqualTo(code);
        assertThat(unit.get("kind").asString()).isEqualTo("BOROUGH");
        assertThat(unit.get("establishment").asInt()).isEqualTo(420);
        assertThat(admin.get("/api/v1/units").json().findValuesAsString("code")).contains(code);

        Api.Response revised = admin.put("/api/v1/units/" + code, Map.of("name", "Havering (East Area)",
                "kind", "BOROUGH", "establishment", 450));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(admin.get("/api/v1/units/" + code).json().get("establishment").asInt()).isEqualTo(450);
        assertThat(audit.find(AuditQuery.forSubject("unit", code))).extracting(AuditEntry::action)
                .containsExactly("unit.revised", "unit.registered");
    }

    @Test
    void registersOfficersAndListsThemByUnit() {
        String unit = fleet.unit(10);
        String other = fleet.unit(10);
        String collar = fleet.officer(unit);
        fleet.officer(other);

        JsonNode officer = admin.get("/api/v1/officers/" + collar.toLowerCase()).json();
        assertThat(officer.get("collarNumber").asString()).isEqualTo(collar);
        assertThat(officer.get("rank").asString()).isEqualTo("PC");
        assertThat(officer.get("active").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/officers?unit=" + unit).json().findValuesAsString("collarNumber"))
                .containsExactly(collar);

        Api.Response promoted = admin.patch("/api/v1/officers/" + collar, Map.of("rank", "sgt", "unit", other));
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(admin.get("/api/v1/officers/" + collar).json().get("rank").asString()).isEqualTo("SGT");
        assertThat(admin.get("/api/v1/officers?unit=" + unit).json()).isEmpty();
        assertThat(audit.find(AuditQuery.forSubject("officer", collar))).extracting(AuditEntry::action)
                .containsExactly("officer.changed", "officer.registered");
    }

    @Test
    void registersAndReadsADock() {
        String unit = fleet.unit(10);
        String code = FleetFixtures.unique("DOCK-", 12);
        Api.Response created = admin.post("/api/v1/docks", Map.of("code", code, "site", "Romford police station",
                "unit", unit, "bays", 24, "host", "dock-romford-1.example.police.uk"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode dock = admin.get("/api/v1/docks/" + code).json();
        assertThat(dock.get("site").asString()).isEqualTo("Romford police station");
        assertThat(dock.get("bays").asInt()).isEqualTo(24);
        assertThat(dock.get("address").isNull()).isTrue();
        assertThat(admin.get("/api/v1/docks").json().findValuesAsString("code")).contains(code);
        assertThat(audit.find(AuditQuery.forSubject("dock", code))).extracting(AuditEntry::action)
                .containsExactly("dock.registered");
    }

    @Test
    void rolloutCountsCamerasIssuedToEachUnitsOfficersAgainstItsEstablishment() {
        String unit = fleet.unit(4);
        String smith = fleet.officer(unit);
        String jones = fleet.officer(unit);
        String first = fleet.camera();
        FleetFixtures.created(fleet.issue(first, smith));
        FleetFixtures.created(fleet.issue(fleet.camera(), jones));
        assertThat(progressOf(unit)).containsEntry("issued", 2).containsEntry("percent", 50)
                .containsEntry("establishment", 4);

        assertThat(admin.post("/api/v1/cameras/" + first + "/return", Map.of()).status()).isEqualTo(200);
        assertThat(progressOf(unit)).containsEntry("issued", 1).containsEntry("percent", 25);

        JsonNode rollout = admin.get("/api/v1/rollout").json();
        int establishment = 0;
        int issued = 0;
        for (JsonNode row : rollout.get("units")) {
            establishment += row.get("establishment").asInt();
            issued += row.get("issued").asInt();
        }
        assertThat(rollout.get("total").get("establishment").asInt()).isEqualTo(establishment);
        assertThat(rollout.get("total").get("issued").asInt()).isEqualTo(issued);
    }

    @Test
    void unknownUnitsAndOfficersAre404AndNothingIsCreated() {
        String missing = FleetFixtures.unique("U", 8);
        assertProblem(admin.get("/api/v1/units/" + missing), 404, "Unit " + missing + " does not exist");
        assertProblem(admin.put("/api/v1/units/" + missing, Map.of("name", "X", "kind", "BOROUGH", "establishment", 1)),
                404, "does not exist");
        assertThat(admin.get("/api/v1/units/" + missing).status()).isEqualTo(404);

        String collar = FleetFixtures.unique("PC", 10);
        assertProblem(admin.post("/api/v1/officers", Map.of("collarNumber", collar, "name", "Nobody", "rank", "PC",
                "unit", missing)), 404, "Unit " + missing);
        assertThat(admin.get("/api/v1/officers/" + collar).status()).isEqualTo(404);
        assertProblem(admin.get("/api/v1/officers?unit=" + missing), 404, "Unit " + missing);
        assertProblem(admin.patch("/api/v1/officers/" + collar, Map.of("name", "X")), 404, "Officer " + collar);

        String dock = FleetFixtures.unique("DOCK-", 12);
        assertProblem(admin.post("/api/v1/docks", Map.of("code", dock, "site", "Nowhere", "unit", missing, "bays", 4)),
                404, "Unit " + missing);
        assertThat(admin.get("/api/v1/docks/" + dock).status()).isEqualTo(404);
    }

    @Test
    void malformedValuesAre400NamingTheRuleAndNothingIsCreated() {
        String unit = fleet.unit(10);
        assertProblem(admin.post("/api/v1/units", Map.of("code", "K D", "name", "X", "kind", "BOROUGH",
                "establishment", 1)), 400, "2-10 letters or digits");
        assertProblem(admin.post("/api/v1/units", Map.of("code", FleetFixtures.unique("U", 8), "name", "X",
                "kind", "BOROUGH", "establishment", -1)), 400, "establishment");
        assertProblem(admin.post("/api/v1/units", Map.of("code", FleetFixtures.unique("U", 8), "name", "X",
                "kind", "COUNTY", "establishment", 1)), 400, "Unknown unit kind 'COUNTY'");

        String collar = FleetFixtures.unique("PC", 10);
        assertProblem(admin.post("/api/v1/officers", Map.of("collarNumber", collar, "name", "X", "rank", "CONSTABLE",
                "unit", unit)), 400, "Unknown rank 'CONSTABLE'");
        assertProblem(admin.post("/api/v1/officers", Map.of("collarNumber", "PC 1", "name", "X", "rank", "PC",
                "unit", unit)), 400, "2-20 letters or digits");
        assertThat(admin.get("/api/v1/officers/" + collar).status()).isEqualTo(404);

        String dock = FleetFixtures.unique("DOCK-", 12);
        assertProblem(admin.post("/api/v1/docks", Map.of("code", dock, "site", "Romford", "unit", unit, "bays", 0)),
                400, "bays");
        assertThat(admin.get("/api/v1/docks/" + dock).status()).isEqualTo(404);

        assertProblem(admin.post("/api/v1/units", "{\"code\": \"KD\", "), 400, "not valid JSON");
        assertProblem(admin.get("/api/v1/officers?size=0"), 400, "size must be between 1 and 1000");
        assertThat(admin.get("/api/v1/officers?unit=" + unit).json()).isEmpty();
    }

    @Test
    void duplicatesAre409AndTheFirstRecordStands() {
        String unit = fleet.unit(10);
        assertProblem(admin.post("/api/v1/units", Map.of("code", unit, "name", "Impostor", "kind", "BOROUGH",
                "establishment", 1)), 409, "Unit " + unit + " is already registered");
        assertThat(admin.get("/api/v1/units/" + unit).json().get("name").asString()).isEqualTo("Unit " + unit);

        String collar = fleet.officer(unit);
        assertProblem(admin.post("/api/v1/officers", Map.of("collarNumber", collar, "name", "Impostor", "rank", "SGT",
                "unit", unit)), 409, "Officer " + collar + " is already registered");
        assertThat(admin.get("/api/v1/officers/" + collar).json().get("name").asString()).isEqualTo("Officer " + collar);
    }

    @Test
    void anOfficerHoldingACameraIsNotDeactivatedUntilItIsReturned() {
        String collar = fleet.officer(fleet.unit(10));
        String serial = fleet.camera();
        FleetFixtures.created(fleet.issue(serial, collar));

        assertProblem(admin.patch("/api/v1/officers/" + collar, Map.of("active", false, "name", "Renamed")), 409,
                "still holds camera " + serial);
        JsonNode unchanged = admin.get("/api/v1/officers/" + collar).json();
        assertThat(unchanged.get("active").asBoolean()).isTrue();
        assertThat(unchanged.get("name").asString()).isEqualTo("Officer " + collar);

        assertThat(admin.post("/api/v1/cameras/" + serial + "/return", Map.of()).status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/officers/" + collar, Map.of("active", false)).json().get("active").asBoolean())
                .isFalse();
        assertProblem(fleet.issue(serial, collar), 409, "not active");
        assertThat(admin.get("/api/v1/cameras/" + serial + "/assignments").json()).hasSize(1);
    }

    @Test
    void onlyAdministratorsKeepTheRegisterAndProsecutorsSeeNoneOfIt() {
        Api officer = fleet.as(Role.OFFICER);
        String serial = FleetFixtures.unique("CAM-", 14);
        assertProblem(officer.post("/api/v1/cameras", Map.of("serial", serial, "model", "X", "firmware", "1")), 403,
                "Your role does not allow");
        assertThat(admin.get("/api/v1/cameras/" + serial).status()).isEqualTo(404);
        assertThat(officer.get("/api/v1/cameras").status()).isEqualTo(200);
        assertThat(officer.get("/api/v1/rollout").status()).isEqualTo(200);

        Api supervisor = fleet.as(Role.SUPERVISOR);
        assertThat(supervisor.post("/api/v1/units", Map.of("code", FleetFixtures.unique("U", 8), "name", "X",
                "kind", "BOROUGH", "establishment", 1)).status()).isEqualTo(403);

        Api prosecutor = fleet.as(Role.PROSECUTOR);
        for (String path : List.of("/api/v1/cameras", "/api/v1/units", "/api/v1/officers", "/api/v1/docks",
                "/api/v1/rollout")) {
            assertThat(prosecutor.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(Api.at(port).get("/api/v1/cameras").status()).isEqualTo(401);
    }

    @Test
    void openApiDocumentsTheFleetEndpoints() {
        JsonNode docs = Api.at(port).get("/v3/api-docs").json();
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/units", "/api/v1/units/{code}",
                "/api/v1/rollout", "/api/v1/officers", "/api/v1/officers/{collarNumber}",
                "/api/v1/officers/{collarNumber}/assignments", "/api/v1/cameras", "/api/v1/cameras/{serial}",
                "/api/v1/cameras/{serial}/assignments", "/api/v1/cameras/{serial}/return",
                "/api/v1/cameras/{serial}/holder", "/api/v1/docks", "/api/v1/docks/{code}");
        assertThat(docs.get("paths").get("/api/v1/cameras/{serial}/holder").get("get").get("summary").asString())
                .contains("attributed");
    }

    private Map<String, Integer> progressOf(String unit) {
        for (JsonNode row : admin.get("/api/v1/rollout").json().get("units")) {
            if (row.get("unit").asString().equals(unit)) {
                Map<String, Integer> progress = new HashMap<>();
                for (String field : List.of("establishment", "issued", "percent")) {
                    progress.put(field, row.get(field).asInt());
                }
                return progress;
            }
        }
        throw new AssertionError("Unit " + unit + " is missing from the roll-out");
    }

    static void assertProblem(Api.Response response, int status, String detail) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).as(response.toString()).containsIgnoringCase(detail);
    }
}
