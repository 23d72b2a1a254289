package org.custodian.identity.security;

import java.util.stream.Collectors;

import org.custodian.identity.LoginThrottle;
import org.custodian.identity.jdbc.StaffUsers;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for password sign-in; a throttled username comes back locked, so no password is tried. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUsers users;
    private final LoginThrottle throttle;

    StaffUserDetailsService(StaffUsers users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = users.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var user = credentials.user();
        return User.withUsername(user.username())
                .password(credentials.passwordHash())
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority()))
                        .collect(Collectors.toList()))
                .disabled(!user.enabled())
                .accountLocked(throttle.isLocked(username))
                .build();
    }
}
