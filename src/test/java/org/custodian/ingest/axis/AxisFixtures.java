package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.custodian.support.Api;

/** Fleet records made through the API, with identifiers no other test uses (tests share a database). */
final class AxisFixtures {

    final Api admin;

    AxisFixtures(int port) {
        this.admin = Api.at(port).admin();
    }

    static String unique(String prefix, int length) {
        String random = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        return prefix + random.substring(0, length - prefix.length());
    }

    String unit() {
        String code = unique("AX", 8);
        created(admin.post("/api/v1/units", Map.of("code", code, "name", "Unit " + code, "kind", "BOROUGH",
                "establishment", 100)));
        return code;
    }

    String officer() {
        String collar = unique("PC", 10);
        created(admin.post("/api/v1/officers", Map.of("collarNumber", collar, "name", "Officer " + collar, "rank", "PC",
                "unit", unit())));
        return collar;
    }

    Api.Response camera(String serial) {
        return admin.get("/api/v1/cameras/" + serial);
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
