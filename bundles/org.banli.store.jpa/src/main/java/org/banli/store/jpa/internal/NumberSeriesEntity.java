package org.banli.store.jpa.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The last number given in one series (a kind and a year). Registrations raise it in their own
 * transaction, so its row lock makes concurrent ones take the next numbers in turn, and a
 * registration that rolls back gives its number back: the series stays without gaps.
 */
@Entity
@Table(name = "BANLI_NUMBER_SERIES")
public class NumberSeriesEntity {

    /** The kind and year, e.g. {@code SUGGESTION-2026}. */
    @Id
    @Column(length = 40)
    String series;

    @Column(nullable = false)
    int lastNumber;
}
