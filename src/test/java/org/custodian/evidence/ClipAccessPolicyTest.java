package org.custodian.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.custodian.evidence.ClipAccessPolicy.Access;
import org.custodian.evidence.ClipAccessPolicy.Scope;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.UnitCode;
import org.custodian.identity.Role;
import org.junit.jupiter.api.Test;

class ClipAccessPolicyTest {

    static final CollarNumber SMITH = CollarNumber.of("PC100");
    static final CollarNumber JONES = CollarNumber.of("PC200");
    static final UnitCode CW = UnitCode.of("CW");
    static final UnitCode KD = UnitCode.of("KD");

    static Viewer viewer(Role role, CollarNumber collar, UnitCode unit) {
        return new Viewer("someone", Set.of(role), collar, unit);
    }

    @Test
    void anOfficerOpensAndEditsOnlyWhatTheyRecorded() {
        Viewer smith = viewer(Role.OFFICER, SMITH, CW);

        assertThat(ClipAccessPolicy.scope(smith)).isEqualTo(new ClipAccessPolicy.ListScope(Scope.OWN, SMITH, null));
        assertThat(ClipAccessPolicy.toOpen(smith, SMITH, CW)).isEqualTo(Access.OPEN);
        assertThat(ClipAccessPolicy.toPlay(smith, SMITH, CW)).isEqualTo(Access.OPEN);
        assertThat(ClipAccessPolicy.mayEdit(smith, SMITH, CW)).isTrue();
        assertThat(ClipAccessPolicy.toOpen(smith, JONES, CW)).isEqualTo(Access.REFUSED);
        assertThat(ClipAccessPolicy.mayEdit(smith, JONES, CW)).isFalse();
    }

    @Test
    void anOfficerWithoutACollarNumberSeesNothing() {
        Viewer unlinked = viewer(Role.OFFICER, null, null);

        assertThat(ClipAccessPolicy.scope(unlinked).scope()).isEqualTo(Scope.NONE);
        assertThat(ClipAccessPolicy.toOpen(unlinked, SMITH, CW)).isEqualTo(Access.REFUSED);
    }

    @Test
    void aSupervisorSeesAndEditsTheirUnitsClipsWithoutAReasonButNoOtherUnits() {
        Viewer sergeant = viewer(Role.SUPERVISOR, CollarNumber.of("SGT1"), CW);

        assertThat(ClipAccessPolicy.scope(sergeant))
                .isEqualTo(new ClipAccessPolicy.ListScope(Scope.UNIT, CollarNumber.of("SGT1"), CW));
        assertThat(ClipAccessPolicy.toOpen(sergeant, SMITH, CW)).isEqualTo(Access.OPEN);
        assertThat(ClipAccessPolicy.mayEdit(sergeant, SMITH, CW)).isTrue();
        assertThat(ClipAccessPolicy.toOpen(sergeant, SMITH, KD)).isEqualTo(Access.REFUSED);
        assertThat(ClipAccessPolicy.mayEdit(sergeant, SMITH, KD)).isFalse();
    }

    @Test
    void aSupervisorWithNoUnitSeesOnlyTheirOwn() {
        Viewer sergeant = viewer(Role.SUPERVISOR, CollarNumber.of("SGT1"), null);

        assertThat(ClipAccessPolicy.scope(sergeant).scope()).isEqualTo(Scope.OWN);
        assertThat(ClipAccessPolicy.toOpen(sergeant, SMITH, CW)).isEqualTo(Access.REFUSED);
    }

    @Test
    void evidenceOfficersSeeAllButNeedAReasonToOpenAndMayEdit() {
        Viewer evidence = viewer(Role.EVIDENCE_OFFICER, null, null);

        assertThat(ClipAccessPolicy.scope(evidence).scope()).isEqualTo(Scope.ALL);
        assertThat(ClipAccessPolicy.toOpen(evidence, SMITH, CW)).isEqualTo(Access.REASON_REQUIRED);
        assertThat(ClipAccessPolicy.toPlay(evidence, SMITH, CW)).isEqualTo(Access.REASON_REQUIRED);
        assertThat(ClipAccessPolicy.mayEdit(evidence, SMITH, CW)).isTrue();
    }

    @Test
    void professionalStandardsAndDataProtectionSeeAllWithAReasonButDoNotEdit() {
        for (Role role : Set.of(Role.PROFESSIONAL_STANDARDS, Role.DATA_PROTECTION_OFFICER)) {
            Viewer v = viewer(role, null, null);
            assertThat(ClipAccessPolicy.scope(v).scope()).as(role.name()).isEqualTo(Scope.ALL);
            assertThat(ClipAccessPolicy.toOpen(v, SMITH, CW)).as(role.name()).isEqualTo(Access.REASON_REQUIRED);
            assertThat(ClipAccessPolicy.toPlay(v, SMITH, CW)).as(role.name()).isEqualTo(Access.REASON_REQUIRED);
            assertThat(ClipAccessPolicy.mayEdit(v, SMITH, CW)).as(role.name()).isFalse();
        }
    }

    @Test
    void auditorsSeeRecordsWithAReasonButNeverFootage() {
        Viewer auditor = viewer(Role.AUDITOR, null, null);

        assertThat(ClipAccessPolicy.scope(auditor).scope()).isEqualTo(Scope.ALL);
        assertThat(ClipAccessPolicy.toOpen(auditor, SMITH, CW)).isEqualTo(Access.REASON_REQUIRED);
        assertThat(ClipAccessPolicy.toPlay(auditor, SMITH, CW)).isEqualTo(Access.REFUSED);
        assertThat(ClipAccessPolicy.mayEdit(auditor, SMITH, CW)).isFalse();
    }

    @Test
    void administratorsSeeAllWithAReasonAndMayEdit() {
        Viewer admin = viewer(Role.ADMINISTRATOR, null, null);

        assertThat(ClipAccessPolicy.scope(admin).scope()).isEqualTo(Scope.ALL);
        assertThat(ClipAccessPolicy.toOpen(admin, SMITH, CW)).isEqualTo(Access.REASON_REQUIRED);
        assertThat(ClipAccessPolicy.mayEdit(admin, SMITH, CW)).isTrue();
    }

    @Test
    void prosecutorsSeeNothingHere() {
        Viewer prosecutor = viewer(Role.PROSECUTOR, SMITH, CW);

        assertThat(ClipAccessPolicy.scope(prosecutor).scope()).isEqualTo(Scope.NONE);
        assertThat(ClipAccessPolicy.toOpen(prosecutor, SMITH, CW)).isEqualTo(Access.REFUSED);
        assertThat(ClipAccessPolicy.toPlay(prosecutor, SMITH, CW)).isEqualTo(Access.REFUSED);
        assertThat(ClipAccessPolicy.mayEdit(prosecutor, SMITH, CW)).isFalse();
    }

    @Test
    void severalRolesGiveTheWidestAccessAndOwnFootageNeedsNoReason() {
        Viewer both = new Viewer("both", Set.of(Role.OFFICER, Role.EVIDENCE_OFFICER), SMITH, CW);

        assertThat(ClipAccessPolicy.scope(both).scope()).isEqualTo(Scope.ALL);
        assertThat(ClipAccessPolicy.toOpen(both, SMITH, CW)).isEqualTo(Access.OPEN);
        assertThat(ClipAccessPolicy.toOpen(both, JONES, CW)).isEqualTo(Access.REASON_REQUIRED);
    }

    @Test
    void onlyADataProtectionOfficerOrAnAdministratorOpensARestrictedClip() {
        assertThat(ClipAccessPolicy.mayOpenRestricted(viewer(Role.DATA_PROTECTION_OFFICER, null, null))).isTrue();
        assertThat(ClipAccessPolicy.mayOpenRestricted(viewer(Role.ADMINISTRATOR, null, null))).isTrue();
        for (Role role : Set.of(Role.OFFICER, Role.SUPERVISOR, Role.EVIDENCE_OFFICER, Role.PROFESSIONAL_STANDARDS,
                Role.AUDITOR)) {
            assertThat(ClipAccessPolicy.mayOpenRestricted(viewer(role, SMITH, CW))).as(role.name()).isFalse();
        }
        assertThat(ClipAccessPolicy.mayOpenRestricted(new Viewer("both", Set.of(Role.OFFICER,
                Role.DATA_PROTECTION_OFFICER), SMITH, CW))).isTrue();
    }
}
