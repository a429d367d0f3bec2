package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.banli.api.user.LoginSession;

@Entity
@Table(name = "BANLI_LOGIN")
public class LoginEntity {

    /** A digest of the login's id, never the id itself. */
    @Id
    @Column(length = 64)
    String digest;

    @Column(nullable = false, length = 64)
    String username;

    @Column(nullable = false, length = 64)
    String csrfToken;

    @Column(nullable = false)
    Instant startedAt;

    @Column(nullable = false)
    Instant lastSeenAt;

    LoginSession toLogin() {
        return new LoginSession(digest, username, csrfToken, startedAt, lastSeenAt);
    }
}
