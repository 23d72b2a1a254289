package org.custodian.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar custodian.jar audit verify}: checks the chain in the configured database, prints the
 * verdict and exits 0 when intact, 1 when broken.
 */
@Component
@ConditionalOnProperty(name = "custodian.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditLog audit;
    private int exitCode = 2;

    AuditVerifyCommand(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = audit.verify();
        if (result.intact()) {
            System.out.println("Audit log intact: " + result.entriesChecked() + " entries verified, head "
                    + result.headHash());
            exitCode = 0;
        } else {
            System.out.println("Audit log BROKEN at entry " + result.firstBroken() + ": " + result.problem()
                    + " (" + result.entriesChecked() + " entries before it verified)");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
