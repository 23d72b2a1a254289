package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The connection file an administrator hands to the body worn manager, with a configured account key. */
@CustodianTest
@TestPropertySource(properties = {"custodian.axis.key=" + AxisProtocolTests.KEY, "custodian.axis.site-name=Met North"})
class ConnectionFileTests {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    Accounts accounts;

    @Test
    void givesAnAdministratorTheFileTheSpecDescribesAndAuditsIt() {
        Api.Response response = Api.at(port).admin().get("/api/v1/axis/connection-file");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).contains("attachment");
        JsonNode file = response.json();
        assertThat(file.get("ConnectionFileVersion").asString()).isEqualTo("1.0");
        assertThat(file.get("SiteName").asString()).isEqualTo("Met North");
        assertThat(file.get("ApplicationName").asString()).isEqualTo("Custodian");
        assertThat(file.get("ApplicationVersion").asString()).isNotBlank();
        assertThat(file.get("ContentDestinationAsNTPServer").asBoolean()).isFalse();
        assertThat(file.get("AuthenticationTokenURI").get(0).asString())
                .isEqualTo("http://localhost:" + port + "/auth/v1.0");
        assertThat(file.get("BlobAPIUserName").asString()).isEqualTo("axis");
        assertThat(file.get("BlobAPIKey").asString()).isEqualTo(AxisProtocolTests.KEY);
        assertThat(file.get("ContainerType").asString()).isEqualTo("mp4");
        assertThat(file.get("FullStoreAndReadSupport").asBoolean()).isFalse();
        assertThat(file.get("WantEncryption").asBoolean()).isFalse();
        assertThat(file.has("PublicKey")).isFalse();
        assertThat(audit.find(new AuditQuery("admin", "axis.connection-file-read", null, null, null, null, 0, 5)))
                .isNotEmpty();
    }

    @Test
    void givesCredentialsTheSystemCanSignInWith() {
        JsonNode file = Api.at(port).admin().get("/api/v1/axis/connection-file").json();
        AxisCamera camera = AxisCamera.at(port);
        assertThat(camera.signIn(file.get("BlobAPIUserName").asString(), file.get("BlobAPIKey").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void isForAdministratorsOnly() {
        Api supervisor = user(Role.SUPERVISOR);
        assertThat(supervisor.get("/api/v1/axis/connection-file").status()).isEqualTo(403);
        assertThat(Api.at(port).get("/api/v1/axis/connection-file").status()).isEqualTo(401);
    }

    private Api user(Role role) {
        String name = AxisFixtures.unique("axis-", 16).toLowerCase();
        accounts.create(new StaffUser(name, "Test user", Set.of(role), null, null, true), "axis-test-password");
        return Api.at(port).as(name, "axis-test-password");
    }
}
