package org.custodian.demo;

import java.util.EnumSet;
import java.util.List;

import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;

/** One account per role. The passwords are public (README) because this data is for evaluation only. */
final class DemoUsers {

    record DemoUser(StaffUser user, String password) {
    }

    private DemoUsers() {
    }

    static List<DemoUser> all() {
        return List.of(
                user("officer", "PC Amy Khan", Role.OFFICER, DemoFleet.OFFICER_COLLAR, DemoFleet.OFFICER_UNIT),
                user("supervisor", "Sgt Ben Osei", Role.SUPERVISOR, DemoFleet.SUPERVISOR_COLLAR, DemoFleet.OFFICER_UNIT),
                user("evidence", "Evidence Officer Cara Doyle", Role.EVIDENCE_OFFICER, null, null),
                user("prosecutor", "CPS Prosecutor Dan Price", Role.PROSECUTOR, null, null),
                user("dpo", "Data Protection Officer Eve Shah", Role.DATA_PROTECTION_OFFICER, null, null),
                user("standards", "Professional Standards Finn Cole", Role.PROFESSIONAL_STANDARDS, null, null),
                user("auditor", "Auditor Grace Lin", Role.AUDITOR, null, null));
    }

    private static DemoUser user(String username, String name, Role role, String collar, String unit) {
        return new DemoUser(new StaffUser(username, name, EnumSet.of(role), collar, unit, true),
                username + "-demo-password");
    }
}
