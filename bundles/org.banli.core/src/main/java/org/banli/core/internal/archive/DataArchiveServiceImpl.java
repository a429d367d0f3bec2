package org.banli.core.internal.archive;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.archive.DataArchive;
import org.banli.api.archive.DataArchiveService;
import org.banli.api.item.ItemService;
import org.banli.api.user.Role;
import org.banli.core.internal.Access;
import org.banli.store.spi.ArchiveStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Backup and restore for administrators, through the store's archive format. */
@Component(service = DataArchiveService.class)
public class DataArchiveServiceImpl implements DataArchiveService {

    private static final Logger LOG = LoggerFactory.getLogger(DataArchiveServiceImpl.class);

    private final ArchiveStore store;
    private final ItemService items;
    private final Clock clock;

    @Activate
    public DataArchiveServiceImpl(@Reference ArchiveStore store, @Reference ItemService items) {
        this(store, items, Clock.systemUTC());
    }

    DataArchiveServiceImpl(ArchiveStore store, ItemService items, Clock clock) {
        this.store = store;
        this.items = items;
        this.clock = clock;
    }

    @Override
    public Export export(Actor actor) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.EXPORT_DATA);
        return out -> {
            DataArchive archive = store.write(out, clock.instant());
            LOG.info("{} exported all data: {} rows", actor.username(), archive.totalRows());
            return archive;
        };
    }

    @Override
    public Export exportItem(Actor actor, long itemId) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.ADMIN)) {
            throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED, "action", Text.Label.EXPORT_ITEM_FILES));
        }
        String item = items.get(actor, itemId).label(); // a missing item is refused here, before the first byte
        return new Export() {
            @Override
            public DataArchive writeTo(OutputStream out) {
                DataArchive archive = store.writeItemFile(itemId, item, out, clock.instant());
                LOG.info("{} exported the file of {}: {} rows", actor.username(), item, archive.totalRows());
                return archive;
            }

            @Override
            public String item() {
                return item;
            }
        };
    }

    @Override
    public DataArchive restore(Actor actor, InputStream in) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.RESTORE_DATA);
        DataArchive archive = store.read(in);
        LOG.info(
                "{} restored the data of an archive written {}: {} rows",
                actor.username(),
                archive.exportedAt(),
                archive.totalRows());
        return archive;
    }
}
