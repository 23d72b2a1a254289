package org.custodian.fleet.web;

/**
 * Who may do what with the fleet. Everyone on the force may look (footage is attributed through it);
 * an external prosecutor sees only what is shared with them. Administrators keep the register;
 * supervisors also issue and take back cameras and report them faulty or lost.
 */
final class FleetRoles {

    static final String READ = "hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
            + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')";
    static final String ADMINISTER = "hasRole('ADMINISTRATOR')";
    static final String ISSUE = "hasAnyRole('ADMINISTRATOR', 'SUPERVISOR')";

    private FleetRoles() {
    }
}
