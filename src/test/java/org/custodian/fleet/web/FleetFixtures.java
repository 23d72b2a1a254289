package org.custodian.fleet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.custodian.support.Api;

/**
 * Makes fleet records through the API with identifiers no other test uses, since tests share one
 * database per configuration.
 */
final class FleetFixtures {

    static final String PASSWORD = "fleet-test-password";

    final Api admin;
    private final int port;
    private final Accounts accounts;

    FleetFixtures(int port, Accounts accounts) {
        this.port = port;
        this.accounts = accounts;
        this.admin = Api.at(port).admin();
    }

    static String unique(String prefix, int length) {
        String random = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        return prefix + random.substring(0, length - prefix.length());
    }

    String unit(int establishment) {
        String code = unique("U", 8);
        created(admin.post("/api/v1/units", Map.of("code", code, "name", "Unit " + code, "kind", "BOROUGH",
                "establishment", establishment)));
        return code;
    }

    String officer(String unit) {
        String collar = unique("PC", 10);
        created(admin.post("/api/v1/officers", Map.of("collarNumber", collar, "name", "Officer " + collar, "rank", "PC",
                "unit", unit)));
        return collar;
    }

    String camera() {
        String serial = unique("CAM-", 14);
        created(admin.post("/api/v1/cameras", Map.of("serial", serial, "model", "Axon Body 2", "firmware", "1.4.0")));
        return serial;
    }

    Api.Response issue(String serial, String officer) {
        return admin.post("/api/v1/cameras/" + serial + "/assignments", Map.of("officer", officer));
    }

    Api.Response record(String serial, String officer, Instant from, Instant to) {
        Map<String, Object> body = new HashMap<>(Map.of("officer", officer, "from", from.toString()));
        if (to != null) {
            body.put("to", to.toString());
        }
        return admin.post("/api/v1/cameras/" + serial + "/assignments", body);
    }

    /** A signed-in user holding only {@code role}. */
    Api as(Role role) {
        String username = unique("fleet-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-", 40)
                .toLowerCase(Locale.ROOT);
        accounts.create(new StaffUser(username, "Test " + role.title(), Set.of(role), null, null, true), PASSWORD);
        return Api.at(port).as(username, PASSWORD);
    }

    static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }
}
