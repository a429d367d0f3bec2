package org.banli.console.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.banli.api.report.ReportInfo;
import org.banli.api.report.ReportService;

/** Completes the names of the reports. */
@Service
public class ReportCompleter implements Completer {

    @Reference
    ReportService reports;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(
                        reports.reports().stream().map(ReportInfo::id).toList())
                .complete(session, commandLine, candidates);
    }
}
