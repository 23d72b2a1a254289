package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** The Swift door itself: signing in, tokens, the capability object and System objects. */
@CustodianTest
@TestPropertySource(properties = "custodian.axis.key=" + AxisProtocolTests.KEY)
class AxisProtocolTests {

    static final String KEY = "axis-test-key-0123456789";

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    AxisCamera camera;

    @BeforeEach
    void signIn() {
        camera = AxisCamera.at(port);
        assertThat(camera.signIn("axis", KEY).status()).isEqualTo(200);
    }

    @Test
    void signsInWithTheAccountKeyAndNamesTheStorageUrl() {
        assertThat(camera.token()).startsWith("AUTH_tk");
        assertThat(camera.storageUrl()).isEqualTo("http://localhost:" + port + "/v1/AUTH_axis");
    }

    @Test
    void refusesAWrongKeyOrUserWith401AndAuditsIt() {
        assertThat(AxisCamera.at(port).signIn("axis", "guess").status()).isEqualTo(401);
        assertThat(AxisCamera.at(port).signIn("admin", KEY).status()).isEqualTo(401);
        assertThat(AxisCamera.at(port).signIn(null, null).status()).isEqualTo(401);
        assertThat(audit.find(new AuditQuery("axis:anonymous", "axis.sign-in", null, null, null, null, 0, 10)))
                .isNotEmpty().allMatch(e -> e.outcome().equals("DENIED"));
    }

    @Test
    void refusesStorageRequestsWithoutAGenuineTokenWith401() {
        String path = "Users/" + UUID.randomUUID();
        assertThat(camera.withToken(null).put(path, headers()).status()).isEqualTo(401);
        assertThat(camera.withToken("AUTH_tkforged.token").put(path, headers()).status()).isEqualTo(401);
        assertThat(camera.withToken(camera.token() + "x").put(path, headers()).status()).isEqualTo(401);
        assertThat(camera.head("Users").status()).isNotEqualTo(401);
    }

    @Test
    void refusesATokenOnAnotherAccountsPath() throws Exception {
        int status = RawHttp.send(port, RawHttp.request("PUT", "/v1/AUTH_other/Users", camera.token(),
                "Content-Length: 0"), new byte[0]);
        assertThat(status).isEqualTo(401);
    }

    @Test
    void publishesCapabilitiesWithTheirMd5AsETag() throws Exception {
        AxisCamera.Reply reply = camera.get("System/Capability.json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo(Capability.md5(reply.body()));
        var json = JsonMapper.builder().build().readTree(reply.body());
        assertThat(json.get("StoreAndRead").get("StoreBookmarks").asBoolean()).isTrue();
        assertThat(json.get("StoreAndRead").get("StoreGNSSTrackRecording").asBoolean()).isTrue();
        assertThat(json.get("StoreAndRead").get("StoreUserIDKey").asBoolean()).isTrue();
        assertThat(json.get("StoreAndRead").get("StoreReadSystemID").asBoolean()).isTrue();
        assertThat(camera.get("System/Capabilities.json").body()).isEqualTo(reply.body());
        assertThat(camera.head("System/Capability.json").header("ETag")).isEqualTo(reply.header("ETag"));
    }

    @Test
    void keepsSystemObjectsForTheSystemToReadBack() {
        String systemId = UUID.randomUUID().toString();
        assertThat(camera.put("System", headers()).status()).isIn(201, 202);
        assertThat(camera.put("System/" + systemId, headers("X-Object-Meta-Connectionid", "conn-1",
                "X-Object-Meta-Systemname", "North%20Area%20BWS")).status()).isEqualTo(201);
        AxisCamera.Reply read = camera.get("System/" + systemId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("X-Object-Meta-Systemname")).isEqualTo("North%20Area%20BWS");
        assertThat(camera.head("System/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(camera.get("Users/" + systemId).status()).isEqualTo(403);
    }

}
