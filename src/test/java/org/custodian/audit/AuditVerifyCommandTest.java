package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.custodian.CustodianCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The {@code audit verify} command against an embedded database in a data folder, as an operator runs it. */
@ExtendWith(OutputCaptureExtension.class)
class AuditVerifyCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void exitsZeroOnAnIntactLogAndNonZeroNamingTheFirstBrokenEntry(CapturedOutput output) throws SQLException {
        assertThat(verify()).isZero();

        try (Connection c = connect()) {
            String previous = HashChain.GENESIS;
            for (long seq = 1; seq <= 3; seq++) {
                previous = append(c, seq, previous);
            }
        }
        assertThat(verify()).isZero();
        assertThat(output).contains("Audit log intact: 3 entries verified");

        try (Connection c = connect()) {
            c.createStatement().executeUpdate("UPDATE audit_entry SET subject_id = 'CAM-FORGED' WHERE sequence_no = 2");
        }
        assertThat(verify()).isEqualTo(1);
        assertThat(output).contains("Audit log BROKEN at entry 2");
    }

    private int verify() {
        return CustodianCommands.run("audit-verify", "--custodian.data-dir=" + dataDir);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db").resolve("custodian")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
    }

    private static String append(Connection c, long seq, String previous) throws SQLException {
        Instant at = HashChain.normalise(Instant.now());
        String hash = HashChain.hash(seq, at, "pc1", "camera.registered", "camera", "CAM-" + seq, null, "SUCCEEDED",
                null, previous);
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, subject_type, subject_id, outcome,
                                         previous_hash, entry_hash)
                VALUES (?, ?, 'pc1', 'camera.registered', 'camera', ?, 'SUCCEEDED', ?, ?)""")) {
            insert.setLong(1, seq);
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(3, "CAM-" + seq);
            insert.setString(4, previous);
            insert.setString(5, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement head = c.prepareStatement(
                "UPDATE audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
        return hash;
    }
}
