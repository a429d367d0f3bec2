package org.banli.store.jpa.internal;

import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.banli.api.item.Comment;

@Entity
@Table(name = "BANLI_COMMENT", indexes = @Index(name = "BANLI_COMMENT_ITEM", columnList = "ITEM_ID"))
public class CommentEntity extends ItemRecordEntity {

    @Column(nullable = false, length = 64)
    String author;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "COMMENT_TEXT", nullable = false)
    String text;

    @Column(name = "COMMENTED_AT", nullable = false)
    Instant at;

    void set(Comment c) {
        author = c.author();
        text = c.text();
        at = c.at();
    }

    Comment toComment() {
        return new Comment(id, author, text, at);
    }
}
