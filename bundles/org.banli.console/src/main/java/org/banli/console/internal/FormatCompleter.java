package org.banli.console.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Completes the names of the report formats installed now. */
@Service
public class FormatCompleter extends PluginNameCompleter {

    public FormatCompleter() {
        super("format");
    }
}
