package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.banli.store.spi.LoginFailureStore.Failures;

@Entity
@Table(name = "BANLI_LOGIN_FAILURE")
public class LoginFailureEntity {

    @Id
    @Column(name = "FAILURE_KEY", length = 200)
    String key;

    @Column(name = "FAILURES", nullable = false)
    int count;

    @Column(name = "LASTFAILURE", nullable = false)
    Instant last;

    Failures failures() {
        return new Failures(count, last);
    }
}
