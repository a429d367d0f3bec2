package org.banli.store.jpa.internal;

import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.ManyToOne;
import javax.persistence.MappedSuperclass;

/** What every record kept about an item shares: its own id and the item it belongs to. */
@MappedSuperclass
public abstract class ItemRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Long id;

    @ManyToOne(optional = false)
    ItemEntity item;
}
