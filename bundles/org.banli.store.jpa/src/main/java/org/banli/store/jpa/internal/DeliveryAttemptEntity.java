package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import org.banli.api.notify.Delivery;

/** Every delivery attempt of a message, kept for administrators. */
@Entity
@Table(name = "BANLI_DELIVERY_ATTEMPT", indexes = @Index(name = "BANLI_ATTEMPT_MESSAGE", columnList = "MESSAGE_ID"))
public class DeliveryAttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @ManyToOne(optional = false)
    MessageEntity message;

    @Column(name = "ATTEMPTED_AT", nullable = false)
    Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    Delivery.Outcome outcome;

    @Column(length = 1000)
    String detail;
}
