package org.custodian.identity.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts and their roles. */
@Repository
public class StaffUsers {

    public record Credentials(long id, StaffUser user, String passwordHash) {
    }

    private final JdbcClient jdbc;

    StaffUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Long.class).single();
    }

    public void insert(StaffUser user, String passwordHash, Instant now) {
        jdbc.sql("""
                INSERT INTO staff_user (username, display_name, password_hash, collar_number, unit_code, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(user.username(), user.displayName(), passwordHash, user.collarNumber(), user.unitCode(),
                        user.enabled(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        long id = idOf(user.username());
        for (Role role : user.roles()) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
    }

    public void replaceRoles(String username, Set<Role> roles) {
        long id = idOf(username);
        jdbc.sql("DELETE FROM staff_user_role WHERE user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
    }

    public void updateDisplayName(String username, String displayName) {
        jdbc.sql("UPDATE staff_user SET display_name = ? WHERE username = ?").params(displayName, username).update();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE staff_user SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE staff_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT * FROM staff_user WHERE username = ?").param(username)
                .query((rs, n) -> new Credentials(rs.getLong("id"), map(rs, roles(rs.getLong("id"))),
                        rs.getString("password_hash")))
                .optional();
    }

    public Optional<StaffUser> find(String username) {
        return credentials(username).map(Credentials::user);
    }

    public List<StaffUser> all() {
        Map<Long, Set<Role>> roles = jdbc.sql("SELECT user_id, role FROM staff_user_role")
                .query((rs, n) -> Map.entry(rs.getLong(1), Role.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return jdbc.sql("SELECT * FROM staff_user ORDER BY username")
                .query((rs, n) -> map(rs, roles.getOrDefault(rs.getLong("id"), EnumSet.noneOf(Role.class)))).list();
    }

    public long idOf(String username) {
        return jdbc.sql("SELECT id FROM staff_user WHERE username = ?").param(username).query(Long.class).single();
    }

    private Set<Role> roles(long userId) {
        return jdbc.sql("SELECT role FROM staff_user_role WHERE user_id = ?").param(userId)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).set();
    }

    private static StaffUser map(ResultSet rs, Set<Role> roles) throws SQLException {
        return new StaffUser(rs.getString("username"), rs.getString("display_name"),
                roles.isEmpty() ? EnumSet.of(Role.OFFICER) : roles, rs.getString("collar_number"),
                rs.getString("unit_code"), rs.getBoolean("enabled"));
    }
}
