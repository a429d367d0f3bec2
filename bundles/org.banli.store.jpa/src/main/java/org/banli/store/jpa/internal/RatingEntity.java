package org.banli.store.jpa.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Index;
import javax.persistence.Table;

import org.banli.api.item.Rating;
import org.banli.api.item.Satisfaction;

@Entity
@Table(name = "BANLI_RATING", indexes = @Index(name = "BANLI_RATING_ITEM", columnList = "ITEM_ID"))
public class RatingEntity extends ItemRecordEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    Satisfaction satisfaction;

    @Column(name = "RATING_COMMENT", length = 2000)
    String comment;

    @Column(nullable = false, length = 64)
    String enteredBy;

    @Column(length = 100)
    String enteredFrom;

    @Column(name = "RATED_AT", nullable = false)
    Instant at;

    Rating toRating() {
        return new Rating(item.id, satisfaction, comment, enteredBy, enteredFrom, at);
    }
}
