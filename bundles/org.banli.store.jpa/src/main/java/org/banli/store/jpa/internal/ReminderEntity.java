package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** A reminder that went out; the unique key makes a second one impossible, also from another node. */
@Entity
@Table(
        name = "BANLI_REMINDER",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "BANLI_REMINDER_ONCE",
                        columnNames = {"ITEM_ID", "REMINDER_KEY"}))
public class ReminderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @Column(name = "ITEM_ID", nullable = false)
    long itemId;

    @Column(name = "REMINDER_KEY", nullable = false, length = 100)
    String key;

    @Column(nullable = false)
    Instant sentAt;
}
