package org.banli.console.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.banli.api.BanliException;
import org.banli.api.item.Item;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.user.UserService;

/** Completes item numbers as people say them (2026年建议第12号) among the items the logged-in account may see. */
@Service
public class ItemCompleter implements Completer {

    @Reference
    ItemService items;

    @Reference
    UserService users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        try {
            for (Item item :
                    items.list(Consoles.actor(users), ItemQuery.page(0, 200)).items()) {
                ids.getStrings().add(item.label());
            }
        } catch (BanliException e) {
            return -1; // nothing this account may see
        }
        return ids.complete(session, commandLine, candidates);
    }
}
