package org.banli.store.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

/** What a similarity engine made of an item's text, under the representation's name (a model and its version). */
@Entity
@Table(name = "BANLI_ITEM_REPRESENTATION")
@IdClass(ItemRepresentationEntity.Key.class)
public class ItemRepresentationEntity {

    @Id
    @Column(name = "ITEM_ID")
    long itemId;

    @Id
    @Column(name = "NAME", length = 100)
    String name;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "DATA", nullable = false)
    byte[] data;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        long itemId;
        String name;

        public Key() {}

        Key(long itemId, String name) {
            this.itemId = itemId;
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.itemId == itemId && Objects.equals(key.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, name);
        }
    }
}
