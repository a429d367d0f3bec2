package org.banli.console.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Completes the names of the channels installed now. */
@Service
public class ChannelCompleter extends PluginNameCompleter {

    public ChannelCompleter() {
        super("channel");
    }
}
