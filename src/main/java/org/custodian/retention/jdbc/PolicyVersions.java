package org.custodian.retention.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.custodian.retention.ClipCategory;
import org.custodian.retention.PolicyState;
import org.custodian.retention.PolicyVersion;
import org.custodian.retention.RetentionPeriod;
import org.custodian.retention.RetentionPolicy;
import org.custodian.retention.RetentionRule;
import org.custodian.shared.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every version of the retention policy, with its rules as JSON exactly as they were applied. */
@Repository
public class PolicyVersions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> RULES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    PolicyVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PolicyVersion v) {
        jdbc.sql("""
                INSERT INTO retention_policy (version, state, rules, reason, proposed_by, proposed_at, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(v.version(), v.state().name(), rulesJson(v.policy()), v.reason(), v.proposedBy(),
                Timestamps.utc(v.proposedAt()), v.decidedBy(), Timestamps.utc(v.decidedAt())).update();
    }

    public void decide(PolicyVersion v) {
        jdbc.sql("UPDATE retention_policy SET state = ?, decided_by = ?, decided_at = ? WHERE version = ?")
                .params(v.state().name(), v.decidedBy(), Timestamps.utc(v.decidedAt()), v.version()).update();
    }

    public void supersedeAllBut(int version) {
        jdbc.sql("UPDATE retention_policy SET state = 'SUPERSEDED' WHERE state = 'IN_FORCE' AND version <> ?")
                .param(version).update();
    }

    public Optional<PolicyVersion> inForce() {
        return jdbc.sql("SELECT * FROM retention_policy WHERE state = 'IN_FORCE' ORDER BY version DESC LIMIT 1")
                .query(PolicyVersions::map).optional();
    }

    public Optional<PolicyVersion> find(int version) {
        return jdbc.sql("SELECT * FROM retention_policy WHERE version = ?").param(version).query(PolicyVersions::map)
                .optional();
    }

    /** The version row locked, so two approvals of the same proposal cannot both win. */
    public Optional<PolicyVersion> lock(int version) {
        return jdbc.sql("SELECT * FROM retention_policy WHERE version = ? FOR UPDATE").param(version)
                .query(PolicyVersions::map).optional();
    }

    public List<PolicyVersion> all() {
        return jdbc.sql("SELECT * FROM retention_policy ORDER BY version").query(PolicyVersions::map).list();
    }

    public int latestVersion() {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM retention_policy").query(Integer.class).single();
    }

    static String rulesJson(RetentionPolicy policy) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        policy.rules().forEach((category, rule) -> {
            Map<String, String> periods = new LinkedHashMap<>();
            if (rule.keep() != null) {
                periods.put("keep", rule.keep().toString());
            }
            if (rule.review() != null) {
                periods.put("review", rule.review().toString());
            }
            rules.put(category.name(), periods);
        });
        return JSON.writeValueAsString(rules);
    }

    private static PolicyVersion map(ResultSet rs, int row) throws SQLException {
        List<RetentionRule> rules = new ArrayList<>();
        JSON.readValue(rs.getString("rules"), RULES).forEach((category, periods) -> rules.add(new RetentionRule(
                ClipCategory.valueOf(category), period(periods.get("keep")), period(periods.get("review")))));
        return new PolicyVersion(RetentionPolicy.of(rs.getInt("version"), rules), PolicyState.valueOf(rs.getString("state")),
                rs.getString("reason"), rs.getString("proposed_by"), Timestamps.instant(rs, "proposed_at"),
                rs.getString("decided_by"), Timestamps.instant(rs, "decided_at"));
    }

    private static RetentionPeriod period(String text) {
        return text == null ? null : RetentionPeriod.parse(text);
    }
}
