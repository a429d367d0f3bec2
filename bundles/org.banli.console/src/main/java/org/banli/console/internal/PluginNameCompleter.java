package org.banli.console.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.banli.api.PluginService;

/** Completes the names of the plugins of one kind installed now. */
abstract class PluginNameCompleter implements Completer {

    private final String kind;

    @Reference
    PluginService plugins;

    PluginNameCompleter(String kind) {
        this.kind = kind;
    }

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        plugins.plugins().stream()
                .filter(p -> p.kind().equals(kind))
                .forEach(p -> names.getStrings().add(p.name()));
        return names.complete(session, commandLine, candidates);
    }
}
