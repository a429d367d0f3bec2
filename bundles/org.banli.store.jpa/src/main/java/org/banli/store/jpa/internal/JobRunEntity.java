package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A scheduled job's run, claimed by one node; the key makes a second claim of the same run impossible. */
@Entity
@Table(name = "BANLI_JOB_RUN")
public class JobRunEntity {

    /** The job and the moment its run was due, e.g. {@code reminders@2026-12-02T13:00:00Z}. */
    @Id
    @Column(name = "JOB_RUN", length = 150)
    String run;

    @Column(nullable = false, length = 64)
    String node;

    @Column(nullable = false)
    Instant claimedAt;
}
