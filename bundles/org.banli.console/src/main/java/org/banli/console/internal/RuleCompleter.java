package org.banli.console.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Completes the names of the assessment rules installed now. */
@Service
public class RuleCompleter extends PluginNameCompleter {

    public RuleCompleter() {
        super("rule");
    }
}
