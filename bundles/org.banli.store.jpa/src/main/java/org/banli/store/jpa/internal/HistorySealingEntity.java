package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Since when history is sealed: every entry from {@link #sealedFrom} on must carry a seal, so that
 * removing the seals of a whole item does not pass for history written before sealing began.
 */
@Entity
@Table(name = "BANLI_HISTORY_SEALING")
public class HistorySealingEntity {

    static final int ONLY = 1;

    @Id
    int id = ONLY;

    /** The first entry id written by a sealing Banli. */
    @Column(nullable = false)
    long sealedFrom;

    @Column(nullable = false)
    Instant since;
}
