package org.banli.store.jpa.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.store.ItemChange;
import org.banli.api.store.ItemStore;
import org.banli.api.store.NewItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ItemStore.class)
public class JpaItemStore implements ItemStore {

    /** Two registrations may race for the same number; the unique constraint decides, the loser retries. */
    private static final int NUMBERING_ATTEMPTS = 5;

    private final Database database;

    @Activate
    public JpaItemStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Item create(NewItem item) {
        for (int attempt = 1;; attempt++) {
            try {
                return database.inTransaction(em -> insert(em, item));
            } catch (BanliException e) {
                if (e.problem() != BanliException.Problem.CONFLICT || attempt == NUMBERING_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Item insert(EntityManager em, NewItem item) {
        ItemDraft draft = item.draft();
        Integer last = em.createQuery("SELECT MAX(i.number) FROM ItemEntity i WHERE i.kind = :kind AND i.year = :year",
                Integer.class).setParameter("kind", draft.kind()).setParameter("year", item.year()).getSingleResult();
        ItemEntity entity = new ItemEntity();
        entity.kind = draft.kind();
        entity.year = item.year();
        entity.number = last == null ? 1 : last + 1;
        entity.title = draft.title();
        entity.body = draft.body();
        entity.submitter = JpaUserStore.entity(em, draft.submitter())
                .orElseThrow(() -> BanliException.notFound("提出人不存在 (submitter not found)"));
        entity.category = draft.category();
        entity.keyItem = draft.keyItem();
        entity.leadingOfficial = draft.leadingOfficial();
        entity.urgency = draft.urgency();
        entity.publicReply = draft.publicReply();
        entity.status = ItemStatus.REGISTERED;
        entity.registeredAt = item.registeredAt();
        entity.registeredBy = item.registeredBy();
        em.persist(entity);
        em.persist(event(entity, ItemChange.of(ItemAction.REGISTER, item.registeredBy(), item.registeredAt(),
                ItemStatus.REGISTERED, null), null));
        em.flush();
        return entity.toItem();
    }

    @Override
    public Optional<Item> find(long id) {
        return database.read(em -> Optional.ofNullable(em.find(ItemEntity.class, id)).map(ItemEntity::toItem));
    }

    @Override
    public Page<Item> find(ItemQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(where, params, "i.status", "status", query.status());
        condition(where, params, "i.hostUnit.code", "unit", query.hostUnit());
        condition(where, params, "i.kind", "kind", query.kind());
        condition(where, params, "i.year", "year", query.year());
        condition(where, params, "i.submitter.username", "submitter", query.submitter());
        return database.read(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM ItemEntity i" + where, Long.class);
            TypedQuery<ItemEntity> page = em.createQuery(
                    "SELECT i FROM ItemEntity i" + where + " ORDER BY i.year DESC, i.kind, i.number", ItemEntity.class);
            params.forEach((name, value) -> {
                count.setParameter(name, value);
                page.setParameter(name, value);
            });
            long total = count.getSingleResult();
            List<Item> items = page.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                    .getResultStream().map(ItemEntity::toItem).toList();
            return new Page<>(items, query.page(), query.size(), total);
        });
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String path, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }

    @Override
    public Item apply(long id, Long expectedVersion, Function<Item, ItemChange> decide) {
        return database.inTransaction(em -> {
            ItemEntity entity = em.find(ItemEntity.class, id);
            if (entity == null) {
                throw BanliException.itemNotFound(id);
            }
            if (expectedVersion != null && expectedVersion != entity.version) {
                throw BanliException.conflict("件 " + id + " 已被修改（版本 " + entity.version + "，请求基于版本 "
                        + expectedVersion + "），请刷新后重试 (item changed since version " + expectedVersion
                        + "; reload and try again)");
            }
            ItemChange change = decide.apply(entity.toItem());
            // Look up before changing anything: a query would flush half a change (and count a version).
            UnitEntity host = change.hostUnit() == null ? null : JpaUnitStore.entity(em, change.hostUnit())
                    .orElseThrow(() -> BanliException.notFound("承办单位 " + change.hostUnit() + " 不存在 (unit not found)"));
            ItemStatus from = entity.status;
            entity.status = change.toStatus();
            if (host != null) {
                entity.hostUnit = host;
                entity.assignedAt = change.at();
            }
            if (change.deadline() != null) {
                entity.deadline = change.deadline();
            }
            em.persist(event(entity, change, from));
            if (change.reply() != null) {
                em.persist(reply(entity, change.reply()));
            }
            if (change.rating() != null) {
                em.persist(rating(entity, change.rating()));
            }
            em.flush();
            return entity.toItem();
        });
    }

    private static ItemEventEntity event(ItemEntity item, ItemChange change, ItemStatus from) {
        ItemEventEntity event = new ItemEventEntity();
        event.item = item;
        event.action = change.action();
        event.actor = change.actor();
        event.at = change.at();
        event.fromStatus = from;
        event.toStatus = change.toStatus();
        event.reason = change.reason();
        return event;
    }

    private static ReplyEntity reply(ItemEntity item, Reply reply) {
        ReplyEntity entity = new ReplyEntity();
        entity.item = item;
        entity.replyClass = reply.replyClass();
        entity.text = reply.text();
        entity.signer = reply.signer();
        entity.contactPerson = reply.contactPerson();
        entity.contactPhone = reply.contactPhone();
        entity.unit = item.hostUnit;
        entity.author = reply.author();
        entity.at = reply.at();
        return entity;
    }

    private static RatingEntity rating(ItemEntity item, Rating rating) {
        RatingEntity entity = new RatingEntity();
        entity.item = item;
        entity.satisfaction = rating.satisfaction();
        entity.comment = rating.comment();
        entity.enteredBy = rating.enteredBy();
        entity.enteredFrom = rating.enteredFrom();
        entity.at = rating.at();
        return entity;
    }

    @Override
    public List<ItemEvent> history(long id) {
        return recordsOf(id, ItemEventEntity.class, ItemEventEntity::toEvent);
    }

    @Override
    public List<Reply> replies(long id) {
        return recordsOf(id, ReplyEntity.class, ReplyEntity::toReply);
    }

    @Override
    public List<Rating> ratings(long id) {
        return recordsOf(id, RatingEntity.class, RatingEntity::toRating);
    }

    /** An item's records of one kind, oldest first. */
    private <E extends ItemRecordEntity, T> List<T> recordsOf(long id, Class<E> type, Function<E, T> toDomain) {
        return database.read(em -> em.createQuery(
                "SELECT r FROM " + type.getSimpleName() + " r WHERE r.item.id = :id ORDER BY r.id", type)
                .setParameter("id", id).getResultStream().map(toDomain).toList());
    }
}
