package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custodian.support.OnPostgres;
import org.junit.jupiter.api.Test;

@OnPostgres
class AuditLogPostgresTest extends AuditLogPersistenceTests {

    @Test
    void databaseRefusesToChangeOrRemoveEntries() {
        AuditEntry entry = audit.recordAs("pc1", AuditEvent.succeeded("clip.viewed", "clip", "7"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'x' WHERE sequence_no = ?")
                .param(entry.sequence()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE sequence_no = ?")
                .param(entry.sequence()).update()).hasMessageContaining("append-only");
    }

    @Override
    protected void tamper(long sequence, String actor) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete").update();
        try {
            super.tamper(sequence, actor);
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete").update();
        }
    }
}
