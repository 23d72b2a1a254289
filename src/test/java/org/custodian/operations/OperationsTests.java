package org.custodian.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What monitoring and integrators rely on: health, metrics and the API description. */
@CustodianTest
class OperationsTests {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithLivenessAndReadinessWithoutSigningIn() {
        Api api = Api.at(port);
        Api.Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        Api.at(port).get("/actuator/health");
        Api.Response metrics = Api.at(port).getAny("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Response docs = Api.at(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("paths").has("/api/v1/audit/verify")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/users")).isTrue();
    }

    @Test
    void otherActuatorEndpointsAreNotOpen() {
        // Not exposed, and behind sign-in: an anonymous caller is sent to the sign-in page.
        Api.Response env = Api.at(port).getAny("/actuator/env");
        assertThat(env.status()).isEqualTo(302);
        assertThat(env.header("Location")).endsWith("/login");
    }
}
