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
import org.banli.api.item.TextLimits;

@Entity
@Table(name = "BANLI_RATING", indexes = @Index(name = "BANLI_RATING_ITEM", columnList = "ITEM_ID"))
public class RatingEntity extends ItemRecordEntity {

    @Column(name = "HANDLING_ROUND", nullable = false)
    int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    Satisfaction satisfaction;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    Satisfaction process;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    Satisfaction result;

    @Column(name = "RATING_COMMENT", length = TextLimits.REASON)
    String comment;

    @Column(nullable = false, length = 64)
    String enteredBy;

    @Column(length = 100)
    String enteredFrom;

    @Column(name = "RATED_AT", nullable = false)
    Instant at;

    @Column(length = 500)
    String flag;

    void set(Rating r) {
        round = r.round();
        satisfaction = r.satisfaction();
        process = r.process();
        result = r.result();
        comment = r.comment();
        enteredBy = r.enteredBy();
        enteredFrom = r.enteredFrom();
        at = r.at();
        flag = r.flag();
    }

    Rating toRating() {
        return new Rating(id, round, satisfaction, process, result, comment, enteredBy, enteredFrom, at, flag);
    }
}
