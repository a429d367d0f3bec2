package org.banli.console.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.banli.api.unit.Unit;
import org.banli.api.unit.UnitService;

/** Completes the codes of the county's units. */
@Service
public class UnitCompleter implements Completer {

    @Reference
    UnitService units;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        units.list().stream().map(Unit::code).forEach(codes.getStrings()::add);
        return codes.complete(session, commandLine, candidates);
    }
}
